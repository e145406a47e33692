"""What the wizard says when a step fails (each time the engine's two sentences, and the button
that fixes it where there is one), and what Cancel, Escape or closing the window leave behind:
no task, no listening port, no saved connection."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.gui.drive import Browser, Person, error_actions, label, occupied, ports_free, says, self_client_code
from tests.support import until
from zoho_wizard import errors
from zoho_wizard.ui.wizard import Page
from zoho_wizard.zoho.clients import ClientType


async def until_error(person: Person, browser: Browser) -> None:
    page = person.page(Page.CONSENT)
    await until(lambda: page.error.isVisible() and not person.wizard.work.busy, "the consent page shows a problem")
    await browser.finished()


def assert_stopped_on_consent(person: Person, store) -> None:
    """After a failure: still on the consent page, ready to try again, nothing saved, no port held."""
    page = person.page(Page.CONSENT)
    assert person.wizard.currentId() == Page.CONSENT
    assert person.back.isEnabled() and not person.next_button.isEnabled()
    assert page.start.isEnabled() and not page.stop.isVisible()
    assert store.names() == []
    assert ports_free()


def test_deny_in_the_browser(gui):
    person = gui.wizard()
    gui.browser.decision = "deny"

    async def scenario() -> None:
        person.to_consent(ClientType.SERVER)
        person.connect()
        await until_error(person, gui.browser)
        page = person.page(Page.CONSENT)
        assert says(page, errors.ConsentDenied)
        assert error_actions(page) == {}
        assert errors.ConsentDenied.what in gui.browser.pages[0]  # the browser tab says it too
        assert_stopped_on_consent(person, gui.store)

    gui.run(scenario)


def test_deny_on_the_device_page(gui):
    person = gui.wizard()
    gui.browser.decision = "deny"

    async def scenario() -> None:
        person.to_consent(ClientType.DEVICE)
        person.connect()
        await until_error(person, gui.browser)
        assert says(person.page(Page.CONSENT), errors.ConsentDenied)
        assert "Access denied" in gui.browser.pages[0]
        assert_stopped_on_consent(person, gui.store)

    gui.run(scenario)


def test_expired_code_after_browser_consent(gui):
    person = gui.wizard()

    async def scenario() -> None:
        person.to_consent(ClientType.SERVER)
        person.practice.code_lifetime = -1.0  # every code has expired when the app exchanges it
        person.connect()
        await until_error(person, gui.browser)
        assert says(person.page(Page.CONSENT), errors.CodeExpired)
        assert "close this tab" in gui.browser.pages[0]  # the browser part went well
        assert_stopped_on_consent(person, gui.store)

    gui.run(scenario)


def test_stale_self_client_code(gui):
    person = gui.wizard()

    async def scenario() -> None:
        page = person.to_consent(ClientType.SELF)
        assert not page.stop.isVisible()  # nothing to wait for, so nothing to cancel
        person.connect(code="1000.0a1b2c3d4e5f.0a1b2c3d4e5f")  # expired, used, or never issued
        await until_error(person, gui.browser)
        assert "Self Client code has expired" in page.error.what.text()
        assert "Generate a new code" in page.error.todo.text()
        assert_stopped_on_consent(person, gui.store)

    gui.run(scenario)


def test_account_in_another_data_center(gui):
    person = gui.wizard()

    async def scenario() -> None:
        person.to_consent(ClientType.SERVER, region="United States")
        gui.browser.email = next(u.email for u in person.practice.users if u.region == "eu")
        person.connect()
        page = await person.until_page(Page.TEST)
        assert page.panel.headline.text() == "Connected to Vogel Handwerk GmbH (Europe)"
        person.click(page.panel.call_buttons["contacts"])
        await until(lambda: page.panel.answered(), "the contacts call answered")
        assert page.panel.result.text() == "3 contacts: Blue Harbor Dental, Summit Cycle Works, and Green Field Farms"
        profile = gui.store.load("practice")
        assert profile.region == "eu" and "/eu/" in profile.api_domain

    gui.run(scenario)


def test_busy_ports_then_try_again(gui):
    person = gui.wizard()

    async def scenario() -> None:
        page = person.to_consent(ClientType.SERVER)
        with occupied():
            person.connect()
            await until_error(person, gui.browser)
            assert says(page, errors.PortsBusy)
            assert gui.browser.opened == []
        # the advice works: with the ports free again, the same button connects
        person.connect()
        await person.until_page(Page.TEST)
        assert gui.store.names() == ["practice"]

    gui.run(scenario)


def test_no_keychain(gui):
    def no_keychain():
        raise errors.KeychainUnavailable()

    person = gui.wizard(gui.context(store_factory=no_keychain))

    async def scenario() -> None:
        page = person.to_consent(ClientType.SERVER)
        person.connect()
        await until_error(person, gui.browser)
        assert says(page, errors.KeychainUnavailable)
        assert gui.browser.opened == []  # stopped before sending anyone to Zoho
        assert_stopped_on_consent(person, gui.store)

    gui.run(scenario)


@pytest.mark.parametrize(("field", "wrong", "error", "actions", "target"), [
    ("client_id", "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123", errors.WrongClient,
     ["Check the data center", "Enter the Client ID again"], Page.REGION),
    ("secret", "0123456789abcdef0123456789abcdef0123456789", errors.WrongSecret,
     ["Enter the Client ID and Secret again"], Page.CREDENTIALS),
], ids=["client-id", "secret"])
def test_wrong_details_offer_the_way_back(gui, field, wrong, error, actions, target):
    person = gui.wizard()

    async def scenario() -> None:
        person.to_consent(ClientType.SELF)
        person.click(person.back)
        credentials = person.page(Page.CREDENTIALS)
        person.type(getattr(credentials, field), wrong)
        person.next()
        person.connect(code=self_client_code(person.practice))
        await until_error(person, gui.browser)
        page = person.page(Page.CONSENT)
        assert says(page, error)
        buttons = error_actions(page)
        assert list(buttons) == actions
        person.click(buttons[actions[0]])
        assert person.wizard.currentId() == target
        assert gui.store.names() == []

    gui.run(scenario)


def test_cancel_while_waiting_for_the_browser(gui):
    person = gui.wizard()
    gui.browser.decision = None  # the person never answers in the browser

    async def scenario() -> None:
        page = person.to_consent(ClientType.SERVER)
        person.connect()
        await until(lambda: gui.browser.opened, "the browser was sent to Zoho")
        assert not ports_free()  # the catcher listens
        assert page.stop.isVisible() and label(page.stop) == "Stop waiting"
        shown = page.countdown.text()
        assert shown.startswith("Waiting for you: 5:00") or shown.startswith("Waiting for you: 4:5")
        await until(lambda: page.countdown.text() != shown, "the countdown moves on (the window is alive)", timeout=3)
        assert not person.back.isEnabled() and not person.next_button.isEnabled()
        person.click(page.stop)
        await person.until_settled()
        assert not page.error.isVisible()
        assert page.countdown.text() == "" and page.status.text() == ""
        assert_stopped_on_consent(person, gui.store)
        # and the person can start again, this time answering
        gui.browser.decision = "accept"
        person.connect()
        await person.until_page(Page.TEST)

    gui.run(scenario)


def assert_polling_stopped(gui, person: Person) -> None:
    """The wizard's wait for its next device poll was cancelled, and it polled no more (the test holds
    those waits: none of them ends while nobody answers)."""
    assert (gui.device_waits.cancelled, gui.device_waits.waiting) == (1, 0), "the wait for the next poll went on"
    assert person.practice.count("device_token") == 0


def test_cancel_while_the_device_code_waits(gui):
    person = gui.wizard()
    gui.browser.decision = None

    async def scenario() -> None:
        page = person.to_consent(ClientType.DEVICE)
        person.connect()
        await until(lambda: page.user_code.isVisible() and gui.device_waits.waiting,
                    "the wizard shows the code and waits to poll Zoho")
        assert page.user_code.text() in gui.browser.opened[0]
        assert not person.back.isEnabled() and not person.next_button.isEnabled()
        person.click(page.stop)
        await person.until_settled()
        assert_polling_stopped(gui, person)
        assert not page.user_code.isVisible()
        assert_stopped_on_consent(person, gui.store)

    gui.run(scenario)


def close_window(person: Person) -> None:
    person.wizard.close()


def press_cancel(person: Person) -> None:
    person.click(person.button(QWizard.WizardButton.CancelButton))
    person.answer_close(close=True)


def press_escape(person: Person) -> None:
    person.key(Qt.Key.Key_Escape)
    person.answer_close(close=True)


@pytest.mark.parametrize("leave", [close_window, press_cancel, press_escape], ids=lambda f: f.__name__)
@pytest.mark.parametrize("client_type", [ClientType.SERVER, ClientType.DEVICE], ids=lambda t: t.value)
def test_leaving_mid_flow_stops_the_work(gui, leave, client_type):
    person = gui.wizard()
    gui.browser.decision = None

    async def scenario() -> None:
        person.to_consent(client_type)
        person.connect()
        await until(lambda: gui.browser.opened, "the browser was sent to Zoho")
        leave(person)
        assert not person.wizard.isVisible()
        await person.wizard.work.settle()
        assert not person.wizard.work.busy
        assert ports_free()
        if client_type is ClientType.DEVICE:
            assert_polling_stopped(gui, person)
        assert gui.store.names() == []

    gui.run(scenario)
