"""What every page of the setup wizard shares: the page ids, the state the pages fill in, what a
page may ask of the wizard (:class:`Host`), and the page base with its practice banner and
error panel. Pages import this module; the wizard assembles the pages, and nothing imports back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtCore  # QtCore.Qt when used: the namespace is costly to load
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from zoho_wizard.errors import WizardError
from zoho_wizard.ui.accessible import Heading
from zoho_wizard.ui.widgets import ErrorPanel, PracticeBanner, give_mnemonics, paragraph
from zoho_wizard.zoho.clients import FULL_ACCESS, ClientType

if TYPE_CHECKING:
    from zoho_wizard.connection import Connected
    from zoho_wizard.setup import Setup
    from zoho_wizard.ui.context import AppContext
    from zoho_wizard.ui.work import Work
    from zoho_wizard.zoho.regions import Region

Action = tuple[str, Callable[[], None]]


class Page(IntEnum):
    WELCOME = 0
    REGION = 1
    CLIENT = 2
    CONSOLE = 3
    CREDENTIALS = 4
    CONSENT = 5
    TEST = 6


@dataclass
class WizardState:
    """Everything the pages collect, in one place."""

    practice: bool = False
    regions: dict[str, Region] = field(default_factory=dict)
    region: Region | None = None
    client_type: ClientType = ClientType.SERVER
    client_id: str = ""
    client_secret: str = ""
    scopes: tuple[str, ...] = FULL_ACCESS
    profile: str = "default"
    connected: Connected | None = None
    prepared: Setup | None = None  # the company's setup file, when it holds all the sign-in needs
    by_hand: bool = False  # the person chose to change what the setup file gives
    fixed: frozenset[str] = frozenset()  # what a locked setup file gives: shown, not to be changed

    def __repr__(self) -> str:
        return f"WizardState(practice={self.practice}, profile={self.profile!r}, client_type={self.client_type})"


class Host(Protocol):
    """What pages may ask of the wizard that holds them (besides Qt's own ``wizard()``)."""

    context: AppContext
    state: WizardState
    work: Work

    def build_pages(self) -> None: ...

    def start_page(self) -> Page:
        """The page this wizard started on (a reconnection starts past Welcome)."""

    def path(self) -> list[Page]:
        """The pages the person goes through, from the start page: with a setup file from the
        company, the sign-in follows Welcome."""

    def change_settings(self) -> None:
        """The person goes through the usual pages after all, filled in from the setup file."""

    def set_practice(self, on: bool) -> None: ...

    def change_language(self, code: str) -> None:
        """Speak ``code``: the wizard is made again in that language (from Welcome, nothing typed yet)."""

    def actions_for(self, error: WizardError) -> list[Action]:
        """The buttons that fix ``error``, each with its label."""


class WizardPage(QWizardPage):
    """A page with the same header on every page (its title as a heading, "Step n of N" and an
    optional introduction), the practice banner under it and an error panel under its content, both
    made when first needed. ``setTitle`` and ``setSubTitle`` fill that header instead of QWizard's.
    The Welcome page (``scrolling=False``) touches no ``Qt`` enum until then: the first use of that
    namespace costs Qt for Python some 13 ms, before the first paint."""

    page_id: Page

    def __init__(self, host: Host, *, scrolling: bool = True) -> None:
        super().__init__()
        self.host = host
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.heading = Heading()
        self.heading.setWordWrap(True)
        self.step = QLabel()
        self.subtitle = paragraph("")
        self.subtitle.setVisible(False)
        for widget in (self.step, self.heading, self.subtitle):
            self.outer.addWidget(widget)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        if scrolling:  # long text and large fonts scroll instead of overflowing
            content = QWidget()
            content.setLayout(self.body)
            scroll = QScrollArea()
            scroll.setWidget(content)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # the keyboard starts on the page's first field
            self.outer.addWidget(scroll, 1)
        else:
            self.outer.addLayout(self.body, 1)
        self.built = False
        self._banner: PracticeBanner | None = None
        self._error: ErrorPanel | None = None

    @property
    def state(self) -> WizardState:
        return self.host.state

    def setTitle(self, title: str) -> None:
        self.heading.set_title(title)

    def setSubTitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))

    def step_text(self) -> str:
        """"Step n of N" on the path the person is on (it starts where the wizard started)."""
        path = self.host.path()
        return self.tr("Step {n} of {total}").format(n=path.index(self.page_id) + 1, total=len(path))

    @property
    def banner(self) -> PracticeBanner:
        if self._banner is None:
            self._banner = PracticeBanner()
            self.outer.insertWidget(self.outer.indexOf(self.subtitle) + 1, self._banner)
        return self._banner

    @property
    def error(self) -> ErrorPanel:
        if self._error is None:
            self._error = ErrorPanel()
            self.outer.addWidget(self._error)
        return self._error

    def forward_button(self) -> QAbstractButton | None:
        """The page's own way forward, pressed by Return before Next (Connect, on the consent page)."""
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        give_mnemonics(self.window())  # the buttons shown now, with the words the page gave them

    def build(self) -> None:
        """A page's widgets that can wait until it is first reached, rather than be made behind the
        Welcome page (the memory the app holds at the start)."""

    def initializePage(self) -> None:
        if not self.built:
            self.built = True
            self.build()
        self.step.setText(self.step_text())
        for button in self.findChildren(QPushButton):  # Return means forward; Space presses the focused button
            button.setAutoDefault(False)
        if self.state.practice or self._banner is not None:
            self.banner.setVisible(self.state.practice)
        if self._error is not None:
            self._error.clear()

    def show_error(self, error: WizardError) -> None:
        self.error.show_error(error, self.host.actions_for(error))
