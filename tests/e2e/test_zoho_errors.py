"""One test per row of docs/zoho-behaviour.md §5's token error table, against the practice Zoho: each shows
the two sentences a person gets. Consent here is walked with plain HTTP (the browser tests are
in test_browser_flows.py)."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.support import free_port, run_connect
from zoho_wizard import errors
from zoho_wizard.oauth.authorize import authorization_url, new_state
from zoho_wizard.oauth.flow import ConnectRequest
from zoho_wizard.oauth.tokens import TokenEndpoint
from zoho_wizard.practice import PracticeZoho
from zoho_wizard.practice.walk import consent
from zoho_wizard.zoho.clients import ClientType


def grant_code(practice, regions, redirect_uri: str) -> tuple[object, str]:
    """A genuine authorization code, caught by hand from the redirect's Location."""
    client = practice.add_client("server", redirect_uris=[redirect_uri])
    url = authorization_url(regions["us"].accounts_url, client_id=client.client_id, client_type=ClientType.SERVER,
                            redirect_uri=redirect_uri, scopes=("ZohoBooks.fullaccess.all",), state=new_state())
    return client, parse_qs(urlsplit(consent(url, follow=False)).query)["code"][0]


def endpoint(regions) -> TokenEndpoint:
    return TokenEndpoint(regions["us"].accounts_url, requests.Session())


def browser_flow(practice, regions, store, face, *, scopes=("ZohoBooks.fullaccess.all",), decision="accept"):
    port = free_port()
    client = practice.add_client("server", redirect_uris=[f"http://localhost:{port}/callback"])
    face.on_authorize = lambda start_url, zoho_url: asyncio.get_running_loop().run_in_executor(
        None, lambda: consent(start_url, decision))
    request = ConnectRequest(profile="default", region=regions["us"], client_type=ClientType.SERVER,
                             client_id=client.client_id, client_secret=client.client_secret, scopes=scopes,
                             ports=(port,), timeout=30)
    return run_connect(request, face, store, regions)


def test_invalid_code(practice, regions):
    client, code = grant_code(practice, regions, "http://localhost:47321/callback")
    call = dict(client_id=client.client_id, client_secret=client.client_secret, code=code,
                redirect_uri="http://localhost:47321/callback")
    endpoint(regions).exchange_code(**call)
    with pytest.raises(errors.CodeExpired) as caught:
        endpoint(regions).exchange_code(**call)
    assert caught.value.what == "The code from Zoho has expired or has already been used."
    assert "Start the connection again" in caught.value.todo


def test_invalid_client_says_check_the_region_first(practice, regions):
    with pytest.raises(errors.WrongClient) as caught:
        endpoint(regions).exchange_code(client_id="1000.NOSUCHCLIENT", client_secret="x", code="1000.x")
    assert caught.value.todo.startswith("Check the data center first")


def test_invalid_client_secret(practice, regions):
    client = practice.client_of_type("self")
    code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
    with pytest.raises(errors.WrongSecret) as caught:
        endpoint(regions).exchange_code(client_id=client.client_id, client_secret="wrong", code=code)
    assert "without spaces" in caught.value.todo


def test_invalid_redirect_uri(practice, regions):
    client, code = grant_code(practice, regions, "http://localhost:47321/callback")
    with pytest.raises(errors.WrongRedirectUri) as caught:
        endpoint(regions).exchange_code(client_id=client.client_id, client_secret=client.client_secret,
                                        code=code, redirect_uri="http://localhost:47321/callback/")
    assert "register exactly the redirect URI the app shows" in caught.value.todo


def test_invalid_scope(practice, regions, store, face):
    with pytest.raises(errors.WrongScope) as caught:
        browser_flow(practice, regions, store, face, scopes=("ZohoBooks.nonsense.READ",))
    assert "permission presets" in caught.value.todo
    assert store.names() == []


def test_access_denied(practice, regions, store, face):
    with pytest.raises(errors.ConsentDenied) as caught:
        browser_flow(practice, regions, store, face, decision="deny")
    assert "press Accept" in caught.value.todo


def test_access_denied_when_too_many_codes(practice, regions):
    uri = "http://localhost:47321/callback"
    client = practice.add_client("server", redirect_uris=[uri])
    url = authorization_url(regions["us"].accounts_url, client_id=client.client_id, client_type=ClientType.SERVER,
                            redirect_uri=uri, scopes=("ZohoBooks.fullaccess.all",), state="s")
    answers = [consent(url, follow=False) for _ in range(11)]
    assert "code=" in answers[9] and "error=access_denied" in answers[10]


@pytest.mark.parametrize("status", [200, 400])
def test_access_denied_throttle_with_either_status(status):
    with PracticeZoho(throttle_status=status) as practice:
        client = practice.client_of_type("self")
        code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
        accounts = TokenEndpoint(practice.region_urls()["us"]["accounts_url"], requests.Session())
        refresh = accounts.exchange_code(client_id=client.client_id, client_secret=client.client_secret,
                                         code=code).refresh_token
        with pytest.raises(errors.Throttled) as caught:
            for _ in range(11):
                accounts.refresh(client_id=client.client_id, client_secret=client.client_secret,
                                 refresh_token=refresh)
    assert "Wait about ten minutes" in caught.value.todo


def test_legacy_expiry_format():
    with PracticeZoho(legacy_expiry=True) as practice:
        client = practice.client_of_type("self")
        code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
        accounts = TokenEndpoint(practice.region_urls()["us"]["accounts_url"], requests.Session(), clock=lambda: 0.0)
        tokens = accounts.exchange_code(client_id=client.client_id, client_secret=client.client_secret, code=code)
    assert tokens.expires_at == 3600


def test_revoke_of_an_unknown_token_is_not_an_error(practice, regions):
    assert endpoint(regions).revoke("1000.unknown") is False
