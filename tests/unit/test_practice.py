"""The practice Zoho server, exercised over real HTTP with an injected clock."""

from __future__ import annotations

import base64
import hashlib
import re
import socket
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest
import requests

from zoho_wizard.practice import DEFAULT_REDIRECT_URIS, REGIONS, PracticeClient, PracticeZoho
from zoho_wizard.practice.walk import consent

US = "alex.morgan@example.com"
EU = "lena.vogel@example.de"
CN = "wei.zhang@example.cn"
AE = "omar.haddad@example.ae"
FULL = "ZohoBooks.fullaccess.all"
BANNER = "Practice Zoho — not the real Zoho"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def zoho(clock: FakeClock) -> Iterator[PracticeZoho]:
    with PracticeZoho(clock=clock) as server:
        yield server


def accounts(zoho: PracticeZoho, region: str = "us") -> str:
    return zoho.region_urls()[region]["accounts_url"]


def api(zoho: PracticeZoho, region: str = "us") -> str:
    return zoho.region_urls()[region]["api_domain"] + "/books/v3"


def auth_url(zoho: PracticeZoho, client: PracticeClient, region: str = "us", **params: str) -> str:
    query = {"client_id": client.client_id, "response_type": "code", "scope": FULL,
             "redirect_uri": client.redirect_uris[0] if client.redirect_uris else "", "state": "s1",
             "access_type": "offline", **params}
    return f"{accounts(zoho, region)}/oauth/v2/auth?{urlencode(query)}"


def authorize(zoho: PracticeZoho, client: PracticeClient, region: str = "us", **params: str,
              ) -> requests.Response:
    """The authorization URL's own answer, redirects not followed."""
    return requests.get(auth_url(zoho, client, region, **params), allow_redirects=False)


def consent_page(zoho: PracticeZoho, client: PracticeClient, region: str = "us", **params: str,
                 ) -> requests.Response:
    """The consent page an accepted authorization request moves on to."""
    moved = authorize(zoho, client, region, **params)
    assert moved.status_code == 302, moved.text
    return requests.get(urljoin(moved.url, moved.headers["Location"]), allow_redirects=False)


def decide(zoho: PracticeZoho, page: requests.Response, region: str = "us", user: str = US,
           decision: str = "accept") -> requests.Response:
    request_id = re.search(r'name="request_id" value="([^"]+)"', page.text)
    assert request_id, page.text
    return requests.post(accounts(zoho, region) + "/oauth/v2/auth/decision", allow_redirects=False,
                         data={"request_id": request_id[1], "user": user, "decision": decision})


def redirected(response: requests.Response, *, fragment: bool = False) -> dict[str, str]:
    assert response.status_code == 302
    parts = urlsplit(response.headers["Location"])
    return dict(parse_qsl(parts.fragment if fragment else parts.query))


def assert_invalid_client_page(page: requests.Response) -> None:
    assert page.status_code == 400 and "Location" not in page.headers and BANNER in page.text
    assert re.search(r"<title>Invalid Client", page.text) and re.search(r"<h1>Invalid Client", page.text)
    assert "The transmitted client ID does not exist" in page.text


def grant_code(zoho: PracticeZoho, client: PracticeClient, region: str = "us", user: str = US,
               **params: str) -> dict[str, str]:
    return redirected(decide(zoho, consent_page(zoho, client, region, **params), region, user))


def token(zoho: PracticeZoho, params: dict[str, str], region: str = "us", *,
          query: bool = False) -> requests.Response:
    url = accounts(zoho, region) + "/oauth/v2/token"
    return requests.post(url, params=params) if query else requests.post(url, data=params)


def exchange(zoho: PracticeZoho, client: PracticeClient, code: str, region: str = "us",
             **extra: str) -> dict[str, Any]:
    params = {"grant_type": "authorization_code", "client_id": client.client_id,
              "client_secret": client.client_secret, "code": code, "redirect_uri": client.redirect_uris[0],
              **extra}
    answer = token(zoho, params, region)
    assert answer.status_code == 200
    return dict(answer.json())


def connect(zoho: PracticeZoho, region: str = "us", user: str = US, **params: str) -> dict[str, Any]:
    client = zoho.client_of_type("server")
    back = grant_code(zoho, client, region, user, **params)
    return exchange(zoho, client, back["code"], back["location"])


def refresh(zoho: PracticeZoho, refresh_token: str, region: str = "us",
            client: PracticeClient | None = None) -> requests.Response:
    client = client or zoho.client_of_type("server")
    return token(zoho, {"grant_type": "refresh_token", "client_id": client.client_id,
                        "client_secret": client.client_secret, "refresh_token": refresh_token}, region)


def books(zoho: PracticeZoho, path: str, access_token: str, region: str = "us",
          **params: str) -> requests.Response:
    return requests.get(f"{api(zoho, region)}/{path}", params=params,
                        headers={"Authorization": f"Zoho-oauthtoken {access_token}"})


def self_client_tokens(zoho: PracticeZoho, scope: str = FULL, region: str = "us",
                       user: str | None = None) -> dict[str, Any]:
    client = zoho.client_of_type("self")
    code = zoho.issue_self_client_code(client.client_id, scope, region=region, user=user)
    return dict(token(zoho, {"grant_type": "authorization_code", "client_id": client.client_id,
                             "client_secret": client.client_secret, "code": code}, region).json())


# -- the server itself

def test_region_urls_cover_ten_data_centers_on_loopback(zoho: PracticeZoho) -> None:
    urls = zoho.region_urls()
    assert set(urls) == {"us", "eu", "in", "au", "jp", "ca", "sa", "uk", "cn", "ae"}
    assert zoho.base_url.startswith("http://127.0.0.1:")
    assert urls["eu"] == {"accounts_url": f"{zoho.base_url}/eu/accounts",
                          "api_domain": f"{zoho.base_url}/eu/api",
                          "console_url": f"{zoho.base_url}/eu/console"}


def test_unknown_region_and_page_are_not_found(zoho: PracticeZoho) -> None:
    assert requests.get(zoho.base_url + "/xx/accounts/oauth/v2/auth").status_code == 404
    assert requests.get(zoho.base_url + "/us/accounts/nothing").status_code == 404
    index = requests.get(zoho.base_url + "/")
    assert index.status_code == 200 and BANNER in index.text and "Lena Vogel" in index.text


def test_index_lists_the_ten_data_centers(zoho: PracticeZoho) -> None:
    index = requests.get(zoho.base_url + "/").text
    listed = re.findall(r"<tr><td>([a-z]{2})</td><td>([^<]+)</td>", index)
    assert [code for code, _ in listed] == ["us", "eu", "in", "au", "jp", "ca", "sa", "uk", "cn", "ae"]
    assert ("ae", "United Arab Emirates") in listed and "Omar Haddad" in index


def test_stop_closes_the_port(clock: FakeClock) -> None:
    server = PracticeZoho(clock=clock).start()
    port = int(server.base_url.rsplit(":", 1)[1])
    server.stop()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


def test_serve_forever_stops_cleanly_on_ctrl_c(monkeypatch: pytest.MonkeyPatch) -> None:
    server = PracticeZoho()

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(server._server, "serve_forever", interrupted)
    server.serve_forever()
    assert server._server.socket.fileno() == -1


def test_delay_slows_every_answer(clock: FakeClock) -> None:
    with PracticeZoho(clock=clock, delay=0.2) as slow:
        started = time.monotonic()
        requests.get(slow.base_url + "/")
        assert time.monotonic() - started >= 0.2


def test_secrets_never_reach_the_log(zoho: PracticeZoho, capsys: pytest.CaptureFixture[str]) -> None:
    answer = connect(zoho)
    refresh(zoho, answer["refresh_token"])
    books(zoho, "organizations", answer["access_token"])
    captured = capsys.readouterr()
    assert answer["refresh_token"] not in captured.err + captured.out
    assert "oauth" not in captured.err


def test_counts_each_kind_of_request(zoho: PracticeZoho) -> None:
    answer = connect(zoho)
    refresh(zoho, answer["refresh_token"])
    books(zoho, "organizations", answer["access_token"])
    requests.post(accounts(zoho) + "/oauth/v2/token/revoke", data={"token": answer["refresh_token"]})
    device = zoho.client_of_type("device")
    started = requests.post(accounts(zoho) + "/oauth/v3/device/code", data={
        "client_id": device.client_id, "grant_type": "device_request", "scope": FULL}).json()
    requests.post(accounts(zoho) + "/oauth/v3/device/token", data={
        "client_id": device.client_id, "client_secret": device.client_secret,
        "grant_type": "device_token", "code": started["device_code"]})
    assert {k: zoho.count(k) for k in ("auth", "token_code", "token_refresh", "revoke", "device_code",
                                       "device_token", "books")} == dict.fromkeys(
        ("auth", "token_code", "token_refresh", "revoke", "device_code", "device_token", "books"), 1)
    assert zoho.count("device_slow_down") == 0
    with pytest.raises(ValueError):
        zoho.count("tokens")


def test_the_uae_data_center_has_its_own_person_and_organization(zoho: PracticeZoho) -> None:
    answer = connect(zoho, user=AE)
    assert answer["api_domain"] == zoho.region_urls()["ae"]["api_domain"]
    orgs = books(zoho, "organizations", answer["access_token"], "ae").json()["organizations"]
    assert [(o["name"], o["currency_code"], o["currency_symbol"], o["currency_format"]) for o in orgs] == [
        ("Haddad Trading LLC", "AED", "AED", "1,234,567.89")]
    taxes = books(zoho, "settings/taxes", answer["access_token"], "ae",
                  organization_id=orgs[0]["organization_id"]).json()["taxes"]
    assert [(t["tax_name"], t["tax_percentage"]) for t in taxes] == [("VAT 5%", 5.0)]
    home_token = self_client_tokens(zoho, region="ae")["access_token"]  # the first person whose home is ae
    assert books(zoho, "organizations", home_token, "ae").json()["organizations"] == orgs


def test_the_first_person_of_each_data_center_stays(zoho: PracticeZoho) -> None:
    first = {region: re.findall(r'<option value="([^"]+)"', consent_page(zoho, zoho.client_of_type("server"),
                                                                        region).text)[0]
             for region in REGIONS}
    assert first == {**dict.fromkeys(REGIONS, US), "cn": CN}


# -- clients

def test_default_clients_and_generated_ids(zoho: PracticeZoho) -> None:
    assert sorted(c.client_type for c in zoho.clients.values()) == ["client", "device", "mobile", "self",
                                                                     "server"]
    assert zoho.client_of_type("server").redirect_uris == DEFAULT_REDIRECT_URIS
    assert zoho.client_of_type("device").redirect_uris == ()
    client = zoho.add_client("mobile", name="My laptop & me", redirect_uris=["http://localhost:9/cb"])
    assert re.fullmatch(r"1000\.[A-Z0-9]{30}", client.client_id)
    assert re.fullmatch(r"[0-9a-f]{42}", client.client_secret)
    assert zoho.clients[client.client_id] == client
    chosen = zoho.add_client("server", client_id="1000.FIXED", client_secret="s3cret")
    assert (chosen.client_id, chosen.client_secret) == ("1000.FIXED", "s3cret")


@pytest.mark.parametrize("kwargs", [{"name": "Bad-name!"}, {"redirect_uris": ["localhost:1/cb"]},
                                    {"redirect_uris": []}])
def test_add_client_follows_the_console_rules(zoho: PracticeZoho, kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        zoho.add_client("server", **kwargs)
    with pytest.raises(ValueError):
        zoho.add_client("desktop")


@pytest.mark.parametrize("regions", [[], ["xx"], ["eu", "xx"]])
def test_a_client_lives_in_known_data_centers(zoho: PracticeZoho, regions: list[str]) -> None:
    with pytest.raises(ValueError):
        zoho.add_client("server", regions=regions)


def test_a_client_exists_only_in_its_data_centers(zoho: PracticeZoho) -> None:
    assert all(c.regions == tuple(REGIONS) for c in zoho.clients.values())
    client = zoho.add_client("server", name="Europe only", regions=["eu"])
    assert client.regions == ("eu",)
    assert_invalid_client_page(authorize(zoho, client, "us"))
    assert consent_page(zoho, client, "eu").status_code == 200
    back = grant_code(zoho, client, "eu", EU)
    assert exchange(zoho, client, back["code"], "us") == {"error": "invalid_client"}
    answer = exchange(zoho, client, back["code"], "eu")
    assert refresh(zoho, answer["refresh_token"], "us", client).json() == {"error": "invalid_client"}
    assert "access_token" in refresh(zoho, answer["refresh_token"], "eu", client).json()


def test_consent_where_the_persons_data_center_lacks_the_client(zoho: PracticeZoho) -> None:
    client = zoho.add_client("server", name="US only", regions=["us"])
    page = decide(zoho, consent_page(zoho, client), user=EU)
    assert_invalid_client_page(page)
    assert "does not exist in the Europe data center, where Lena Vogel&#x27;s account lives" in page.text
    denied = decide(zoho, consent_page(zoho, client), user=EU, decision="deny")
    assert redirected(denied) == {"error": "access_denied", "state": "s1"}
    assert redirected(decide(zoho, consent_page(zoho, client)))["location"] == "us"


# -- authorization page

def test_unknown_client_gets_zohos_invalid_client_page(zoho: PracticeZoho) -> None:
    fake = PracticeClient("server", "1000.NOPE", "x", "Nope", DEFAULT_REDIRECT_URIS)
    assert_invalid_client_page(authorize(zoho, fake))
    assert "does not exist in this data center" in authorize(zoho, fake).text


@pytest.mark.parametrize("client_type", ["self", "device"])
def test_self_and_device_clients_cannot_use_the_browser_page(zoho: PracticeZoho, client_type: str) -> None:
    page = authorize(zoho, zoho.client_of_type(client_type), redirect_uri=DEFAULT_REDIRECT_URIS[0])
    assert page.status_code == 400 and "<h1>Invalid Client</h1>" in page.text and BANNER in page.text
    assert "cannot sign people in" in page.text


@pytest.mark.parametrize("uri", ["http://127.0.0.1:47321/callback", "http://localhost:47321/callback/",
                                 "http://localhost:47321/other", "http://localhost:47329/callback", ""])
def test_a_redirect_uri_that_differs_is_never_redirected(zoho: PracticeZoho, uri: str) -> None:
    page = authorize(zoho, zoho.client_of_type("server"), redirect_uri=uri)
    assert page.status_code == 400 and "Location" not in page.headers and BANNER in page.text
    assert re.search(r"<title>Invalid Redirect Uri", page.text) and "<h1>Invalid Redirect Uri</h1>" in page.text
    assert "The redirect URI passed" in page.text and "does not match the one registered" in page.text


def test_an_accepted_request_moves_on_to_the_consent_page(zoho: PracticeZoho) -> None:
    moved = authorize(zoho, zoho.client_of_type("server"))
    assert (moved.status_code, moved.text) == (302, "")
    assert re.fullmatch(r"/us/accounts/oauth/v2/consent\?request_id=[\w-]+", moved.headers["Location"])
    followed = requests.get(auth_url(zoho, zoho.client_of_type("server")))
    assert followed.status_code == 200 and followed.url.startswith(accounts(zoho) + "/oauth/v2/consent?")
    assert 'name="request_id"' in followed.text
    unknown = requests.get(accounts(zoho) + "/oauth/v2/consent", params={"request_id": "nope"})
    assert unknown.status_code == 400 and "Request not found" in unknown.text and BANNER in unknown.text


def test_walk_consent_follows_the_way_to_the_consent_page(zoho: PracticeZoho) -> None:
    location = consent(auth_url(zoho, zoho.client_of_type("server")), follow=False)
    back = dict(parse_qsl(urlsplit(location).query))
    assert location.startswith(DEFAULT_REDIRECT_URIS[0]) and back["location"] == "us" and "code" in back
    denied = consent(auth_url(zoho, zoho.client_of_type("server")), "deny", email=EU, follow=False)
    assert dict(parse_qsl(urlsplit(denied).query)) == {"error": "access_denied", "state": "s1"}


def test_consent_page_shows_client_scopes_people_and_buttons(zoho: PracticeZoho) -> None:
    page = consent_page(zoho, zoho.client_of_type("server"),
                        scope="ZohoBooks.contacts.READ,ZohoBooks.invoices.ALL")
    assert page.status_code == 200 and BANNER in page.text
    assert "Practice server app" in page.text
    assert "view contacts" in page.text and "view, create, change and delete invoices" in page.text
    assert '<select id="user" name="user">' in page.text
    assert "Alex Morgan (alex.morgan@example.com) — home data center: United States" in page.text
    assert "Lena Vogel" in page.text and "Wei Zhang" not in page.text
    assert re.search(r'<button id="accept"[^>]*>Accept</button>', page.text)
    assert re.search(r'<button id="deny"[^>]*>Deny</button>', page.text)
    assert 'action="/us/accounts/oauth/v2/auth/decision"' in page.text


def test_china_signs_in_only_its_own_people(zoho: PracticeZoho) -> None:
    page = consent_page(zoho, zoho.client_of_type("server"), "cn")
    assert "Wei Zhang" in page.text and "Alex Morgan" not in page.text
    assert decide(zoho, page, "cn", US).status_code == 400


def test_deny_redirects_with_access_denied(zoho: PracticeZoho) -> None:
    back = decide(zoho, consent_page(zoho, zoho.client_of_type("server")), decision="deny")
    assert redirected(back) == {"error": "access_denied", "state": "s1"}


def test_a_consent_request_is_answered_once(zoho: PracticeZoho) -> None:
    page = consent_page(zoho, zoho.client_of_type("server"))
    decide(zoho, page)
    assert decide(zoho, page).status_code == 400


def test_accept_redirects_with_code_location_and_accounts_server(zoho: PracticeZoho) -> None:
    back = decide(zoho, consent_page(zoho, zoho.client_of_type("server")))
    location = back.headers["Location"]
    assert location.startswith(DEFAULT_REDIRECT_URIS[0] + "?state=s1&code=1000.")
    assert "accounts-server=http%3A%2F%2F127.0.0.1%3A" in location
    assert redirected(back)["location"] == "us"
    assert redirected(back)["accounts-server"] == accounts(zoho)


@pytest.mark.parametrize(("params", "error"), [
    ({"scope": "ZohoBooks.nothing.READ"}, "invalid_scope"), ({"scope": ""}, "invalid_scope"),
    ({"response_type": "token"}, "unsupported_response_type"),
    ({"code_challenge": "x", "code_challenge_method": "MD5"}, "invalid_request")])
def test_bad_requests_come_back_as_errors(zoho: PracticeZoho, params: dict[str, str], error: str) -> None:
    assert redirected(authorize(zoho, zoho.client_of_type("server"), **params)) == {
        "error": error, "state": "s1"}


def test_more_than_ten_grant_codes_in_ten_minutes_are_refused(zoho: PracticeZoho, clock: FakeClock) -> None:
    client = zoho.client_of_type("server")
    for _ in range(10):
        assert "code" in grant_code(zoho, client)
    assert grant_code(zoho, client) == {"error": "access_denied", "state": "s1"}
    clock.advance(601)
    assert "code" in grant_code(zoho, client)


# -- token endpoint

def test_offline_exchange_gives_zoho_shaped_tokens(zoho: PracticeZoho) -> None:
    answer = connect(zoho, scope="ZohoBooks.settings.READ,ZohoBooks.contacts.READ")
    assert re.fullmatch(r"1000\.[0-9a-f]{64}", answer["access_token"])
    assert re.fullmatch(r"1000\.[0-9a-f]{64}", answer["refresh_token"])
    assert answer["api_domain"] == zoho.region_urls()["us"]["api_domain"]
    assert (answer["token_type"], answer["expires_in"]) == ("Bearer", 3600)
    assert answer["scope"] == "ZohoBooks.settings.READ ZohoBooks.contacts.READ"
    assert "expires_in_sec" not in answer


def test_online_exchange_has_no_refresh_token(zoho: PracticeZoho) -> None:
    assert "refresh_token" not in connect(zoho, access_type="online")


def test_refresh_token_only_on_first_consent_unless_prompt_consent(zoho: PracticeZoho) -> None:
    assert "refresh_token" in connect(zoho)
    assert "refresh_token" not in connect(zoho)
    assert "refresh_token" in connect(zoho, prompt="consent")
    assert zoho.refresh_tokens_live(zoho.client_of_type("server").client_id) == 2


def test_legacy_expiry_format(clock: FakeClock) -> None:
    with PracticeZoho(clock=clock, legacy_expiry=True) as legacy:
        answer = connect(legacy)
    assert (answer["expires_in"], answer["expires_in_sec"]) == (3_600_000, 3600)


def test_parameters_may_come_in_the_query_string(zoho: PracticeZoho) -> None:
    client = zoho.client_of_type("server")
    code = grant_code(zoho, client)["code"]
    answer = token(zoho, {"grant_type": "authorization_code", "client_id": client.client_id,
                          "client_secret": client.client_secret, "code": code,
                          "redirect_uri": client.redirect_uris[0]}, query=True)
    assert "access_token" in answer.json()


def test_multi_dc_code_is_exchanged_only_at_the_users_data_center(zoho: PracticeZoho) -> None:
    client = zoho.client_of_type("server")
    back = grant_code(zoho, client, "us", EU)
    assert back["location"] == "eu" and back["accounts-server"] == accounts(zoho, "eu")
    assert exchange(zoho, client, back["code"], "us") == {"error": "invalid_code"}
    answer = exchange(zoho, client, back["code"], "eu")
    assert answer["api_domain"] == zoho.region_urls()["eu"]["api_domain"]


def test_token_errors_come_with_http_200(zoho: PracticeZoho, clock: FakeClock) -> None:
    client = zoho.client_of_type("server")
    code = grant_code(zoho, client)["code"]
    assert exchange(zoho, client, code, client_id="1000.NOPE") == {"error": "invalid_client"}
    assert exchange(zoho, client, code, client_secret="wrong") == {"error": "invalid_client_secret"}
    assert exchange(zoho, client, code, redirect_uri=DEFAULT_REDIRECT_URIS[1]) == {
        "error": "invalid_redirect_uri"}
    assert exchange(zoho, client, code, grant_type="password") == {"error": "unsupported_grant_type"}
    assert exchange(zoho, client, "1000.unknown") == {"error": "invalid_code"}
    assert "access_token" in exchange(zoho, client, code)
    assert exchange(zoho, client, code) == {"error": "invalid_code"}
    late = grant_code(zoho, client)["code"]
    clock.advance(121)
    assert exchange(zoho, client, late) == {"error": "invalid_code"}


def test_code_lifetime_is_configurable(clock: FakeClock) -> None:
    with PracticeZoho(clock=clock, code_lifetime=300) as patient:
        client = patient.client_of_type("server")
        code = grant_code(patient, client)["code"]
        clock.advance(299)
        assert "access_token" in exchange(patient, client, code)


def test_another_clients_code_is_invalid(zoho: PracticeZoho) -> None:
    code = grant_code(zoho, zoho.client_of_type("server"))["code"]
    other = zoho.add_client("server", name="Other")
    assert exchange(zoho, other, code) == {"error": "invalid_code"}


def pkce_pair() -> tuple[str, str]:
    verifier = "v" * 50
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def test_mobile_client_uses_pkce_and_its_secret(zoho: PracticeZoho) -> None:
    client = zoho.client_of_type("mobile")
    assert client.client_secret
    verifier, challenge = pkce_pair()
    pkce = {"code_challenge": challenge, "code_challenge_method": "S256"}
    code = grant_code(zoho, client, **pkce)["code"]
    assert exchange(zoho, client, code, code_verifier="w" * 50) == {"error": "invalid_code"}
    assert exchange(zoho, client, code, code_verifier="") == {"error": "invalid_code"}
    for secret in ("", "wrong"):
        assert exchange(zoho, client, code, client_secret=secret, code_verifier=verifier) == {
            "error": "invalid_client_secret"}
    answer = exchange(zoho, client, code, code_verifier=verifier)
    assert "refresh_token" in answer
    without = {"grant_type": "refresh_token", "client_id": client.client_id,
               "refresh_token": answer["refresh_token"]}
    assert token(zoho, without).json() == {"error": "invalid_client_secret"}
    assert "access_token" in refresh(zoho, answer["refresh_token"], client=client).json()
    plain = grant_code(zoho, client, code_challenge="p" * 43, code_challenge_method="plain")["code"]
    assert "access_token" in exchange(zoho, client, plain, code_verifier="p" * 43)


def test_a_secretless_mobile_client_needs_no_secret(zoho: PracticeZoho) -> None:
    client = zoho.add_client("mobile", name="No secret", secretless=True)
    assert client.client_secret == ""
    verifier, challenge = pkce_pair()
    code = grant_code(zoho, client, code_challenge=challenge, code_challenge_method="S256")["code"]
    answer = exchange(zoho, client, code, code_verifier=verifier)
    params = {"grant_type": "refresh_token", "client_id": client.client_id, "refresh_token": answer["refresh_token"]}
    assert "access_token" in token(zoho, params).json()
    assert "access_token" in token(zoho, {**params, "client_secret": "sent anyway"}).json()
    console = requests.get(zoho.region_urls()["us"]["console_url"]).text
    row = re.search(rf'<tr id="{re.escape(client.client_id)}">(.*?)</tr>', console)
    assert row and "<td>—</td><td><code>http://localhost:47321/callback</code>" in row[1]
    for kwargs in ({"client_type": "server"}, {"client_type": "mobile", "client_secret": "s3cret"}):
        with pytest.raises(ValueError):
            zoho.add_client(secretless=True, **kwargs)


def test_server_client_needs_its_secret(zoho: PracticeZoho) -> None:
    client = zoho.client_of_type("server")
    code = grant_code(zoho, client)["code"]
    assert exchange(zoho, client, code, client_secret="") == {"error": "invalid_client_secret"}


def test_client_based_app_gets_the_token_in_the_fragment(zoho: PracticeZoho) -> None:
    client = zoho.client_of_type("client")
    back = decide(zoho, consent_page(zoho, client, "us", response_type="token"), "us", EU)
    assert "?" not in back.headers["Location"]
    answer = redirected(back, fragment=True)
    assert list(answer) == ["access_token", "token_type", "expires_in", "api_domain", "location", "state"]
    assert (answer["token_type"], answer["expires_in"], answer["location"]) == ("Bearer", "3600", "eu")
    assert books(zoho, "organizations", answer["access_token"], "eu").json()["code"] == 0
    assert redirected(authorize(zoho, client, "us", response_type="code"))["error"] == \
        "unsupported_response_type"


# -- refresh and its limits

def test_refresh_gives_a_new_access_token_and_no_refresh_token(zoho: PracticeZoho) -> None:
    first = connect(zoho)
    answer = refresh(zoho, first["refresh_token"])
    assert answer.status_code == 200
    renewed = answer.json()
    assert "refresh_token" not in renewed and renewed["access_token"] != first["access_token"]
    assert books(zoho, "organizations", renewed["access_token"]).status_code == 200
    assert refresh(zoho, first["refresh_token"], "eu").json() == {"error": "invalid_code"}
    assert refresh(zoho, "1000.unknown").json() == {"error": "invalid_code"}
    other = zoho.add_client("server", name="Other")
    assert refresh(zoho, first["refresh_token"], client=other).json() == {"error": "invalid_code"}


def test_expired_access_token_gets_401_then_refresh_works(zoho: PracticeZoho) -> None:
    first = connect(zoho)
    zoho.expire_access_tokens()
    assert books(zoho, "organizations", first["access_token"]).status_code == 401
    renewed = refresh(zoho, first["refresh_token"]).json()
    assert books(zoho, "organizations", renewed["access_token"]).status_code == 200


def test_access_tokens_expire_after_an_hour(zoho: PracticeZoho, clock: FakeClock) -> None:
    first = connect(zoho)
    clock.advance(3599)
    assert books(zoho, "organizations", first["access_token"]).status_code == 200
    clock.advance(1)
    assert books(zoho, "organizations", first["access_token"]).json()["code"] == 57


@pytest.mark.parametrize(("status", "language", "error", "description"), [
    (400, "en", "Access Denied", "You have made too many requests continuously. Please try again after some time."),
    (200, "en", "Access Denied", "You have made too many requests continuously. Please try again after some time."),
    (400, "zh", "拒绝访问", "您的请求过于频繁，请稍后再试。")])
def test_eleventh_refresh_in_ten_minutes_is_throttled(clock: FakeClock, status: int, language: str, error: str,
                                                      description: str) -> None:
    with PracticeZoho(clock=clock, throttle_status=status, throttle_language=language) as zoho:
        refresh_token = connect(zoho)["refresh_token"]
        for _ in range(10):
            assert "access_token" in refresh(zoho, refresh_token).json()
        throttled = refresh(zoho, refresh_token)
        assert throttled.status_code == status
        assert throttled.headers["Content-Type"] == "application/json;charset=UTF-8"
        assert throttled.json() == {"error": error, "error_description": description, "status": "failure"}
        assert description.encode() in throttled.content  # UTF-8 itself, not \u escapes
        clock.advance(601)
        assert "access_token" in refresh(zoho, refresh_token).json()


def test_sixteenth_live_access_token_kills_the_oldest(zoho: PracticeZoho, clock: FakeClock) -> None:
    first = connect(zoho)
    made = [first["access_token"]]
    for n in range(15):
        if n == 10:
            clock.advance(601)
        made.append(refresh(zoho, first["refresh_token"]).json()["access_token"])
    assert books(zoho, "organizations", made[0]).json()["code"] == 57
    assert all(books(zoho, "organizations", t).status_code == 200 for t in made[1:])


def test_twenty_first_refresh_token_revokes_the_oldest(zoho: PracticeZoho) -> None:
    self_client = zoho.client_of_type("self")
    made = [self_client_tokens(zoho) for _ in range(21)]
    assert zoho.refresh_tokens_live(self_client.client_id) == 20
    assert refresh(zoho, made[0]["refresh_token"], client=self_client).json() == {"error": "invalid_code"}
    assert books(zoho, "organizations", made[0]["access_token"]).status_code == 401
    assert "access_token" in refresh(zoho, made[1]["refresh_token"], client=self_client).json()
    other_user = self_client_tokens(zoho, region="eu")
    assert "refresh_token" in other_user and zoho.refresh_tokens_live(self_client.client_id) == 21


# -- revoke

def revoke(zoho: PracticeZoho, value: str, region: str = "us", *, query: bool = False) -> requests.Response:
    url = accounts(zoho, region) + "/oauth/v2/token/revoke"
    return requests.post(url, params={"token": value}) if query else requests.post(url, data={"token": value})


def test_revoking_a_refresh_token_ends_its_access_tokens(zoho: PracticeZoho) -> None:
    first = connect(zoho)
    second = refresh(zoho, first["refresh_token"]).json()
    assert revoke(zoho, first["refresh_token"], "eu").status_code == 400
    answer = revoke(zoho, first["refresh_token"], query=True)
    assert (answer.status_code, answer.json()) == (200, {"status": "success"})
    for access in (first["access_token"], second["access_token"]):
        assert books(zoho, "organizations", access).json()["code"] == 57
    assert refresh(zoho, first["refresh_token"]).json() == {"error": "invalid_code"}
    assert zoho.refresh_tokens_live(zoho.client_of_type("server").client_id) == 0


def test_revoking_an_access_token_and_unknown_tokens(zoho: PracticeZoho) -> None:
    first = connect(zoho)
    assert revoke(zoho, first["access_token"]).json() == {"status": "success"}
    assert books(zoho, "organizations", first["access_token"]).status_code == 401
    assert "access_token" in refresh(zoho, first["refresh_token"]).json()
    unknown = revoke(zoho, "1000.unknown")
    assert (unknown.status_code, unknown.json()) == (400, {"status": "failure", "error": "invalid_token"})


# -- device flow

def start_device(zoho: PracticeZoho, region: str = "us", **params: str) -> dict[str, Any]:
    client = zoho.client_of_type("device")
    data = {"client_id": client.client_id, "grant_type": "device_request", "scope": FULL,
            "access_type": "offline", **params}
    return dict(requests.post(accounts(zoho, region) + "/oauth/v3/device/code", data=data).json())


def poll(zoho: PracticeZoho, device_code: str, region: str = "us", **params: str) -> dict[str, Any]:
    client = zoho.client_of_type("device")
    data = {"client_id": client.client_id, "client_secret": client.client_secret,
            "grant_type": "device_token", "code": device_code, **params}
    answer = requests.post(accounts(zoho, region) + "/oauth/v3/device/token", data=data)
    assert answer.status_code == 200
    return dict(answer.json())


def device_decide(zoho: PracticeZoho, user_code: str, region: str = "us", user: str = US,
                  decision: str = "accept") -> requests.Response:
    return requests.post(accounts(zoho, region) + "/oauth/v3/device",
                         data={"user_code": user_code, "user": user, "decision": decision})


def test_device_code_answer_in_milliseconds_by_default(zoho: PracticeZoho) -> None:
    started = start_device(zoho)
    assert re.fullmatch(r"[A-Z]{4}-[A-Z]{4}", started["user_code"])
    assert started["verification_url"] == accounts(zoho) + "/oauth/v3/device"
    assert started["verification_uri_complete"] == f"{started['verification_url']}?user_code={started['user_code']}"
    assert (started["expires_in"], started["interval"]) == (300_000, 5000)


def test_device_code_answer_in_seconds(clock: FakeClock) -> None:
    with PracticeZoho(clock=clock, device_units="s", device_interval=2) as zoho:
        started = start_device(zoho)
    assert (started["expires_in"], started["interval"]) == (300, 2)


def test_device_code_needs_a_device_client(zoho: PracticeZoho) -> None:
    server = zoho.client_of_type("server")
    assert start_device(zoho, client_id=server.client_id) == {"error": "invalid_client"}
    assert start_device(zoho, grant_type="device_token") == {"error": "unsupported_grant_type"}
    assert start_device(zoho, scope="nonsense") == {"error": "invalid_scope"}


def test_device_page_is_prefilled_and_offers_people(zoho: PracticeZoho) -> None:
    started = start_device(zoho)
    page = requests.get(started["verification_uri_complete"])
    assert page.status_code == 200 and BANNER in page.text
    assert f'<input id="user_code" name="user_code" value="{started["user_code"]}"' in page.text
    assert '<select id="user" name="user">' in page.text
    assert 'id="accept"' in page.text and 'id="deny"' in page.text and 'method="post"' in page.text
    wrong = device_decide(zoho, "ZZZZ-ZZZZ")
    assert wrong.status_code == 400 and "not valid" in wrong.text


def test_device_flow_pending_slow_down_then_tokens(zoho: PracticeZoho, clock: FakeClock) -> None:
    started = start_device(zoho)
    assert poll(zoho, started["device_code"]) == {"error": "authorization_pending"}
    clock.advance(4)
    assert poll(zoho, started["device_code"]) == {"error": "slow_down"}
    assert poll(zoho, started["device_code"]) == {"error": "slow_down"}
    assert zoho.count("device_slow_down") == 2
    assert device_decide(zoho, started["user_code"].lower().replace("-", "")).status_code == 200
    clock.advance(5)
    answer = poll(zoho, started["device_code"])
    assert "refresh_token" in answer and answer["api_domain"] == zoho.region_urls()["us"]["api_domain"]
    assert books(zoho, "organizations", answer["access_token"]).status_code == 200
    assert device_decide(zoho, started["user_code"]).status_code == 400


def test_device_flow_denied_expired_and_bad_client(zoho: PracticeZoho, clock: FakeClock) -> None:
    denied, late = start_device(zoho, access_type="online"), start_device(zoho)
    device_decide(zoho, denied["user_code"], decision="deny")
    assert poll(zoho, denied["device_code"]) == {"error": "access_denied"}
    assert poll(zoho, late["device_code"], client_secret="wrong") == {"error": "invalid_client_secret"}
    assert poll(zoho, late["device_code"], client_id="1000.NOPE") == {"error": "invalid_client"}
    assert poll(zoho, late["device_code"], grant_type="device_code") == {"error": "unsupported_grant_type"}
    clock.advance(301)
    assert poll(zoho, late["device_code"]) == {"error": "expired"}
    assert device_decide(zoho, late["user_code"]).status_code == 400


def test_device_flow_with_a_client_of_one_data_center(zoho: PracticeZoho, clock: FakeClock) -> None:
    client = zoho.add_client("device", name="Europe device", regions=["eu"])
    mine = {"client_id": client.client_id, "client_secret": client.client_secret}
    assert start_device(zoho, "us", client_id=client.client_id) == {"error": "invalid_client"}
    started = start_device(zoho, "eu", client_id=client.client_id)
    device_decide(zoho, started["user_code"], "eu", user=US)
    assert poll(zoho, started["device_code"], "eu", **mine) == {"error": "other_dc", "user_location": "us"}
    clock.advance(5)
    assert poll(zoho, started["device_code"], "us", **mine) == {"error": "invalid_client"}


def test_device_flow_other_dc(zoho: PracticeZoho, clock: FakeClock) -> None:
    started = start_device(zoho, access_type="online")
    device_decide(zoho, started["user_code"], user=EU)
    assert poll(zoho, started["device_code"]) == {"error": "other_dc", "user_location": "eu"}
    clock.advance(5)
    answer = poll(zoho, started["device_code"], "eu")
    assert "refresh_token" not in answer and answer["api_domain"] == zoho.region_urls()["eu"]["api_domain"]


# -- Self Client and console

def test_self_client_code_exchanged_without_redirect_uri(zoho: PracticeZoho, clock: FakeClock) -> None:
    answer = self_client_tokens(zoho, "ZohoBooks.settings.READ", "eu")
    assert "refresh_token" in answer and answer["api_domain"] == zoho.region_urls()["eu"]["api_domain"]
    orgs = books(zoho, "organizations", answer["access_token"], "eu").json()["organizations"]
    assert [o["name"] for o in orgs] == ["Vogel Handwerk GmbH"]
    client = zoho.client_of_type("self")
    code = zoho.issue_self_client_code(client.client_id, FULL, lifetime=600, user=EU)
    clock.advance(600)
    assert token(zoho, {"grant_type": "authorization_code", "client_id": client.client_id,
                        "client_secret": client.client_secret, "code": code}).json() == {"error": "invalid_code"}


@pytest.mark.parametrize("kwargs", [{"lifetime": 179}, {"lifetime": 601}, {"region": "xx"},
                                    {"user": "nobody@example.com"}])
def test_self_client_code_rules(zoho: PracticeZoho, kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        zoho.issue_self_client_code(zoho.client_of_type("self").client_id, FULL, **kwargs)


def test_only_a_self_client_gets_console_codes(zoho: PracticeZoho) -> None:
    with pytest.raises(ValueError):
        zoho.issue_self_client_code(zoho.client_of_type("server").client_id, FULL)
    european = zoho.add_client("self", name="Europe only", regions=["eu"])
    assert zoho.issue_self_client_code(european.client_id, FULL, region="eu")
    with pytest.raises(ValueError):
        zoho.issue_self_client_code(european.client_id, FULL, region="us")
    with pytest.raises(ValueError):
        zoho.issue_self_client_code(zoho.client_of_type("self").client_id, "bad scope!")


def test_console_lists_clients_and_adds_one(zoho: PracticeZoho) -> None:
    console = zoho.region_urls()["us"]["console_url"]
    page = requests.get(console)
    assert page.status_code == 200 and BANNER in page.text
    server = zoho.client_of_type("server")
    assert server.client_id in page.text and server.client_secret in page.text
    assert DEFAULT_REDIRECT_URIS[2] in page.text
    form = {"client_type": "mobile", "name": "Books & tools_2", "homepage_url": "https://example.com",
            "redirect_uris": "http://localhost:5000/cb\r\nhttp://localhost:5001/cb\r\n"}
    created = requests.post(console + "/clients", data=form)
    assert created.status_code == 200 and "Created Books &amp; tools_2" in created.text
    added = next(c for c in zoho.clients.values() if c.name == "Books & tools_2")
    assert added.redirect_uris == ("http://localhost:5000/cb", "http://localhost:5001/cb")
    for bad in ({"name": "Books-Tools"}, {"homepage_url": "example.com"}, {"redirect_uris": "ftp://x"},
                {"client_type": "self"}):
        refused = requests.post(console + "/clients", data={**form, **bad})
        assert refused.status_code == 400 and "Not created" in refused.text


def test_a_console_lists_and_makes_clients_of_its_own_data_center(zoho: PracticeZoho) -> None:
    japan = zoho.add_client("server", name="Japan only", regions=["jp"])
    form = {"client_type": "device", "name": "Made in Europe", "homepage_url": "https://example.com"}
    assert requests.post(zoho.region_urls()["eu"]["console_url"] + "/clients", data=form).status_code == 200
    made = next(c for c in zoho.clients.values() if c.name == "Made in Europe")
    assert made.regions == ("eu",)
    pages = {r: requests.get(zoho.region_urls()[r]["console_url"]).text for r in ("us", "eu", "jp")}
    assert [made.client_id in pages[r] for r in pages] == [False, True, False]
    assert [japan.client_id in pages[r] for r in pages] == [False, False, True]
    assert all(zoho.client_of_type("server").client_id in page for page in pages.values())


def test_console_generates_a_self_client_code(zoho: PracticeZoho) -> None:
    page = requests.post(zoho.region_urls()["eu"]["console_url"] + "/self-client",
                         data={"scope": FULL, "minutes": "5", "user": EU})
    assert page.status_code == 200
    code = re.search(r'<p id="code" class="code"><code>([^<]+)</code>', page.text)
    assert code
    client = zoho.client_of_type("self")
    answer = token(zoho, {"grant_type": "authorization_code", "client_id": client.client_id,
                          "client_secret": client.client_secret, "code": code[1]}, "eu").json()
    assert "refresh_token" in answer
    refused = requests.post(zoho.region_urls()["eu"]["console_url"] + "/self-client",
                            data={"scope": FULL, "minutes": "11", "user": EU})
    assert refused.status_code == 400 and "Not created" in refused.text


# -- Books

def test_organizations_are_realistic(zoho: PracticeZoho) -> None:
    answer = books(zoho, "organizations", connect(zoho)["access_token"])
    body = answer.json()
    assert (answer.status_code, body["code"], body["message"]) == (200, 0, "success")
    assert len(body["organizations"]) == 2
    org = body["organizations"][0]
    assert set(org) == {"organization_id", "name", "contact_name", "email", "is_default_org", "plan_name",
                        "language_code", "fiscal_year_start_month", "account_created_date", "time_zone",
                        "is_org_active", "currency_id", "currency_code", "currency_symbol",
                        "currency_format", "price_precision"}
    assert org["organization_id"].isdigit() and org["currency_code"] == "USD" and org["is_default_org"]


@pytest.mark.parametrize(("path", "key", "scope"), [
    ("contacts", "contacts", "ZohoBooks.contacts.READ"), ("invoices", "invoices", "ZohoBooks.invoices.ALL"),
    ("items", "items", "ZohoBooks.settings.READ"), ("chartofaccounts", "chartofaccounts",
                                                     "ZohoBooks.accountants.READ"),
    ("settings/taxes", "taxes", "ZohoBooks.settings.ALL"), ("expenses", "expenses", "ZohoBooks.expenses.READ")])
def test_lists_need_their_scope_and_an_organization(zoho: PracticeZoho, path: str, key: str,
                                                    scope: str) -> None:
    access = self_client_tokens(zoho, scope)["access_token"]
    other = self_client_tokens(zoho, "ZohoBooks.estimates.READ")["access_token"]
    body = books(zoho, path, access, organization_id="10234695").json()
    assert body["code"] == 0 and len(body[key]) >= 1 and body["page_context"]["page"] == 1
    denied = books(zoho, path, other, organization_id="10234695")
    assert (denied.status_code, denied.json()) == (401, {
        "code": 57, "message": "You are not authorized to perform this operation"})
    missing = books(zoho, path, access)
    assert (missing.status_code, missing.json()["code"]) == (400, 2)
    foreign = books(zoho, path, access, organization_id="20087731")
    assert (foreign.status_code, foreign.json()["code"]) == (400, 6041)
    unknown = books(zoho, path, access, organization_id="999")
    assert (unknown.status_code, unknown.json()["code"]) == (404, 1002)


def test_records_carry_business_names_and_amounts(zoho: PracticeZoho) -> None:
    access = connect(zoho)["access_token"]
    invoices = books(zoho, "invoices", access, organization_id="10234701").json()["invoices"]
    assert all(i["currency_code"] == "USD" and i["total"] > 0 and i["customer_name"] for i in invoices)
    contacts = books(zoho, "contacts", access, organization_id="10234701").json()["contacts"]
    assert {i["customer_name"] for i in invoices} == {c["contact_name"] for c in contacts}


def test_organizations_need_settings_scope(zoho: PracticeZoho) -> None:
    access = self_client_tokens(zoho, "ZohoBooks.contacts.READ")["access_token"]
    assert books(zoho, "organizations", access).json()["code"] == 57


@pytest.mark.parametrize("header", [None, "Bearer 1000.abc", "Zoho-oauthtoken "])
def test_missing_or_wrong_auth_header(zoho: PracticeZoho, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    answer = requests.get(api(zoho) + "/organizations", headers=headers)
    assert (answer.status_code, answer.json()) == (401, {"code": 14, "message": "Invalid value passed for authtoken."})


def test_unknown_or_foreign_token_is_not_authorized(zoho: PracticeZoho) -> None:
    assert books(zoho, "organizations", "1000.unknown").json()["code"] == 57
    eu_token = connect(zoho, user=EU)["access_token"]
    foreign = books(zoho, "organizations", eu_token, "us")
    assert (foreign.status_code, foreign.json()["code"]) == (401, 57)


def test_unknown_path_and_method(zoho: PracticeZoho) -> None:
    access = connect(zoho)["access_token"]
    assert books(zoho, "estimates/xyz", access).json() == {"code": 5, "message": "Invalid URL Passed"}
    assert books(zoho, "estimates/xyz", access).status_code == 404
    assert requests.get(zoho.base_url + "/us/api/crm/v2/x").status_code == 404
    posted = requests.post(api(zoho) + "/contacts", headers={"Authorization": f"Zoho-oauthtoken {access}"})
    assert posted.status_code == 405


def test_books_missing_in_a_data_center(zoho: PracticeZoho) -> None:
    access = self_client_tokens(zoho, region="uk")["access_token"]
    answer = books(zoho, "organizations", access, "uk")
    assert answer.status_code == 400 and "not available in the United Kingdom" in answer.json()["message"]


def test_books_regions_are_configurable(clock: FakeClock) -> None:
    with PracticeZoho(clock=clock, books_regions=frozenset({"uk"})) as zoho:
        assert books(zoho, "organizations", self_client_tokens(zoho, region="uk")["access_token"],
                     "uk").status_code == 200
        assert books(zoho, "organizations", connect(zoho)["access_token"]).status_code == 400


def rate_limit(answer: requests.Response) -> tuple[str | None, ...]:
    return tuple(answer.headers.get(f"X-Rate-Limit-{name}") for name in ("Limit", "Remaining", "Reset"))


def test_hundred_calls_a_minute_per_organization(zoho: PracticeZoho, clock: FakeClock) -> None:
    access = connect(zoho)["access_token"]
    assert books(zoho, "contacts", access, organization_id="10234695").status_code == 200
    clock.advance(20.5)
    for _ in range(99):
        assert books(zoho, "contacts", access, organization_id="10234695").status_code == 200
    limited = books(zoho, "contacts", access, organization_id="10234695")
    assert (limited.status_code, limited.json()) == (429, {
        "code": 45, "message": "You have made too many requests. Please try again after some time."})
    assert rate_limit(limited) == ("100", "0", "40")  # until the first call leaves the minute
    assert "Retry-After" not in limited.headers
    assert books(zoho, "contacts", access, organization_id="10234701").status_code == 200
    clock.advance(39)
    assert rate_limit(books(zoho, "contacts", access, organization_id="10234695")) == ("100", "0", "1")
    clock.advance(0.5)
    recovered = books(zoho, "contacts", access, organization_id="10234695")
    assert recovered.status_code == 200 and rate_limit(recovered)[:2] == ("2000", "1899")  # refusals are free


# plans Free, Standard, Professional (Lena's) and Premium (Chloe's: any other plan)
@pytest.mark.parametrize(("region", "organization_id", "allowance"), [
    ("us", "10234701", 1000), ("us", "10234695", 2000), ("eu", "20087731", 5000), ("ca", "110000457", 10000)])
def test_books_answers_carry_the_daily_allowance(zoho: PracticeZoho, clock: FakeClock, region: str,
                                                 organization_id: str, allowance: int) -> None:
    access = self_client_tokens(zoho, region=region)["access_token"]
    assert clock.now % 86400 == 80_000  # 6400 seconds before midnight UTC
    first = books(zoho, "contacts", access, region, organization_id=organization_id)
    assert rate_limit(first) == (str(allowance), str(allowance - 1), "6400")
    clock.advance(0.5)
    second = books(zoho, "invoices", access, region, organization_id=organization_id)
    assert rate_limit(second) == (str(allowance), str(allowance - 2), "6400")
    assert rate_limit(books(zoho, "organizations", access, region)) == (None, None, None)
    assert rate_limit(books(zoho, "contacts", access, region)) == (None, None, None)  # no organization named


def test_the_daily_cap_holds_until_midnight_utc(zoho: PracticeZoho, clock: FakeClock) -> None:
    clock.advance(6390)  # ten seconds before midnight UTC
    access = connect(zoho)["access_token"]
    zoho.use_daily_allowance("10234695", leave=1)
    last = books(zoho, "contacts", access, organization_id="10234695")
    assert last.status_code == 200 and rate_limit(last) == ("2000", "0", "10")
    capped = books(zoho, "contacts", access, organization_id="10234695")
    assert (capped.status_code, capped.json()) == (429, {
        "code": 45, "message": "You have reached the maximum number of API calls allowed for the day."})
    assert rate_limit(capped) == ("2000", "0", "10") and "Retry-After" not in capped.headers
    assert books(zoho, "contacts", access, organization_id="10234701").status_code == 200
    clock.advance(9.5)
    assert rate_limit(books(zoho, "contacts", access, organization_id="10234695")) == ("2000", "0", "1")
    clock.advance(0.5)
    renewed = books(zoho, "contacts", access, organization_id="10234695")
    assert renewed.status_code == 200 and rate_limit(renewed) == ("2000", "1999", "86400")
    zoho.use_daily_allowance("10234695")
    assert books(zoho, "contacts", access, organization_id="10234695").status_code == 429


@pytest.mark.parametrize(("organization_id", "leave"), [("999", 0), ("10234695", -1), ("10234695", 2001)])
def test_use_daily_allowance_rules(zoho: PracticeZoho, organization_id: str, leave: int) -> None:
    with pytest.raises(ValueError):
        zoho.use_daily_allowance(organization_id, leave)


def test_fail_next_overrides_books_answers(zoho: PracticeZoho) -> None:
    access = connect(zoho)["access_token"]
    zoho.fail_next(2, 429)
    zoho.fail_next(1, 500)
    answers = [books(zoho, "contacts", access, organization_id="10234695") for _ in range(4)]
    assert [a.status_code for a in answers] == [429, 429, 500, 200]
    assert answers[0].json()["code"] == 45 and "Retry-After" not in answers[0].headers
    assert answers[2].json()["code"] == 500
    assert [rate_limit(a)[0] for a in answers] == [None, None, None, "2000"]


def test_expenses_are_beyond_the_read_only_scopes(zoho: PracticeZoho) -> None:
    read_only = self_client_tokens(zoho, "ZohoBooks.settings.READ,ZohoBooks.contacts.READ,"
                                         "ZohoBooks.invoices.READ,ZohoBooks.accountants.READ")["access_token"]
    assert books(zoho, "contacts", read_only, organization_id="10234695").status_code == 200
    denied = books(zoho, "expenses", read_only, organization_id="10234695")
    assert (denied.status_code, denied.json()) == (401, {
        "code": 57, "message": "You are not authorized to perform this operation"})
    body = books(zoho, "expenses", connect(zoho)["access_token"], organization_id="10234695").json()
    assert (body["code"], body["page_context"]["report_name"]) == (0, "Expenses")
    assert len(body["expenses"]) >= 2
    assert all(e["currency_code"] == "USD" and e["total"] > 0 and e["account_name"] for e in body["expenses"])
