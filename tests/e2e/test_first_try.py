"""Real Zoho's first failures on the practice Zoho: its own error pages found before the browser
opens, code 57 without a lock-out, the throttle in any language, rate-limit headers and the
daily cap, device polling at Zoho's pace, and the Mobile-based client's secret."""

from __future__ import annotations

import asyncio
import time

import pytest
import requests

from tests.e2e.test_browser_flows import drive_consent
from tests.support import Clock, free_port, practice_zoho, run_connect
from zoho_wizard import errors
from zoho_wizard.books import Books, books_error
from zoho_wizard.connection import Connection
from zoho_wizard.oauth.flow import Broker, ConnectRequest
from zoho_wizard.oauth.tokens import Pending, TokenEndpoint, is_throttle
from zoho_wizard.practice.walk import consent
from zoho_wizard.session import ZohoSession
from zoho_wizard.zoho.clients import READ_ONLY, ClientType
from zoho_wizard.zoho.regions import load_regions

FULL = ("ZohoBooks.fullaccess.all",)


def browser_request(regions, client, region: str, port: int, client_type=ClientType.SERVER, **kwargs):
    return ConnectRequest(profile="default", region=regions[region], client_type=client_type,
                          client_id=client.client_id, client_secret=client.client_secret or None, ports=(port,),
                          timeout=30, **kwargs)


def consent_over_http(face, decision: str = "accept") -> None:
    """The person's answer on Zoho's page, walked over plain HTTP (the GUI and CLI tests use Chromium)."""
    face.on_authorize = lambda start_url, zoho_url: asyncio.get_running_loop().run_in_executor(
        None, lambda: consent(start_url, decision))


# -- Zoho's own error pages, asked for before the browser opens

def test_client_of_another_data_center_is_named_within_seconds_and_connects_there(practice, regions, store, face):
    port = free_port()
    client = practice.add_client("server", redirect_uris=[f"http://localhost:{port}/callback"], regions=["eu"])
    started = time.monotonic()
    with pytest.raises(errors.ClientInOtherRegion) as caught:
        run_connect(browser_request(regions, client, "us", port), face, store, regions)
    assert time.monotonic() - started < 5
    assert caught.value.region == "eu"
    what, todo = caught.value.sentences()
    assert what == ("This Client ID belongs to Zoho's Europe data center, not to United States, "
                    "the one chosen.")
    assert todo == "Choose Europe as the data center and connect again."
    assert face.urls == [] and store.names() == []  # the browser never opened, nothing was saved

    eu_person = next(u for u in practice.users if u.region == "eu")
    face.on_authorize = lambda start_url, zoho_url: asyncio.get_running_loop().run_in_executor(
        None, lambda: consent(start_url, email=eu_person.email))
    connected = run_connect(browser_request(regions, client, "eu", port), face, store, regions)
    assert connected.profile.region == "eu" and connected.organizations


def test_unregistered_redirect_address_is_named_exactly(practice, regions, store, face):
    registered, used = free_port(), free_port()
    client = practice.add_client("server", redirect_uris=[f"http://localhost:{registered}/callback"])
    with pytest.raises(errors.WrongRedirectUri) as caught:
        run_connect(browser_request(regions, client, "us", used), face, store, regions)
    address = f"http://localhost:{used}/callback"
    what, todo = caught.value.sentences()
    assert what == (f"Zoho's United States data center does not have the redirect address {address} "
                    "registered for this client.")
    assert f"({regions['us'].console_url})" in todo and f"add exactly {address} " in todo
    assert face.urls == []


def test_unknown_client_id_is_said_so(practice, regions, store, face):
    port = free_port()
    client = practice.add_client("server", redirect_uris=[f"http://localhost:{port}/callback"])
    request = browser_request(regions, client, "us", port)
    request = ConnectRequest(**{**request.__dict__, "client_id": "1000.NOSUCHCLIENTNOSUCHCLIENTNOSUCH"})
    with pytest.raises(errors.UnknownClient) as caught:
        run_connect(request, face, store, regions)
    what, todo = caught.value.sentences()
    assert "copied wrong, or the client was deleted" in what
    assert practice.count("auth") == 10  # the chosen data center, then the nine others at once


@pytest.mark.parametrize("status", [0, 503], ids=["no answer", "a page it does not know"])
def test_a_check_that_cannot_tell_lets_the_flow_go_on(practice, regions, store, face, chromium, status):
    port = free_port()
    client = practice.add_client("server", redirect_uris=[f"http://localhost:{port}/callback"])
    practice.disturb_authorization(1, status)  # the check's request, not the browser's
    pages = drive_consent(chromium, face)
    connected = run_connect(browser_request(regions, client, "us", port), face, store, regions)
    assert connected.profile.region == "us" and "close this tab" in pages[0]


# -- code 57: a token that is new is not refreshed; a refusal is explained

def self_connect(practice, regions, store, face, scopes=FULL, clock=time.time):
    """A Self Client connection with ``scopes``; raises what connecting raises."""
    client = practice.client_of_type("self")
    code = practice.issue_self_client_code(client.client_id, ",".join(scopes))
    request = ConnectRequest(profile="default", region=regions["us"], client_type=ClientType.SELF,
                             client_id=client.client_id, client_secret=client.client_secret, scopes=scopes,
                             code=code)
    return run_connect(request, face, store, regions, clock=clock)


@pytest.mark.parametrize("age", [0, 3000], ids=["new token", "token 50 minutes old"])
def test_thirty_calls_outside_the_scope_refresh_at_most_once(practice, regions, store, face, age):
    connected = self_connect(practice, regions, store, face, READ_ONLY)
    session = ZohoSession(Connection(store, "default", clock=lambda: time.time() + age))
    org = {"organization_id": connected.profile.organization_id}
    answers = [session.get("/books/v3/expenses", params=org) for _ in range(30)]
    assert {(a.status_code, a.json()["code"]) for a in answers} == {(401, 57)}
    assert practice.count("token_refresh") == (1 if age else 0)
    advice = books_error(401, 57, answers[-1].json()["message"])
    assert "permissions" in advice.todo and "role in Zoho Books" in advice.todo
    assert session.get("/books/v3/contacts", params=org).status_code == 200  # the connection still works


def test_a_refusal_with_a_fresh_token_names_the_scope_and_the_role(practice, regions, store, face):
    client = practice.client_of_type("self")
    with pytest.raises(errors.BooksError) as caught:  # reading the organizations needs settings
        self_connect(practice, regions, store, face, ("ZohoBooks.contacts.READ",))
    assert caught.value.code == 57
    what, todo = caught.value.sentences()
    assert what == ("Zoho Books did not allow this connection to do that (Zoho said: You are not "
                    "authorized to perform this operation).")
    assert "permissions" in todo and "role in Zoho Books" in todo
    assert practice.count("token_refresh") == 0 and practice.refresh_tokens_live(client.client_id) == 0


def test_code_57_advice_is_two_sentences():
    error = books_error(401, 57, "")
    assert error.what.endswith(".") and error.todo.endswith(".") and "read-only" in error.todo


# -- Zoho's throttle on new access, in any language

@pytest.mark.parametrize("body, throttle", [
    ({"error": "Access Denied", "error_description": "You have made too many requests continuously."}, True),
    ({"error": "拒绝访问", "error_description": "您的请求过于频繁，请稍后再试。", "status": "failure"}, True),
    ({"error": "Zugriff verweigert", "error_description": "Zu viele Anfragen.", "status": "failure"}, True),
    ({"error": "denied", "error_description": "Too many requests, try later"}, True),
    ({"error": "access_denied"}, False),
    ({"error": "invalid_code", "status": "failure"}, False),
])
def test_the_throttle_is_known_by_its_description_and_status(body, throttle):
    assert is_throttle(body) is throttle


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_throttled_connection_keeps_its_token_or_says_how_long_to_wait(tmp_path, monkeypatch, store, face,
                                                                        language):
    with practice_zoho(tmp_path, monkeypatch, throttle_language=language) as practice:
        regions = load_regions()
        client = practice.client_of_type("self")
        self_connect(practice, regions, store, face)
        refresh_token = store.secrets(store.load("default")).refresh_token
        accounts = TokenEndpoint(regions["us"].accounts_url, requests.Session())
        for _ in range(10):  # another tool on the same connection spends Zoho's allowance
            accounts.refresh(client_id=client.client_id, client_secret=client.client_secret,
                             refresh_token=refresh_token)
        token = store.secrets(store.load("default")).access_token
        expires_at = store.load("default").expires_at
        almost_due = Connection(store, "default", clock=lambda: expires_at - 60)
        assert almost_due.access_token() == token  # still valid: kept, no error
        overdue = Connection(store, "default", clock=lambda: expires_at + 60)
        with pytest.raises(errors.Throttled) as caught:
            overdue.access_token()
    what, todo = caught.value.sentences()
    assert todo.startswith("Wait about ten minutes")
    assert "keeps using" not in todo


# -- Zoho Books' rate limits, by its headers, on a practice Zoho with its own clock

@pytest.fixture
def timed(tmp_path, monkeypatch, store, face):
    """A practice Zoho on a fake clock, with a full-access Self Client connection made on it."""
    clock = Clock()
    with practice_zoho(tmp_path, monkeypatch, clock=clock) as practice:
        connected = self_connect(practice, load_regions(), store, face, clock=clock)
        yield practice, clock, connected.profile.organization_id


def books_on(store, clock: Clock, sleep=None) -> Books:
    connection = Connection(store, "default", clock=clock)
    return Books(ZohoSession(connection, clock=clock, sleep=sleep or clock.sleep))


def test_the_minute_window_is_waited_out_as_zoho_says(timed, store):
    practice, clock, org = timed
    books = books_on(store, clock)
    for _ in range(100):
        books.fetch("contacts", org)
    assert clock.waits == []
    clock.now += 15  # the hundred calls are 15 seconds old: the window frees in 45
    assert books.fetch("contacts", org).status == 200
    assert clock.waits == [45]


def test_the_daily_cap_stops_at_once_and_says_when_it_starts_again(timed, store):
    practice, clock, org = timed
    practice.use_daily_allowance(org, leave=0)
    books = books_on(store, clock)
    asked = practice.count("books")
    with pytest.raises(errors.DailyLimitReached) as caught:
        books.fetch("contacts", org)
    assert clock.waits == [] and practice.count("books") == asked + 1  # no retry
    reset = time.strftime("%H:%M", time.localtime(caught.value.resets_at))
    what, todo = caught.value.sentences()
    assert what == ("Zoho Books has used up today's allowance of API calls for this organization "
                    "(2,000 calls a day on its plan).")
    assert todo.startswith(f"It starts again at {reset} (in about 15 hours); try again then")
    with pytest.raises(errors.DailyLimitReached):  # another caller in the process is told without asking
        books_on(store, clock).fetch("invoices", org)
    assert practice.count("books") == asked + 1
    clock.now = caught.value.resets_at + 1
    assert books.fetch("contacts", org).status == 200


def test_a_wait_is_shared_by_every_caller_in_the_process(timed, store):
    practice, clock, org = timed
    first = books_on(store, clock)
    for _ in range(100):
        first.fetch("contacts", org)
    others: list[float] = []
    other = books_on(store, clock, sleep=others.append)

    def first_waits(seconds: float) -> None:  # meanwhile, another caller wants the same organization
        with pytest.raises(errors.BooksError):
            other.fetch("items", org)
        clock.sleep(seconds)

    first.session.sleep = first_waits
    asked = practice.count("books")
    assert first.fetch("contacts", org).status == 200
    assert others[0] == 60  # the other caller waited before asking
    assert practice.count("books") - asked <= 2 + len(others)


def test_no_rate_limit_headers_falls_back_to_a_short_backoff(timed, store):
    practice, clock, org = timed
    practice.fail_next(2, 429)
    assert books_on(store, clock).fetch("invoices", org).status == 200
    assert clock.waits == [1, 2]


# -- device polling at Zoho's pace, and the Mobile-based secret

def test_device_polling_never_earns_a_slow_down(tmp_path, monkeypatch, store, face):
    clock = Clock()
    with practice_zoho(tmp_path, monkeypatch, clock=clock, device_interval=2, device_units="ms") as practice:
        regions = load_regions()
        client = practice.client_of_type("device")

        def approve() -> None:
            code = face.codes[0]
            requests.post(code.verification_url, data={"user_code": code.user_code, "decision": "accept",
                                                       "user": practice.users[0].email}, timeout=10)

        run_connect(ConnectRequest(profile="default", region=regions["us"], client_type=ClientType.DEVICE,
                                   client_id=client.client_id, client_secret=client.client_secret, timeout=60),
                    face, store, regions, clock=clock, sleep=clock.device_waits(approve, during=3))
    assert clock.waits == [2, 2, 2]  # Zoho's interval, given in milliseconds; the app heard "pending" twice
    assert practice.count("device_token") == 3 and practice.count("device_slow_down") == 0


def test_mobile_secret_is_sent_and_may_be_missing_only_when_the_console_shows_none(practice, regions, store, face):
    port = free_port()
    uris = [f"http://localhost:{port}/callback"]
    with_secret = practice.add_client("mobile", redirect_uris=uris)
    consent_over_http(face)
    request = browser_request(regions, with_secret, "us", port, ClientType.MOBILE)
    assert run_connect(request, face, store, regions).profile.client_type == "mobile"
    assert store.secrets(store.load("default")).client_secret == with_secret.client_secret

    skipped = ConnectRequest(**{**request.__dict__, "client_secret": None})
    with pytest.raises(errors.WrongSecret):
        run_connect(skipped, face, store, regions)

    secretless = practice.add_client("mobile", redirect_uris=uris, secretless=True)
    request = browser_request(regions, secretless, "us", port, ClientType.MOBILE)
    assert request.client_secret is None
    assert run_connect(request, face, store, regions).profile.client_id == secretless.client_id


def test_after_a_slow_down_the_longer_interval_stays(regions, face):
    broker = Broker(regions, requests.Session())
    us = regions["us"]
    region, interval = broker._next_poll(Pending("slow_down"), us, 5.0, face)
    assert (region, interval) == (us, 30.0)  # Zoho: one poll per 30 seconds
    assert broker._next_poll(Pending("authorization_pending"), us, interval, face) == (us, 30.0)
    assert broker._next_poll(Pending("slow_down"), us, interval, face) == (us, 35.0)
