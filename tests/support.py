"""What the tests share besides fixtures (those are in conftest.py): an in-memory keychain, the
practice Zoho with the app's region table pointed at it, a face that records what the engine
shows, a clock that moves only when the app waits, and waiting for a condition instead of for time."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring.backend
import keyring.errors
import requests

from zoho_wizard.connection import Connected, connect
from zoho_wizard.oauth.flow import ConnectRequest, Face
from zoho_wizard.oauth.tokens import DeviceCode
from zoho_wizard.practice import PracticeZoho
from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import ProfileStore
from zoho_wizard.texts import Text
from zoho_wizard.zoho.regions import ENV_VAR, Region

if TYPE_CHECKING:  # pytest stays out of tests/screenshots.py, which uses this module too
    import pytest

REAL_KEYCHAIN = os.environ.get("ZOHO_WIZARD_REAL_KEYCHAIN") == "1"


async def until(condition: Callable[[], object], what: str, *, timeout: float = 30.0,
                fail: Callable[[], str | None] = lambda: None) -> None:
    """Let the event loop run until ``condition()`` holds, looking every hundredth of a second;
    ``fail()`` can end the wait early with a reason."""
    deadline = time.monotonic() + timeout
    while not condition():
        reason = fail()
        if reason:
            raise AssertionError(f"while waiting until {what}: {reason}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting until {what}")
        await asyncio.sleep(0.01)


class Clock:
    """The practice Zoho's and the app's time (from 1 January 2026, 09:00 UTC), moved on only by the
    app's waits, which it records."""

    def __init__(self) -> None:
        self.now = 1_767_225_600.0 + 9 * 3600
        self.waits: list[float] = []
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.waits.append(seconds)
            self.now += seconds

    def device_waits(self, answer: Callable[[], None], *, during: int) -> Callable[[float], Awaitable[None]]:
        """The device flow's waits between polls (connect's ``sleep``) on this clock; during the
        ``during``-th, the person gives ``answer()`` on Zoho's device page (in a thread, as in a browser)."""

        async def sleep(seconds: float) -> None:
            self.sleep(seconds)
            if len(self.waits) == during:
                await asyncio.to_thread(answer)

        return sleep


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict, deleting like the real ones: a missing key is an error."""

    priority = -1  # type: ignore[assignment]  # below keyring's fail backend: never chosen by detection

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password!")


def keychain_keys(prefix: str) -> set[str]:
    """The keys of the app's items in the real Secret Service that start with ``prefix``."""
    import secretstorage

    with contextlib.closing(secretstorage.dbus_init()) as bus:
        items = secretstorage.get_default_collection(bus).search_items({"service": Keychain.SERVICE})
        keys = {item.get_attributes().get("username", "") for item in items}
    return {key for key in keys if key.startswith(prefix)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[ThreadingHTTPServer]:
    """``server`` answering from a thread while the block runs, then closed: it stops within a
    hundredth of a second (serve_forever looks every half second unless told)."""
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def practice_zoho(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **options: Any) -> Iterator[PracticeZoho]:
    """A running practice Zoho made with ``options``, with the app's region table pointed at it."""
    with PracticeZoho(**options) as server:
        path = tmp_path / f"regions-{server.base_url.rsplit(':', 1)[1]}.json"
        path.write_text(json.dumps(server.region_urls()))
        monkeypatch.setenv(ENV_VAR, str(path))
        yield server


def fill_the_minute(practice: PracticeZoho, clock: Clock, token: str, organization_id: str) -> None:
    """Zoho's hundred Books calls a minute for the organization, made 59 seconds ago on the practice
    Zoho's ``clock``: the next call is told to wait one second."""
    api = practice.region_urls()["us"]["api_domain"] + "/books/v3/contacts"
    clock.now -= 59
    for _ in range(100):
        requests.get(api, params={"organization_id": organization_id}, timeout=10,
                     headers={"Authorization": f"Zoho-oauthtoken {token}"})
    clock.now += 59


class RecordingFace:
    def __init__(self) -> None:
        self.messages: list[str] = []
        self.urls: list[tuple[str, str]] = []
        self.codes: list[DeviceCode] = []
        self.on_authorize = lambda start_url, zoho_url: None
        self.on_device_code = lambda code: None

    def progress(self, message: Text) -> None:
        self.messages.append(str(message))

    def authorize(self, start_url: str, zoho_url: str) -> None:
        self.urls.append((start_url, zoho_url))
        self.on_authorize(start_url, zoho_url)

    def device_code(self, code: DeviceCode) -> None:
        self.codes.append(code)
        self.on_device_code(code)


def run_connect(request: ConnectRequest, face: Face, store: ProfileStore, regions: Mapping[str, Region],
                **engine: Any) -> Connected:
    """Connect as the terminal does, on a new event loop; ``engine`` may give connect() a clock and a sleep."""
    return asyncio.run(connect(request, face, store=store, regions=regions, http=requests.Session(), **engine))


def cancel_once_shown(request: ConnectRequest, face: RecordingFace, store: ProfileStore,
                      regions: Mapping[str, Region], shown: Callable[[], object]) -> None:
    """Start connecting, cancel as soon as ``shown()`` (the face showed a URL or a code), and
    check the cancellation reached the caller."""

    async def scenario() -> None:
        task = asyncio.create_task(connect(request, face, store=store, regions=regions, http=requests.Session()))
        await until(shown, "the face shows where to consent",
                    fail=lambda: "connecting ended first" if task.done() else None)
        task.cancel()
        await asyncio.wait([task])
        if not task.cancelled():
            raise AssertionError(f"connecting was cancelled but ended with {task.result()!r}")

    asyncio.run(scenario())


def landed_text(driver: Any) -> str:
    """The text of the page the browser lands on back at the app's loopback catcher."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def landed(d: Any) -> str | bool:
        if not (d.current_url.startswith("http://localhost:") and "/callback" in d.current_url):
            return False
        return d.find_element(By.TAG_NAME, "body").text.strip() or False

    return WebDriverWait(driver, 15, ignored_exceptions=(StaleElementReferenceException,)).until(landed)
