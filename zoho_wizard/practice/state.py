"""The accounts side of the practice Zoho: clients, grant codes, tokens and device requests.

Every rule Zoho applies to them (lifetimes, single use, per-client and per-token limits) is
timed by an injected clock, so tests can jump ahead instead of sleeping.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from zoho_wizard.practice.scopes import ScopeError, read_scopes

REGIONS = {"us": "United States", "eu": "Europe", "in": "India", "au": "Australia",
           "jp": "Japan", "ca": "Canada", "sa": "Saudi Arabia", "uk": "United Kingdom",
           "cn": "China", "ae": "United Arab Emirates"}
CLIENT_TYPES = {"server": "Server-based", "mobile": "Mobile-based", "client": "Client-based",
                "device": "Non-browser", "self": "Self Client"}
REDIRECTING_TYPES = ("server", "mobile", "client")
DEFAULT_REDIRECT_URIS = ("http://localhost:47321/callback", "http://localhost:47322/callback",
                         "http://localhost:47323/callback")
ACCESS_LIFETIME = 3600
DEVICE_LIFETIME = 300
WINDOW = 600.0  # the ten minutes over which grant codes and refreshes are counted
MAX_CODES = 10
MAX_REFRESHES = 10
MAX_LIVE_ACCESS = 15
MAX_REFRESH_TOKENS = 20
NAME_RULE = re.compile(r"[A-Za-z0-9 _&]+")
THROTTLED = "You have made too many requests continuously. Please try again after some time."
# the refresh throttle's (error, error_description) in the account's language
THROTTLE_TEXTS = {"en": ("Access Denied", THROTTLED), "zh": ("拒绝访问", "您的请求过于频繁，请稍后再试。")}


def region_urls(base_url: str, region: str) -> dict[str, str]:
    return {"accounts_url": f"{base_url}/{region}/accounts", "api_domain": f"{base_url}/{region}/api",
            "console_url": f"{base_url}/{region}/console"}


class OAuthError(ValueError):
    """An answer of Zoho's accounts server that is not a token: ``{"error": ...}``."""

    def __init__(self, error: str, http_status: int = 200, **extra: str) -> None:
        super().__init__(error)
        self.http_status = http_status
        self.body = {"error": error, **extra}


@dataclass(frozen=True)
class PracticeClient:
    client_type: str
    client_id: str
    client_secret: str
    name: str
    redirect_uris: tuple[str, ...]
    regions: tuple[str, ...] = tuple(REGIONS)  # the data centers where the client ID exists


@dataclass(frozen=True)
class Consent:
    """What a person consented to; codes, device requests and tokens carry it."""

    client_id: str
    user: str  # e-mail; empty while a device request waits
    region: str  # where the tokens live: the user's home data center
    scopes: tuple[str, ...]
    offline: bool
    consent: bool  # prompt=consent: always issue a new refresh token


@dataclass
class GrantCode:
    grant: Consent
    redirect_uri: str | None  # None for a Self Client code
    challenge: str | None
    method: str
    expires_at: float


@dataclass
class RefreshToken:
    value: str
    grant: Consent
    refreshed_at: list[float] = field(default_factory=list)
    access: list[AccessToken] = field(default_factory=list)


@dataclass
class AccessToken:
    value: str
    grant: Consent
    expires_at: float


@dataclass
class DeviceRequest:
    device_code: str
    user_code: str
    grant: Consent
    expires_at: float
    last_poll: float | None = None
    approved: bool | None = None


def _token() -> str:
    return "1000." + secrets.token_hex(32)


def _user_code(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())


def _parse(scope: str) -> tuple[str, ...]:
    try:
        return read_scopes(scope)
    except ScopeError:
        raise OAuthError("invalid_scope") from None


def _pkce_ok(code: GrantCode, verifier: str) -> bool:
    if code.challenge is None:
        return True
    if code.method == "S256":
        digest = hashlib.sha256(verifier.encode()).digest()
        verifier = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    return bool(verifier) and secrets.compare_digest(verifier, code.challenge)


class Accounts:
    """The state behind ``/{region}/accounts``; methods raise :class:`OAuthError`."""

    def __init__(self, base_url: str, clock: Callable[[], float], *, throttle_status: int,
                 throttle_language: str, legacy_expiry: bool, device_interval: int,
                 device_units: str) -> None:
        if device_units not in ("ms", "s"):
            raise ValueError("device_units must be 'ms' or 's'")
        if throttle_language not in THROTTLE_TEXTS:
            raise ValueError(f"throttle_language must be one of {', '.join(THROTTLE_TEXTS)}")
        self.base_url = base_url
        self.clock = clock
        self.throttle_status = throttle_status
        self.throttle_text = THROTTLE_TEXTS[throttle_language]
        self.legacy_expiry = legacy_expiry
        self.device_interval = device_interval
        self.device_unit = 1000 if device_units == "ms" else 1
        self.clients: dict[str, PracticeClient] = {}
        self._codes: dict[str, GrantCode] = {}
        self._code_times: dict[str, list[float]] = {}
        self._access: dict[str, AccessToken] = {}
        self._refresh: dict[str, RefreshToken] = {}
        self._devices: dict[str, DeviceRequest] = {}

    # -- clients
    def add_client(self, client_type: str, *, name: str, redirect_uris: Sequence[str],
                   client_id: str | None = None, client_secret: str | None = None,
                   regions: Sequence[str] | None = None, secretless: bool = False) -> PracticeClient:
        if client_type not in CLIENT_TYPES:
            raise ValueError(f"Unknown client type {client_type!r}: use one of {', '.join(CLIENT_TYPES)}.")
        if secretless and (client_type != "mobile" or client_secret):
            raise ValueError("Only a Mobile-based client can be made without a secret, and then none is given.")
        where = tuple(REGIONS) if regions is None else tuple(regions)
        if not where or not set(where) <= set(REGIONS):
            raise ValueError(f"A client exists in one or more of the data centers {', '.join(REGIONS)}.")
        if not NAME_RULE.fullmatch(name):
            raise ValueError("A client name may contain only letters, digits, spaces, _ and &.")
        uris = tuple(redirect_uris) if client_type in REDIRECTING_TYPES else ()
        if client_type in REDIRECTING_TYPES and not uris:
            raise ValueError("This type of client needs at least one redirect URI.")
        if not all(u.startswith(("http://", "https://")) for u in uris):
            raise ValueError("A redirect URI must start with http:// or https://.")
        alphabet = string.ascii_uppercase + string.digits
        client = PracticeClient(
            client_type,
            client_id or "1000." + "".join(secrets.choice(alphabet) for _ in range(30)),
            "" if secretless else client_secret or secrets.token_hex(21), name, uris, where)
        self.clients[client.client_id] = client
        return client

    def client_at(self, client_id: str, region: str) -> PracticeClient | None:
        """The client, if its ID exists in the data center ``region``."""
        client = self.clients.get(client_id)
        return client if client is not None and region in client.regions else None

    def _authenticate(self, params: dict[str, str], region: str) -> PracticeClient:
        client = self.client_at(params.get("client_id", ""), region)
        if client is None:
            raise OAuthError("invalid_client")
        if client.client_secret and params.get("client_secret") != client.client_secret:
            raise OAuthError("invalid_client_secret")
        return client

    # -- grant codes
    def code_limit_reached(self, client_id: str) -> bool:
        now = self.clock()
        recent = [t for t in self._code_times.get(client_id, []) if t > now - WINDOW]
        self._code_times[client_id] = recent
        return len(recent) >= MAX_CODES

    def issue_code(self, grant: Consent, *, redirect_uri: str | None, challenge: str | None,
                   method: str, lifetime: float) -> str:
        now = self.clock()
        self._code_times.setdefault(grant.client_id, []).append(now)
        code = f"1000.{secrets.token_hex(16)}.{secrets.token_hex(16)}"
        self._codes[code] = GrantCode(grant, redirect_uri, challenge, method, now + lifetime)
        return code

    def issue_self_client_code(self, client_id: str, scope: str, *, lifetime: float, region: str,
                               user: str) -> str:
        client = self.client_at(client_id, region)
        if client is None or client.client_type != "self":
            raise ValueError("Grant codes can be generated only for a Self Client of this data center.")
        if not 180 <= lifetime <= 600:
            raise ValueError("A Self Client code lives 3 to 10 minutes.")
        grant = Consent(client_id, user, region, _parse(scope), offline=True, consent=True)
        return self.issue_code(grant, redirect_uri=None, challenge=None, method="plain",
                               lifetime=lifetime)

    # -- tokens
    def token(self, params: dict[str, str], region: str) -> dict[str, Any]:
        client = self._authenticate(params, region)
        grant_type = params.get("grant_type", "")
        if grant_type == "authorization_code":
            return self._exchange(client, params, region)
        if grant_type == "refresh_token":
            return self._refresh_access(client, params.get("refresh_token", ""), region)
        raise OAuthError("unsupported_grant_type")

    def _exchange(self, client: PracticeClient, params: dict[str, str], region: str) -> dict[str, Any]:
        value = params.get("code", "")
        code = self._codes.get(value)
        if code is None or code.grant.client_id != client.client_id or code.grant.region != region:
            raise OAuthError("invalid_code")
        if code.expires_at <= self.clock():
            del self._codes[value]
            raise OAuthError("invalid_code")
        if code.redirect_uri is not None and params.get("redirect_uri") != code.redirect_uri:
            raise OAuthError("invalid_redirect_uri")
        if not _pkce_ok(code, params.get("code_verifier", "")):
            raise OAuthError("invalid_code")
        del self._codes[value]
        return self._issue(code.grant)

    def _issue(self, grant: Consent) -> dict[str, Any]:
        refresh = None
        mine = self._refresh_tokens_of(grant)
        if grant.offline and (grant.consent or not mine):
            if len(mine) >= MAX_REFRESH_TOKENS:
                self._revoke_refresh(mine[0])
            refresh = RefreshToken(_token(), grant)
            self._refresh[refresh.value] = refresh
        return self._answer(self.new_access(grant, refresh), refresh)

    def _refresh_tokens_of(self, grant: Consent) -> list[RefreshToken]:
        return [t for t in self._refresh.values()
                if t.grant.client_id == grant.client_id and t.grant.user == grant.user]

    def _refresh_access(self, client: PracticeClient, value: str, region: str) -> dict[str, Any]:
        refresh = self._refresh.get(value)
        if refresh is None or refresh.grant.client_id != client.client_id or refresh.grant.region != region:
            raise OAuthError("invalid_code")
        now = self.clock()
        refresh.refreshed_at = [t for t in refresh.refreshed_at if t > now - WINDOW]
        if len(refresh.refreshed_at) >= MAX_REFRESHES:
            error, description = self.throttle_text
            raise OAuthError(error, self.throttle_status, error_description=description, status="failure")
        refresh.refreshed_at.append(now)
        return self._answer(self.new_access(refresh.grant, refresh), None)

    def new_access(self, grant: Consent, refresh: RefreshToken | None) -> AccessToken:
        access = AccessToken(_token(), grant, self.clock() + ACCESS_LIFETIME)
        self._access[access.value] = access
        if refresh is not None:
            live = [t for t in refresh.access if self.live_access(t.value)]
            if len(live) >= MAX_LIVE_ACCESS:
                del self._access[live.pop(0).value]
            refresh.access = [*live, access]
        return access

    def _answer(self, access: AccessToken, refresh: RefreshToken | None) -> dict[str, Any]:
        body: dict[str, Any] = {"access_token": access.value}
        if refresh is not None:
            body["refresh_token"] = refresh.value
        body.update(scope=" ".join(access.grant.scopes), token_type="Bearer", expires_in=ACCESS_LIFETIME,
                    api_domain=region_urls(self.base_url, access.grant.region)["api_domain"])
        if self.legacy_expiry:
            body.update(expires_in=ACCESS_LIFETIME * 1000, expires_in_sec=ACCESS_LIFETIME)
        return body

    def live_access(self, value: str) -> AccessToken | None:
        access = self._access.get(value)
        return access if access is not None and access.expires_at > self.clock() else None

    def expire_access_tokens(self) -> None:
        now = self.clock()
        for access in self._access.values():
            access.expires_at = min(access.expires_at, now)

    def refresh_tokens_live(self, client_id: str) -> int:
        return sum(t.grant.client_id == client_id for t in self._refresh.values())

    def revoke(self, value: str, region: str) -> bool:
        refresh = self._refresh.get(value)
        if refresh is not None and refresh.grant.region == region:
            self._revoke_refresh(refresh)
            return True
        access = self._access.get(value)
        if access is not None and access.grant.region == region:
            del self._access[value]
            return True
        return False

    def _revoke_refresh(self, refresh: RefreshToken) -> None:
        del self._refresh[refresh.value]
        for access in refresh.access:
            self._access.pop(access.value, None)

    # -- device flow
    def start_device(self, params: dict[str, str], region: str) -> dict[str, Any]:
        client = self.client_at(params.get("client_id", ""), region)
        if client is None or client.client_type != "device":
            raise OAuthError("invalid_client")
        if params.get("grant_type") != "device_request":
            raise OAuthError("unsupported_grant_type")
        grant = Consent(client.client_id, "", region, _parse(params.get("scope", "")),
                      offline=params.get("access_type") == "offline",
                      consent=params.get("prompt") == "consent")
        letters = "".join(secrets.choice(string.ascii_uppercase) for _ in range(8))
        request = DeviceRequest("1004." + secrets.token_hex(32), letters, grant,
                                self.clock() + DEVICE_LIFETIME)
        self._devices[request.device_code] = request
        url = region_urls(self.base_url, region)["accounts_url"] + "/oauth/v3/device"
        shown = f"{letters[:4]}-{letters[4:]}"
        return {"user_code": shown, "device_code": request.device_code, "verification_url": url,
                "verification_uri_complete": f"{url}?user_code={shown}",
                "expires_in": DEVICE_LIFETIME * self.device_unit,
                "interval": self.device_interval * self.device_unit}

    def decide_device(self, user_code: str, user: str, home: str, *, accept: bool) -> bool:
        """Record a person's answer on the device page; False if the code is unknown or spent."""
        now = self.clock()
        for request in self._devices.values():
            if request.user_code == _user_code(user_code) and request.approved is None \
                    and request.expires_at > now:
                request.grant = replace(request.grant, user=user, region=home)
                request.approved = accept
                return True
        return False

    def poll_device(self, params: dict[str, str], region: str) -> dict[str, Any]:
        client = self._authenticate(params, region)
        if params.get("grant_type") != "device_token":
            raise OAuthError("unsupported_grant_type")
        request = self._devices.get(params.get("code", ""))
        if request is None or request.grant.client_id != client.client_id:
            raise OAuthError("invalid_code")
        now = self.clock()
        if request.expires_at <= now:
            del self._devices[request.device_code]
            raise OAuthError("expired")
        last, request.last_poll = request.last_poll, now
        if last is not None and now - last < self.device_interval:
            raise OAuthError("slow_down")
        if request.approved is None:
            raise OAuthError("authorization_pending")
        if not request.approved:
            del self._devices[request.device_code]
            raise OAuthError("access_denied")
        if request.grant.region != region:
            raise OAuthError("other_dc", user_location=request.grant.region)
        del self._devices[request.device_code]
        return self._issue(request.grant)
