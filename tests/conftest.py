"""Shared fixtures: the practice Zoho, a connection store on a real or in-memory keychain,
a headless Chromium, and a face that records what the engine shows."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
import shutil
import socket
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring.backend
import keyring.errors
import pytest
import requests

from zoho_wizard.connection import connect
from zoho_wizard.oauth.flow import ConnectRequest
from zoho_wizard.oauth.tokens import DeviceCode
from zoho_wizard.practice import PracticeZoho
from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import ProfileStore
from zoho_wizard.zoho.regions import ENV_VAR, load_regions

REAL_KEYCHAIN = os.environ.get("ZOHO_WIZARD_REAL_KEYCHAIN") == "1"


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
def practice_zoho(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **options: Any) -> Iterator[PracticeZoho]:
    """A running practice Zoho made with ``options``, with the app's region table pointed at it."""
    with PracticeZoho(**options) as server:
        path = tmp_path / f"regions-{server.base_url.rsplit(':', 1)[1]}.json"
        path.write_text(json.dumps(server.region_urls()))
        monkeypatch.setenv(ENV_VAR, str(path))
        yield server


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PracticeZoho]:
    """A running practice Zoho (polling devices every second)."""
    with practice_zoho(tmp_path, monkeypatch, device_interval=1, device_units="s") as server:
        yield server


@pytest.fixture
def regions(practice: PracticeZoho):
    return load_regions()


@pytest.fixture
def keychain() -> Keychain:
    """The real Secret Service keychain when the test run provides one (CI does), else memory."""
    return Keychain.system() if REAL_KEYCHAIN else Keychain(MemoryKeyring())


@pytest.fixture
def store(keychain: Keychain, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ProfileStore]:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    store = ProfileStore(keychain, config / "zoho-wizard")
    yield store
    for name in store.names():
        store.delete(name)


class RecordingFace:
    def __init__(self) -> None:
        self.messages: list[str] = []
        self.urls: list[tuple[str, str]] = []
        self.codes: list[DeviceCode] = []
        self.on_authorize = lambda start_url, zoho_url: None
        self.on_device_code = lambda code: None

    def progress(self, message: str) -> None:
        self.messages.append(message)

    def authorize(self, start_url: str, zoho_url: str) -> None:
        self.urls.append((start_url, zoho_url))
        self.on_authorize(start_url, zoho_url)

    def device_code(self, code: DeviceCode) -> None:
        self.codes.append(code)
        self.on_device_code(code)


def cancel_once_shown(request: ConnectRequest, face: RecordingFace, store: ProfileStore, regions,
                      shown: Callable[[], object]) -> None:
    """Start connecting, cancel as soon as ``shown()`` (the face showed a URL or a code), and
    check the cancellation reached the caller."""

    async def scenario() -> None:
        task = asyncio.create_task(connect(request, face, store=store, regions=regions, http=requests.Session()))
        while not shown():
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())


@pytest.fixture
def face() -> RecordingFace:
    return RecordingFace()


def landed_text(driver) -> str:
    """The text of the page the browser lands on back at the app's loopback catcher."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def landed(d) -> str | bool:
        if not (d.current_url.startswith("http://localhost:") and "/callback" in d.current_url):
            return False
        return d.find_element(By.TAG_NAME, "body").text.strip() or False

    return WebDriverWait(driver, 15, ignored_exceptions=(StaleElementReferenceException,)).until(landed)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A real headless Chromium driven by Selenium (Debian's chromium and chromium-driver)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="zw-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
