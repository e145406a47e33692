"""Shared fixtures: the practice Zoho, a connection store on a real or in-memory keychain,
a headless Chromium, and a face that records what the engine shows (the helpers are in support.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import REAL_KEYCHAIN, MemoryKeyring, RecordingFace, practice_zoho
from zoho_wizard.practice import PracticeZoho
from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import ProfileStore
from zoho_wizard.zoho.regions import load_regions


@pytest.fixture
def practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PracticeZoho]:
    """A running practice Zoho."""
    with practice_zoho(tmp_path, monkeypatch) as server:
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


@pytest.fixture
def face() -> RecordingFace:
    return RecordingFace()


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A real headless Chromium driven by Selenium (Debian's chromium and chromium-driver); the tests
    that need it are skipped where either is missing."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if binary is None or driver_path is None:
        pytest.skip("needs chromium and chromedriver on the PATH (Debian: apt install chromium chromium-driver)")
    profile = tempfile.mkdtemp(prefix="zw-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
