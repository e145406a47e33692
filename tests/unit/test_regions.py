from __future__ import annotations

import json

import pytest

from zoho_wizard.errors import SettingsError
from zoho_wizard.zoho.regions import (
    DEFAULT_REGIONS,
    ENV_VAR,
    load_regions,
    region_for_accounts_server,
    region_for_api_domain,
)


def test_ten_regions_with_canada_china_and_emirates_hosts() -> None:
    assert list(DEFAULT_REGIONS) == ["us", "eu", "in", "au", "jp", "ca", "sa", "uk", "cn", "ae"]
    ae = DEFAULT_REGIONS["ae"]
    assert (ae.name, ae.accounts_url, ae.api_domain, ae.console_url) == (
        "United Arab Emirates", "https://accounts.zoho.ae", "https://www.zohoapis.ae", "https://api-console.zoho.ae")
    ca, cn = DEFAULT_REGIONS["ca"], DEFAULT_REGIONS["cn"]
    assert ca.accounts_url == "https://accounts.zohocloud.ca"
    assert ca.api_domain == "https://www.zohoapis.ca"
    assert ca.console_url == "https://api-console.zohocloud.ca"
    assert cn.accounts_url == "https://accounts.zoho.com.cn"
    assert DEFAULT_REGIONS["au"].login_hint == "accounts.zoho.com.au"


def test_lookup_is_exact() -> None:
    assert region_for_accounts_server("https://accounts.zoho.eu/", DEFAULT_REGIONS).code == "eu"
    assert region_for_accounts_server("https://accounts.zoho.eu.evil.example", DEFAULT_REGIONS) is None
    assert region_for_accounts_server("http://accounts.zoho.eu", DEFAULT_REGIONS) is None
    assert region_for_api_domain("https://www.zohoapis.com.au", DEFAULT_REGIONS).code == "au"


def write(tmp_path, data) -> dict[str, str]:
    path = tmp_path / "regions.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return {ENV_VAR: str(path)}


def test_override_keeps_omitted_keys(tmp_path) -> None:
    table = load_regions(write(tmp_path, {"eu": {"accounts_url": "http://127.0.0.1:9000/eu/accounts/"}}))
    assert table["eu"].accounts_url == "http://127.0.0.1:9000/eu/accounts"
    assert table["eu"].api_domain == "https://www.zohoapis.eu"
    assert table["us"] == DEFAULT_REGIONS["us"]
    assert load_regions({}) == DEFAULT_REGIONS


@pytest.mark.parametrize(("data", "named"), [
    ({"xx": {}}, "“xx”"),
    ({"eu": {"accounts_url": "http://accounts.example.com"}}, "eu.accounts_url"),
    ({"eu": {"api_domain": 5}}, "eu.api_domain"),
    ({"eu": {"portal": "https://x"}}, "“eu”"),
    ({"eu": {"console_url": "https://x.example/?a=b"}}, "eu.console_url"),
    ("[1, 2]", "regions.json"),
    ("{not json", "regions.json"),
])
def test_malformed_override_names_file_and_key(tmp_path, data, named) -> None:
    with pytest.raises(SettingsError) as caught:
        load_regions(write(tmp_path, data))
    what, todo = caught.value.sentences()
    assert named in what
    assert todo


def test_missing_override_file(tmp_path) -> None:
    with pytest.raises(SettingsError, match="cannot be read"):
        load_regions({ENV_VAR: str(tmp_path / "nope.json")})
