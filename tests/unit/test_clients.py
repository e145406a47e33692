"""The five kinds of Zoho client are data: what the app does differently for each is read from its
record, never decided by naming a kind elsewhere."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from zoho_wizard.oauth.authorize import authorization_url
from zoho_wizard.zoho.clients import KINDS, ClientType, ConsoleField, Route, Secret

PACKAGE = Path(__file__).resolve().parents[2] / "zoho_wizard"


def test_no_kind_is_singled_out_outside_the_table() -> None:
    """A check such as ``client_type is ClientType.SELF`` is a question the record answers."""
    pattern = re.compile(r"(\bis\b|\bis not\b|==|!=|\bin\b)\s*\(?\s*ClientType\.[A-Z]")
    found = [f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
             for path in PACKAGE.rglob("*.py") if not {"zoho", "practice"} & set(path.relative_to(PACKAGE).parts)
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert found == []


def test_every_kind_has_a_record_and_the_recommended_one_comes_first() -> None:
    assert set(KINDS) == set(ClientType)
    assert list(ClientType)[0] is ClientType.SERVER and "recommended" in ClientType.SERVER.kind.choice


@pytest.mark.parametrize("client_type", list(ClientType))
def test_what_zoho_is_asked_follows_the_record(client_type) -> None:
    kind = client_type.kind
    url = authorization_url("https://accounts.zoho.com", client_id="1000.X", client_type=client_type,
                            redirect_uri="http://localhost:47321/callback", scopes=("ZohoBooks.fullaccess.all",),
                            state="s", code_challenge="c" if kind.pkce else None)
    asked = parse_qs(urlsplit(url).query)
    assert asked["response_type"] == ["code" if kind.refresh_token else "token"]
    assert ("code_challenge" in asked) is kind.pkce


def test_the_records_say_what_zoho_documents() -> None:
    """docs/zoho-behaviour.md §2 and §7a: one line per kind."""
    facts = {t: (k.route, k.secret, k.pkce, k.refresh_token) for t, k in KINDS.items()}
    assert facts == {
        ClientType.SERVER: (Route.REDIRECT_CODE, Secret.REQUIRED, False, True),
        ClientType.SELF: (Route.PASTED_CODE, Secret.REQUIRED, False, True),
        ClientType.DEVICE: (Route.DEVICE, Secret.REQUIRED, False, True),
        ClientType.MOBILE: (Route.REDIRECT_CODE, Secret.OPTIONAL, True, True),
        ClientType.CLIENT: (Route.REDIRECT_TOKEN, Secret.NONE, False, False),
    }
    for kind in KINDS.values():  # a redirect is registered exactly for the kinds that get one
        assert (ConsoleField.REDIRECT_URIS in kind.console_fields) is kind.uses_browser_redirect
