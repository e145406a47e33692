"""Small widgets the pages share: copyable values, the two-sentence error panel, the practice banner."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6 import QtCore  # QtCore.Qt when used: the namespace is costly to load
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.errors import WizardError
from zoho_wizard.ui import i18n


def empty(layout: QLayout, *, keep: int = 0) -> None:
    """Delete the widgets of ``layout`` after its first ``keep`` items."""
    while layout.count() > keep:
        item = layout.takeAt(keep)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def paragraph(text: str, *, rich: bool = False) -> QLabel:
    """A wrapped label. Plain ones keep Qt's automatic format (rich only for text that starts with
    a tag, which none of the app's does), so that the Welcome page needs no ``Qt`` enum."""
    label = QLabel(text)
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


def add_choice(layout: QVBoxLayout, group: QButtonGroup, text: str, why: str, choice_id: int = -1) -> QRadioButton:
    """A radio button with a short name, and its explanation wrapped beneath it."""
    button = QRadioButton(text)
    button.setAccessibleDescription(why)
    group.addButton(button, choice_id)
    layout.addWidget(button)
    explanation = paragraph(why)
    explanation.setIndent(button.iconSize().width() + 8)
    layout.addWidget(explanation)
    return button


class CopyField(QWidget):
    """A read-only value with a Copy button, for things a person types elsewhere."""

    def __init__(self, value: str, name: str, parent: QWidget | None = None, *, multiline: bool = False) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field: QLineEdit | QPlainTextEdit
        if multiline:
            self.field = QPlainTextEdit(value)
            self.field.setFixedHeight(self.field.fontMetrics().lineSpacing() * (value.count("\n") + 2) + 12)
        else:
            self.field = QLineEdit(value)
            self.field.setCursorPosition(0)
        self.field.setReadOnly(True)
        self.field.setAccessibleName(name)
        self.button = QPushButton(self.tr("Copy"))
        self.button.setAccessibleName(self.tr("Copy {name}").format(name=name))
        self.button.clicked.connect(self.copy)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.button, 0, QtCore.Qt.AlignmentFlag.AlignTop)

    def value(self) -> str:
        return self.field.toPlainText() if isinstance(self.field, QPlainTextEdit) else self.field.text()

    def set_value(self, value: str) -> None:
        if isinstance(self.field, QPlainTextEdit):
            self.field.setPlainText(value)
        else:
            self.field.setText(value)
            self.field.setCursorPosition(0)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.value())
        self.button.setText(self.tr("Copied"))


class ErrorPanel(QFrame):
    """What happened and what to do now, with the buttons that do it. Hidden until needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Problem"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Base)
        palette.setColor(QPalette.ColorRole.Window, highlight)
        self.setPalette(palette)
        layout = QVBoxLayout(self)
        self.what = paragraph("")
        self.todo = paragraph("")
        for label in (self.what, self.todo):  # the sentences may quote Zoho: never read them as HTML
            label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout.addWidget(self.what)
        layout.addWidget(self.todo)
        layout.addLayout(self.buttons)
        self.hide()

    def show_error(self, error: WizardError, actions: Sequence[tuple[str, Callable[[], None]]] = ()) -> None:
        what, todo = i18n.sentences(error)
        self.what.setText(what)
        self.todo.setText(todo)
        empty(self.buttons, keep=1)
        for text, action in actions:
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, act=action: act())  # not act(checked)
            self.buttons.addWidget(button)
        self.show()

    def clear(self) -> None:
        self.hide()


class PracticeBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("PRACTICE — you are using the practice Zoho on this computer; nothing real is touched."))
        self.setWordWrap(True)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Practice mode"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Highlight))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.HighlightedText))
        self.setPalette(palette)
        self.setMargin(6)
        self.hide()
