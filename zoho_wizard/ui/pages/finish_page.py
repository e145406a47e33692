"""The last page: the test panel for the connection just made."""

from __future__ import annotations

from zoho_wizard.ui.calls_panel import CallsPanel
from zoho_wizard.ui.pages.base import Host, Page, WizardPage


class FinishPage(WizardPage):
    page_id = Page.TEST

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Your connection works"))
        self.setFinalPage(True)

    def build(self) -> None:
        self.panel = CallsPanel(self.host.work)
        self.body.addWidget(self.panel)

    def initializePage(self) -> None:
        super().initializePage()
        connected = self.state.connected
        store = self.host.context.opened_store
        if connected is not None and store is not None:
            self.panel.show_connection(store, connected.profile.name, connected.organizations, self.state.regions)
