"""Real Zoho's first failures in the wizard: a client of another data center found before the
browser opens and switched to with one click, Zoho's own error pages chosen from "Zoho showed an
error instead", the Self Client countdown after a refusal, the practice data centers told apart,
and the Mobile-based client's secret."""

from __future__ import annotations

import time
from dataclasses import replace

import requests

from PySide6.QtCore import Qt

from tests.gui.drive import error_actions, self_client_code
from tests.support import Clock, fill_the_minute, until
from zoho_wizard import errors
from zoho_wizard.oauth.tokens import TokenEndpoint
from zoho_wizard.practice import DEFAULT_REDIRECT_URIS
from zoho_wizard.ui.wizard import Page
from zoho_wizard.zoho.clients import ClientType


def test_client_of_another_data_center_is_one_click_away(gui):
    person = gui.wizard()

    async def scenario() -> None:
        practice = person.wizard.context.start_practice()
        client = practice.add_client("server", redirect_uris=DEFAULT_REDIRECT_URIS, regions=["eu"])
        gui.browser.email = next(u.email for u in practice.users if u.region == "eu")
        page = person.to_consent(ClientType.SERVER, region="United States",
                                 details=(client.client_id, client.client_secret))
        started = time.monotonic()
        person.connect()
        await until(lambda: page.error.isVisible() and not person.wizard.work.busy, "the wizard names the data center")
        assert time.monotonic() - started < 5
        assert page.error.what.text() == ("This Client ID belongs to Zoho's Europe data center, not to United "
                                          "States, the one chosen.")
        assert gui.browser.opened == []  # nobody was sent to a page that could only fail
        person.click(error_actions(page)["Use Europe and connect"])
        final = await person.until_page(Page.TEST)
        assert final.panel.headline.text() == "Connected to Vogel Handwerk GmbH (Europe)"
        assert gui.store.load("practice").region == "eu"

    gui.run(scenario)


def test_zoho_showed_an_error_instead(gui):
    person = gui.wizard()
    gui.browser.decision = None  # the person looks at Zoho's page and does not answer it

    async def scenario() -> None:
        page = person.to_consent(ClientType.SERVER)
        person.connect()
        await until(lambda: page.zoho_error.isVisible(), "the wizard waits for the browser")
        assert "“Invalid Client” or “Invalid Redirect Uri”" in page.pages_hint.text()
        person.click(page.reopen)  # the browser was closed: open Zoho's page again
        assert gui.browser.opened == [page.address.value()] * 2
        person.click(page.zoho_error)
        await until(lambda: page.zoho_pages.isVisible(), "the choices of what Zoho said show")
        assert [a.text() for a in page.zoho_pages.actions()] == [
            "The page said “Invalid Client”", "The page said “Invalid Redirect Uri”", "Another error"]
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):  # the second choice, by keyboard
            person.key(key, page.zoho_pages)
        await until(lambda: not person.wizard.work.busy, "the wizard stops waiting")
        address = page.redirect_uri
        assert address.startswith("http://localhost:473")
        assert page.error.what.text() == (f"Zoho's United States data center does not have the redirect address "
                                          f"{address} registered for this client.")
        assert f"add exactly {address} under Authorized Redirect URIs" in page.error.todo.text()
        assert not page.zoho_error.isVisible() and page.start.isEnabled()
        person.click(error_actions(page)["Show what to register in Zoho"])
        assert person.wizard.currentId() == Page.CONSOLE

    gui.run(scenario)


def test_self_client_countdown_stops_when_the_code_is_refused(gui):
    person = gui.wizard()

    async def scenario() -> None:
        page = person.to_consent(ClientType.SELF)
        person.connect(code="1000.0a1b2c3d4e5f.0a1b2c3d4e5f")
        assert page.countdown.text().startswith("About ")
        await until(lambda: page.error.isVisible() and not person.wizard.work.busy, "the code is refused")
        assert not page.timer.isActive() and page.countdown.text() == ""

    gui.run(scenario)


def test_practice_data_centers_are_told_apart(gui):
    person = gui.wizard()

    async def scenario() -> None:
        person.click(person.page(Page.WELCOME).practice)
        person.next()
        view = person.page(Page.REGION).list
        lines = [view.item(row).text() for row in range(view.count())]
        assert len(lines) == len(set(lines)) == 10
        assert lines[1].startswith("Europe — sign-in page accounts.zoho.eu (practice: 127.0.0.1:")
        assert lines[1].endswith("/eu/accounts)")
        assert lines[9].startswith("United Arab Emirates — sign-in page accounts.zoho.ae")

    gui.run(scenario)


def test_mobile_client_asks_for_its_secret(gui):
    person = gui.wizard()

    async def scenario() -> None:
        practice = person.wizard.context.start_practice()
        secretless = practice.add_client("mobile", redirect_uris=DEFAULT_REDIRECT_URIS, secretless=True)
        person.click(person.page(Page.WELCOME).practice)
        for _ in (Page.WELCOME, Page.REGION):
            person.next()
        person.choose(person.page(Page.CLIENT).group.buttons(), "Mobile-based")
        person.next()
        person.next()
        page = person.page(Page.CREDENTIALS)
        person.type(page.client_id, secretless.client_id)
        assert page.secret.isVisible() and not person.next_button.isEnabled()  # the secret is asked for
        person.click(page.no_secret)  # Zoho's console showed none
        assert not page.secret.isEnabled() and person.next_button.isEnabled()
        person.next()
        person.connect()
        final = await person.until_page(Page.TEST)
        assert final.panel.headline.text() == "Connected to Morgan Design Studio (United States)"
        assert gui.store.secrets(gui.store.load("practice")).client_secret is None

    gui.run(scenario)


async def on_the_test_panel(person, **practice_options):
    """A practice Self Client connection, on the test panel; the practice Zoho made with ``practice_options``."""
    practice = person.wizard.context.start_practice(**practice_options)
    person.to_consent(ClientType.SELF)
    person.connect(code=self_client_code(practice))
    return (await person.until_page(Page.TEST)).panel, practice


async def answer_of(panel, kind: str) -> None:
    panel.organizations.setCurrentIndex(0)
    panel.try_call(kind)
    await until(lambda: panel.answered() or panel.error.isVisible(), f"the {kind} call answered")


def test_daily_cap_on_the_test_panel(gui):
    person = gui.wizard()

    async def scenario() -> None:
        panel, practice = await on_the_test_panel(person)
        practice.use_daily_allowance("10234695")
        await answer_of(panel, "contacts")
        assert panel.error.what.text() == ("Zoho Books has used up today's allowance of API calls for this "
                                           "organization (2,000 calls a day on its plan).")
        assert panel.error.todo.text().startswith("It starts again at ")

    gui.run(scenario)


def test_rate_limit_wait_on_the_test_panel(gui):
    person = gui.wizard()
    clock = Clock()

    async def scenario() -> None:
        panel, practice = await on_the_test_panel(person, clock=clock)
        fill_the_minute(practice, clock, gui.store.secrets(gui.store.load("practice")).access_token, "10234695")
        panel.try_call("contacts")
        await until(lambda: " is busy: trying again in 1 second…" in panel.result.text(), "the panel says it waits")
        clock.now += 60  # while it waits, the minute passes
        await until(lambda: panel.answered() or panel.error.isVisible(), "the call answered")
        assert not panel.error.isVisible() and panel.result.text().startswith("3 contacts")

    gui.run(scenario)


def test_localized_throttle_on_the_test_panel(gui):
    person = gui.wizard()

    async def scenario() -> None:
        panel, practice = await on_the_test_panel(person, throttle_language="zh")
        profile = gui.store.load("practice")
        client = practice.client_of_type("self")
        accounts = TokenEndpoint(profile.accounts_url, requests.Session())
        for _ in range(10):  # another tool on the same connection spends Zoho's allowance
            accounts.refresh(client_id=client.client_id, client_secret=client.client_secret,
                             refresh_token=gui.store.secrets(profile).refresh_token)
        gui.store.update(replace(profile, expires_at=time.time() - 60))  # and this token has run out
        await answer_of(panel, "contacts")
        assert panel.error.what.text() == errors.Throttled.what
        assert panel.error.todo.text() == ("Wait about ten minutes (Zoho counts new access over ten minutes), then "
                                           "try again.")

    gui.run(scenario)
