"""Client type: the five kinds of Zoho API client in plain words, and exactly what to type into
Zoho's API console for the chosen one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QPushButton, QVBoxLayout, QWidget

from zoho_wizard.oauth.authorize import DEFAULT_PORTS, redirect_uris
from zoho_wizard.ui.widgets import CopyField, add_choice, paragraph
from zoho_wizard.ui.wizard import SetupWizard, WizardPage
from zoho_wizard.zoho.clients import ClientType

CLIENT_NAME = "Books Connection Wizard"
HOMEPAGE = "https://www.zoho.com/books/"


def _t(text: str) -> str:
    return QCoreApplication.translate("ClientPage", text)


def choices() -> list[tuple[ClientType, str, str]]:
    """(type, name, why) in the order a person should consider them: the recommended one first."""
    return [
        (ClientType.SERVER, _t("Server-based (recommended)"),
         _t("You sign in through your browser once and the app stays connected. Needs the Client ID, the Client "
            "Secret and the redirect addresses below.")),
        (ClientType.SELF, _t("Self Client"),
         _t("No browser sign-in: you generate a short-lived code in Zoho's console and paste it here. Suits one "
            "company's own scripts. Needs the Client ID, the Client Secret and that code.")),
        (ClientType.DEVICE, _t("Non-browser"),
         _t("For a computer without a browser: the app shows a code that you enter on Zoho's page from any phone "
            "or computer. Needs the Client ID and the Client Secret.")),
        (ClientType.MOBILE, _t("Mobile-based (mobile and desktop apps)"),
         _t("Like Server-based, with an extra one-time check (PKCE). Needs the Client ID, the Client Secret if "
            "the console shows one, and the redirect addresses below.")),
        (ClientType.CLIENT, _t("Client-based (JavaScript)"),
         _t("Gives access for one hour only, then you connect again. Choose it only if your IT contact asked "
            "for it. Needs the Client ID and the redirect addresses below.")),
    ]


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


class ClientPage(WizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Which kind of Zoho client?"))
        self.setSubTitle(self.tr("Zoho calls the app you register in its API console a “client”. If you are not "
                                 "sure, choose the first one."))
        self.group = QButtonGroup(self)
        for client_type, name, why in choices():
            add_choice(self.body, self.group, name, why, list(ClientType).index(client_type))
        self.body.addStretch(1)

    def initializePage(self) -> None:
        super().initializePage()
        chosen = self.group.button(list(ClientType).index(self.state.client_type))
        chosen.setChecked(True)
        chosen.setFocus()

    def validatePage(self) -> bool:
        self.state.client_type = list(ClientType)[self.group.checkedId()]
        return True


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
