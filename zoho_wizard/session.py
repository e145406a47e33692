"""An authenticated ``requests`` session for any Zoho API (Books, Invoice, CRM…).

It adds ``Authorization: Zoho-oauthtoken …`` (only for the connection's own API domain), renews
the token once when Zoho refuses it and it may be stale, and waits out Zoho's rate limits as its
``X-Rate-Limit-*`` headers say, the wait shared by every caller in the process::

    session = ZohoSession(connection)
    session.get("/books/v3/organizations").json()
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

import requests

from zoho_wizard.errors import DailyLimitReached, NetworkError, UntrustedCertificate
from zoho_wizard.texts import QT_TR_NOOP, Text
from zoho_wizard.web import READ_TIMEOUT, read_by, trusting

TIMEOUT = 30.0  # for a whole answer
RETRIES = 3
MAX_WAIT = 60.0  # the longest a call waits for Zoho's rate limit before giving up
EPOCH = 1_000_000_000  # an X-Rate-Limit-Reset above this is a moment (Unix time), not seconds to wait
REFUSED_CODES = (14, 57)  # the token was refused: expired, revoked, or not allowed to do this


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
                 on_wait: Callable[[Text], None] = lambda message: None) -> None:
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
            self.on_wait(Text(QT_TR_NOOP("Zoho is busy: trying again in %n second(s)…"), count=math.ceil(pause)))
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
