"""What a screen reader is told beyond Qt's defaults: page titles are headings, the error panel is
an alert, and text that changes while the person waits (progress, the device code, a test call's
result) is announced. Qt passes this on to AT-SPI, UI Automation or the macOS accessibility API::

    title = Heading("Where is your Zoho account?")
    announce(status_label, "Waiting for you to approve the connection…")
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QFrame, QLabel, QWidget


class Heading(QLabel):
    """A title, read as a heading."""


class Alert(QFrame):
    """A frame whose content is read as an alert (its accessible name says it all)."""


class _Role(QAccessibleWidget):
    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.accessibleName() or widget.text()
        return super().text(kind)


def _interface(key: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, Heading):
        return _Role(target, QAccessible.Role.Heading)
    if isinstance(target, Alert):
        return _Role(target, QAccessible.Role.AlertMessage)
    return None


def install() -> None:
    """Once, before windows are shown: Qt asks this for the roles above."""
    QAccessible.installFactory(_interface)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``text`` now, in the name of ``widget``; ``urgent`` interrupts."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
