"""Zoho's API console: the checklist for registering the chosen kind of client, with every value to
type and a Copy button for each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QPushButton, QVBoxLayout, QWidget

from zoho_wizard.oauth.authorize import DEFAULT_PORTS, redirect_uris
from zoho_wizard.ui.illustration import Illustration
from zoho_wizard.ui.pages.base import Host, Page, WizardPage
from zoho_wizard.ui.widgets import CopyField, paragraph
from zoho_wizard.zoho.clients import ClientKind, ConsoleField

CLIENT_NAME = "Books Connection Wizard"
HOMEPAGE = "https://www.zoho.com/books/"


class ConsolePage(WizardPage):
    """The checklist for Zoho's API console, with every value to type and a copy button for each."""

    page_id = Page.CONSOLE


    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Register the app in Zoho's API console"))

    def build(self) -> None:
        self.steps = paragraph("")
        self.body.addWidget(self.steps)
        self.console = QPushButton()
        self.console.clicked.connect(self._open_console)
        self.body.addWidget(self.console, 0, Qt.AlignmentFlag.AlignLeft)
        self.address_hint = paragraph(self.tr("If no browser opens, copy this address into your browser:"))
        self.address = CopyField("", self.tr("Address of Zoho's API console"))
        self.body.addWidget(self.address_hint)
        self.body.addWidget(self.address)
        self.body.addWidget(Illustration("add-client"))
        self.values = QWidget()
        self.body.addWidget(self.values)
        self.body.addStretch(1)

    def steps_for(self, kind: ClientKind) -> str:
        if kind.console_fields:
            steps = self.tr("1. Open Zoho's API console (the button below).\n2. Choose Add Client, then “{kind}”.\n"
                            "3. Type the values below exactly, then press Create.\n"
                            "4. Keep the page open: the next step asks for the Client ID and Client Secret it shows.")
        else:
            steps = self.tr("1. Open Zoho's API console (the button below).\n2. Choose Add Client, then “{kind}”, "
                            "then Create.\n3. Keep the page open: the next step asks for its Client ID and Client "
                            "Secret.")
        return steps.format(kind=kind.console_name)

    def rows(self, kind: ClientKind) -> list[tuple[str, str]]:
        """(label, value) for each value Zoho's console asks for, in its order."""
        rows = []
        for field in kind.console_fields:
            if field is ConsoleField.NAME:
                rows.append((self.tr("Client Name"), CLIENT_NAME))
            elif field is ConsoleField.HOMEPAGE:
                rows.append((self.tr("Homepage URL"), HOMEPAGE))
            elif field is ConsoleField.REDIRECT_URIS:
                rows += [(self.tr("Authorized Redirect URI {n}").format(n=n), uri)
                         for n, uri in enumerate(redirect_uris(), 1)]
            else:
                rows.append((self.tr("JavaScript Domain"), f"http://localhost:{DEFAULT_PORTS[0]}"))
        return rows

    def _open_console(self) -> None:
        if self.state.region is not None and not self.host.context.open_url(self.state.region.console_url):
            self.address_hint.setText(self.tr("No browser window could be opened. Copy this address into your "
                                              "browser:"))
            self.address.field.setFocus()

    def initializePage(self) -> None:
        super().initializePage()
        kind = self.state.client_type.kind
        self.steps.setText(self.steps_for(kind))
        if self.state.region is not None:
            self.console.setText(self.tr("Open Zoho's API console ({host})").format(
                host=self.state.region.console_url.split("//", 1)[-1]))
            self.address.set_value(self.state.region.console_url)
        self.console.setFocus()  # Space opens it; Return goes on to the next page
        self.values.deleteLater()
        self.values = QWidget()
        self.body.insertWidget(self.body.count() - 1, self.values)
        layout = QVBoxLayout(self.values)
        layout.setContentsMargins(0, 0, 0, 0)
        if not kind.console_fields:
            return
        form = QFormLayout()
        for label, value in self.rows(kind):
            form.addRow(label, CopyField(value, label))
        layout.addLayout(form)
        if ConsoleField.REDIRECT_URIS in kind.console_fields:
            layout.addWidget(paragraph(self.tr(
                "Add all three redirect addresses (use “+” in the console): the app listens on the first "
                "one that is free on this computer.")))
            layout.addWidget(Illustration("server-form"))
