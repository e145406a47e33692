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
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget, QWizard

from zoho_wizard import APP_NAME
from zoho_wizard.errors import WizardError
from zoho_wizard.ui import i18n
from zoho_wizard.ui.accessible import announce
from zoho_wizard.ui.context import PRACTICE_PROFILE, AppContext
from zoho_wizard.ui.pages.base import Action, Page, WizardPage, WizardState
from zoho_wizard.ui.pages.welcome_page import WelcomePage
from zoho_wizard.ui.widgets import fit_to_screen, replace_window
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
        self._closing = False
        self._fitted = False
        self.question: QMessageBox | None = None  # the open "Close the wizard?" box, if any
        self.setWindowTitle(i18n.translate(APP_NAME))
        self.setOptions(self.options() | QWizard.WizardOption.NoBackButtonOnStartPage
                        | QWizard.WizardOption.NoCancelButtonOnLastPage | QWizard.WizardOption.HaveCustomButton1)
        for which, text in ((QWizard.WizardButton.CustomButton1, self.tr("&About")),
                            (QWizard.WizardButton.BackButton, self.tr("&Back")),  # no arrows to be read aloud
                            (QWizard.WizardButton.NextButton, self.tr("&Next")),
                            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
                            (QWizard.WizardButton.CancelButton, self.tr("C&lose"))):
            self.setButtonText(which, text)
        self.setButtonLayout([QWizard.WizardButton.CustomButton1, QWizard.WizardButton.Stretch,
                              QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton])
        self.customButtonClicked.connect(self._about)
        for key in ("Return", "Enter"):  # by name: the Qt.Key namespace is costly before the first paint
            QShortcut(QKeySequence(key), self).activated.connect(self._go_forward)
        self.setPage(Page.WELCOME, WelcomePage(self))
        self.currentIdChanged.connect(self._page_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self, 760, 600)

    def build_pages(self) -> None:
        if self.page(Page.REGION) is not None:
            return
        from zoho_wizard.ui.pages.client_page import ClientPage
        from zoho_wizard.ui.pages.consent_page import ConsentPage
        from zoho_wizard.ui.pages.console_page import ConsolePage
        from zoho_wizard.ui.pages.credentials_page import CredentialsPage
        from zoho_wizard.ui.pages.finish_page import FinishPage
        from zoho_wizard.ui.pages.region_page import RegionPage

        for page in (RegionPage, ClientPage, ConsolePage, CredentialsPage, ConsentPage, FinishPage):
            self.setPage(page.page_id, page(self))
        if self.start_page() is Page.WELCOME:  # a reconnection keeps what the connection had
            self._use_setup()

    def start_page(self) -> Page:
        return Page(self.startId())

    # -- a setup file from the company (zoho_wizard/setup.py)
    def _use_setup(self) -> None:
        """Fill in what the setup file gives; when it holds all the sign-in needs, the sign-in follows
        Welcome. A damaged file is told on Welcome: the person fills in the pages, unless it is locked."""
        from zoho_wizard import setup
        from zoho_wizard.errors import SetupFileError
        from zoho_wizard.zoho.clients import SCOPE_PRESETS

        welcome = self.page(Page.WELCOME)
        assert isinstance(welcome, WelcomePage)
        try:
            regions = self.context.regions()
            prepared = setup.current(regions)
        except SetupFileError as error:
            (welcome.refuse_real if error.locked else welcome.show_error)(error)
            return
        except WizardError as error:
            welcome.show_error(error)
            return
        if prepared is None:
            return
        state = self.state
        state.regions = regions
        state.region = regions[prepared.region] if prepared.region else state.region
        state.client_type = prepared.client_type or state.client_type
        state.client_id = prepared.client_id or state.client_id
        state.client_secret = prepared.client_secret or state.client_secret
        state.scopes = SCOPE_PRESETS[prepared.scope] if prepared.scope else state.scopes
        if prepared.profile and (prepared.locked or state.profile == "default"):  # not over "another connection"
            state.profile = prepared.profile
        state.fixed = frozenset(prepared.given()) if prepared.locked else frozenset()
        if prepared.ready:
            state.prepared = prepared
            welcome.show_prepared(prepared)

    def _skipped(self, page: Page) -> bool:
        state = self.state
        return (state.prepared is not None and not state.by_hand and not state.practice
                and page in (Page.REGION, Page.CLIENT, Page.CONSOLE, Page.CREDENTIALS))

    def path(self) -> list[Page]:
        return [page for page in Page if page >= self.start_page() and not self._skipped(page)]

    def change_settings(self) -> None:
        self.state.by_hand = True
        self.page(Page.WELCOME).real.setChecked(True)  # type: ignore[attr-defined]
        self.next()

    @property
    def about_button(self) -> QAbstractButton:
        return self.button(QWizard.WizardButton.CustomButton1)

    def _about(self) -> None:
        from zoho_wizard.ui import about

        about.show(self)

    def change_language(self, code: str) -> None:
        if not i18n.switch(code):
            return
        again = SetupWizard(self.context, profile=self.state.profile)
        again._fitted = True  # where this one is, at its size
        replace_window(self, again)
        if self.page(Page.REGION) is not None:  # the engine has loaded: the other pages, and a setup file
            again.build_pages()

    # -- practice mode
    def set_practice(self, on: bool) -> None:
        self.state.practice = on
        if on:
            self.context.start_practice()
            self.state.profile = PRACTICE_PROFILE
        suffix = self.tr(" — PRACTICE") if on else ""
        self.setWindowTitle(i18n.translate(APP_NAME) + suffix)

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
        page = self.currentPage()
        if page is not None:
            self._about_after(page)
        if isinstance(page, WizardPage) and self._fitted:  # not the first page, read when the window shows
            # focus moves to the page's first control; the title is said first
            announce(page.heading, f"{page.step_text()}: {page.heading.title}")

    def _about_after(self, page: QWidget) -> None:
        """Tab goes along the button row as it reads: About after the page's last control, not before
        its first, where QWizard leaves it."""
        last, widget = None, page.nextInFocusChain()
        # once round the window's chain, where a page's controls may lie apart (an unchecked radio button
        # has no Tab focus until it is checked: it counts)
        while widget is not None and widget is not page:
            if page.isAncestorOf(widget) and widget.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus:
                last = widget
            widget = widget.nextInFocusChain()
        if last is not None:
            QWidget.setTabOrder(last, self.about_button)

    # -- the keyboard: Return goes forward on every page, whatever the platform theme makes of it (a
    # shortcut comes before the focused widget: under GTK, Return would press a focused radio button)
    def _go_forward(self) -> None:
        forward = self._forward()
        if forward is not None:
            forward.click()

    def _forward(self) -> QAbstractButton | None:
        """The page's own next step (as Connect on the consent page), else Next, else Finish."""
        page = self.currentPage()
        own = page.forward_button() if isinstance(page, WizardPage) else None
        candidates = (own, self.button(QWizard.WizardButton.NextButton), self.button(QWizard.WizardButton.FinishButton))
        return next((b for b in candidates if b is not None and b.isVisible() and b.isEnabled()), None)

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
        locked = self.state.prepared is not None and self.state.prepared.locked
        return [(text, partial(self.go_to, page)) for cls, text, page in targets
                if isinstance(error, cls) and page != self.currentId() and not (locked and self._skipped(page))]

    def go_to(self, page: Page) -> None:
        """Back to ``page``; one the setup file had filled in is reached through the usual pages."""
        if self._skipped(page):
            self.state.by_hand = True
            while self.currentId() > Page.WELCOME:
                self.back()
        while self.currentId() > page:
            self.back()
        while Page.WELCOME <= self.currentId() < page:  # through pages the setup file filled in
            here = self.currentId()
            self.next()
            if self.currentId() == here:
                break

    # -- closing asks first when it would throw away what the person entered, and stops the work in flight
    def _entered(self) -> bool:
        return Page.WELCOME < self.currentId() < Page.TEST

    def reject(self) -> None:
        """Close, Escape, and the window's close button: asked first while something would be lost."""
        if self._entered() and not self._closing:
            self._ask_to_close()
            return
        self.work.cancel()
        super().reject()

    def _ask_to_close(self) -> None:
        if self.question is not None:
            if self.question.isVisible():  # asked already (a second Escape on the wizard): one question
                return
            self.question.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Question, i18n.translate(APP_NAME), self.tr("Close the wizard?"),
                          QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("What you entered is not kept, and nothing has been connected yet."))
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("&Close the wizard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Keep going"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._answered)
        self.question = box
        box.open()  # not exec(): a nested event loop under the asyncio loop

    def _answered(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Close:
            self._closing = True
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not event.spontaneous():  # the program closes it (the app, a test): nothing to ask
            self._closing = True
        super().closeEvent(event)  # QDialog calls reject(), which asks the person if needed and stops the work
