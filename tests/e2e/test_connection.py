"""Keeping a saved connection alive: shared refresh, Zoho's throttle, retries, revoke."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest
import requests

from tests.support import run_connect
from zoho_wizard import errors
from zoho_wizard.books import Books
from zoho_wizard.connection import Connection, disconnect, forget
from zoho_wizard.oauth.flow import ConnectRequest
from zoho_wizard.oauth.tokens import TokenEndpoint
from zoho_wizard.session import RETRIES, ZohoSession
from zoho_wizard.store.profiles import KINDS
from zoho_wizard.zoho.clients import ClientType


def self_connect(practice, regions, store, face, region: str = "us", profile: str = "default"):
    client = next(c for c in practice.clients.values() if c.client_type == "self")
    code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all", region=region)
    request = ConnectRequest(profile=profile, region=regions[region], client_type=ClientType.SELF,
                             client_id=client.client_id, client_secret=client.client_secret, code=code)
    return run_connect(request, face, store, regions)


@pytest.fixture
def connected(practice, regions, store, face):
    return self_connect(practice, regions, store, face)


def together(count: int, work) -> list[object]:
    """Run ``work`` in ``count`` threads released at the same instant."""
    barrier = threading.Barrier(count)
    results: list[object] = [None] * count

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = work()
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            results[i] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_twenty_callers_on_an_expired_token_share_one_refresh(practice, store, connected):
    later = Connection(store, "default", clock=lambda: time.time() + 3600)
    session = ZohoSession(later)
    results = together(20, lambda: session.get("/books/v3/organizations").status_code)
    assert results == [200] * 20
    assert practice.count("token_refresh") == 1


def test_twenty_callers_told_401_share_one_refresh(practice, store, connected):
    session = ZohoSession(Connection(store, "default", clock=lambda: time.time() + 120))  # a token over a minute old
    practice.expire_access_tokens()
    results = together(20, lambda: session.get("/books/v3/organizations").status_code)
    assert results == [200] * 20
    assert practice.count("token_refresh") == 1


def test_another_process_refresh_is_reused(practice, store, connected):
    later = lambda: time.time() + 120  # noqa: E731 - the token is over a minute old
    first, second = Connection(store, "default", clock=later), Connection(store, "default", clock=later)
    practice.expire_access_tokens()
    token = first.refresh(first.access_token())
    assert second.refresh(second.access_token()) == token
    assert practice.count("token_refresh") == 1


def test_refusals_refresh_at_most_once_a_minute_until_zoho_throttles(practice, store, connected):
    minutes = iter(range(1, 100))
    later = time.time()
    connection = Connection(store, "default", clock=lambda: later)
    token = connection.access_token()
    assert connection.refresh(token) == token  # refused within a minute of being issued: kept
    with pytest.raises(errors.Throttled) as caught:
        for _ in range(12):
            later = time.time() + 61 * next(minutes)
            token = connection.refresh(connection.access_token())
            assert connection.refresh(token) == token  # a second refusal in the same minute: no refresh
    assert "ten minutes" in caught.value.todo
    assert practice.count("token_refresh") == 11


def test_books_retries_429_and_5xx(practice, store, connected):
    pauses: list[float] = []
    books = Books(ZohoSession(Connection(store, "default"), sleep=pauses.append))
    org = connected.profile.organization_id
    practice.fail_next(2, 500)
    assert books.fetch("invoices", org).status == 200
    assert len(pauses) == 2
    practice.fail_next(RETRIES + 1, 500)
    with pytest.raises(errors.BooksError) as caught:
        books.fetch("items", org)
    assert caught.value.status == 500 and "Zoho Books had a problem" in caught.value.what
    practice.fail_next(RETRIES + 1, 429)
    with pytest.raises(errors.BooksError) as caught:
        books.fetch("items", org)
    assert "Wait a minute" in caught.value.todo


def test_every_read_only_call(practice, store, connected):
    books = Books(ZohoSession(Connection(store, "default")))
    for org in books.organizations():
        for kind in ("contacts", "invoices", "items", "chartofaccounts", "taxes"):
            result = books.fetch(kind, org.organization_id)
            assert result.status == 200 and result.code == 0 and result.count > 0 and result.raw


def test_token_from_another_region_is_refused_without_a_refresh(practice, regions, store, connected):
    store.update(replace(store.load("default"), api_domain=regions["eu"].api_domain))
    books = Books(ZohoSession(Connection(store, "default")))
    with pytest.raises(errors.BooksError) as caught:
        books.organizations()
    assert caught.value.code == 57 and "did not allow this connection" in caught.value.what
    assert practice.count("token_refresh") == 0


def test_books_not_offered_in_region_saves_nothing(practice, regions, store, face):
    with pytest.raises(errors.BooksError) as caught:
        self_connect(practice, regions, store, face, region="uk")
    assert caught.value.status == 400 and caught.value.todo
    assert store.names() == []
    assert practice.refresh_tokens_live(next(c for c in practice.clients.values()
                                             if c.client_type == "self").client_id) == 0


def test_revoked_connection_says_connect_again(practice, regions, store, connected):
    secrets = store.secrets(store.load("default"))
    TokenEndpoint(regions["us"].accounts_url, requests.Session()).revoke(secrets.refresh_token)
    with pytest.raises(errors.ConnectionRevoked) as caught:  # once the token is over a minute old
        Books(ZohoSession(Connection(store, "default", clock=lambda: time.time() + 120))).organizations()
    assert "Connect again" in caught.value.todo


@pytest.mark.parametrize("missing", [KINDS, ("refresh_token",)], ids=["every key", "the refresh token"])
def test_disconnect_without_the_keys_ends_nothing_and_says_so(practice, store, connected, missing):
    profile = store.load("default")
    for kind in missing:
        store.keychain.delete(f"default/{profile.generation}/{kind}")
    with pytest.raises(errors.NotEndedAtZoho) as caught:
        disconnect(store, "default", requests.Session())
    assert "keys are missing from the keychain" in caught.value.what and "--forget" in caught.value.todo
    assert practice.count("revoke") == 0 and store.names() == ["default"]
    assert practice.refresh_tokens_live(profile.client_id) == 1  # still live at Zoho, as the message says
    forget(store, "default")
    assert store.names() == []


def test_disconnect_with_zoho_unreachable_removes_nothing_until_forgotten(practice, store, connected):
    practice.stop()
    with pytest.raises(errors.NotEndedAtZoho) as caught:
        disconnect(store, "default", requests.Session())
    assert caught.value.what == "The app could not reach Zoho to end the connection there, so nothing was removed."
    assert store.names() == ["default"]
    forget(store, "default")
    assert store.names() == []


def test_disconnect_revokes_then_removes(practice, store, connected):
    client_id = connected.profile.client_id
    assert practice.refresh_tokens_live(client_id) == 1
    disconnect(store, "default", requests.Session())
    assert practice.refresh_tokens_live(client_id) == 0
    assert store.names() == []
    with pytest.raises(errors.NoSuchProfile):
        store.load("default")


def test_token_is_sent_only_to_the_connection_api_domain(practice, store, connected):
    session = ZohoSession(Connection(store, "default"))
    seen: list[dict[str, str]] = []
    session.hooks["response"].append(lambda r, *a, **k: seen.append(dict(r.request.headers)))
    session.get(practice.base_url + "/us/console/")
    assert "Authorization" not in seen[0]


def test_a_secret_changed_in_the_console_is_told_so(practice, store, connected):
    client = practice.client_of_type("self")
    practice.clients[client.client_id] = replace(client, client_secret="a" * 42)  # a new secret in the console
    later = Connection(store, "default", clock=lambda: time.time() + 3600)
    with pytest.raises(errors.SecretNoLongerValid) as caught:
        later.access_token()
    assert "changed, or the client was deleted, in Zoho's API console" in caught.value.what
