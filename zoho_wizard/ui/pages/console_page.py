"""Zoho's API console: the checklist for registering the chosen kind of client, with every value to
type and a Copy button for each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QPushButton, QVBoxLayout, QWidget

from zoho_wizard.oauth.authorize import DEFAULT_PORTS, redirect_uris
from zoho_wizard.ui.widgets import CopyField, paragraph
from zoho_wizard.ui.wizard import SetupWizard, WizardPage
from zoho_wizard.zoho.clients import ClientType

CLIENT_NAME = "Books Connection Wizard"
HOMEPAGE = "https://www.zoho.com/books/"


def _t(text: str) -> str:
    return QCoreApplication.translate("ConsolePage", text)


def console_steps(client_type: ClientType) -> str:
    kind = {
        ClientType.SERVER: "Server-based Applications", ClientType.MOBILE: "Mobile-based Applications",
        ClientType.CLIENT: "Client-based Applications", ClientType.DEVICE: "Non-browser Applications",
        ClientType.SELF: "Self Client",
    }[client_type]
    if client_type is ClientType.SELF:
        steps = _t("1. Open Zoho's API console (the button below).\n2. Choose Add Client, then “{kind}”, then "
                   "Create.\n3. Keep the page open: the next step asks for its Client ID and Client Secret.")
    else:
        steps = _t("1. Open Zoho's API console (the button below).\n2. Choose Add Client, then “{kind}”.\n"
                   "3. Type the values below exactly, then press Create.\n"
                   "4. Keep the page open: the next step asks for the Client ID and Client Secret it shows.")
    return steps.format(kind=kind)


class ConsolePage(WizardPage):
    """The checklist for Zoho's API console, with every value to type and a copy button for each."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Register the app in Zoho's API console"))
        self.steps = paragraph("")
        self.body.addWidget(self.steps)
        self.console = QPushButton()
        self.console.clicked.connect(self._open_console)
        self.body.addWidget(self.console, 0, Qt.AlignmentFlag.AlignLeft)
        self.values = QWidget()
        self.body.addWidget(self.values)
        self.body.addStretch(1)

    def _open_console(self) -> None:
        if self.state.region is not None:
            self.setup.context.open_url(self.state.region.console_url)

    def initializePage(self) -> None:
        super().initializePage()
        client_type = self.state.client_type
        self.steps.setText(console_steps(client_type))
        if self.state.region is not None:
            self.console.setText(self.tr("Open Zoho's API console ({host})").format(
                host=self.state.region.console_url.split("//", 1)[-1]))
        self.values.deleteLater()
        self.values = QWidget()
        self.body.insertWidget(self.body.count() - 1, self.values)
        layout = QVBoxLayout(self.values)
        layout.setContentsMargins(0, 0, 0, 0)
        if client_type is ClientType.SELF:
            return
        form = QFormLayout()
        rows = [(self.tr("Client Name"), CLIENT_NAME), (self.tr("Homepage URL"), HOMEPAGE)]
        if client_type.uses_browser_redirect:
            rows += [(self.tr("Authorized Redirect URI {n}").format(n=n), uri)
                     for n, uri in enumerate(redirect_uris(), 1)]
        if client_type is ClientType.CLIENT:
            rows.append((self.tr("JavaScript Domain"), f"http://localhost:{DEFAULT_PORTS[0]}"))
        for label, value in rows:
            form.addRow(label, CopyField(value, label))
        layout.addLayout(form)
        if client_type.uses_browser_redirect:
            layout.addWidget(paragraph(self.tr(
                "Add all three redirect addresses (use “+” in the console): the app listens on the first "
                "one that is free on this computer.")))
