"""Client type: the five kinds of Zoho API client in plain words, the recommended one first."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup

from zoho_wizard.ui import i18n
from zoho_wizard.ui.pages.base import Host, Page, WizardPage
from zoho_wizard.ui.widgets import add_choice
from zoho_wizard.zoho.clients import ClientType


class ClientPage(WizardPage):
    page_id = Page.CLIENT

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Which kind of Zoho client?"))
        self.setSubTitle(self.tr("Zoho calls the app you register in its API console a “client”. If you are not "
                                 "sure, choose the first one."))
        self.group = QButtonGroup(self)
        for index, client_type in enumerate(ClientType):  # the recommended one first
            kind = client_type.kind
            add_choice(self.body, self.group, i18n.text(kind.choice), i18n.text(kind.advice), index)
        self.body.addStretch(1)

    def initializePage(self) -> None:
        super().initializePage()
        chosen = self.group.button(list(ClientType).index(self.state.client_type))
        chosen.setChecked(True)
        for button in self.group.buttons():  # the company's setup file may have chosen it
            button.setEnabled("client_type" not in self.state.fixed)
        chosen.setFocus()

    def validatePage(self) -> bool:
        self.state.client_type = list(ClientType)[self.group.checkedId()]
        return True
