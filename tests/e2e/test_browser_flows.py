"""Server-based, Mobile and Client-based clients end to end: real headless Chromium clicks
through consent on the practice Zoho, the real loopback catcher takes the redirect, and the
connection lands in the keychain (the real Secret Service in CI)."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.support import cancel_once_shown, free_port, landed_text, run_connect, serving
from zoho_wizard import errors
from zoho_wizard.books import Books
from zoho_wizard.connection import Connection
from zoho_wizard.oauth.flow import ConnectRequest
from zoho_wizard.session import ZohoSession
from zoho_wizard.zoho.clients import ClientType


def drive_consent(driver, face, *, email: str | None = None, button: str = "accept") -> list[str]:
    """When the engine asks for consent, Chromium opens the page, picks the user and clicks."""
    pages: list[str] = []

    def click(start_url: str) -> None:
        driver.get(start_url)
        if email:
            select = Select(driver.find_element(By.ID, "user"))
            select.select_by_index(next(i for i, o in enumerate(select.options) if email in o.text))
        driver.find_element(By.ID, button).click()
        pages.append(landed_text(driver))

    face.on_authorize = lambda start_url, zoho_url: asyncio.get_running_loop().run_in_executor(
        None, click, start_url)
    return pages


def request_for(practice, regions, client_type: ClientType, region: str = "us", **kwargs) -> ConnectRequest:
    port = free_port()
    client = practice.add_client(client_type.value, redirect_uris=[f"http://localhost:{port}/callback"])
    return ConnectRequest(profile="default", region=regions[region], client_type=client_type,
                          client_id=client.client_id, client_secret=client.client_secret,
                          ports=(port,), timeout=60, **kwargs)


@pytest.mark.parametrize("client_type", [ClientType.SERVER, ClientType.MOBILE])
def test_code_flow_connects_and_keeps_the_connection(practice, regions, store, face, chromium, client_type,
                                                     caplog):
    caplog.set_level(logging.DEBUG)
    pages = drive_consent(chromium, face)
    request = request_for(practice, regions, client_type)
    connected = run_connect(request, face, store, regions)

    assert "close this tab" in pages[0]
    profile = store.load("default")
    assert profile.region == "us" and profile.api_domain == regions["us"].api_domain
    assert connected.organizations and profile.organization_id in {o.organization_id for o in connected.organizations}
    secrets = store.secrets(profile)
    assert secrets.refresh_token and secrets.access_token
    settings = store.path.read_text()
    for secret in (secrets.refresh_token, secrets.access_token, request.client_secret):
        assert secret is None or (secret not in settings and secret not in caplog.text)
    assert "POST /us/accounts/oauth/v2/token" in caplog.text  # the log was really captured
    # the saved connection works, and refreshes itself when Zoho says a token over a minute old expired
    practice.expire_access_tokens()
    books = Books(ZohoSession(Connection(store, "default", clock=lambda: time.time() + 120)))
    assert books.fetch("contacts", profile.organization_id).count > 0
    assert practice.count("token_refresh") == 1


def test_client_based_gets_one_hour_access(practice, regions, store, face, chromium):
    drive_consent(chromium, face)
    connected = run_connect(request_for(practice, regions, ClientType.CLIENT), face, store, regions)
    secrets = store.secrets(connected.profile)
    assert secrets.access_token and not secrets.refresh_token
    assert 3000 < connected.profile.expires_at - connected.profile.connected_at <= 3600
    assert practice.count("token_code") == 0


def test_account_in_another_region_continues_there(practice, regions, store, face, chromium):
    eu_user = next(u for u in practice.users if u.region == "eu")
    drive_consent(chromium, face, email=eu_user.email)
    connected = run_connect(request_for(practice, regions, ClientType.SERVER, region="us"), face, store, regions)
    assert connected.profile.region == "eu"
    assert connected.profile.api_domain == regions["eu"].api_domain
    assert connected.profile.accounts_url == regions["eu"].accounts_url
    assert any("Europe" in m for m in face.messages)


def test_deny_saves_nothing_and_says_what_to_do(practice, regions, store, face, chromium):
    pages = drive_consent(chromium, face, button="deny")
    with pytest.raises(errors.ConsentDenied) as caught:
        run_connect(request_for(practice, regions, ClientType.SERVER), face, store, regions)
    assert "Accept" in caught.value.sentences()[1]
    assert caught.value.sentences()[0] in pages[0]
    assert store.names() == []


def test_expired_code(practice, regions, store, face, chromium):
    practice.code_lifetime = -1.0  # every code is already expired when it is exchanged
    drive_consent(chromium, face)
    with pytest.raises(errors.CodeExpired) as caught:
        run_connect(request_for(practice, regions, ClientType.SERVER), face, store, regions)
    assert "again" in caught.value.sentences()[1]
    assert store.names() == []


def test_reconnect_replaces_and_revokes_the_old_connection(practice, regions, store, face, chromium):
    drive_consent(chromium, face)
    request = request_for(practice, regions, ClientType.SERVER)
    run_connect(request, face, store, regions)
    old = store.secrets(store.load("default")).refresh_token
    run_connect(request, face, store, regions)
    new = store.secrets(store.load("default")).refresh_token
    assert new != old
    assert practice.count("revoke") == 1
    assert practice.refresh_tokens_live(request.client_id) == 1


def test_unregistered_redirect_uri_unseen_by_the_check_times_out_with_advice(practice, regions, store, face,
                                                                             chromium):
    practice.disturb_authorization(1)  # the check before the browser gets no answer
    drive_consent_page_only = []

    def open_only(start_url: str, zoho_url: str) -> None:
        drive_consent_page_only.append(asyncio.get_running_loop().run_in_executor(None, chromium.get, start_url))

    face.on_authorize = open_only
    request = request_for(practice, regions, ClientType.SERVER)
    request = ConnectRequest(**{**request.__dict__, "ports": (free_port(),), "timeout": 3})
    with pytest.raises(errors.ConsentTimedOut) as caught:
        run_connect(request, face, store, regions)
    assert "Invalid Redirect Uri" in chromium.page_source
    assert "“Invalid Redirect Uri”" in caught.value.sentences()[1]


def test_unknown_accounts_server_never_receives_the_secret(practice, regions, store, face):
    """A redirect naming an accounts server outside the table is refused before any exchange."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs, urlencode, urlsplit

    heard: list[str] = []

    class Evil(BaseHTTPRequestHandler):
        def do_POST(self):
            heard.append(self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode())
            self.send_response(200)
            self.end_headers()
            self.wfile.write(json.dumps({"access_token": "x", "api_domain": "http://127.0.0.1:1"}).encode())

        def log_message(self, *args):
            pass

    evil = ThreadingHTTPServer(("127.0.0.1", 0), Evil)
    answers = []

    def forge(start_url: str, zoho_url: str) -> None:
        query = parse_qs(urlsplit(zoho_url).query)
        target = query["redirect_uri"][0] + "?" + urlencode({
            "state": query["state"][0], "code": "1000.forged", "location": "us",
            "accounts-server": f"http://127.0.0.1:{evil.server_port}"})
        answers.append(asyncio.get_running_loop().run_in_executor(None, requests.get, target))

    face.on_authorize = forge
    request = request_for(practice, regions, ClientType.SERVER)
    with serving(evil), pytest.raises(errors.UntrustedServer):
        run_connect(request, face, store, regions)
    assert heard == []
    assert practice.count("token_code") == 0
    assert store.names() == []


def test_cancel_while_waiting_stops_everything(practice, regions, store, face):
    request = request_for(practice, regions, ClientType.SERVER)
    cancel_once_shown(request, face, store, regions, lambda: face.urls)
    with socket.socket() as again:  # the catcher let go of its port
        again.bind(("127.0.0.1", request.ports[0]))
    assert store.names() == []


def test_every_port_busy_says_what_to_do(practice, regions, store, face):
    request = request_for(practice, regions, ClientType.SERVER)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", request.ports[0]))
        squatter.listen()
        with pytest.raises(errors.PortsBusy) as caught:
            run_connect(request, face, store, regions)
    assert "Close programs" in caught.value.sentences()[1] and face.urls == []
