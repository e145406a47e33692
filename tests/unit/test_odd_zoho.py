"""A Zoho that answers unlike the practice one: other markup for its error pages, other forms of
its rate-limit headers. The pages are read as given; the headers come from a real local server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.support import MemoryKeyring, serving
from zoho_wizard import errors
from zoho_wizard.books import Books
from zoho_wizard.connection import disconnect
from zoho_wizard.oauth.probe import Verdict, page_verdict, probe
from zoho_wizard.oauth.tokens import TokenEndpoint
from zoho_wizard.session import ZohoSession
from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import Profile, ProfileStore, Secrets
from zoho_wizard.texts import Text
from zoho_wizard.zoho.regions import with_overrides


@pytest.mark.parametrize("page, verdict", [
    ("<html><head><title>Invalid Client</title></head><body>x</body></html>", Verdict.UNKNOWN_CLIENT),
    ('<title>Zoho Accounts</title><h2 class="error">Invalid Client</h2>', Verdict.UNKNOWN_CLIENT),
    ("<title>Error</title><p>The transmitted client ID does not exist</p>", Verdict.UNKNOWN_CLIENT),
    ("<TITLE>Invalid Redirect Uri</TITLE>", Verdict.UNREGISTERED_REDIRECT),
    ("<title>Error</title><h1>\n  Invalid redirect_uri\n</h1>", Verdict.UNREGISTERED_REDIRECT),
    ("<p>Redirect URI passed does not match with the one configured</p>", Verdict.UNREGISTERED_REDIRECT),
    ('<title>Sign in</title><script>var m = {"e": "Invalid client"}</script>', Verdict.UNSURE),
    ("<title>Down for maintenance</title>", Verdict.UNSURE),
    ("", Verdict.UNSURE),
])
def test_zoho_error_pages_are_known_by_their_name(page: str, verdict: Verdict) -> None:
    assert page_verdict(page) is verdict


class OddZoho(BaseHTTPRequestHandler):
    """Answers every request with the status, headers and body the test sets on the server."""

    server: ThreadingHTTPServer

    def do_GET(self) -> None:
        status, headers, body = self.server.answer  # type: ignore[attr-defined]
        self.server.asked += 1  # type: ignore[attr-defined]
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except ConnectionError:  # the app read what it needed and left
            pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def odd() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), OddZoho)
    server.answer = (200, {}, b"")  # type: ignore[attr-defined]
    server.asked = 0  # type: ignore[attr-defined]
    with serving(server):
        yield server


class Token:
    def __init__(self, api_domain: str) -> None:
        self.api_domain = api_domain

    def access_token(self) -> str:
        return "1000.token"

    def refresh(self, stale: str) -> str:
        return stale


def books(server: ThreadingHTTPServer, waits: list[float]) -> Books:
    return Books(ZohoSession(Token(f"http://127.0.0.1:{server.server_address[1]}/odd"), sleep=waits.append))


def test_a_reset_given_as_a_moment_is_read_as_one(odd) -> None:
    tomorrow = int(time.time()) + 5 * 3600
    odd.answer = (429, {"X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": str(tomorrow * 1000)},
                  b'{"code": 45, "message": "limit"}')
    waits: list[float] = []
    with pytest.raises(errors.DailyLimitReached) as caught:
        books(odd, waits).fetch("contacts", "1")
    assert abs(caught.value.resets_at - tomorrow) < 5 and "in about 5 hours" in caught.value.sentences()[1]
    assert waits == [] and odd.asked == 1


def test_a_reset_it_cannot_read_falls_back_to_a_short_backoff(odd) -> None:
    odd.answer = (429, {"X-Rate-Limit-Remaining": "none", "X-Rate-Limit-Reset": "12.5"}, b"{}")
    waits: list[float] = []
    with pytest.raises(errors.BooksError) as caught:
        books(odd, waits).fetch("contacts", "2")
    assert caught.value.status == 429 and len(waits) == 3 and max(waits) <= 4


def test_the_check_before_the_browser_reads_the_page_zoho_sends(odd) -> None:
    url = f"http://127.0.0.1:{odd.server_address[1]}/oauth/v2/auth"
    odd.answer = (200, {"Content-Type": "text/html"}, b"<title>Invalid Client</title>")
    assert probe(url) is Verdict.UNKNOWN_CLIENT
    odd.answer = (302, {"Location": "/signin"}, b"")
    assert probe(url) is Verdict.ACCEPTED
    odd.answer = (500, {}, b"<h1>Invalid Client</h1>" + b" " * 10_000_000)  # a huge page: only its start is read
    assert probe(url) is Verdict.UNKNOWN_CLIENT


def test_a_server_error_while_disconnecting_says_nothing_was_removed(odd, tmp_path) -> None:
    odd.answer = (500, {"Content-Type": "text/html"}, b"<h1>Internal error</h1>")
    store = ProfileStore(Keychain(MemoryKeyring()), tmp_path)
    accounts = f"http://127.0.0.1:{odd.server_address[1]}/accounts"
    store.save(Profile("odd", "us", "server", "1000.X", ("ZohoBooks.fullaccess.all",), accounts,
                       "https://www.zohoapis.com"),
               Secrets("secret", "1000.refresh", "1000.access"))
    with pytest.raises(errors.NotEndedAtZoho) as caught:
        disconnect(store, "odd", requests.Session(), with_overrides({"us": {"accounts_url": accounts}},
                                                                     Text("a test")))
    what, todo = caught.value.sentences()
    assert what == ("Zoho did not end the connection, so nothing was removed: Zoho sent an answer the app does not "
                    "understand (HTTP 500).")
    assert "Start the connection again" not in todo and store.names() == ["odd"]


def test_a_success_that_is_not_json_is_no_success(odd) -> None:
    odd.answer = (200, {"Content-Type": "text/html"}, b"<html>Maintenance</html>")
    with pytest.raises(errors.BooksError) as caught:
        books(odd, []).organizations()
    assert caught.value.what == "Zoho Books sent an answer the app does not understand (HTTP 200)."


def test_too_many_requests_at_the_token_endpoint_is_the_throttle(odd) -> None:
    odd.answer = (429, {"Content-Type": "text/html"}, b"Too Many Requests")
    endpoint = TokenEndpoint(f"http://127.0.0.1:{odd.server_address[1]}", requests.Session())
    with pytest.raises(errors.Throttled):
        endpoint.refresh(client_id="1000.X", client_secret="s", refresh_token="1000.r")


class Dripping(BaseHTTPRequestHandler):
    """Sends a long answer one byte every tenth of a second: every read gets something in time."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.do_GET()

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()
        try:
            for _ in range(1000):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
        except ConnectionError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_dripping_server_cannot_hold_a_call_past_its_deadline() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Dripping)
    server.daemon_threads = True
    url = f"http://127.0.0.1:{server.server_address[1]}"
    with serving(server):
        endpoint = TokenEndpoint(url, requests.Session(), deadline=0.3)
        session = ZohoSession(Token(url), retries=0)
        session.deadline = 0.3
        for call in (lambda: endpoint.revoke("1000.x"), lambda: session.get("/books/v3/organizations")):
            started = time.monotonic()
            with pytest.raises(errors.NetworkError):
                call()
            assert time.monotonic() - started < 2
