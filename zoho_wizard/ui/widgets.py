"""Small widgets the pages share: copyable values, the two-sentence error panel, the practice banner,
the language choice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6 import QtCore  # QtCore.Qt when used: the namespace is costly to load
from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
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
from zoho_wizard.ui.accessible import Alert, announce

Shown = TypeVar("Shown", bound=QWidget)


def give_mnemonics(window: QWidget) -> None:
    """An Alt shortcut for every button shown in ``window`` that has none: the first letter of a word
    that no other shown button uses, else any free letter of its text, else (a text in a script a
    keyboard does not type with Alt, as Japanese, or all of whose letters are taken) a free Latin
    letter after the text, "(&K)", as Japanese software does. Called again when other buttons show
    (another page, an error's buttons, folded details)."""
    buttons = [b for b in window.findChildren(QAbstractButton) if b.text() and b.isVisibleTo(window)]
    taken = {text[text.index("&") + 1].lower() for text in (b.text() for b in buttons)
             if "&" in text and text.index("&") + 1 < len(text)}
    for button in buttons:
        text = button.text()
        if "&" in text:
            continue
        letters = [i for i, c in enumerate(text) if c.isascii() and c.isalpha()]
        starts = [i for i in letters if i == 0 or not text[i - 1].isalpha()]
        free = next((i for i in starts + letters if text[i].lower() not in taken), None)
        if free is not None:
            taken.add(text[free].lower())
            button.setText(f"{text[:free]}&{text[free:]}")
        elif (letter := next((c for c in "abcdefghijklmnopqrstuvwxyz" if c not in taken), None)) is not None:
            taken.add(letter)
            button.setText(f"{text} (&{letter.upper()})")


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``width`` x ``height``, or less where the screen is smaller (at 150 % a laptop's is): never
    larger than the space the screen leaves, frame included, and inside it. The pages scroll."""
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry().size() - window.size()
    window.resize(min(width, screen.width() - frame.width()), min(height, screen.height() - frame.height()))
    shown = window.frameGeometry()
    shown.moveCenter(screen.center())
    shown.moveTopLeft(QtCore.QPoint(max(screen.left(), shown.left()), max(screen.top(), shown.top())))
    window.move(shown.topLeft())


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


def latin(widget: Shown) -> Shown:
    """``widget`` shows a value written left to right (an address, an ID, a code) and stays so in a
    right-to-left language, unbroken."""
    widget.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)
    return widget


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
        latin(self.field)
        self.field.setAccessibleName(name)
        self.name = name
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
        self.button.setAccessibleName(self.tr("Copied {name}").format(name=self.name))
        announce(self.button, self.button.accessibleName())


class ErrorPanel(Alert):
    """What happened and what to do now, with the buttons that do it. Hidden until needed; when it
    shows, a screen reader hears it as an alert and the keyboard focus goes to it (Tab then reaches
    its buttons)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
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
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, act=action: act())  # not act(checked)
            self.buttons.addWidget(button)
        self.setAccessibleName(self.tr("Problem: {what}").format(what=what))
        self.setAccessibleDescription(todo)
        self.show()
        give_mnemonics(self.window())
        self.setFocus()
        announce(self, f"{what} {todo}", urgent=True)

    def clear(self) -> None:
        self.hide()


class PracticeBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("PRACTICE — you are using the practice Zoho on this computer; nothing real is touched."))
        self.setWordWrap(True)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        from zoho_wizard.ui.palette import background_for, readable  # made only once practice starts

        # The selection's colours, the background darkened or lightened where the text would not read
        # on it (4.5:1): the system's light or dark palette may not have that contrast (Fusion's has 3.7:1).
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.HighlightedText)
        background = background_for(text, palette.color(QPalette.ColorRole.Highlight))
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, readable(text, (background,)))
        self.setPalette(palette)
        self.setMargin(6)
        self.hide()


class LanguageChoice(QWidget):
    """The app's language, each by its own name; ``chosen`` carries the code the person picked.
    Away from English the label says "Language" in English too, for whoever cannot read the rest."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        said = self.tr("Lan&guage:")
        label = QLabel(said if i18n.current() == "en" else f"{said} (Language)")
        self.box = QComboBox()
        # sized for the longest name without measuring each: that would load a font for every script
        # (Japanese, Devanagari, Arabic) before the first page paints; they load when the list opens
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box.setMinimumContentsLength(max(map(len, i18n.LANGUAGES.values())))
        for code, name in i18n.LANGUAGES.items():
            self.box.addItem(name, code)
        self.box.setCurrentIndex(max(0, self.box.findData(i18n.current())))  # a test's pseudo-language: English
        label.setBuddy(self.box)
        self.box.setAccessibleName(label.text().replace("&", ""))
        self.box.activated.connect(lambda index: self.chosen.emit(self.box.itemData(index)))
        layout.addWidget(label)
        layout.addWidget(self.box)
        layout.addStretch(1)


def replace_window(old: QWidget, new: QWidget) -> None:
    """Show ``new`` where ``old`` is, then let ``old`` go (a window made again in another language)."""
    new.setGeometry(old.geometry())
    new.show()
    old.hide()
    old.deleteLater()
