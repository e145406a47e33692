"""The practice Zoho: a loopback HTTP server that behaves like Zoho accounts and Zoho Books.

Every data center has its own prefix (``/eu/accounts``, ``/eu/api``, ``/eu/console``). Tests
and practice mode point the app at :meth:`PracticeZoho.region_urls` instead of Zoho::

    with PracticeZoho(clock=fake_clock) as zoho:
        client = zoho.add_client("server")
        urls = zoho.region_urls()["eu"]   # accounts_url, api_domain, console_url

It imports nothing from the rest of the app, so a test of the app against it checks the app's
own idea of Zoho against an independent one.
"""

from __future__ import annotations

import functools
import json
import secrets
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit

from zoho_wizard.practice.bookkeeping import DEFAULT_USERS, RATE_LIMITED, BooksError, PracticeBooks, PracticeUser
from zoho_wizard.practice.pages import consent_page, console_page, device_page, index_page, notice
from zoho_wizard.practice.scopes import ScopeError, read_scopes
from zoho_wizard.practice.state import (
    ACCESS_LIFETIME,
    CLIENT_TYPES,
    DEFAULT_REDIRECT_URIS,
    REDIRECTING_TYPES,
    REGIONS,
    Accounts,
    Consent,
    OAuthError,
    PracticeClient,
    region_urls,
)

BOOKS_REGIONS = frozenset({"us", "eu", "in", "au", "jp", "ca", "ae"})
KINDS = ("auth", "token_code", "token_refresh", "revoke", "device_code", "device_token", "device_slow_down",
         "books")
DEFAULT_CLIENT_NAMES = {"server": "Practice server app", "mobile": "Practice desktop app",
                        "client": "Practice web app", "device": "Practice device app",
                        "self": "Self Client"}
_TOKEN_KINDS = {"authorization_code": "token_code", "refresh_token": "token_refresh"}
_FAILURES = {429: (45, RATE_LIMITED)}

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    params: dict[str, str]  # query string and form body together
    authorization: str


@dataclass(frozen=True)
class Response:
    status: int  # 0: close the connection without an answer
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)  # more headers: Location, X-Rate-Limit-*


@dataclass(frozen=True)
class _PendingAuth:
    client: PracticeClient
    redirect_uri: str
    implicit: bool
    scopes: tuple[str, ...]
    offline: bool
    consent: bool
    state: tuple[tuple[str, str], ...]
    challenge: str | None
    method: str


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    return Response(status, json.dumps(body, ensure_ascii=False).encode(), "application/json;charset=UTF-8",
                    headers or {})


def _html(status: int, html: str) -> Response:
    return Response(status, html.encode())


def _redirect(uri: str, pairs: Sequence[tuple[str, str]], *, fragment: bool = False) -> Response:
    joint = "#" if fragment else ("&" if "?" in uri else "?")
    return Response(302, b"", headers={"Location": f"{uri}{joint}{urlencode(pairs)}"})


def _invalid_client(where: str) -> Response:
    """Zoho's own page for a client ID unknown in a data center: nothing goes back to the app."""
    return _html(400, notice("Invalid Client", f"The transmitted client ID does not exist {where}. Practice "
                             "hint: check the client ID; a client exists only in the data centers where it "
                             "was registered or enabled (multi-DC)."))


def _request_not_found() -> Response:
    return _html(400, notice("Request not found", "This sign-in request was already answered "
                             "or is not valid. Start again from your app."))


def _locked(method: Callable[Concatenate[PracticeZoho, P], R]) -> Callable[Concatenate[PracticeZoho, P], R]:
    @functools.wraps(method)
    def wrapper(self: PracticeZoho, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._lock:
            return method(self, *args, **kwargs)
    return wrapper


class PracticeZoho:
    """A practice Zoho for all ten data centers, bound to 127.0.0.1 as soon as it is made."""

    def __init__(self, port: int = 0, *, clock: Callable[[], float] = time.time, delay: float = 0.0,
                 code_lifetime: float = 120.0, throttle_status: int = 400, throttle_language: str = "en",
                 legacy_expiry: bool = False, device_interval: int = 5, device_units: str = "ms",
                 books_regions: frozenset[str] = BOOKS_REGIONS) -> None:
        self._server = _bind(port)
        self._server.app = self
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.delay = delay
        self.code_lifetime = code_lifetime
        self.books_regions = books_regions
        self.users: list[PracticeUser] = list(DEFAULT_USERS)
        self._accounts = Accounts(self.base_url, clock, throttle_status=throttle_status,
                                  throttle_language=throttle_language, legacy_expiry=legacy_expiry,
                                  device_interval=device_interval, device_units=device_units)
        self._books = PracticeBooks(self.users, clock)
        self._lock = threading.RLock()
        self._counts: Counter[str] = Counter()
        self._failures: deque[int] = deque()
        self._disturbances: deque[int] = deque()
        self._pending: dict[str, _PendingAuth] = {}
        self._thread: threading.Thread | None = None
        self._routes: dict[tuple[str, str, str], Callable[[str, Request], Response]] = {
            ("accounts", "GET", "oauth/v2/auth"): self._authorize,
            ("accounts", "GET", "oauth/v2/consent"): self._consent,
            ("accounts", "POST", "oauth/v2/auth/decision"): self._decide,
            ("accounts", "POST", "oauth/v2/token"): self._token,
            ("accounts", "POST", "oauth/v2/token/revoke"): self._revoke,
            ("accounts", "POST", "oauth/v3/device/code"): self._device_code,
            ("accounts", "GET", "oauth/v3/device"): self._device_form,
            ("accounts", "POST", "oauth/v3/device"): self._device_decide,
            ("accounts", "POST", "oauth/v3/device/token"): self._device_token,
            ("console", "GET", ""): self._console,
            ("console", "POST", "clients"): self._console_add,
            ("console", "POST", "self-client"): self._console_code,
        }
        for client_type, name in DEFAULT_CLIENT_NAMES.items():
            self._accounts.add_client(client_type, name=name, redirect_uris=DEFAULT_REDIRECT_URIS)

    # -- running
    def start(self) -> PracticeZoho:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="practice-zoho", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def serve_forever(self) -> None:
        try:
            self._server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            self._server.server_close()

    def __enter__(self) -> PracticeZoho:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    # -- for tests and practice mode
    def region_urls(self) -> dict[str, dict[str, str]]:
        return {code: region_urls(self.base_url, code) for code in REGIONS}

    @property
    def clients(self) -> dict[str, PracticeClient]:
        return self._accounts.clients

    def client_of_type(self, client_type: str) -> PracticeClient:
        """The first client of a type: one of each exists from the start."""
        return next(c for c in self.clients.values() if c.client_type == client_type)

    @_locked
    def add_client(self, client_type: str, *, name: str = "Practice app",
                   redirect_uris: Sequence[str] = DEFAULT_REDIRECT_URIS, client_id: str | None = None,
                   client_secret: str | None = None, regions: Sequence[str] | None = None,
                   secretless: bool = False) -> PracticeClient:
        """A new client in ``regions`` (None: every data center, a multi-DC client). ``secretless``
        makes a Mobile-based client without a secret: it needs none, and one sent anyway is ignored."""
        return self._accounts.add_client(client_type, name=name, redirect_uris=redirect_uris,
                                         client_id=client_id, client_secret=client_secret,
                                         regions=regions, secretless=secretless)

    @_locked
    def issue_self_client_code(self, client_id: str, scope: str, *, lifetime: float = 180.0,
                               region: str = "us", user: str | None = None) -> str:
        if region not in REGIONS:
            raise ValueError(f"Unknown data center {region!r}.")
        if user is None:
            user = next((u for u in self.users if u.region == region), self._users_at(region)[0]).email
        elif all(u.email != user for u in self.users):
            raise ValueError(f"No practice user {user!r}.")
        return self._accounts.issue_self_client_code(client_id, scope, lifetime=lifetime,
                                                     region=region, user=user)

    @_locked
    def fail_next(self, count: int, status: int) -> None:
        """The next ``count`` Books calls answer ``status``, without rate-limit headers."""
        self._failures.extend([status] * count)

    @_locked
    def disturb_authorization(self, count: int, status: int = 0) -> None:
        """The next ``count`` authorization requests get no answer at all (``status`` 0: the connection
        is closed, as on a broken network) or a page that is neither sign-in nor error (``status``)."""
        self._disturbances.extend([status] * count)

    @_locked
    def use_daily_allowance(self, organization_id: str, leave: int = 0) -> None:
        """Spend today's Books calls of an organization until ``leave`` remain."""
        self._books.use_daily_allowance(organization_id, leave)

    @_locked
    def count(self, kind: str) -> int:
        if kind not in KINDS:
            raise ValueError(f"Unknown kind {kind!r}: use one of {', '.join(KINDS)}.")
        return self._counts[kind]

    @_locked
    def expire_access_tokens(self) -> None:
        self._accounts.expire_access_tokens()

    @_locked
    def refresh_tokens_live(self, client_id: str) -> int:
        return self._accounts.refresh_tokens_live(client_id)

    # -- routing
    @_locked
    def handle(self, request: Request) -> Response:
        region, _, rest = request.path.strip("/").partition("/")
        service, _, rest = rest.partition("/")
        if not region:
            return _html(200, index_page(self.region_urls(), self.users))
        if region in REGIONS and service == "api":
            self._counts["books"] += 1
            try:
                return _json(200, *self._books_answer(region, request, rest))
            except BooksError as error:
                return _json(error.status, {"code": error.code, "message": error.message}, error.headers)
        route = self._routes.get((service, request.method, rest)) if region in REGIONS else None
        if route is None:
            return _html(404, notice("Page not found", "The practice Zoho has no page at this address."))
        return route(region, request)

    def _users_at(self, region: str) -> list[PracticeUser]:
        """China is separate: its people sign in only at cn, and only they do."""
        return [u for u in self.users if (u.region == "cn") == (region == "cn")]

    def _user_at(self, region: str, email: str) -> PracticeUser | None:
        return next((u for u in self._users_at(region) if u.email == email), None)

    # -- Books
    def _books_answer(self, region: str, request: Request, rest: str) -> tuple[dict[str, Any], dict[str, str]]:
        if self._failures:
            status = self._failures.popleft()
            raise BooksError(status, *_FAILURES.get(status, (status, HTTPStatus(status).phrase)))
        if not rest.startswith("books/v3/"):
            raise BooksError(404, 5, "Invalid URL Passed")
        if region not in self.books_regions:
            raise BooksError(400, 1, f"Zoho Books is not available in the {REGIONS[region]} data center.")
        if request.method != "GET":
            raise BooksError(405, 37, f"The HTTP method {request.method} is not allowed for the requested resource")
        scheme, _, value = request.authorization.partition(" ")
        if scheme != "Zoho-oauthtoken" or not value.strip():
            raise BooksError(401, 14, "Invalid value passed for authtoken.")
        token = self._accounts.live_access(value.strip())
        if token is None or token.grant.region != region:
            raise BooksError(401, 57, "You are not authorized to perform this operation")
        return self._books.answer(rest.removeprefix("books/v3/"), request.params, token.grant.user,
                                  token.grant.scopes)

    # -- accounts: browser sign-in
    def _authorize(self, region: str, request: Request) -> Response:
        self._counts["auth"] += 1
        if self._disturbances:
            status = self._disturbances.popleft()
            return Response(status, b"") if status == 0 else _html(status, notice(
                "Down for maintenance", "The practice Zoho is pretending to be busy. Try again in a moment."))
        params = request.params
        client = self._accounts.client_at(params.get("client_id", ""), region)
        if client is None:
            return _invalid_client("in this data center")
        if client.client_type not in REDIRECTING_TYPES:
            return _html(400, notice("Invalid Client", f"A {CLIENT_TYPES[client.client_type]} client "
                                     "cannot sign people in through this page."))
        uri = params.get("redirect_uri", "")
        if uri not in client.redirect_uris:
            return _html(400, notice("Invalid Redirect Uri", f"The redirect URI passed ({uri!r}) does not match "
                                     "the one registered for this client. It must match exactly: host, port, "
                                     "path and slash."))
        state = (("state", params["state"]),) if "state" in params else ()
        implicit = client.client_type == "client"
        method = params.get("code_challenge_method") or "plain"
        try:
            if params.get("response_type") != ("token" if implicit else "code"):
                raise OAuthError("unsupported_response_type")
            if method not in ("S256", "plain"):
                raise OAuthError("invalid_request")
            scopes = read_scopes(params.get("scope", ""))
        except (OAuthError, ScopeError) as error:
            return _redirect(uri, [("error", str(error)), *state])
        request_id = secrets.token_urlsafe(16)
        self._pending[request_id] = _PendingAuth(
            client, uri, implicit, scopes, offline=params.get("access_type") == "offline",
            consent=params.get("prompt") == "consent", state=state,
            challenge=params.get("code_challenge") or None, method=method)
        return _redirect(f"/{region}/accounts/oauth/v2/consent", [("request_id", request_id)])

    def _consent(self, region: str, request: Request) -> Response:
        """Where an accepted authorization request moves on to, as Zoho's moves on to its sign-in."""
        request_id = request.params.get("request_id", "")
        pending = self._pending.get(request_id)
        if pending is None:
            return _request_not_found()
        return _html(200, consent_page(f"/{region}/accounts/oauth/v2/auth/decision", request_id,
                                       pending.client.name, pending.scopes, self._users_at(region)))

    def _decide(self, region: str, request: Request) -> Response:
        pending = self._pending.pop(request.params.get("request_id", ""), None)
        user = self._user_at(region, request.params.get("user", ""))
        if pending is None or user is None:
            return _request_not_found()
        uri, state = pending.redirect_uri, pending.state
        client_id = pending.client.client_id
        accept = request.params.get("decision") == "accept"
        if accept and user.region not in pending.client.regions:
            return _invalid_client(f"in the {REGIONS[user.region]} data center, where {user.name}'s account lives")
        if not accept or (not pending.implicit and self._accounts.code_limit_reached(client_id)):
            return _redirect(uri, [("error", "access_denied"), *state])
        grant = Consent(client_id, user.email, user.region, pending.scopes, pending.offline, pending.consent)
        home = region_urls(self.base_url, user.region)
        if pending.implicit:
            access = self._accounts.new_access(grant, None)
            return _redirect(uri, [("access_token", access.value), ("token_type", "Bearer"),
                                   ("expires_in", str(ACCESS_LIFETIME)), ("api_domain", home["api_domain"]),
                                   ("location", user.region), *state], fragment=True)
        code = self._accounts.issue_code(grant, redirect_uri=uri, challenge=pending.challenge,
                                         method=pending.method, lifetime=self.code_lifetime)
        return _redirect(uri, [*state, ("code", code), ("location", user.region),
                               ("accounts-server", home["accounts_url"])])

    # -- accounts: machine endpoints
    def _oauth(self, call: Callable[[], dict[str, Any]]) -> Response:
        try:
            return _json(200, call())
        except OAuthError as error:
            if str(error) == "slow_down":
                self._counts["device_slow_down"] += 1
            return _json(error.http_status, error.body)

    def _token(self, region: str, request: Request) -> Response:
        kind = _TOKEN_KINDS.get(request.params.get("grant_type", ""))
        if kind:
            self._counts[kind] += 1
        return self._oauth(lambda: self._accounts.token(request.params, region))

    def _revoke(self, region: str, request: Request) -> Response:
        self._counts["revoke"] += 1
        if self._accounts.revoke(request.params.get("token", ""), region):
            return _json(200, {"status": "success"})
        return _json(400, {"status": "failure", "error": "invalid_token"})

    def _device_code(self, region: str, request: Request) -> Response:
        self._counts["device_code"] += 1
        return self._oauth(lambda: self._accounts.start_device(request.params, region))

    def _device_token(self, region: str, request: Request) -> Response:
        self._counts["device_token"] += 1
        return self._oauth(lambda: self._accounts.poll_device(request.params, region))

    # -- accounts: the device page
    def _device_form(self, region: str, request: Request, message: str = "") -> Response:
        return _html(400 if message else 200, device_page(
            f"/{region}/accounts/oauth/v3/device", request.params.get("user_code", ""),
            self._users_at(region), message))

    def _device_decide(self, region: str, request: Request) -> Response:
        params = request.params
        user = self._user_at(region, params.get("user", ""))
        accept = params.get("decision") == "accept"
        if user is None or not self._accounts.decide_device(params.get("user_code", ""), user.email,
                                                            user.region, accept=accept):
            return self._device_form(region, request, "That code is not valid or has expired. "
                                     "Check it against the one your app shows.")
        if accept:
            return _html(200, notice("Device connected", "You can go back to your app: it finishes on its own."))
        return _html(200, notice("Access denied", "Your app will be told that you said no."))

    # -- console
    def _console(self, region: str, request: Request, message: str = "", code: str = "",
                 status: int = 200) -> Response:
        return _html(status, console_page(
            f"/{region}/console", region_urls(self.base_url, region)["accounts_url"],
            [c for c in self.clients.values() if region in c.regions], self._users_at(region), message, code))

    def _console_add(self, region: str, request: Request) -> Response:
        params = request.params
        try:
            if params.get("client_type") not in (*REDIRECTING_TYPES, "device"):
                raise ValueError("Choose a client type.")
            if not params.get("homepage_url", "").startswith(("http://", "https://")):
                raise ValueError("The homepage URL must start with http:// or https://.")
            client = self.add_client(params["client_type"], name=params.get("name", "").strip(),
                                     redirect_uris=params.get("redirect_uris", "").split(), regions=(region,))
        except ValueError as error:
            return self._console(region, request, f"Not created: {error}", status=400)
        return self._console(region, request, f"Created {client.name}.")

    def _console_code(self, region: str, request: Request) -> Response:
        params = request.params
        try:
            user = self._user_at(region, params.get("user", ""))
            if user is None:
                raise ValueError("choose who you are.")
            code = self.issue_self_client_code(
                self.client_of_type("self").client_id, params.get("scope", ""),
                lifetime=60 * float(params.get("minutes", "3")), region=region, user=user.email)
        except ValueError as error:
            return self._console(region, request, f"Not created: {error}", status=400)
        return self._console(region, request, code=code)


_APP_PORTS = {urlsplit(uri).port for uri in DEFAULT_REDIRECT_URIS}


def _bind(port: int) -> _Server:
    """A server on ``port``, or on any free port but the ones the app listens on for Zoho's answer
    (the system may hand out those too, and the rehearsal would then take the app's port)."""
    while True:
        server = _Server(("127.0.0.1", port), _Handler)
        if port or server.server_address[1] not in _APP_PORTS:
            return server
        server.server_close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    app: PracticeZoho


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")

    def _answer(self, method: str) -> None:
        url = urlsplit(self.path)
        params = dict(parse_qsl(url.query, keep_blank_values=True))
        if method == "POST":
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            params.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        app = self.server.app
        response = app.handle(Request(method, url.path, params, self.headers.get("Authorization", "")))
        time.sleep(app.delay)
        if not response.status:  # no answer at all
            self.close_connection = True
            return
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(response.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: request lines carry grant codes and tokens."""
