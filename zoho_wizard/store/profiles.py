"""Saved connections (profiles): settings in a JSON file, secrets in the system keychain.

Each save gets a fresh generation: its secrets go under new keychain keys
``name/generation/kind`` first, then the settings file is replaced atomically, and only then
are the old generation's secrets removed. A crash at any point leaves the old connection or
the new one whole, never a mix. The settings file never holds a secret::

    store = ProfileStore(Keychain.system())
    profile = store.save(profile, Secrets(client_secret=secret, refresh_token=refresh))
    profile = store.load("acme")
    refresh = store.secrets(profile).refresh_token
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from contextlib import suppress
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from secrets import token_hex
from typing import TYPE_CHECKING, Any

from zoho_wizard.errors import KeychainLocked, KeychainUnavailable, NoSuchProfile, SettingsError
from zoho_wizard.store.settings import settings_file

if TYPE_CHECKING:
    from zoho_wizard.store.keychain import Keychain

VERSION = 1
_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")


@dataclass(frozen=True)
class Profile:
    name: str
    region: str
    client_type: str
    client_id: str
    scopes: tuple[str, ...]
    accounts_url: str
    api_domain: str
    organization_id: str | None = None
    organization_name: str | None = None
    expires_at: float | None = None
    token_issued_at: float | None = None  # when Zoho issued the current access token
    connected_at: float = 0.0
    generation: str = ""


@dataclass(frozen=True)
class Secrets:
    client_secret: str | None = None
    refresh_token: str | None = None
    access_token: str | None = None

    def __repr__(self) -> str:
        shown = (f"{kind}={'<none>' if getattr(self, kind) is None else '<set>'}" for kind in KINDS)
        return f"Secrets({', '.join(shown)})"


KINDS = tuple(field.name for field in fields(Secrets))


def _key(name: str, generation: str, kind: str) -> str:
    return f"{name}/{generation}/{kind}"


class ProfileStore:
    def __init__(self, keychain: Keychain, config_dir: Path | None = None) -> None:
        self.keychain = keychain
        self.path = settings_file(config_dir)

    def names(self) -> list[str]:
        return sorted(self._read())

    def load(self, name: str) -> Profile:
        profile = self._read().get(name)
        if profile is None:
            raise NoSuchProfile()
        return profile

    def secrets(self, profile: Profile) -> Secrets:
        return Secrets(**{kind: self.keychain.get(_key(profile.name, profile.generation, kind)) for kind in KINDS})

    def save(self, profile: Profile, secrets: Secrets) -> Profile:
        """Add or replace the profile named ``profile.name``; returns it with its new generation."""
        if not _NAME.fullmatch(profile.name):
            raise SettingsError(
                "A connection name must be 1 to 64 letters, digits, dashes (-), underscores (_) or dots.",
                "Choose a name such as 'acme-books' and try again.",
            )
        saved = replace(profile, generation=token_hex(8))
        for kind in KINDS:
            value = getattr(secrets, kind)
            if value is not None:
                self.keychain.set(_key(saved.name, saved.generation, kind), value)
        profiles = self._read()
        old = profiles.get(saved.name)
        profiles[saved.name] = saved
        self._write(profiles)
        if old is not None:
            # The new connection is saved; old secrets that cannot be removed now are harmless.
            with suppress(KeychainLocked, KeychainUnavailable):
                self._forget(old)
        return saved

    def update(self, profile: Profile) -> None:
        """Save settings (organization, expiry) of the current generation; ``NoSuchProfile`` if replaced."""
        profiles = self._read()
        current = profiles.get(profile.name)
        if current is None or current.generation != profile.generation:
            raise NoSuchProfile(
                "This connection was replaced or removed while the app was using it.",
                "Open the connection again, or connect again, then retry.",
            )
        profiles[profile.name] = profile
        self._write(profiles)

    def set_access_token(self, profile: Profile, token: str, expires_at: float, issued_at: float) -> Profile:
        key = _key(profile.name, profile.generation, "access_token")
        self.keychain.set(key, token)
        updated = replace(profile, expires_at=expires_at, token_issued_at=issued_at)
        try:
            self.update(updated)
        except NoSuchProfile:
            self.keychain.delete(key)
            raise
        return updated

    def delete(self, name: str) -> None:
        """Remove the profile's settings, then its secrets."""
        profiles = self._read()
        profile = profiles.pop(name, None)
        if profile is None:
            raise NoSuchProfile()
        self._write(profiles)
        self._forget(profile)

    def _forget(self, profile: Profile) -> None:
        for kind in KINDS:
            self.keychain.delete(_key(profile.name, profile.generation, kind))

    def _read(self) -> dict[str, Profile]:
        """The profiles in the settings file, read afresh (another app window may have written it)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise self._unreadable() from error
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise self._unreadable()
        try:
            return {name: _from_json(name, entry) for name, entry in data["profiles"].items()}
        except (KeyError, AttributeError, TypeError, ValueError) as error:
            raise self._unreadable() from error

    def _write(self, profiles: dict[str, Profile]) -> None:
        """Replace the settings file atomically: a temporary file in the same folder, synced, then renamed."""
        folder = self.path.parent
        temporary: str | None = None
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".profiles-", suffix=".tmp", dir=folder)
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                content = {name: _to_json(profile) for name, profile in profiles.items()}
                json.dump({"version": VERSION, "profiles": content}, file, indent=2, sort_keys=True)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.path)
            temporary = None
            if os.name == "posix":
                _fsync_folder(folder)
        except OSError as error:
            raise self._unwritable() from error
        finally:
            if temporary is not None:
                with suppress(OSError):
                    os.unlink(temporary)

    def _unreadable(self) -> SettingsError:
        return SettingsError(
            f"The app cannot read its settings file {self.path}: it is damaged or was changed by hand.",
            "Move that file to another folder (the app then starts with no saved connections) and connect"
            " again, or ask your IT contact to look at it.",
        )

    def _unwritable(self) -> SettingsError:
        return SettingsError(
            f"The app could not save its settings file {self.path}.",
            "Check that the disk is not full and that you may write to that folder, then try again.",
        )


def _to_json(profile: Profile) -> dict[str, Any]:
    entry = asdict(profile)
    del entry["name"]
    return entry


def _from_json(name: str, entry: dict[str, Any]) -> Profile:
    if not _NAME.fullmatch(name) or not isinstance(entry["scopes"], list):
        raise ValueError(f"bad profile {name!r}")
    return Profile(name=name, **{**entry, "scopes": tuple(entry["scopes"])})


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
