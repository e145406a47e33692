"""What a screen reader is told beyond Qt's defaults: page titles are headings, the error panel is
an alert, and text that changes while the person waits (progress, the device code, a test call's
result) is announced. Qt passes this on to AT-SPI, UI Automation or the macOS accessibility API::

    title = Heading("Where is your Zoho account?")
    announce(status_label, "Waiting for you to approve the connection…")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QLabel, QWidget

if TYPE_CHECKING:  # QAccessible loads with install(), after the first paint: its first use costs some 4 ms
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessibleInterface


class Heading(QLabel):
    """A title, read as a heading. Shown large and bold as rich text: no QFont to make before the
    first paint (its first use costs Qt for Python some 4 ms)."""

    title = ""

    def set_title(self, title: str) -> None:
        self.title = title
        shown = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.setText(f'<span style="font-size:x-large; font-weight:600">{shown}</span>')
        self.setAccessibleName(title)


class Alert(QFrame):
    """A frame whose content is read as an alert (its accessible name says it all)."""


def install() -> None:
    """Once, when the first window has painted: Qt then asks this for the roles above."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    class Role(QAccessibleWidget):
        def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
            super().__init__(widget, role)

        def text(self, kind: QAccessible.Text) -> str:
            widget = self.widget()
            if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
                return widget.accessibleName() or widget.text()
            return super().text(kind)

    def interface(key: str, target: QObject) -> QAccessibleInterface | None:
        if isinstance(target, Heading):
            return Role(target, QAccessible.Role.Heading)
        if isinstance(target, Alert):
            return Role(target, QAccessible.Role.AlertMessage)
        return None

    QAccessible.installFactory(interface)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``text`` now, in the name of ``widget``; ``urgent`` interrupts."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
