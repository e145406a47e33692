"""Non-browser (device flow) and Self Client connections end to end on the practice Zoho."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.support import Clock, cancel_once_shown, practice_zoho, run_connect
from zoho_wizard import errors
from zoho_wizard.oauth.flow import ConnectRequest
from zoho_wizard.zoho.clients import ClientType
from zoho_wizard.zoho.regions import load_regions


def answer_device(driver, face, *, email: str | None = None, button: str = "accept") -> Callable[[], None]:
    """The person's answer, in Chromium, on the Zoho page the face showed with the code."""

    def answer() -> None:
        code = face.codes[-1]
        driver.get(code.verification_url_complete or code.verification_url)
        if email:
            select = Select(driver.find_element(By.ID, "user"))
            select.select_by_index(next(i for i, o in enumerate(select.options) if email in o.text))
        clicked = driver.find_element(By.ID, button)
        clicked.click()
        # Zoho has the answer once the page is replaced (chromedriver may report the moment of the change as
        # an "unknown error" about the clicked node rather than as a stale element: asked again)
        WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(
            expected_conditions.staleness_of(clicked))

    return answer


def device_request(practice, regions, region="us") -> ConnectRequest:
    client = practice.clients[next(c for c, v in practice.clients.items() if v.client_type == "device")]
    return ConnectRequest(profile="default", region=regions[region], client_type=ClientType.DEVICE,
                          client_id=client.client_id, client_secret=client.client_secret, timeout=60)


def test_device_flow(tmp_path, monkeypatch, store, face, chromium):
    clock = Clock()
    with practice_zoho(tmp_path, monkeypatch, clock=clock, device_interval=1, device_units="s") as practice:
        regions = load_regions()
        waits = clock.device_waits(answer_device(chromium, face), during=3)  # the app heard "pending" twice
        connected = run_connect(device_request(practice, regions), face, store, regions, clock=clock, sleep=waits)
    assert face.codes[0].user_code
    assert connected.profile.client_type == "device" and connected.profile.region == "us"
    assert store.secrets(connected.profile).refresh_token
    assert clock.waits == [1, 1, 1] and practice.count("device_token") == 3  # a poll a second, as Zoho asked


def test_device_flow_in_milliseconds_continues_in_other_region(tmp_path, monkeypatch, store, face, chromium):
    clock = Clock()
    with practice_zoho(tmp_path, monkeypatch, clock=clock, device_interval=2, device_units="ms") as practice:
        regions = load_regions()
        eu_user = next(u for u in practice.users if u.region == "eu")
        waits = clock.device_waits(answer_device(chromium, face, email=eu_user.email), during=1)
        connected = run_connect(device_request(practice, regions, "us"), face, store, regions, clock=clock,
                                sleep=waits)
    assert face.codes[0].interval == 2 and face.codes[0].expires_in == 300
    assert clock.waits == [2, 2]  # then asked the other data center, at the same pace
    assert connected.profile.region == "eu" and connected.profile.api_domain == regions["eu"].api_domain
    assert any("Europe" in m for m in face.messages)


def test_device_flow_denied(tmp_path, monkeypatch, store, face, chromium):
    clock = Clock()
    with practice_zoho(tmp_path, monkeypatch, clock=clock, device_interval=1, device_units="s") as practice:
        regions = load_regions()
        waits = clock.device_waits(answer_device(chromium, face, button="deny"), during=1)
        with pytest.raises(errors.ConsentDenied):
            run_connect(device_request(practice, regions), face, store, regions, clock=clock, sleep=waits)
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
    assert "Self Client" in caught.value.sentences()[0] and "generate a new code" in caught.value.sentences()[1].lower()
    assert store.names() == ["books"]  # the working connection is untouched


def test_cancel_while_polling(practice, regions, store, face):
    cancel_once_shown(device_request(practice, regions), face, store, regions, lambda: face.codes)
    assert store.names() == []
