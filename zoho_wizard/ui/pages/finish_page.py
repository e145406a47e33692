"""The last page: the test panel for the connection just made."""

from __future__ import annotations

from zoho_wizard.ui.calls_panel import CallsPanel
from zoho_wizard.ui.wizard import SetupWizard, WizardPage


class FinishPage(WizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Your connection works"))
        self.panel = CallsPanel(wizard.run)
        self.body.addWidget(self.panel)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        super().initializePage()
        connected = self.state.connected
        store = self.setup.context.opened_store
        if connected is not None and store is not None:
            self.panel.show_connection(store, connected.profile.name, connected.organizations, self.state.regions)
