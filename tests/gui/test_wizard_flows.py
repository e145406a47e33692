"""Every kind of client, clicked through from Welcome to the test panel on the practice Zoho,
with real headless Chromium giving consent in the browser; on the way, every page's interactive
widgets must have a name a screen reader can say."""

from __future__ import annotations

import json

import pytest

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWizard

from tests.gui.drive import Person, self_client_code, top_dialogs, unnamed
from tests.support import until
from zoho_wizard.ui.pages.finish_page import FinishPage
from zoho_wizard.ui.wizard import Page
from zoho_wizard.zoho.clients import ClientType

# What the test panel says about Alex Morgan's default practice organization, Morgan Design Studio.
US_RESULTS = {
    "contacts": "3 contacts: Cedar Hill School, Bright Lane Cafe, and Northwind Traders",
    "invoices": "3 invoices: INV-000001 (Cedar Hill School, USD 120.00), INV-000002 (Bright Lane Cafe, USD 450.00), "
                "and INV-000003 (Northwind Traders, USD 1,200.00)",
    "items": "4 items: Consulting hour, Website maintenance, Annual support plan, and Training session",
    "chartofaccounts": "6 accounts: Petty Cash, Undeposited Funds, Accounts Receivable, Sales, Office Supplies, "
                       "and 1 more",
    "taxes": "1 tax: Sales Tax",
}


async def try_every_call(person: Person) -> FinishPage:
    """On the test panel: press each read-only call and read what it says."""
    page = person.here
    assert isinstance(page, FinishPage)
    panel = page.panel
    said = {}
    for kind, button in panel.call_buttons.items():
        person.click(button)
        assert not button.isEnabled() and panel.result.text() == "Asking Zoho Books…"
        await until(lambda: panel.answered() or panel.error.isVisible(), f"the {kind} call answered")
        assert not panel.error.isVisible(), panel.error.what.text()
        assert panel.details.text().startswith("HTTP 200 · ") and panel.details.text().endswith(" ms")
        said[kind] = panel.result.text()
    assert said == US_RESULTS
    return page


@pytest.mark.parametrize("client_type", list(ClientType), ids=[t.value for t in ClientType])
def test_every_client_type_reaches_the_test_panel(gui, client_type):
    person = gui.wizard()

    async def scenario() -> None:
        person.to_consent(client_type, checks=lambda _: assert_named(person))
        person.connect(code=self_client_code(person.practice) if client_type is ClientType.SELF else None)
        page = await person.until_page(Page.TEST)
        panel = page.panel
        assert panel.headline.text() == "Connected to Morgan Design Studio (United States)"
        assert [panel.organizations.itemText(i) for i in range(panel.organizations.count())] == [
            "Morgan Design Studio [10234695]", "Harbor Street Bakery [10234701]"]
        assert panel.keychain.text() == f"The secrets are kept in: {gui.store.keychain.name}."
        token = next(f for f in panel.findChildren(QLineEdit) if f.accessibleName() == "Token command")
        assert token.text() == "zoho-wizard token --profile practice"
        await try_every_call(person)
        assert not panel.details.isVisible()  # HTTP status and Zoho's code are for IT, folded away
        person.click(panel.for_it)
        assert panel.details.text().startswith("HTTP 200 · Zoho code 0")
        person.click(panel.show_raw)
        raw = next(d for d in top_dialogs() if d.windowTitle() == "Raw response from Zoho Books")
        assert unnamed(raw) == []
        view = raw.findChild(QPlainTextEdit)
        assert json.loads(view.toPlainText())["taxes"][0]["tax_name"] == "Sales Tax"
        raw.close()
        assert_named(person)
        person.click(person.button(QWizard.WizardButton.FinishButton))
        assert not person.wizard.isVisible()

        await gui.browser.finished()
        profile = gui.store.load("practice")
        assert (profile.client_type, profile.region, profile.organization_name) == (
            client_type.value, "us", "Morgan Design Studio")
        secrets = gui.store.secrets(profile)
        assert secrets.access_token
        assert bool(secrets.refresh_token) is (client_type is not ClientType.CLIENT)  # Client-based: one hour only
        if client_type.kind.uses_browser_redirect:
            assert "close this tab" in gui.browser.pages[0]
        elif client_type is ClientType.DEVICE:
            assert "Device connected" in gui.browser.pages[0]
        else:
            assert gui.browser.opened == []

    gui.run(scenario)


def assert_named(person: Person) -> None:
    """Every visible interactive widget in the wizard window has an accessible name or visible text."""
    assert unnamed(person.wizard) == [], f"unnamed widgets on “{person.here.title()}”"
