"""Saved connections (profiles): settings in a JSON file, secrets in the system keychain.

Each save gets a fresh generation: its secrets go under new keychain keys
``name/generation/kind`` first, then the settings file is replaced atomically, and only then
are the old generation's secrets removed. A crash at any point leaves the old connection or
the new one whole, never a mix. The settings file never holds a secret.

Everything that changes a connection, and every use of the keychain, happens under one lock file
beside the settings, so that processes take turns (``with store.locked(): ...`` holds it across
several steps; gnome-keyring can fail when many processes use it at once). Generations whose secrets
may be in the keychain without being saved (a save or removal under way) are listed in the settings
file first, so that :meth:`ProfileStore.sweep` can remove what a killed process left::

    store = ProfileStore(Keychain.system())
    profile = store.save(profile, Secrets(client_secret=secret, refresh_token=refresh))
    profile = store.load("acme")
    refresh = store.secrets(profile).refresh_token
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from secrets import token_hex
from typing import TYPE_CHECKING, Any

from zoho_wizard.errors import KeychainLocked, KeychainUnavailable, NoSuchProfile, SettingsError
from zoho_wizard.store.settings import replace_file, settings_file
from zoho_wizard.texts import QT_TR_NOOP
from zoho_wizard.zoho.clients import ClientType

if TYPE_CHECKING:
    from zoho_wizard.store.keychain import Keychain

VERSION = 1
CHECK_KEY = "zoho-wizard-check"  # written and removed to prove the keychain takes secrets
LOCK_TIMEOUT = 120.0  # longer than a refresh at Zoho may take, which happens under the lock
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
        from filelock import FileLock  # loaded with the first store, not with every module that names this class

        self.keychain = keychain
        self.path = settings_file(config_dir)
        # one lock object per file in the process, so that a thread holding it may take it again
        self._lock = FileLock(self.path.with_name("profiles.lock"), timeout=LOCK_TIMEOUT, is_singleton=True)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the settings lock: other processes (and threads) wait to change any connection or to use
        the keychain."""
        from filelock import Timeout

        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._lock.acquire()
        except Timeout:
            raise SettingsError(
                QT_TR_NOOP("Another copy of the app has been changing the saved connections for over {seconds} "
                           "seconds."),
                QT_TR_NOOP("Wait until it has finished (or close it), then try again."),
                seconds=round(LOCK_TIMEOUT)) from None
        except OSError as error:
            raise self._unwritable() from error
        try:
            yield
        finally:
            self._lock.release()

    def check_ready(self, name: str) -> None:
        """Refuse now what would make saving ``name`` fail later: the name, the settings file and
        folder, and a keychain that cannot store a secret."""
        check_name(name)
        with self.locked():
            self._read_all()
            probe = self.path.with_name(f".check-{token_hex(4)}")
            try:
                probe.write_bytes(b"")
                probe.unlink()
            except OSError as error:
                raise self._unwritable() from error
            self.keychain.set(CHECK_KEY, "ok")
            self.keychain.delete(CHECK_KEY)

    def names(self) -> list[str]:
        return sorted(self._read())

    def load(self, name: str) -> Profile:
        profile = self._read().get(name)
        if profile is None:
            raise NoSuchProfile()
        return profile

    def secrets(self, profile: Profile) -> Secrets:
        with self.locked():
            return Secrets(**{kind: self.keychain.get(_key(profile.name, profile.generation, kind)) for kind in KINDS})

    def save(self, profile: Profile, secrets: Secrets) -> Profile:
        """Add or replace the profile named ``profile.name``; returns it with its new generation."""
        check_name(profile.name)
        saved = replace(profile, generation=token_hex(8))
        with self.locked():
            self._pending(add=saved)
            for kind in KINDS:
                value = getattr(secrets, kind)
                if value is not None:
                    self.keychain.set(_key(saved.name, saved.generation, kind), value)
            profiles, pending = self._read_all()
            old = profiles.get(saved.name)
            profiles[saved.name] = saved
            self._write(profiles, _without(pending, saved) + ([_prefix(old)] if old else []))
            if old is not None:
                # The new connection is saved; old secrets that cannot be removed now are swept later.
                with suppress(KeychainLocked, KeychainUnavailable):
                    self._forget(old)
        return saved

    def update(self, profile: Profile) -> None:
        """Save settings (organization, expiry) of the current generation; ``NoSuchProfile`` if replaced."""
        with self.locked():
            profiles, pending = self._read_all()
            current = profiles.get(profile.name)
            if current is None or current.generation != profile.generation:
                raise NoSuchProfile(
                    QT_TR_NOOP("This connection was replaced or removed while the app was using it."),
                    QT_TR_NOOP("Open the connection again, or connect again, then retry."),
                )
            profiles[profile.name] = profile
            self._write(profiles, pending)

    def set_access_token(self, profile: Profile, token: str, expires_at: float, issued_at: float) -> Profile:
        key = _key(profile.name, profile.generation, "access_token")
        updated = replace(profile, expires_at=expires_at, token_issued_at=issued_at)
        with self.locked():
            self.keychain.set(key, token)
            try:
                self.update(updated)
            except NoSuchProfile:
                self.keychain.delete(key)
                raise
        return updated

    def delete(self, name: str) -> None:
        """Remove the profile's settings, then its secrets."""
        with self.locked():
            profiles, pending = self._read_all()
            profile = profiles.pop(name, None)
            if profile is None:
                raise NoSuchProfile()
            self._write(profiles, [*pending, _prefix(profile)])
            self._forget(profile)

    def sweep(self) -> None:
        """Remove the secrets of generations that a killed save or removal left behind (those the
        keychain will not remove now stay listed for the next sweep)."""
        if not self._read_all()[1]:
            return
        with self.locked():
            profiles, pending = self._read_all()
            left = []
            for prefix in pending:
                try:
                    for kind in KINDS:
                        self.keychain.delete(f"{prefix}/{kind}")
                except (KeychainLocked, KeychainUnavailable):
                    left.append(prefix)
            self._write(profiles, left)

    def _forget(self, profile: Profile) -> None:
        """Remove a generation's secrets, then its entry among the pending ones."""
        for kind in KINDS:
            self.keychain.delete(_key(profile.name, profile.generation, kind))
        self._pending(remove=profile)

    def _pending(self, *, add: Profile | None = None, remove: Profile | None = None) -> None:
        profiles, pending = self._read_all()
        if add is not None:
            pending = [*pending, _prefix(add)]
        if remove is not None:
            pending = _without(pending, remove)
        self._write(profiles, pending)

    def _read(self) -> dict[str, Profile]:
        """The profiles in the settings file, read afresh (another process may have written it)."""
        return self._read_all()[0]

    def _read_all(self) -> tuple[dict[str, Profile], list[str]]:
        """The profiles, and the generations whose secrets may be left in the keychain."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}, []
        except PermissionError as error:
            raise SettingsError(QT_TR_NOOP("The app is not allowed to read its settings file {path}."),
                                QT_TR_NOOP("Give your user account access to that file (or ask your IT contact), "
                                           "then try again."), path=str(self.path)) from error
        except (OSError, ValueError, RecursionError) as error:
            raise self._unreadable() from error
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise self._unreadable()
        try:
            pending = data.get("pending", [])
            if not isinstance(pending, list) or not all(isinstance(p, str) for p in pending):
                raise ValueError("pending")
            return {name: _from_json(name, entry) for name, entry in data["profiles"].items()}, pending
        except (KeyError, AttributeError, TypeError, ValueError) as error:
            raise self._unreadable() from error

    def _write(self, profiles: dict[str, Profile], pending: list[str]) -> None:
        """Replace the settings file atomically (readable by its owner only)."""
        content = {name: _to_json(profile) for name, profile in profiles.items()}
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            replace_file(self.path, json.dumps({"version": VERSION, "profiles": content, "pending": pending},
                                               indent=2, sort_keys=True))
        except OSError as error:
            raise self._unwritable() from error

    def _unreadable(self) -> SettingsError:
        return SettingsError(
            QT_TR_NOOP("The app cannot read its settings file {path}: it is damaged or was changed by hand."),
            QT_TR_NOOP("Move that file to another folder (the app then starts with no saved connections) and "
                       "connect again, or ask your IT contact to look at it."),
            path=str(self.path),
        )

    def _unwritable(self) -> SettingsError:
        return SettingsError(
            QT_TR_NOOP("The app could not save its settings file {path}."),
            QT_TR_NOOP("Check that the disk is not full and that you may write to that folder, then try again."),
            path=str(self.path),
        )


def is_name(name: str) -> bool:
    """Whether ``name`` can name a connection."""
    return bool(_NAME.fullmatch(name))


def check_name(name: str) -> None:
    if not is_name(name):
        raise SettingsError(
            QT_TR_NOOP("A connection name must be 1 to 64 letters, digits, dashes (-), underscores (_) or dots."),
            QT_TR_NOOP("Choose a name such as 'acme-books' and try again."),
        )


def _prefix(profile: Profile) -> str:
    """The keychain keys of a generation start with this."""
    return f"{profile.name}/{profile.generation}"


def _without(pending: list[str], profile: Profile) -> list[str]:
    return [prefix for prefix in pending if prefix != _prefix(profile)]


def _to_json(profile: Profile) -> dict[str, Any]:
    entry = asdict(profile)
    del entry["name"]
    return entry


_TEXT = (str,)
_NUMBER = (int, float)
_NONE = (type(None),)
_FIELDS: dict[str, tuple[type, ...]] = {  # what each saved field may hold
    "region": _TEXT, "client_type": _TEXT, "client_id": _TEXT, "scopes": (list,), "accounts_url": _TEXT,
    "api_domain": _TEXT, "organization_id": _TEXT + _NONE, "organization_name": _TEXT + _NONE,
    "expires_at": _NUMBER + _NONE, "token_issued_at": _NUMBER + _NONE, "connected_at": _NUMBER,
    "generation": _TEXT,
}
_REQUIRED = {"region", "client_type", "client_id", "scopes", "accounts_url", "api_domain"}


def _from_json(name: str, entry: object) -> Profile:
    """A profile as saved, or ValueError for anything the app did not write itself."""
    if not _NAME.fullmatch(name) or not isinstance(entry, dict) or not _REQUIRED <= set(entry) <= set(_FIELDS):
        raise ValueError(f"bad profile {name!r}")
    for key, value in entry.items():
        if not isinstance(value, _FIELDS[key]) or isinstance(value, bool):
            raise ValueError(f"bad value for {key!r} in profile {name!r}")
    if not all(isinstance(scope, str) for scope in entry["scopes"]) or entry["client_type"] not in set(ClientType):
        raise ValueError(f"bad profile {name!r}")
    return Profile(name=name, **{**entry, "scopes": tuple(entry["scopes"])})
