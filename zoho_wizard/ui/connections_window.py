"""The connections window: what is already connected, with Test, Reconnect, Disconnect and Add."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.books import Books
from zoho_wizard.connection import Connection, disconnect, forget
from zoho_wizard.errors import NotEndedAtZoho, UntrustedSettings, WizardError
from zoho_wizard.session import ZohoSession
from zoho_wizard.store.profiles import Profile, ProfileStore
from zoho_wizard.ui import about, i18n
from zoho_wizard.ui.calls_panel import CallsPanel
from zoho_wizard.ui.context import AppContext
from zoho_wizard.ui.pages.base import Page
from zoho_wizard.ui.widgets import ErrorPanel, LanguageChoice, fit_to_screen, give_mnemonics, paragraph, replace_window
from zoho_wizard.ui.wizard import SetupWizard
from zoho_wizard.ui.work import Work
from zoho_wizard.zoho.clients import ClientType
from zoho_wizard.zoho.regions import DEFAULT_REGIONS


class ConnectionsWindow(QWidget):
    def __init__(self, context: AppContext, store: ProfileStore) -> None:
        super().__init__()
        self.context = context
        self.store = store
        self.work = Work(on_busy=self._enable)
        self.wizards: list[SetupWizard] = []
        self.setWindowTitle(self.tr("Zoho Books connections"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("These connections to Zoho Books are saved on this computer.")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved connections"))
        self.list.currentRowChanged.connect(lambda _: self._enable())
        layout.addWidget(self.list, 1)
        chosen = QHBoxLayout()  # what to do with the connection chosen in the list
        self.test_button = QPushButton(self.tr("Test"))
        self.reconnect_button = QPushButton(self.tr("Reconnect"))
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        for button, action in ((self.test_button, self._test), (self.reconnect_button, self._reconnect),
                               (self.disconnect_button, self._disconnect)):
            button.clicked.connect(action)
            chosen.addWidget(button)
        chosen.addStretch(1)
        layout.addLayout(chosen)
        others = QHBoxLayout()  # in two rows: longer words than English fit side by side
        self.add_button = QPushButton(self.tr("Add another connection"))
        self.add_button.clicked.connect(self._add)
        others.addWidget(self.add_button)
        others.addStretch(1)
        self.about_button = QPushButton(self.tr("About"))
        self.about_button.clicked.connect(lambda: about.show(self))
        others.addWidget(self.about_button)
        layout.addLayout(others)
        self.error = ErrorPanel()
        layout.addWidget(self.error)
        self.keychain = paragraph(self.tr("The secrets are kept in: {keychain}.").format(keychain=store.keychain.name))
        layout.addWidget(self.keychain)
        self.language = LanguageChoice()
        self.language.chosen.connect(self.change_language)
        layout.addWidget(self.language)
        self.refresh()
        fit_to_screen(self, 680, 460)

    def change_language(self, code: str) -> None:
        if i18n.switch(code):
            replace_window(self, ConnectionsWindow(self.context, self.store))

    def refresh(self) -> None:
        self.list.clear()
        for name in self.store.names():
            profile = self.store.load(name)
            region = DEFAULT_REGIONS.get(profile.region)
            item = QListWidgetItem(self.tr("{name}: {org} — {region}, {kind}").format(
                name=name, org=profile.organization_name or self.tr("no organization"),
                region=i18n.translate(region.name) if region else profile.region,
                kind=i18n.translate(ClientType(profile.client_type).label)))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self._enable()

    def selected(self) -> Profile | None:
        item = self.list.currentItem()
        return self.store.load(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _enable(self, busy: bool = False) -> None:
        if busy:
            self.error.clear()
        chosen = self.list.currentItem() is not None
        for button in (self.test_button, self.reconnect_button, self.disconnect_button):
            button.setEnabled(chosen and not busy)
        self.add_button.setEnabled(not busy)

    # -- actions
    def _test(self) -> None:
        profile = self.selected()
        if profile is not None:
            self.work.run(self._open_test(profile))

    async def _open_test(self, profile: Profile) -> None:
        try:  # opening the connection reads the keychain: off the event loop too
            regions = self.context.regions()
            organizations = await asyncio.to_thread(
                lambda: Books(ZohoSession(Connection(self.store, profile.name, regions=regions))).organizations())
        except UntrustedSettings as error:
            self.error.show_error(error, self._way_out(profile))
            return
        except WizardError as error:
            self.error.show_error(error, [(self.tr("Reconnect"), self._reconnect)])
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Test the connection"))
        dialog.finished.connect(lambda _: self.work.cancel())  # a call in flight stops with its dialog
        panel = CallsPanel(self.work, dialog)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel)
        layout.addWidget(close)
        panel.show_connection(self.store, profile.name, organizations, regions)
        fit_to_screen(dialog, 680, 600)
        dialog.open()
        give_mnemonics(dialog)

    def _reconnect(self) -> None:
        profile = self.selected()
        if profile is not None:
            self.work.run(self._open_wizard(profile))

    async def _open_wizard(self, profile: Profile | None) -> None:
        wizard = SetupWizard(self.context, profile=profile.name if profile else self._new_name())
        if profile is not None:
            state = wizard.state
            try:
                state.regions = self.context.regions()
                state.region = state.regions.get(profile.region)
                state.client_secret = (await asyncio.to_thread(self.store.secrets, profile)).client_secret or ""
            except WizardError as error:
                self.error.show_error(error)
                return
            state.client_type, state.client_id, state.scopes = (
                ClientType(profile.client_type), profile.client_id, profile.scopes)
            wizard.build_pages()  # the Region page must exist before the wizard can start there
            wizard.setStartId(Page.REGION)
        wizard.finished.connect(lambda _: self.refresh())
        self.wizards.append(wizard)
        wizard.show()

    def _add(self) -> None:
        self.work.run(self._open_wizard(None))

    def _new_name(self) -> str:
        names = set(self.store.names())
        return next(f"connection-{n}" for n in range(2, 1000) if f"connection-{n}" not in names)

    def _disconnect(self) -> None:
        profile = self.selected()
        if profile is not None and self._agreed(self.tr("Disconnect"), self.tr(
                "End the connection “{name}” at Zoho and remove it from this computer? Tools that use it will "
                "stop working until you connect again.").format(name=profile.name)):
            self.work.run(self._end(profile))

    def _forget(self, profile: Profile) -> None:
        if self._agreed(self.tr("Remove from this computer only"), self.tr(
                "Remove the connection “{name}” from this computer without ending it at Zoho? Zoho keeps it until "
                "it is removed in your Zoho account.").format(name=profile.name)):
            self.work.run(self._end(profile, here_only=True))

    def _agreed(self, title: str, question: str) -> bool:
        return QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes

    async def _end(self, profile: Profile, *, here_only: bool = False) -> None:
        try:
            if here_only:
                await asyncio.to_thread(forget, self.store, profile.name)
            else:
                await asyncio.to_thread(disconnect, self.store, profile.name, self.context.http,
                                        self.context.regions())
        except (NotEndedAtZoho, UntrustedSettings) as error:
            self.error.show_error(error, self._way_out(profile))
        except WizardError as error:
            self.error.show_error(error)
        self.refresh()

    def _way_out(self, profile: Profile) -> list[tuple[str, Callable[[], None]]]:
        return [(self.tr("Remove from this computer only"), lambda: self._forget(profile))]

    async def settle(self) -> None:
        """Stop the work in flight, here and in the wizards opened from here, and wait until it has stopped."""
        for work in (self.work, *(wizard.work for wizard in self.wizards)):
            await work.settle()

    def showEvent(self, event: QShowEvent) -> None:
        give_mnemonics(self)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.work.cancel()
        super().closeEvent(event)
