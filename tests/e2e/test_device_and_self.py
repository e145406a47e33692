"""Non-browser (device flow) and Self Client connections end to end on the practice Zoho."""

from __future__ import annotations

import asyncio
import time

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.conftest import cancel_once_shown, practice_zoho
from zoho_wizard import errors
from zoho_wizard.connection import connect
from zoho_wizard.oauth.flow import ConnectRequest
from zoho_wizard.zoho.clients import ClientType
from zoho_wizard.zoho.regions import load_regions


def approve_device(driver, face, *, email: str | None = None, button: str = "accept", after: float = 0) -> None:
    def approve(url: str) -> None:
        time.sleep(after)
        driver.get(url)
        if email:
            select = Select(driver.find_element(By.ID, "user"))
            select.select_by_index(next(i for i, o in enumerate(select.options) if email in o.text))
        driver.find_element(By.ID, button).click()

    face.on_device_code = lambda code: asyncio.get_running_loop().run_in_executor(
        None, approve, code.verification_url_complete or code.verification_url)


def device_request(practice, regions, region="us") -> ConnectRequest:
    client = practice.clients[next(c for c, v in practice.clients.items() if v.client_type == "device")]
    return ConnectRequest(profile="default", region=regions[region], client_type=ClientType.DEVICE,
                          client_id=client.client_id, client_secret=client.client_secret, timeout=60)


def run_connect(request, face, store, regions):
    return asyncio.run(connect(request, face, store=store, regions=regions, http=requests.Session()))


def test_device_flow(practice, regions, store, face, chromium):
    approve_device(chromium, face, after=2.5)  # the app polls (and hears "pending") meanwhile
    connected = run_connect(device_request(practice, regions), face, store, regions)
    assert face.codes[0].user_code
    assert connected.profile.client_type == "device" and connected.profile.region == "us"
    assert store.secrets(connected.profile).refresh_token
    assert practice.count("device_token") >= 3


def test_device_flow_in_milliseconds_continues_in_other_region(tmp_path, monkeypatch, store, face, chromium):
    with practice_zoho(tmp_path, monkeypatch, device_interval=2, device_units="ms") as practice:
        regions = load_regions()
        eu_user = next(u for u in practice.users if u.region == "eu")
        approve_device(chromium, face, email=eu_user.email)
        connected = run_connect(device_request(practice, regions, "us"), face, store, regions)
    assert face.codes[0].interval == 2 and face.codes[0].expires_in == 300
    assert connected.profile.region == "eu" and connected.profile.api_domain == regions["eu"].api_domain
    assert any("Europe" in m for m in face.messages)


def test_device_flow_denied(practice, regions, store, face, chromium):
    approve_device(chromium, face, button="deny")
    with pytest.raises(errors.ConsentDenied):
        run_connect(device_request(practice, regions), face, store, regions)
    assert store.names() == []


def self_request(practice, regions, code: str) -> ConnectRequest:
    client = next(c for c in practice.clients.values() if c.client_type == "self")
    return ConnectRequest(profile="books", region=regions["us"], client_type=ClientType.SELF,
                          client_id=client.client_id, client_secret=client.client_secret, code=f"  {code}\n")


def test_self_client(practice, regions, store, face):
    client = next(c for c in practice.clients.values() if c.client_type == "self")
    code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
    connected = run_connect(self_request(practice, regions, code), face, store, regions)
    assert store.names() == ["books"] and connected.organizations


def test_self_client_expired_code_has_its_own_message(practice, regions, store, face):
    client = next(c for c in practice.clients.values() if c.client_type == "self")
    code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
    run_connect(self_request(practice, regions, code), face, store, regions)
    with pytest.raises(errors.CodeExpired) as caught:  # a code works once
        run_connect(self_request(practice, regions, code), face, store, regions)
    assert "Self Client" in caught.value.what and "generate a new code" in caught.value.todo.lower()
    assert store.names() == ["books"]  # the working connection is untouched


def test_cancel_while_polling(practice, regions, store, face):
    cancel_once_shown(device_request(practice, regions), face, store, regions, lambda: face.codes)
    assert store.names() == []
