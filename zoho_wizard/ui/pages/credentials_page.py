"""Credentials: the Client ID and Secret (trimmed, checked as typed: a warning, never a block),
the permissions preset and the connection's name."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QFormLayout, QLabel, QLineEdit, QPushButton

from zoho_wizard.ui.illustration import Illustration
from zoho_wizard.ui.pages.base import Host, Page, WizardPage
from zoho_wizard.ui.widgets import add_choice, latin, paragraph
from zoho_wizard.zoho.clients import FULL_ACCESS, READ_ONLY

CLIENT_ID = re.compile(r"1000\.[A-Z0-9]{30}")
CLIENT_SECRET = re.compile(r"[0-9a-f]{42}")
PROFILE_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")


class TrimmedLineEdit(QLineEdit):
    """Drops the spaces and line breaks that come along when a value is copied from a web page."""

    def __init__(self) -> None:
        super().__init__()
        self.textChanged.connect(self._trim)

    def _trim(self, text: str) -> None:
        cleaned = "".join(text.split())
        if cleaned != text:
            self.setText(cleaned)


class CredentialsPage(WizardPage):
    page_id = Page.CREDENTIALS

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Paste the client's details"))
        self.setSubTitle(self.tr("Copy them from the page Zoho's API console showed after you pressed Create."))

    def build(self) -> None:
        form = QFormLayout()
        self.client_id = latin(TrimmedLineEdit())
        self.client_id.setAccessibleName(self.tr("Client ID"))
        self.client_id.setPlaceholderText("1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
        self.id_hint = QLabel()
        self.secret = latin(TrimmedLineEdit())
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Client Secret"))
        self.show_secret = QCheckBox(self.tr("Show the secret"))
        self.show_secret.toggled.connect(lambda on: self.secret.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.no_secret = QCheckBox(self.tr("Zoho's console showed no Client Secret for this client"))
        self.no_secret.toggled.connect(lambda none: self.secret.setEnabled(not none))
        self.no_secret.toggled.connect(self._check)
        self.secret_hint = QLabel()
        for hint in (self.id_hint, self.secret_hint):
            hint.setWordWrap(True)
        self.secret_label = QLabel(self.tr("Client Secret"))
        self.secret_label.setBuddy(self.secret)
        id_label = QLabel(self.tr("Client ID"))
        id_label.setBuddy(self.client_id)
        form.addRow(id_label, self.client_id)
        form.addRow("", self.id_hint)
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.show_secret)
        form.addRow("", self.no_secret)
        form.addRow("", self.secret_hint)
        self.body.addLayout(form)
        self.fill = QPushButton(self.tr("Fill in the practice client's details for me"))
        self.fill.clicked.connect(self._fill_practice)
        self.body.addWidget(self.fill, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(Illustration("client-details"))

        scopes = QButtonGroup(self)
        self.body.addWidget(paragraph(self.tr("What may the connection do?")))
        self.full = add_choice(self.body, scopes, self.tr("Full access (recommended)"),
                               self.tr("The connected tools can read and change your Zoho Books data."))
        self.read = add_choice(self.body, scopes, self.tr("Read-only"),
                               self.tr("The tools can read organizations, contacts, invoices, items, accounts and "
                                       "taxes, and change nothing."))
        self.name = latin(QLineEdit())
        self.name.setAccessibleName(self.tr("Name for this connection"))
        self.name_hint = QLabel()
        name_form = QFormLayout()
        name_form.addRow(self.tr("Name for this connection"), self.name)
        name_form.addRow("", self.name_hint)
        self.body.addLayout(name_form)
        self.body.addStretch(1)
        for field in (self.client_id, self.secret, self.name):
            field.textChanged.connect(self._check)

    def initializePage(self) -> None:
        super().initializePage()
        client_type = self.state.client_type
        for widget in (self.secret_label, self.secret, self.show_secret, self.secret_hint):
            widget.setVisible(client_type.kind.has_secret)
        optional = client_type.kind.has_secret and not client_type.kind.secret_required
        self.no_secret.setVisible(optional)
        self.no_secret.setChecked(optional and not self.state.client_secret and bool(self.state.client_id))
        self.fill.setVisible(self.state.practice)
        self.client_id.setText(self.state.client_id)
        self.secret.setText(self.state.client_secret)
        (self.read if self.state.scopes == READ_ONLY else self.full).setChecked(True)
        self.name.setText(self.state.profile)
        fixed = self.state.fixed  # what the company's setup file gives, locked
        self.name.setEnabled(not self.state.practice and "profile" not in fixed)
        self.client_id.setReadOnly("client_id" in fixed)
        self.secret.setReadOnly("client_secret" in fixed)
        for choice in (self.full, self.read):
            choice.setEnabled("scope" not in fixed)
        self.client_id.setFocus()
        self._check()

    def _fill_practice(self) -> None:
        practice = self.host.context.practice
        if practice is not None:
            client = practice.client_of_type(self.state.client_type.value)
            self.client_id.setText(client.client_id)
            self.secret.setText(client.client_secret or "")

    def _check(self) -> None:
        client_id, secret = self.client_id.text(), self.secret.text()
        self.id_hint.setText(self.tr("This does not look like a Zoho Client ID (they start with “1000.” and have "
                                     "35 characters). Check that you copied all of it.")
                             if client_id and not CLIENT_ID.fullmatch(client_id) else "")
        self.secret_hint.setText(self.tr("This does not look like a Zoho Client Secret (42 letters and digits). "
                                         "Check that you copied all of it.")
                                 if secret and not CLIENT_SECRET.fullmatch(secret) else "")
        self.name_hint.setText("" if PROFILE_NAME.fullmatch(self.name.text()) else
                               self.tr("Use letters, digits, “-”, “_” or “.” only."))
        for field, hint in ((self.client_id, self.id_hint), (self.secret, self.secret_hint),
                            (self.name, self.name_hint)):  # a screen reader tells the hint with its field
            field.setAccessibleDescription(hint.text())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.built:
            return False
        client_type = self.state.client_type
        secret_ok = bool(self.secret.text()) or not client_type.kind.has_secret or (
            not client_type.kind.secret_required and self.no_secret.isChecked())
        return bool(self.client_id.text()) and secret_ok and bool(PROFILE_NAME.fullmatch(self.name.text()))

    def validatePage(self) -> bool:
        self.state.client_id = self.client_id.text()
        sent = self.state.client_type.kind.has_secret and not self.no_secret.isChecked()
        self.state.client_secret = self.secret.text() if sent else ""
        self.state.scopes = READ_ONLY if self.read.isChecked() else FULL_ACCESS
        self.state.profile = self.name.text()
        return True
