"""The authorization request: the redirect URIs, one-time state, PKCE and the URL the browser opens."""

from __future__ import annotations

import base64
import hashlib
import secrets
from urllib.parse import urlencode

from zoho_wizard.zoho.clients import ClientType

DEFAULT_PORTS = (47321, 47322, 47323)
REDIRECT_PATH = "/callback"


def redirect_uris(ports: tuple[int, ...] = DEFAULT_PORTS) -> list[str]:
    """What a person registers in Zoho's API console, in the order the app tries them."""
    return [f"http://localhost:{port}{REDIRECT_PATH}" for port in ports]


def new_state() -> str:
    """256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def pkce_pair() -> tuple[str, str]:
    """A PKCE ``(code_verifier, code_challenge)`` pair for the S256 method."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_url(accounts_url: str, *, client_id: str, client_type: ClientType, redirect_uri: str,
                      scopes: tuple[str, ...], state: str, code_challenge: str | None = None) -> str:
    params = {
        "client_id": client_id,
        "response_type": "code" if client_type.kind.refresh_token else "token",
        "redirect_uri": redirect_uri,
        "scope": ",".join(scopes),
        "access_type": "offline",
        "prompt": "consent",
        "state": state,
    }
    if code_challenge:
        params |= {"code_challenge": code_challenge, "code_challenge_method": "S256"}
    return f"{accounts_url}/oauth/v2/auth?{urlencode(params)}"
