"""The window never freezes: with a slow Zoho and a slow keychain, the event loop keeps running
through a whole connection, the test calls and the connections window's Test, because all that
work runs off it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import keyring.backend
import pytest

from tests.gui.drive import heartbeat, self_client_code, top_dialogs
from tests.support import REAL_KEYCHAIN, MemoryKeyring, RecordingFace, until
from zoho_wizard.connection import connect
from zoho_wizard.oauth.flow import ConnectRequest
from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import ProfileStore
from zoho_wizard.ui.app import first_window
from zoho_wizard.ui.calls_panel import CallsPanel
from zoho_wizard.ui.connections_window import ConnectionsWindow
from zoho_wizard.ui.wizard import Page
from zoho_wizard.zoho.clients import ClientType

SLOW = 0.15  # seconds every keychain call and every practice Zoho answer takes
STALL = 0.12  # the longest the event loop may stop; any blocking call above takes longer


class SlowKeyring(keyring.backend.KeyringBackend):
    """A keychain that takes its time, like a busy Secret Service."""

    priority = -1  # type: ignore[assignment]

    def __init__(self, inner: keyring.backend.KeyringBackend) -> None:
        super().__init__()
        self.inner = inner

    def get_password(self, service: str, username: str) -> str | None:
        time.sleep(SLOW)
        return self.inner.get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        time.sleep(SLOW)
        self.inner.set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        time.sleep(SLOW)
        self.inner.delete_password(service, username)


@pytest.fixture
def slow_store(store, tmp_path, monkeypatch) -> Iterator[ProfileStore]:
    """The test's keychain (the real Secret Service when there is one), slowed down, with its
    settings where the app looks for them."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "slow"))
    slow = ProfileStore(Keychain(SlowKeyring(keyring.get_keyring() if REAL_KEYCHAIN else MemoryKeyring())))
    yield slow
    for name in slow.names():
        slow.delete(name)


def assert_never_froze(gaps: list[float]) -> None:
    assert len(gaps) > 20
    assert max(gaps) < STALL, f"the event loop stalled for {max(gaps):.2f} s"


def test_connecting_never_freezes_the_window(gui, slow_store):
    person = gui.wizard(gui.context(store_factory=lambda: slow_store))

    async def scenario() -> None:
        practice = person.wizard.context.start_practice(delay=SLOW)
        async with heartbeat() as gaps:
            person.to_consent(ClientType.SERVER)
            person.connect()
            page = await person.until_page(Page.TEST)
            person.click(page.panel.call_buttons["contacts"])
            await until(lambda: page.panel.answered(), "the contacts call answered")
        assert practice.count("books") >= 2 and slow_store.names() == ["practice"]
        assert_never_froze(gaps)

    gui.run(scenario)


def test_testing_a_saved_connection_never_freezes_the_window(gui, slow_store):
    context = gui.context(store_factory=lambda: slow_store)

    async def scenario() -> None:
        practice = context.start_practice(delay=SLOW)
        regions = context.regions()
        client = practice.client_of_type("self")
        request = ConnectRequest(profile="books", region=regions["us"], client_type=ClientType.SELF,
                                 client_id=client.client_id, client_secret=client.client_secret,
                                 code=self_client_code(practice))
        await connect(request, RecordingFace(), store=await context.store(), regions=regions, http=context.http)
        async with heartbeat() as gaps:
            window = await first_window(context)
            assert isinstance(window, ConnectionsWindow)
            gui.show(window)
            gui.hands.click(window.test_button)
            await until(lambda: top_dialogs(), "the test panel opens")
            panel = top_dialogs()[0].findChild(CallsPanel)
            gui.hands.click(panel.call_buttons["taxes"])
            await until(lambda: panel.answered(), "the taxes call answered")
        assert_never_froze(gaps)

    gui.run(scenario)
