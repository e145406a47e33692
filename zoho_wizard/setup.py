"""A setup file: whoever registered the client in Zoho's API console (IT, the owner, an accountant)
fills in everything but the sign-in, once, for everyone::

    {"region": "eu", "client_type": "server", "client_id": "1000.ABCDEFGHIJ",
     "client_secret": "0123abcd...", "scope": "full", "profile": "acme-books",
     "locked": true, "contact": "Maria Rossi, IT (ext. 214)"}

Every key may be left out; ``locked`` (default false) says whether the person may change what the
file gives, or takes it as defaults. ``client_secret`` only for kinds of client that have one.

The first of these that exists is used: the file ``$ZOHO_WIZARD_SETUP`` names; ``setup.json`` in the
app's settings folder (this person's); the system-wide one (Linux ``/etc/xdg/zoho-wizard/setup.json``,
Windows ``%PROGRAMDATA%\\zoho-wizard\\setup.json``, macOS
``/Library/Application Support/zoho-wizard/setup.json``). Any problem in it is a
:class:`~zoho_wizard.errors.SetupFileError` naming the file and the key.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from zoho_wizard.errors import SetupFileError
from zoho_wizard.store.profiles import is_name
from zoho_wizard.store.settings import replace_file, settings_file
from zoho_wizard.texts import QT_TR_NOOP
from zoho_wizard.zoho.clients import SCOPE_PRESETS, ClientType
from zoho_wizard.zoho.regions import Region

ENV_VAR = "ZOHO_WIZARD_SETUP"
NAME = "setup.json"
KEYS = ("region", "client_type", "client_id", "client_secret", "scope", "profile", "locked", "contact")


def system_file(platform: str = sys.platform, env: Mapping[str, str] = os.environ) -> Path:
    """Where an administrator puts the setup file for every person on the computer."""
    if platform == "win32":
        return Path(env.get("PROGRAMDATA", r"C:\ProgramData"), "zoho-wizard", NAME)
    if platform == "darwin":
        return Path("/Library/Application Support/zoho-wizard", NAME)
    return Path("/etc/xdg/zoho-wizard", NAME)


def user_file(config_dir: Path | None = None) -> Path:
    """Where a person's own setup file goes: beside the app's settings."""
    return settings_file(config_dir).with_name(NAME)


def candidates(env: Mapping[str, str] = os.environ, config_dir: Path | None = None) -> list[Path]:
    named = env.get(ENV_VAR)
    return [*([Path(named)] if named else []), user_file(config_dir), system_file(env=env)]


def find(env: Mapping[str, str] = os.environ, config_dir: Path | None = None) -> Path | None:
    """The setup file in use: the first that exists (``$ZOHO_WIZARD_SETUP`` counts even when missing,
    so that a wrong name says so)."""
    named = env.get(ENV_VAR)
    if named:
        return Path(named)
    return next((path for path in candidates(env, config_dir) if path.is_file()), None)


@dataclass(frozen=True)
class Setup:
    path: Path
    region: str | None = None
    client_type: ClientType | None = None
    client_id: str | None = None
    client_secret: str | None = None
    scope: str | None = None
    profile: str | None = None
    locked: bool = False
    contact: str | None = None

    def __repr__(self) -> str:
        return f"Setup(path={str(self.path)!r}, locked={self.locked}, secret={'<set>' if self.client_secret else None})"

    @property
    def ready(self) -> bool:
        """Whether it holds all the sign-in needs: the wizard can go straight to it."""
        if not (self.region and self.client_type and self.client_id):
            return False
        return not self.client_type.kind.secret_required or bool(self.client_secret)

    def given(self) -> dict[str, object]:
        """The keys the file gives, with their values (the secret too: never print this)."""
        values = asdict(self)
        del values["path"]
        return {key: value for key, value in values.items() if value not in (None, False)}

    def secret_readable_by_others(self) -> bool:
        """Whether the file holds a Client Secret that others on this computer can read: a group or
        everyone may read it (POSIX), or it is the system-wide file."""
        if not self.client_secret:
            return False
        if self.path.resolve() == system_file().resolve():
            return True  # meant for every person on the computer
        if sys.platform == "win32":
            return False  # the folder's access list decides: a person's own folder is theirs
        return bool(self.path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))


def _problem(path: Path, what: str, todo: str, locked: bool = False, **values: object) -> SetupFileError:
    error = SetupFileError(what, todo, path=str(path), **values)
    error.locked = locked
    return error


FIX = QT_TR_NOOP("Ask whoever prepared the setup file (your IT contact) to correct it; until then, fill in the "
                 "wizard's pages yourself.")
FIX_LOCKED = QT_TR_NOOP("Ask whoever prepared the setup file (your IT contact) to correct it: it is locked, so the "
                        "app cannot be set up without it.")


def read(path: Path, regions: Mapping[str, Region]) -> Setup:
    """The setup file at ``path``, checked against ``regions``; every problem names the key."""
    return check(path, _load(path), regions)


def _load(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _problem(path, QT_TR_NOOP("The setup file {path} does not exist."), FIX) from None
    except (OSError, UnicodeDecodeError):
        raise _problem(path, QT_TR_NOOP("The setup file {path} cannot be read."), FIX) from None
    try:
        data = json.loads(text)
    except ValueError as error:
        raise _problem(path, QT_TR_NOOP("The setup file {path} is not valid JSON (line {line})."), FIX,
                       line=getattr(error, "lineno", "?")) from None
    return data


def check(path: Path, data: object, regions: Mapping[str, Region]) -> Setup:
    """``data`` as the setup file at ``path`` would hold it, checked: every problem names the key."""
    if not isinstance(data, dict):
        raise _problem(path, QT_TR_NOOP("The setup file {path} does not hold settings between {{ and }}."), FIX)
    locked = data.get("locked", False)
    if not isinstance(locked, bool):
        raise _problem(path, QT_TR_NOOP("In the setup file {path}, “locked” must be true or false."), FIX)
    fix = FIX_LOCKED if locked else FIX

    def wrong(key: str, what: str, **values: object) -> SetupFileError:
        return _problem(path, what, fix, locked, key=key, value=str(data.get(key))[:80], **values)

    for key in data:
        if key not in KEYS:
            raise _problem(path, QT_TR_NOOP("The setup file {path} has a setting the app does not know: “{key}”."),
                           fix, locked, key=key)
    for key in KEYS:
        if key != "locked" and key in data and not (isinstance(data[key], str) and data[key].strip()):
            raise wrong(key, QT_TR_NOOP("In the setup file {path}, “{key}” must be a text (in quotes), not empty."))
    given = {key: data[key].strip() for key in KEYS if key != "locked" and key in data}
    if "region" in given and given["region"] not in regions:
        raise wrong("region", QT_TR_NOOP("In the setup file {path}, “region” names no Zoho data center: “{value}” "
                                         "(it takes one of {codes})."), codes=", ".join(regions))
    try:
        client_type = ClientType(given["client_type"]) if "client_type" in given else None
    except ValueError:
        raise wrong("client_type", QT_TR_NOOP("In the setup file {path}, “client_type” names no kind of client: "
                                              "“{value}” (it takes one of {kinds})."),
                    kinds=", ".join(t.value for t in ClientType)) from None
    if "client_id" in given and any(c.isspace() for c in given["client_id"]):
        raise wrong("client_id", QT_TR_NOOP("In the setup file {path}, “client_id” contains spaces."))
    if "client_secret" in given and client_type is not None and not client_type.kind.has_secret:
        raise wrong("client_secret", QT_TR_NOOP("In the setup file {path}, “client_secret” is given for a kind of "
                                                "client that has none ({kind})."), kind=client_type.value)
    if "scope" in given and given["scope"] not in SCOPE_PRESETS:
        raise wrong("scope", QT_TR_NOOP("In the setup file {path}, “scope” must be “full” or “read”, not “{value}”."))
    if "profile" in given and not is_name(given["profile"]):
        raise wrong("profile", QT_TR_NOOP("In the setup file {path}, “profile” is not a connection name: “{value}” "
                                          "(1 to 64 letters, digits, dashes, underscores or dots)."))
    return Setup(path=path, region=given.get("region"), client_type=client_type, client_id=given.get("client_id"),
                 client_secret=given.get("client_secret"), scope=given.get("scope"), profile=given.get("profile"),
                 locked=locked, contact=given.get("contact"))


def current(regions: Mapping[str, Region], env: Mapping[str, str] = os.environ,
            config_dir: Path | None = None) -> Setup | None:
    """The setup file in use, read; None when there is none."""
    path = find(env, config_dir)
    return read(path, regions) if path is not None else None


def merged(found: Setup | None, asked: Mapping[str, str | None]) -> dict[str, str | None]:
    """What to connect with, by key: what was ``asked`` (a terminal option), else what the setup file
    gives. A locked file refuses a value other than its own."""
    values: dict[str, str | None] = {}
    for key, wanted in asked.items():
        given = getattr(found, key, None) if found is not None else None
        given = given.value if isinstance(given, ClientType) else given
        if found is not None and found.locked and given is not None and wanted is not None and wanted != given:
            raise _problem(found.path, QT_TR_NOOP("The setup file {path} is locked to “{value}” for “{key}”, and "
                                                  "“{wanted}” was asked for."),
                           QT_TR_NOOP("Leave that option out (the setup file gives it), or ask your IT contact to "
                                      "change the setup file."), True, key=key, value=given, wanted=wanted)
        values[key] = wanted if wanted is not None else given
    return values


def write(path: Path, values: Mapping[str, object], regions: Mapping[str, Region]) -> Setup:
    """A setup file at ``path`` with ``values`` (keys of :data:`KEYS`), checked first; readable by its
    owner only when it holds a Client Secret. Written whole or not at all."""
    written = check(path, dict(values), regions)
    replace_file(path, json.dumps({key: values[key] for key in KEYS if key in values}, indent=2) + "\n",
                 0o600 if values.get("client_secret") else 0o644)
    return written
