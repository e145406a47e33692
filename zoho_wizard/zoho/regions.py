"""Zoho's ten data centers, kept as one table (hosts do not follow a pattern).

``ZOHO_WIZARD_REGIONS`` may name a JSON file that overrides ``accounts_url``, ``api_domain``
or ``console_url`` per region code, for tests, practice mode and IT::

    {"eu": {"accounts_url": "http://127.0.0.1:9000/eu/accounts"}}
"""

from __future__ import annotations

import ipaddress
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from zoho_wizard.errors import SettingsError

ENV_VAR = "ZOHO_WIZARD_REGIONS"
URL_KEYS = ("accounts_url", "api_domain", "console_url")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    accounts_url: str
    api_domain: str
    console_url: str

    @property
    def login_hint(self) -> str:
        """The address of the Zoho login page, which tells data centers apart for a person."""
        return urlsplit(self.accounts_url).netloc


def _region(code: str, name: str, tld: str, api_tld: str) -> Region:
    return Region(code, name, f"https://accounts.{tld}", f"https://www.zohoapis.{api_tld}",
                  f"https://api-console.{tld}")


DEFAULT_REGIONS: dict[str, Region] = {
    r.code: r
    for r in (
        _region("us", "United States", "zoho.com", "com"),
        _region("eu", "Europe", "zoho.eu", "eu"),
        _region("in", "India", "zoho.in", "in"),
        _region("au", "Australia", "zoho.com.au", "com.au"),
        _region("jp", "Japan", "zoho.jp", "jp"),
        _region("ca", "Canada", "zohocloud.ca", "ca"),
        _region("sa", "Saudi Arabia", "zoho.sa", "sa"),
        _region("uk", "United Kingdom", "zoho.uk", "uk"),
        _region("cn", "China", "zoho.com.cn", "com.cn"),
        _region("ae", "United Arab Emirates", "zoho.ae", "ae"),
    )
}


def normalize_url(url: str) -> str:
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_url(url: object, where: str) -> str:
    if not isinstance(url, str):
        raise SettingsError(f"{where} is set to something that is not a web address.",
                            "Correct that value (a text such as \"https://accounts.zoho.eu\") or remove it.")
    parts = urlsplit(url.strip())
    secure = parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(parts.hostname or ""))
    if not secure or not parts.hostname or parts.query or parts.fragment:
        raise SettingsError(f"{where} is set to {url!r}, which is not an https:// address "
                            "(plain http:// is allowed only for this computer).",
                            "Correct that value or remove it.")
    return normalize_url(url)


def load_regions(env: Mapping[str, str] = os.environ) -> dict[str, Region]:
    """The region table, with the overrides from ``$ZOHO_WIZARD_REGIONS`` applied."""
    path = env.get(ENV_VAR)
    if not path:
        return dict(DEFAULT_REGIONS)
    todo = f"Correct the file or unset {ENV_VAR} to use Zoho's own servers."
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError:
        raise SettingsError(f"The regions file {path} (named by {ENV_VAR}) cannot be read.", todo) from None
    except ValueError as e:
        raise SettingsError(f"The regions file {path} is not valid JSON ({e}).", todo) from None
    return with_overrides(data, f"The regions file {path}")


def with_overrides(data: object, source: str) -> dict[str, Region]:
    """The default table with ``data`` (``{code: {url_key: url}}``) applied; ``source`` names it in errors."""
    if not isinstance(data, dict):
        raise SettingsError(f"{source} must hold an object keyed by region code.",
                            f"Correct it, or unset {ENV_VAR} to use Zoho's own servers.")
    table = dict(DEFAULT_REGIONS)
    for code, values in data.items():
        if code not in table:
            raise SettingsError(f"{source} names an unknown region {code!r}.",
                                f"Use one of {', '.join(DEFAULT_REGIONS)}.")
        if not isinstance(values, dict) or set(values) - set(URL_KEYS):
            raise SettingsError(f"{source} has an unexpected value for region {code!r}.",
                                f"Give it an object with only {', '.join(URL_KEYS)}.")
        urls = {key: _check_url(value, f"{code}.{key} in {source}") for key, value in values.items()}
        table[code] = replace(table[code], **urls)
    return table


def region_for_accounts_server(url: str, table: Mapping[str, Region]) -> Region | None:
    """The region whose accounts server is exactly ``url``, or None: never trust anything else."""
    wanted = normalize_url(url)
    return next((r for r in table.values() if r.accounts_url == wanted), None)


def region_for_api_domain(url: str, table: Mapping[str, Region]) -> Region | None:
    wanted = normalize_url(url)
    return next((r for r in table.values() if r.api_domain == wanted), None)
