from __future__ import annotations

import base64
import re
import secrets
import string
from urllib.parse import quote

import pytest

from zoho_wizard.redact import redact

SECRET = "1000.4f3c2b1a0f9e8d7c6b5a49382716a5b4.0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f"


@pytest.mark.parametrize("text", [
    f"POST /oauth/v2/token?refresh_token={SECRET}&client_id=1",
    f"{{'client_secret': '{'ab12' * 11}'}}",
    f"Authorization: Zoho-oauthtoken {SECRET}",
    f"code={SECRET[:20]} state=abcdefghijklmnop",
    f"KeyError: '{SECRET}'",
])
def test_nothing_secret_survives(text):
    cleaned = redact(text)
    assert "[hidden]" in cleaned
    for secret in (SECRET, "ab12" * 11, SECRET[:20], "abcdefghijklmnop"):
        assert secret not in cleaned


def test_plain_words_are_kept():
    assert redact("ConnectionError: port 47321 on localhost") == "ConnectionError: port 47321 on localhost"


def generated_secrets() -> list[str]:
    """Secrets of the formats a keychain, Zoho or a proxy may hand out, freshly made."""
    random = secrets.SystemRandom(7)
    made = []
    for length in (24, 42, 64):
        raw = secrets.token_bytes(length)
        made += [raw.hex(), raw.hex().upper(), base64.urlsafe_b64encode(raw).decode().rstrip("="),
                 base64.b64encode(raw).decode(), "".join(random.choice(string.ascii_letters + string.digits)
                                                         for _ in range(length)),
                 f"1000.{raw.hex()[:32]}.{raw.hex()[32:64]}"]
    return made


KEYED = ['client_secret={}', '"client_secret": "{}"', "refresh_token: {}", "'code': '{}'", "password={}",
         "code_verifier={}", "refresh_token%3D{}", "access_token={}&state=x", "apiKey={}"]


@pytest.mark.parametrize("secret", generated_secrets())
@pytest.mark.parametrize("form", KEYED)
def test_any_value_under_a_secret_name_is_hidden(secret, form):
    assert secret not in redact("failed: " + form.format(secret) + " (more)")


# without its name, a secret is told from a word by its mix of letters and digits ("/" ends it, as in a path)
@pytest.mark.parametrize("secret", [s for s in generated_secrets()
                                    if "/" not in s and re.search(r"\d", s) and re.search(r"[A-Za-z]", s)])
def test_a_bare_secret_is_hidden(secret):
    cleaned = redact(f"KeyError: {secret!r} while reading")
    assert secret not in cleaned and "while reading" in cleaned
    assert quote(secret, safe="") not in redact(f"GET /x?q={quote(secret, safe='')} HTTP/1.1")


@pytest.mark.parametrize("secret", generated_secrets())
def test_url_encoded_secrets_are_hidden(secret):
    body = quote(f'{{"refresh_token": "{SECRET}", "client_secret": "{secret}"}}', safe="")
    cleaned = redact(f"POST /x?body={body}")
    for original in (SECRET, secret, quote(secret, safe="")):
        assert original not in cleaned
