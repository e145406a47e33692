"""The setup wizard: assembles the pages (``ui/pages``) over one typed state; nothing is saved
until the engine has proved the connection. This module is on the path to the first paint: it
imports no engine module and not asyncio (the engine loads in the background meanwhile), and the
pages after Welcome are imported when built.

Long work (consent, keychain, Books calls) runs through one :class:`~zoho_wizard.ui.work.Work`;
while it runs Back and Next are disabled, and Cancel, Back or closing the window cancels it.
"""

from __future__ import annotations

from functools import partial

from PySide6 import QtCore  # QtCore.Qt when used: the namespace is costly to load
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractButton, QWidget, QWizard

from zoho_wizard import APP_NAME
from zoho_wizard.errors import WizardError
from zoho_wizard.ui.context import PRACTICE_PROFILE, AppContext
from zoho_wizard.ui.pages.base import Action, Page, WizardState
from zoho_wizard.ui.pages.welcome_page import WelcomePage
from zoho_wizard.ui.work import Work


class SetupWizard(QWizard):
    """Starts with the Welcome page alone, so that it paints before the engine is loaded;
    :meth:`build_pages` adds the others (the app calls it once the engine is loaded in the
    background, and leaving the Welcome page calls it at the latest)."""

    def __init__(self, context: AppContext, *, profile: str = "default", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state = WizardState(profile=profile)
        self.work = Work(on_busy=self._busy)
        self.setWindowTitle(APP_NAME)
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
        self.setWindowTitle(APP_NAME + suffix)

    # -- one piece of work at a time
    async def settle(self) -> None:
        """Stop the work in flight and wait until it has stopped."""
        await self.work.settle()

    def _busy(self, busy: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton):
            button = self.button(which)
            button.setEnabled(not busy and (which == QWizard.WizardButton.BackButton or self._complete()))
        self.setCursor(QtCore.Qt.CursorShape.BusyCursor if busy else QtCore.Qt.CursorShape.ArrowCursor)

    def _complete(self) -> bool:
        page = self.currentPage()
        return page is not None and page.isComplete()

    def _page_changed(self, _: int) -> None:
        self.work.cancel()

    # -- errors: the action that fixes each
    def actions_for(self, error: WizardError) -> list[Action]:
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
        self.work.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.work.cancel()
        super().closeEvent(event)
