"""Zoho's token endpoint for one accounts server: code exchange, refresh, revoke, device flow.

Zoho answers most errors with HTTP 200 and ``{"error": ...}``; every one becomes a typed
:class:`~zoho_wizard.errors.WizardError`::

    endpoint = TokenEndpoint("https://accounts.zoho.eu", requests.Session())
    tokens = endpoint.refresh(client_id, client_secret, refresh_token)
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from zoho_wizard import errors
from zoho_wizard.texts import QT_TR_NOOP
from zoho_wizard.web import READ_TIMEOUT, read_by

TIMEOUT = 30.0  # for a whole answer

TOKEN_ERRORS: dict[str, type[errors.WizardError]] = {
    "invalid_code": errors.CodeExpired,
    "invalid_client": errors.WrongClient,
    "invalid_client_secret": errors.WrongSecret,
    "invalid_redirect_uri": errors.WrongRedirectUri,
    "invalid_scope": errors.WrongScope,
    "access_denied": errors.ConsentDenied,
}


_MACHINE_CODE = re.compile(r"[a-z_]+")


def is_throttle(body: dict[str, Any]) -> bool:
    """Zoho's token throttle: "Access Denied", or that error in the account's language (拒绝访问), which
    its description or a failure status with a word that is no machine code (``invalid_code``) gives away."""
    error = str(body.get("error") or "")
    description = str(body.get("error_description") or "").lower()
    return (error.lower() == "access denied" or "too many requests" in description
            or (body.get("status") == "failure" and bool(error) and not _MACHINE_CODE.fullmatch(error)))


def token_error(body: dict[str, Any], overrides: dict[str, type[errors.WizardError]] | None = None,
                ) -> errors.WizardError:
    """The typed error for a Zoho token-endpoint error body (the docs/zoho-behaviour.md §5 table)."""
    if is_throttle(body):
        return errors.Throttled()
    code = str(body.get("error") or "")
    cls = (overrides or {}).get(code) or TOKEN_ERRORS.get(code)
    if cls is not None:
        return cls()
    if not code:
        return errors.ZohoRefused(QT_TR_NOOP("Zoho refused the request and gave no reason."))
    return errors.ZohoRefused(QT_TR_NOOP("Zoho refused the request (Zoho's reason: {reason})."), reason=code)


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    api_domain: str
    expires_at: float
    refresh_token: str | None = None
    scope: str | None = None

    def __repr__(self) -> str:
        return f"TokenSet(api_domain={self.api_domain!r}, expires_at={self.expires_at!r}, secrets hidden)"


@dataclass(frozen=True)
class DeviceCode:
    user_code: str
    device_code: str
    verification_url: str
    expires_in: float  # seconds
    interval: float  # seconds
    verification_url_complete: str | None = None

    def __repr__(self) -> str:
        return f"DeviceCode(user_code={self.user_code!r}, verification_url={self.verification_url!r})"


@dataclass(frozen=True)
class Pending:
    """The device is not approved yet: ``reason`` is Zoho's ``authorization_pending``,
    ``slow_down`` or ``other_dc`` (then ``user_location`` names the region to poll)."""

    reason: str
    user_location: str | None = None


def seconds(value: object) -> float:
    """The device flow gives durations in seconds or in milliseconds: a value over 1000 is milliseconds."""
    number = float(value)  # type: ignore[arg-type]
    return number / 1000 if number > 1000 else number


class TokenEndpoint:
    def __init__(self, accounts_url: str, session: requests.Session,
                 clock: Callable[[], float] = time.time, deadline: float = TIMEOUT) -> None:
        self.accounts_url = accounts_url
        self.session = session
        self.clock = clock
        self.deadline = deadline  # for the whole answer

    def _post(self, path: str, data: dict[str, str]) -> tuple[int, dict[str, Any]]:
        end = time.monotonic() + self.deadline
        try:
            response = self.session.post(self.accounts_url + path, data=data, stream=True,
                                         timeout=min(READ_TIMEOUT, self.deadline))
            read_by(response, end)
        except requests.exceptions.SSLError:
            raise errors.UntrustedCertificate() from None
        except requests.RequestException:
            raise errors.NetworkError() from None
        if response.status_code == 429:
            raise errors.Throttled()
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise errors.ZohoRefused(QT_TR_NOOP("Zoho sent an answer the app does not understand (HTTP {status})."),
                                     status=response.status_code)
        return response.status_code, body

    def _tokens(self, data: dict[str, str], overrides: dict[str, type[errors.WizardError]] | None = None,
                ) -> TokenSet:
        _, body = self._post("/oauth/v2/token", data)
        return self._token_set(body, overrides)

    def _token_set(self, body: dict[str, Any], overrides: dict[str, type[errors.WizardError]] | None = None,
                   ) -> TokenSet:
        if not body.get("access_token"):
            raise token_error(body, overrides)
        # the legacy format gives expires_in in milliseconds beside expires_in_sec
        lifetime = float(body["expires_in_sec"] if "expires_in_sec" in body else body.get("expires_in", 3600))
        return TokenSet(
            access_token=str(body["access_token"]),
            api_domain=str(body.get("api_domain") or ""),
            expires_at=self.clock() + lifetime,
            refresh_token=body.get("refresh_token"),
            scope=body.get("scope"),
        )

    def exchange_code(self, *, client_id: str, client_secret: str | None, code: str,
                      redirect_uri: str | None = None, code_verifier: str | None = None) -> TokenSet:
        data = {"grant_type": "authorization_code", "client_id": client_id, "code": code}
        optional = {"client_secret": client_secret, "redirect_uri": redirect_uri, "code_verifier": code_verifier}
        data |= {key: value for key, value in optional.items() if value}
        return self._tokens(data)

    def refresh(self, *, client_id: str, client_secret: str | None, refresh_token: str) -> TokenSet:
        data = {"grant_type": "refresh_token", "client_id": client_id, "refresh_token": refresh_token}
        if client_secret:
            data["client_secret"] = client_secret
        return self._tokens(data, {"invalid_code": errors.ConnectionRevoked,
                                   "invalid_client_secret": errors.SecretNoLongerValid})

    def revoke(self, token: str) -> bool:
        """Ends ``token`` (and, for a refresh token, every access token made from it) at Zoho.
        False when Zoho did not know the token (it answers HTTP 400): it is gone either way."""
        status, body = self._post("/oauth/v2/token/revoke", {"token": token})
        if status == 400:
            return False
        if body.get("status") != "success":
            raise token_error(body)
        return True

    def device_start(self, *, client_id: str, scopes: tuple[str, ...]) -> DeviceCode:
        _, body = self._post("/oauth/v3/device/code", {
            "client_id": client_id, "grant_type": "device_request", "scope": ",".join(scopes),
            "access_type": "offline", "prompt": "consent",
        })
        if not body.get("device_code"):
            raise token_error(body)
        return DeviceCode(
            user_code=str(body["user_code"]),
            device_code=str(body["device_code"]),
            verification_url=str(body.get("verification_url") or body.get("verification_uri")),
            expires_in=seconds(body.get("expires_in", 300)),
            interval=seconds(body.get("interval", 5)),
            verification_url_complete=body.get("verification_uri_complete"),
        )

    def device_poll(self, *, client_id: str, client_secret: str | None, device_code: str) -> TokenSet | Pending:
        data = {"client_id": client_id, "grant_type": "device_token", "code": device_code}
        if client_secret:
            data["client_secret"] = client_secret
        _, body = self._post("/oauth/v3/device/token", data)
        reason = body.get("error")
        if reason in ("authorization_pending", "slow_down", "other_dc"):
            return Pending(str(reason), body.get("user_location"))
        return self._token_set(body, {"expired": errors.DeviceCodeExpired, "invalid_code": errors.DeviceCodeExpired})
