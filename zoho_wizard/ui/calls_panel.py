"""The test panel: proves a saved connection works by calling Zoho Books for real, and shows
how to use it from scripts. Used by the wizard's last page and by the connections window."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoho_wizard.books import Books, BooksResult, Organization
from zoho_wizard.connection import Connection
from zoho_wizard.errors import BooksError, WizardError
from zoho_wizard.session import ZohoSession
from zoho_wizard.store.profiles import Profile, ProfileStore
from zoho_wizard.texts import QT_TR_NOOP, Text
from zoho_wizard.ui import i18n
from zoho_wizard.ui.accessible import announce
from zoho_wizard.ui.widgets import CopyField, ErrorPanel, empty, give_mnemonics, paragraph
from zoho_wizard.ui.work import Work
from zoho_wizard.zoho.calls import BOOKS
from zoho_wizard.zoho.regions import DEFAULT_REGIONS, Region

MORE = QT_TR_NOOP("%n more")  # after the first five names
LISTED = QT_TR_NOOP("{counted}: {names}")


def describe(result: BooksResult) -> str:
    """The records in business words: how many, and the first few names, listed as the person's
    language lists them ("A, B and 3 more")."""
    call = BOOKS.call(result.kind)
    names = [name for name in (call.name(record, i18n.language()) for record in result.records[:5]) if name]
    counted = i18n.translate(call.counted, result.count)
    if not names:
        return counted
    if result.count > 5:
        names.append(i18n.translate(MORE, result.count - 5))
    return i18n.translate(LISTED).format(counted=counted, names=QLocale().createSeparatedList(names))


class CallsPanel(QWidget):
    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.store: ProfileStore | None = None
        self.name = ""
        self.books: Books | None = None
        self.raw = ""
        layout = QVBoxLayout(self)
        self.headline = QLabel()  # bold, not large: under the page's own title, one large line is enough
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.organizations = QComboBox()
        self.organizations.setAccessibleName(self.tr("Organization used by default"))
        self.organizations.activated.connect(self._choose_organization)
        form = QFormLayout()
        form.addRow(self.tr("Organization used by default"), self.organizations)
        layout.addLayout(form)

        calls = QGroupBox(self.tr("Try the connection (read-only)"))
        grid = QGridLayout(calls)
        self.call_buttons: dict[str, QPushButton] = {}
        for index, call in enumerate(BOOKS.calls):
            button = QPushButton(i18n.text(call.label))
            button.clicked.connect(lambda _=False, key=call.key: self.try_call(key))
            grid.addWidget(button, index // 3, index % 3)
            self.call_buttons[call.key] = button
        self.result = paragraph("")
        self.result.setAccessibleDescription(self.tr("Result"))
        grid.addWidget(self.result, 2, 0, 1, 3)
        layout.addWidget(calls)
        self.error = ErrorPanel()
        layout.addWidget(self.error)
        self.keychain = paragraph("")
        layout.addWidget(self.keychain)

        # what the person who helps needs (how Zoho answered, the raw answer, scripts), folded away
        self.for_it = QPushButton(self.tr("Details for IT"))
        self.for_it.setCheckable(True)
        layout.addWidget(self.for_it, 0, Qt.AlignmentFlag.AlignLeft)
        technical = QWidget()
        self.for_it.toggled.connect(technical.setVisible)
        self.for_it.toggled.connect(lambda: give_mnemonics(self.window()))
        technical.setVisible(False)
        details = QVBoxLayout(technical)
        details.setContentsMargins(0, 0, 0, 0)
        self.details = paragraph("")
        self.details.setAccessibleDescription(self.tr("How Zoho answered"))
        self.show_raw = QPushButton(self.tr("Show the raw response"))
        self.show_raw.clicked.connect(self._show_raw)
        self.show_raw.setVisible(False)
        details.addWidget(self.details)
        details.addWidget(self.show_raw, 0, Qt.AlignmentFlag.AlignLeft)
        scripts = QGroupBox(self.tr("Use it from scripts"))
        self.scripts = QVBoxLayout(scripts)
        details.addWidget(scripts)
        layout.addWidget(technical)
        layout.addStretch(1)

    def answered(self) -> bool:
        """Whether the last call's answer is shown (its raw response can be opened)."""
        return not self.show_raw.isHidden()

    def show_connection(self, store: ProfileStore, name: str, organizations: list[Organization],
                        regions: Mapping[str, Region]) -> None:
        self.store, self.name, self.regions = store, name, regions
        profile = store.load(name)
        self._headline(profile)
        self.organizations.clear()
        for org in organizations:
            self.organizations.addItem(f"{org.name} [{org.organization_id}]", org.organization_id)
            if org.organization_id == profile.organization_id:
                self.organizations.setCurrentIndex(self.organizations.count() - 1)
        self.books = None  # opened by the first call, off the event loop: it reads the keychain
        empty(self.scripts)
        option = "" if name == "default" else f" --profile {name}"
        self.scripts.addWidget(paragraph(self.tr("A fresh access token for any tool, in a terminal:")))
        self.scripts.addWidget(CopyField(f"zoho-wizard token{option}", self.tr("Token command")))
        self.scripts.addWidget(paragraph(self.tr("In Python:")))
        snippet = (f'from zoho_wizard import open_connection\ns = open_connection("{name}")\n'
                   f's.get("/books/v3/contacts", params={{"organization_id": "{profile.organization_id}"}}).json()')
        self.scripts.addWidget(CopyField(snippet, self.tr("Python example"), multiline=True))
        self.keychain.setText(self.tr("The secrets are kept in: {keychain}.").format(keychain=store.keychain.name))
        self.result.clear()
        self.details.clear()
        self.error.clear()

    def try_call(self, kind: str) -> asyncio.Task[None]:
        self.result.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a result to reach with Tab from now on
        self.result.setFocus()  # the buttons are disabled meanwhile: the focus waits here, not in a field below
        for button in self.call_buttons.values():
            button.setEnabled(False)
        self.error.clear()
        self.result.setText(self.tr("Asking Zoho Books…"))
        self.details.clear()
        self.show_raw.setVisible(False)
        return self.work.run(self._call(kind), done=lambda: self._called(kind))

    def _called(self, kind: str) -> None:
        for button in self.call_buttons.values():
            button.setEnabled(True)
        if self.result.hasFocus():
            self.call_buttons[kind].setFocus()
        announce(self.result, self.result.text())

    async def _call(self, kind: str) -> None:
        store, name = self.store, self.name
        assert store is not None
        organization = str(self.organizations.currentData() or "")
        try:
            if self.books is None:
                loop = asyncio.get_running_loop()

                def waiting(message: Text) -> None:  # on the call's thread
                    loop.call_soon_threadsafe(lambda: self.result.setText(i18n.text(message)))

                regions = self.regions
                self.books = await asyncio.to_thread(
                    lambda: Books(ZohoSession(Connection(store, name, regions=regions), on_wait=waiting)))
            result = await asyncio.to_thread(self.books.fetch, kind, organization)
        except BooksError as error:
            self.result.clear()
            self.details.setText(self.how(error.status, error.code, error.message, None))
            self.error.show_error(error)
        except WizardError as error:
            self.result.clear()
            self.error.show_error(error)
        else:
            self.result.setText(describe(result))
            self.details.setText(self.how(result.status, result.code, result.message, result.elapsed))
            self.raw = result.raw
            self.show_raw.setVisible(True)

    def how(self, status: int, code: int | None, message: str, elapsed: float | None) -> str:
        """How Zoho answered, for the person who helps: HTTP status, Zoho's code and message, time."""
        parts = [self.tr("HTTP {status}").format(status=status)]
        if code is not None:
            parts.append(self.tr("Zoho code {code} ({message})").format(code=code, message=message or "-"))
        if elapsed is not None:
            parts.append(self.tr("{ms} ms").format(ms=round(elapsed * 1000)))
        return " · ".join(parts)

    def _headline(self, profile: Profile) -> None:
        region = DEFAULT_REGIONS.get(profile.region)
        self.headline.setText(self.tr("Connected to {org} ({region})").format(
            org=profile.organization_name or self.tr("Zoho Books"),
            region=i18n.translate(region.name) if region else profile.region))

    def _choose_organization(self, index: int) -> None:
        self.work.run(self._save(self.organizations.itemData(index), self.organizations.itemText(index)))

    async def _save(self, organization_id: str, label: str) -> None:
        assert self.store is not None
        try:
            profile = replace(self.store.load(self.name), organization_id=organization_id,
                              organization_name=label.rsplit(" [", 1)[0])
            await asyncio.to_thread(self.store.update, profile)
        except WizardError as error:
            self.error.show_error(error)
            return
        self._headline(profile)

    def _show_raw(self) -> None:
        try:
            text = json.dumps(json.loads(self.raw), indent=2, ensure_ascii=False)
        except ValueError:
            text = self.raw
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Raw response from Zoho Books"))
        layout = QVBoxLayout(dialog)
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setAccessibleName(self.tr("Raw response"))
        layout.addWidget(view)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout.addWidget(close)
        dialog.resize(640, 480)
        dialog.open()
