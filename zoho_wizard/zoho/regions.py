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
from zoho_wizard.texts import QT_TR_NOOP, Text

ENV_VAR = "ZOHO_WIZARD_REGIONS"
URL_KEYS = ("accounts_url", "api_domain", "console_url")


@dataclass(frozen=True)
class Region:
    code: str
    name: str  # English, marked for translation (a face shows it translated)
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
        _region("us", QT_TR_NOOP("United States"), "zoho.com", "com"),
        _region("eu", QT_TR_NOOP("Europe"), "zoho.eu", "eu"),
        _region("in", QT_TR_NOOP("India"), "zoho.in", "in"),
        _region("au", QT_TR_NOOP("Australia"), "zoho.com.au", "com.au"),
        _region("jp", QT_TR_NOOP("Japan"), "zoho.jp", "jp"),
        _region("ca", QT_TR_NOOP("Canada"), "zohocloud.ca", "ca"),
        _region("sa", QT_TR_NOOP("Saudi Arabia"), "zoho.sa", "sa"),
        _region("uk", QT_TR_NOOP("United Kingdom"), "zoho.uk", "uk"),
        _region("cn", QT_TR_NOOP("China"), "zoho.com.cn", "com.cn"),
        _region("ae", QT_TR_NOOP("United Arab Emirates"), "zoho.ae", "ae"),
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


def _check_url(url: object, where: Text) -> str:
    if not isinstance(url, str):
        raise SettingsError(QT_TR_NOOP("{where} is set to something that is not a web address."),
                            QT_TR_NOOP("Correct that value (a text such as “https://accounts.zoho.eu”) or remove it."),
                            where=where)
    parts = urlsplit(url.strip())
    secure = parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(parts.hostname or ""))
    if not secure or not parts.hostname or parts.query or parts.fragment:
        raise SettingsError(QT_TR_NOOP("{where} is set to “{url}”, which is not an https:// address (plain "
                                       "http:// is allowed only for this computer)."),
                            QT_TR_NOOP("Correct that value or remove it."), where=where, url=url)
    return normalize_url(url)


def load_regions(env: Mapping[str, str] = os.environ) -> dict[str, Region]:
    """The region table, with the overrides from ``$ZOHO_WIZARD_REGIONS`` applied."""
    path = env.get(ENV_VAR)
    if not path:
        return dict(DEFAULT_REGIONS)
    todo = QT_TR_NOOP("Correct the file or unset {variable} to use Zoho's own servers.")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError:
        raise SettingsError(QT_TR_NOOP("The regions file {path} (named by {variable}) cannot be read."), todo,
                            path=path, variable=ENV_VAR) from None
    except ValueError as e:
        raise SettingsError(QT_TR_NOOP("The regions file {path} is not valid JSON ({problem})."), todo,
                            path=path, variable=ENV_VAR, problem=str(e)) from None
    return with_overrides(data, Text(QT_TR_NOOP("The regions file {path}"), {"path": path}))


def with_overrides(data: object, source: Text) -> dict[str, Region]:
    """The default table with ``data`` (``{code: {url_key: url}}``) applied; ``source`` names it in errors."""
    if not isinstance(data, dict):
        raise SettingsError(QT_TR_NOOP("{source} must hold an object keyed by region code."),
                            QT_TR_NOOP("Correct it, or unset {variable} to use Zoho's own servers."),
                            source=source, variable=ENV_VAR)
    table = dict(DEFAULT_REGIONS)
    for code, values in data.items():
        if code not in table:
            raise SettingsError(QT_TR_NOOP("{source} names an unknown region “{code}”."),
                                QT_TR_NOOP("Use one of {codes}."), source=source, code=code,
                                codes=", ".join(DEFAULT_REGIONS))
        if not isinstance(values, dict) or set(values) - set(URL_KEYS):
            raise SettingsError(QT_TR_NOOP("{source} has an unexpected value for region “{code}”."),
                                QT_TR_NOOP("Give it an object with only {keys}."), source=source, code=code,
                                keys=", ".join(URL_KEYS))
        urls = {key: _check_url(value, Text(QT_TR_NOOP("{setting} in {source}"),
                                            {"setting": f"{code}.{key}", "source": source}))
                for key, value in values.items()}
        table[code] = replace(table[code], **urls)
    return table


def region_for_accounts_server(url: str, table: Mapping[str, Region]) -> Region | None:
    """The region whose accounts server is exactly ``url``, or None: never trust anything else."""
    wanted = normalize_url(url)
    return next((r for r in table.values() if r.accounts_url == wanted), None)


def region_for_api_domain(url: str, table: Mapping[str, Region]) -> Region | None:
    wanted = normalize_url(url)
    return next((r for r in table.values() if r.api_domain == wanted), None)
