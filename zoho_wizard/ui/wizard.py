"""The setup wizard: page classes over one typed state; nothing is saved until the engine has
proved the connection. This module is on the path to the first paint: it imports no engine
module and not asyncio (the engine loads in the background meanwhile).

Long work (consent, keychain, Books calls) runs as one asyncio task at a time on the qasync
loop; while it runs Back and Next are disabled, and Cancel, Back or closing the window
cancels it (the engine then stops its catcher or polling).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore  # QtCore.Qt when used: the namespace is costly to load
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractButton, QFrame, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage

from zoho_wizard.errors import WizardError
from zoho_wizard.ui.context import PRACTICE_PROFILE, AppContext
from zoho_wizard.ui.widgets import ErrorPanel, PracticeBanner
from zoho_wizard.zoho.clients import FULL_ACCESS, ClientType

if TYPE_CHECKING:
    import asyncio

    from zoho_wizard.connection import Connected
    from zoho_wizard.zoho.regions import Region


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

    def __repr__(self) -> str:
        return f"WizardState(practice={self.practice}, profile={self.profile!r}, client_type={self.client_type})"


class WizardPage(QWizardPage):
    """A page with the practice banner on top and an error panel under its content, both made
    when first needed. The Welcome page (``scrolling=False``) touches no ``Qt`` enum until then:
    the first use of that namespace costs Qt for Python some 13 ms, before the first paint."""

    def __init__(self, wizard: SetupWizard, *, scrolling: bool = True) -> None:
        super().__init__()
        self.setup = wizard
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
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
        self._banner: PracticeBanner | None = None
        self._error: ErrorPanel | None = None

    @property
    def state(self) -> WizardState:
        return self.setup.state

    @property
    def banner(self) -> PracticeBanner:
        if self._banner is None:
            self._banner = PracticeBanner()
            self.outer.insertWidget(0, self._banner)
        return self._banner

    @property
    def error(self) -> ErrorPanel:
        if self._error is None:
            self._error = ErrorPanel()
            self.outer.addWidget(self._error)
        return self._error

    def initializePage(self) -> None:
        if self.state.practice or self._banner is not None:
            self.banner.setVisible(self.state.practice)
        if self._error is not None:
            self._error.clear()

    def show_error(self, error: WizardError) -> None:
        self.error.show_error(error, self.setup.actions_for(error))


class SetupWizard(QWizard):
    """Starts with the Welcome page alone, so that it paints before the engine is loaded;
    :meth:`build_pages` adds the others (the app calls it once the engine is loaded in the
    background, and leaving the Welcome page calls it at the latest)."""

    def __init__(self, context: AppContext, *, profile: str = "default", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from zoho_wizard.ui.pages.welcome_page import WelcomePage

        self.context = context
        self.state = WizardState(profile=profile)
        self.task: asyncio.Task[Any] | None = None
        self.setWindowTitle(self.tr("Zoho Books Connection Wizard"))
        self.setOptions(self.options() | QWizard.WizardOption.NoBackButtonOnStartPage
                        | QWizard.WizardOption.NoCancelButtonOnLastPage | QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("About"))
        self.setButtonLayout([QWizard.WizardButton.CustomButton1, QWizard.WizardButton.Stretch,
                              QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton])
        self.customButtonClicked.connect(self._about)
        self.setMinimumSize(720, 560)
        self.setPage(Page.WELCOME, WelcomePage(self))
        self.currentIdChanged.connect(self._page_changed)

    def build_pages(self) -> None:
        if self.page(Page.REGION) is not None:
            return
        from zoho_wizard.ui.pages.client_page import ClientPage
        from zoho_wizard.ui.pages.consent_page import ConsentPage
        from zoho_wizard.ui.pages.console_page import ConsolePage
        from zoho_wizard.ui.pages.credentials_page import CredentialsPage
        from zoho_wizard.ui.pages.finish_page import FinishPage
        from zoho_wizard.ui.pages.region_page import RegionPage

        for page_id, page in (
            (Page.REGION, RegionPage(self)), (Page.CLIENT, ClientPage(self)), (Page.CONSOLE, ConsolePage(self)),
            (Page.CREDENTIALS, CredentialsPage(self)), (Page.CONSENT, ConsentPage(self)), (Page.TEST, FinishPage(self)),
        ):
            self.setPage(page_id, page)

    @property
    def about_button(self) -> QAbstractButton:
        return self.button(QWizard.WizardButton.CustomButton1)

    def _about(self) -> None:
        from zoho_wizard.ui import about

        about.show(self)

    # -- practice mode
    def set_practice(self, on: bool) -> None:
        self.state.practice = on
        if on:
            self.context.start_practice()
            self.state.profile = PRACTICE_PROFILE
        suffix = self.tr(" — PRACTICE") if on else ""
        self.setWindowTitle(self.tr("Zoho Books Connection Wizard") + suffix)

    # -- one piece of work at a time
    def run(self, work: Coroutine[Any, Any, None], *, done: Callable[[], None] | None = None) -> asyncio.Task[None]:
        """Run ``work`` on the event loop with Back and Next disabled until it ends."""
        self.cancel_work()
        self._busy(True)
        import asyncio

        task = asyncio.ensure_future(work)
        self.task = task

        def finished(t: asyncio.Task[None]) -> None:
            if self.task is t:
                self.task = None
                self._busy(False)
            if done is not None:
                done()

        task.add_done_callback(finished)
        return task

    def cancel_work(self) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()

    async def settle(self) -> None:
        """Cancel the work in flight and wait until it has stopped (before closing)."""
        import asyncio

        task = self.task
        self.cancel_work()
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)

    def _busy(self, busy: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton):
            button = self.button(which)
            button.setEnabled(not busy and (which == QWizard.WizardButton.BackButton or self._complete()))
        self.setCursor(QtCore.Qt.CursorShape.BusyCursor if busy else QtCore.Qt.CursorShape.ArrowCursor)

    def _complete(self) -> bool:
        page = self.currentPage()
        return page is not None and page.isComplete()

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done()

    def _page_changed(self, _: int) -> None:
        self.cancel_work()

    # -- errors: the action that fixes each
    def actions_for(self, error: WizardError) -> list[tuple[str, Callable[[], None]]]:
        from zoho_wizard import errors

        targets: list[tuple[type[WizardError], str, Page]] = [
            (errors.WrongClient, self.tr("Check the data center"), Page.REGION),
            (errors.WrongClient, self.tr("Enter the Client ID again"), Page.CREDENTIALS),
            (errors.WrongSecret, self.tr("Enter the Client ID and Secret again"), Page.CREDENTIALS),
            (errors.WrongRedirectUri, self.tr("Show what to register in Zoho"), Page.CONSOLE),
            (errors.WrongScope, self.tr("Choose the permissions again"), Page.CREDENTIALS),
            (errors.SettingsError, self.tr("Back to the start"), Page.WELCOME),
        ]
        return [(text, partial(self.go_to, page)) for cls, text, page in targets if isinstance(error, cls)]

    def go_to(self, page: Page) -> None:
        while self.currentId() > page:
            self.back()

    # -- closing stops the work in flight
    def reject(self) -> None:
        self.cancel_work()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_work()
        super().closeEvent(event)
