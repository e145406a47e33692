"""Using a connection: an authenticated ``requests`` session for Zoho's API, and Books calls.

The session adds ``Authorization: Zoho-oauthtoken …`` (only for the connection's own API
domain), renews the token once when Zoho refuses it and it may be stale, and waits out Zoho's
rate limits as its ``X-Rate-Limit-*`` headers say, the wait shared by every caller in the process::

    books = Books(ZohoSession(tokens))
    for org in books.organizations():
        print(org.name, books.fetch("contacts", org.organization_id).count)
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

import requests

from zoho_wizard.errors import BooksError, DailyLimitReached, NetworkError, UntrustedCertificate
from zoho_wizard.web import READ_TIMEOUT, read_by, trusting

TIMEOUT = 30.0  # for a whole answer
RETRIES = 3
MAX_WAIT = 60.0  # the longest a call waits for Zoho's rate limit before giving up
EPOCH = 1_000_000_000  # an X-Rate-Limit-Reset above this is a moment (Unix time), not seconds to wait
REFUSED_CODES = (14, 57)  # the token was refused: expired, revoked, or not allowed to do this

# kind → (path under /books/v3, the list's key in Zoho's answer, what the records are called)
READ_CALLS: dict[str, tuple[str, str, str]] = {
    "contacts": ("/contacts", "contacts", "contacts"),
    "invoices": ("/invoices", "invoices", "invoices"),
    "items": ("/items", "items", "items"),
    "chartofaccounts": ("/chartofaccounts", "chartofaccounts", "accounts"),
    "taxes": ("/settings/taxes", "taxes", "taxes"),
}


class TokenSource(Protocol):
    @property
    def api_domain(self) -> str: ...

    def access_token(self) -> str: ...

    def refresh(self, stale: str) -> str:
        """A fresh token, unless another caller already replaced ``stale``; ``stale`` itself when it
        is too new to be the reason Zoho refused it."""


def _zoho_code(response: requests.Response) -> int | None:
    try:
        body = response.json()
    except ValueError:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, int) else None


def _header(response: requests.Response, name: str) -> int | None:
    value = response.headers.get(name, "").strip()
    return int(value) if value.isascii() and value.isdigit() else None


class _Gate:
    """Until when Zoho asked to wait, for one organization: shared by every caller in the process."""

    _all: dict[tuple[str, str], _Gate] = {}
    _all_lock = threading.Lock()

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.until = 0.0
        self.daily: tuple[float, int | None] = (0.0, None)  # until when the daily allowance is spent, and its size

    @classmethod
    def of(cls, api_domain: str, organization: str) -> _Gate:
        with cls._all_lock:
            return cls._all.setdefault((api_domain, organization), cls())


def _organization(url: str, params: object) -> str:
    if isinstance(params, Mapping) and params.get("organization_id"):
        return str(params["organization_id"])
    return parse_qs(urlsplit(url).query).get("organization_id", [""])[0]


class ZohoSession(requests.Session):
    def __init__(self, tokens: TokenSource, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.time, retries: int = RETRIES,
                 on_wait: Callable[[str], None] = lambda message: None) -> None:
        super().__init__()
        trusting(self)
        self.tokens = tokens
        self.sleep = sleep
        self.clock = clock
        self.retries = retries
        self.on_wait = on_wait  # told, in a sentence, before each wait
        self.deadline = TIMEOUT  # for each whole answer

    def _ours(self, url: str) -> bool:
        return url.startswith(self.tokens.api_domain.rstrip("/") + "/")

    def request(self, method: str | bytes, url: str | bytes, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        url = str(url)
        if not urlsplit(url).scheme:  # relative to the API domain, which may carry a path of its own
            url = f"{self.tokens.api_domain.rstrip('/')}/{url.lstrip('/')}"
        if not self._ours(url):
            return super().request(method, url, **kwargs)
        kwargs.setdefault("timeout", min(READ_TIMEOUT, self.deadline))
        streamed = kwargs.pop("stream", False)  # the caller reads the body as it comes, with its own deadline
        headers = dict(kwargs.pop("headers", None) or {})
        gate = _Gate.of(self.tokens.api_domain, _organization(url, kwargs.get("params")))
        token = self.tokens.access_token()
        refreshed = False
        attempt = 0
        while True:
            self._wait(gate)
            headers["Authorization"] = f"Zoho-oauthtoken {token}"
            end = time.monotonic() + self.deadline
            try:
                response = super().request(method, url, headers=headers, stream=True, **kwargs)
                if not streamed:
                    read_by(response, end)
            except requests.exceptions.SSLError:
                raise UntrustedCertificate() from None
            except requests.RequestException:
                raise NetworkError() from None
            if response.status_code in (400, 401) and not refreshed and _zoho_code(response) in REFUSED_CODES:
                token, stale, refreshed = self.tokens.refresh(token), token, True
                if token == stale:  # a token this new is not why Zoho refused: the call is not allowed
                    return response
            elif response.status_code == 429 or response.status_code >= 500:
                wait = self._pause_for(gate, response, attempt)
                if attempt == self.retries:
                    return response
                with gate.lock:  # every caller waits as long
                    gate.until = max(gate.until, self.clock() + wait)
                attempt += 1
            else:
                return response

    def _wait(self, gate: _Gate) -> None:
        with gate.lock:
            now = self.clock()
            if now < gate.daily[0]:
                raise DailyLimitReached(*gate.daily, now)
            pause = min(gate.until - now, MAX_WAIT)
        if pause > 0:
            seconds = math.ceil(pause)
            self.on_wait(f"Zoho Books is busy: trying again in {seconds} second{'s' if seconds > 1 else ''}…")
            self.sleep(pause)

    def _pause_for(self, gate: _Gate, response: requests.Response, attempt: int) -> float:
        """How long Zoho's headers say to wait (bounded), or a backoff without them; raises at once
        when the daily allowance, not the minute window, is spent."""
        limit, remaining, reset = (_header(response, f"X-Rate-Limit-{name}")
                                   for name in ("Limit", "Remaining", "Reset"))
        now = self.clock()
        if reset is not None and reset > EPOCH:  # a moment (seconds or milliseconds), not a duration
            reset = round((reset / 1000 if reset > 1000 * EPOCH else reset) - now)
        if response.status_code == 429 and reset is not None:
            if remaining == 0 and reset > MAX_WAIT:
                with gate.lock:
                    gate.daily = (now + reset, limit)
                raise DailyLimitReached(now + reset, limit, now)
            if 0 < reset <= MAX_WAIT:
                return reset
        return 2.0 ** attempt


@dataclass(frozen=True)
class Organization:
    organization_id: str
    name: str
    is_default: bool = False


@dataclass(frozen=True)
class BooksResult:
    """One Books call, for a person to read: what came back, and how."""

    kind: str
    status: int
    code: int | None
    message: str
    elapsed: float
    records: list[dict[str, Any]] = field(default_factory=list)
    raw: str = ""

    @property
    def count(self) -> int:
        return len(self.records)


def books_error(status: int, code: int | None, message: str) -> BooksError:
    """Two plain sentences for a Zoho Books error answer."""
    detail = f" (Zoho said: {message})" if message else ""
    if code == 57:  # with a token fresh enough: the call is outside the scope or the person's role
        what = f"Zoho Books did not allow this connection to do that{detail}."
        todo = ("A connection may do only what its permissions (chosen when connecting, for example read-only) and "
                "your role in Zoho Books allow: connect again with full access, or ask your Zoho Books "
                "administrator for a role that allows it.")
    elif code == 14 or status == 401:
        what = "Zoho Books refused this connection: it may belong to another data center, or lack permission for this."
        todo = "Connect again, choosing the data center where your Zoho Books account lives and full access."
    elif status == 429:
        what = ("Zoho Books is limiting requests: too many were made in the last minute, "
                "or today's allowance is used up.")
        todo = "Wait a minute and try again; the daily allowance starts again tomorrow."
    elif status >= 500:
        what = "Zoho Books had a problem on its side."
        todo = "Try again in a few minutes."
    elif code == 6041:
        what = "Your Zoho user is not a member of this organization."
        todo = "Choose another organization, or ask its administrator to invite you."
    else:
        what = f"Zoho Books could not answer this request{detail}."
        todo = "Check that Zoho Books is set up for this organization and data center, then try again."
    return BooksError(what, todo, status=status, code=code, message=message)


class Books:
    def __init__(self, session: ZohoSession) -> None:
        self.session = session

    def _get(self, kind: str, path: str, params: dict[str, str] | None = None) -> tuple[BooksResult, dict[str, Any]]:
        started = time.perf_counter()
        response = self.session.get(f"/books/v3{path}", params=params)
        elapsed = time.perf_counter() - started
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            if response.status_code == 200:  # a success only in name
                raise BooksError("Zoho Books sent an answer the app does not understand (HTTP 200).",
                                 "Try again in a few minutes; if it keeps happening, show this message to your IT "
                                 "contact.", status=response.status_code)
            body = {}
        code = body.get("code") if isinstance(body.get("code"), int) else None
        message = str(body.get("message") or "")
        if response.status_code != 200 or code not in (0, None):
            raise books_error(response.status_code, code, message)
        return BooksResult(kind, response.status_code, code, message, elapsed, raw=response.text), body

    def organizations(self) -> list[Organization]:
        _, body = self._get("organizations", "/organizations")
        return [
            Organization(str(org["organization_id"]), str(org.get("name") or org["organization_id"]),
                         bool(org.get("is_default_org")))
            for org in body.get("organizations") or []
        ]

    def fetch(self, kind: str, organization_id: str) -> BooksResult:
        """One read-only call (a key of ``READ_CALLS``) for one organization."""
        path, key, _ = READ_CALLS[kind]
        result, body = self._get(kind, path, {"organization_id": organization_id})
        records = body.get(key) or []
        return BooksResult(result.kind, result.status, result.code, result.message, result.elapsed,
                           records if isinstance(records, list) else [], result.raw)
