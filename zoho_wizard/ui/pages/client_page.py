"""Client type: the five kinds of Zoho API client in plain words, the recommended one first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup

from zoho_wizard.ui.widgets import add_choice
from zoho_wizard.ui.wizard import SetupWizard, WizardPage
from zoho_wizard.zoho.clients import ClientType


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
