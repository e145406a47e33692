from __future__ import annotations

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
