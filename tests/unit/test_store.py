"""The connection store's contract, run against an in-memory keychain and the real Secret Service.

The real one runs when ``ZOHO_WIZARD_REAL_KEYCHAIN=1`` (``tests/keychain.sh`` sets it up)::

    bash tests/keychain.sh python -m pytest -q tests/unit/test_store.py
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import InitError, KeyringLocked, NoKeyringError, PasswordDeleteError, PasswordSetError

from tests.support import MemoryKeyring
from zoho_wizard.errors import KeychainLocked, KeychainUnavailable, NoSuchProfile, SettingsError, WizardError
from zoho_wizard.store.keychain import SECRET_SERVICE, Keychain
from zoho_wizard.store.profiles import KINDS, Profile, ProfileStore, Secrets

REAL_KEYCHAIN = os.environ.get("ZOHO_WIZARD_REAL_KEYCHAIN") == "1"

PROFILE = Profile(
    name="acme", region="eu", client_type="server", client_id="1000.CLIENTID",
    scopes=("ZohoBooks.fullaccess.all",), accounts_url="https://accounts.zoho.eu",
    api_domain="https://www.zohoapis.eu", expires_at=1_700_003_600.0, connected_at=1_700_000_000.0,
)
OLD = Secrets("old-client-secret-5b1f", "1000.old-refresh-token-77aa", "1000.old-access-token-c3d2")
NEW = Secrets("new-client-secret-9e0c", "1000.new-refresh-token-41bd", "1000.new-access-token-08f6")


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's plain-file backends (not installed): refused by its module name."""

    __module__ = "keyrings.alt.file"


class Crash(Exception):
    """The process dies here."""


class Probe(Keychain):
    """A keychain that can crash at its n-th write and remembers its keys to clean up after a test."""

    SERVICE = "zoho-wizard-test"

    def __init__(self, backend: KeyringBackend, *, timeout: float = 10.0) -> None:
        super().__init__(backend, timeout=timeout)
        self.writes = 0
        self.crash_at = 0
        self.keys: set[str] = set()

    def _write(self) -> None:
        self.writes += 1
        if self.writes == self.crash_at:
            raise Crash

    def set(self, key: str, value: str) -> None:
        self._write()
        self.keys.add(key)
        super().set(key, value)

    def delete(self, key: str) -> None:
        self._write()
        super().delete(key)


@pytest.fixture(params=["memory", "secret-service"])
def keychain(request: pytest.FixtureRequest) -> Iterator[Probe]:
    if request.param == "memory":
        probe = Probe(MemoryKeyring())
    elif REAL_KEYCHAIN:
        probe = Probe.system()
    else:
        pytest.skip("the real Secret Service runs only with ZOHO_WIZARD_REAL_KEYCHAIN=1 (see tests/keychain.sh)")
    yield probe
    probe.crash_at = 0
    for key in probe.keys:
        probe.delete(key)


@pytest.fixture
def store(keychain: Probe, tmp_path: Path) -> ProfileStore:
    return ProfileStore(keychain, tmp_path / "config")


# The contract: every keychain must pass these.

def test_keychain_round_trip(keychain: Probe) -> None:
    keychain.set("acme/g1/refresh_token", "1000.token")
    assert keychain.get("acme/g1/refresh_token") == "1000.token"
    keychain.delete("acme/g1/refresh_token")
    assert keychain.get("acme/g1/refresh_token") is None
    keychain.delete("acme/g1/refresh_token")  # missing is fine


def test_keychain_names_its_store(keychain: Probe, request: pytest.FixtureRequest) -> None:
    expected = {"memory": MemoryKeyring.name, "secret-service": SECRET_SERVICE}
    assert keychain.name == expected[request.node.callspec.params["keychain"]]


def test_save_load_secrets_round_trip(store: ProfileStore) -> None:
    saved = store.save(PROFILE, OLD)
    assert saved.generation and saved == replace(PROFILE, generation=saved.generation)
    assert store.names() == ["acme"]
    assert store.load("acme") == saved
    assert store.secrets(saved) == OLD


def test_missing_secrets_stay_missing(store: ProfileStore) -> None:
    saved = store.save(replace(PROFILE, client_type="client"), Secrets(access_token="1000.only-access"))
    assert store.secrets(saved) == Secrets(access_token="1000.only-access")


def test_replace_removes_the_old_secrets(store: ProfileStore) -> None:
    old = store.save(PROFILE, OLD)
    new = store.save(replace(PROFILE, client_id="1000.OTHER"), NEW)
    assert new.generation != old.generation
    assert store.load("acme") == new
    assert store.secrets(new) == NEW
    assert store.secrets(old) == Secrets()


@pytest.mark.parametrize(("step", "survivor"), [
    (1, "old"), (2, "old"), (3, "old"),  # new secrets written
    ("replace", "old"),                  # the settings file switched over
    (4, "new"), (5, "new"), (6, "new"),  # old secrets removed
])
def test_crash_during_replace_leaves_one_connection_whole(
        store: ProfileStore, keychain: Probe, monkeypatch: pytest.MonkeyPatch, step: int | str, survivor: str) -> None:
    store.save(PROFILE, OLD)
    changed = replace(PROFILE, client_id="1000.OTHER")
    if step == "replace":
        def crash(*args: object) -> None:
            raise Crash
        monkeypatch.setattr(os, "replace", crash)
    else:
        keychain.crash_at = keychain.writes + step
    with pytest.raises(Crash):
        store.save(changed, NEW)
    monkeypatch.undo()
    keychain.crash_at = 0

    after = ProfileStore(keychain, store.path.parent)
    profile = after.load("acme")
    expected_profile, expected_secrets = (PROFILE, OLD) if survivor == "old" else (changed, NEW)
    assert profile == replace(expected_profile, generation=profile.generation)
    assert after.secrets(profile) == expected_secrets
    after.sweep()  # what the crash left in the keychain goes; the surviving connection stays whole
    left = {key for key in keychain.keys if keychain.get(key) is not None}
    assert left == {f"acme/{profile.generation}/{kind}" for kind in KINDS}
    assert after.secrets(profile) == expected_secrets
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["profiles.json", "profiles.lock"]


def test_set_access_token(store: ProfileStore) -> None:
    saved = store.save(PROFILE, OLD)
    updated = store.set_access_token(saved, "1000.fresh-access", 1_700_007_200.0, 1_700_000_000.0)
    assert updated == replace(saved, expires_at=1_700_007_200.0, token_issued_at=1_700_000_000.0)
    assert store.load("acme") == updated
    assert store.secrets(updated) == replace(OLD, access_token="1000.fresh-access")


def test_update_keeps_the_generation(store: ProfileStore) -> None:
    saved = store.save(PROFILE, OLD)
    chosen = replace(saved, organization_id="20001", organization_name="Acme Ltd")
    store.update(chosen)
    assert store.load("acme") == chosen
    assert store.secrets(chosen) == OLD


def test_a_replaced_profile_can_no_longer_be_written(store: ProfileStore, keychain: Probe) -> None:
    old = store.save(PROFILE, OLD)
    new = store.save(PROFILE, NEW)
    with pytest.raises(NoSuchProfile):
        store.update(replace(old, organization_id="20001"))
    with pytest.raises(NoSuchProfile):
        store.set_access_token(old, "1000.late-access", 1_700_007_200.0, 1_700_000_000.0)
    assert store.load("acme") == new
    assert keychain.get(f"acme/{old.generation}/access_token") is None


def test_delete(store: ProfileStore) -> None:
    saved = store.save(PROFILE, OLD)
    store.save(replace(PROFILE, name="other"), NEW)
    store.delete("acme")
    assert store.names() == ["other"]
    assert store.secrets(saved) == Secrets()
    with pytest.raises(NoSuchProfile):
        store.load("acme")
    with pytest.raises(NoSuchProfile):
        store.delete("acme")


def test_settings_file_holds_no_secret_and_only_its_owner_reads_it(store: ProfileStore) -> None:
    saved = store.save(PROFILE, OLD)
    store.set_access_token(saved, "1000.fresh-access", 1_700_007_200.0, 1_700_000_000.0)
    text = store.path.read_text()
    assert '"version": 1' in text and '"acme"' in text
    for secret in [*vars(OLD).values(), "1000.fresh-access"]:
        assert secret not in text
    if os.name == "posix":  # Windows keeps a user's files private by the folder's access list
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def saved_as(**changes: object) -> str:
    """A settings file as the app writes it, with some of the profile's fields changed by hand."""
    entry = {key: value for key, value in vars(PROFILE).items() if key != "name"}
    return json.dumps({"version": 1, "profiles": {"acme": {**entry, "scopes": list(PROFILE.scopes), **changes}}})


@pytest.mark.parametrize("content", [
    "{not json", "[]", '{"version": 2, "profiles": {}}', '{"version": 1, "profiles": {"acme": {"region": "eu"}}}',
    "[" * 100_000 + "]" * 100_000,  # too deep for the JSON reader
    saved_as(expires_at="tomorrow"), saved_as(scopes="ZohoBooks.fullaccess.all"), saved_as(client_id=None),
    saved_as(client_type="desktop"), saved_as(connected_at=True), saved_as(colour="blue"),
    saved_as(scopes=[1, 2]), '{"version": 1, "profiles": {"acme": []}}',
    '{"version": 1, "profiles": {}, "pending": "acme/123"}',
], ids=["json", "list", "version", "fields", "deep", "text-time", "scopes-text", "no-id", "client-type",
        "bool-time", "unknown-key", "scope-numbers", "entry-list", "pending-text"])
def test_a_damaged_settings_file_is_reported_never_overwritten(store: ProfileStore, content: str) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text(content)
    with pytest.raises(SettingsError) as error:
        store.load("acme")
    assert str(store.path) in str(error.value) and "Move that file" in str(error.value)
    with pytest.raises(SettingsError):
        store.save(PROFILE, OLD)
    assert store.path.read_text() == content


@pytest.mark.parametrize("name", ["", "a" * 65, "acme/books", "acme books", "bücher", "../acme"])
def test_a_bad_profile_name_is_refused_before_anything_is_stored(
        store: ProfileStore, keychain: Probe, name: str) -> None:
    with pytest.raises(SettingsError, match="connection name"):
        store.save(replace(PROFILE, name=name), OLD)
    assert keychain.writes == 0 and not store.path.exists()


def test_a_good_profile_name(store: ProfileStore) -> None:
    store.save(replace(PROFILE, name="Acme_Books-2.eu"), OLD)
    assert store.names() == ["Acme_Books-2.eu"]


# The keychain's own behaviour, with backends made for the purpose.

class HangingBackend(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None


def test_a_hanging_keychain_call_gives_up_in_time() -> None:
    backend = HangingBackend()
    started = time.monotonic()
    with pytest.raises(KeychainLocked):
        Keychain(backend, timeout=0.2).get("acme/g1/refresh_token")
    assert time.monotonic() - started < 2
    backend.release.set()


def test_a_hanging_keychain_call_does_not_keep_the_app_running() -> None:
    code = textwrap.dedent("""
        import time
        from keyring.backend import KeyringBackend
        from zoho_wizard.errors import KeychainLocked
        from zoho_wizard.store.keychain import Keychain

        class Stuck(KeyringBackend):
            priority = 0
            def get_password(self, service, username):
                time.sleep(3600)
            set_password = delete_password = get_password

        try:
            Keychain(Stuck(), timeout=0.1).get("key")
        except KeychainLocked:
            print("locked")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=20,
                          cwd=Path(__file__).parents[2])
    assert done.stdout.strip() == "locked", done.stderr


class FailingBackend(MemoryKeyring):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


@pytest.mark.parametrize(("error", "expected"), [
    (KeyringLocked("Failed to unlock the collection!"), KeychainLocked),
    (PasswordSetError("Cancelled by user"), KeychainLocked),
    (InitError("Failed to create the collection"), KeychainUnavailable),
    (NoKeyringError("No recommended backend"), KeychainUnavailable),
    (ConnectionError("D-Bus went away"), KeychainUnavailable),
])
def test_keychain_errors_become_plain_errors_without_the_secret(
        error: Exception, expected: type[Exception]) -> None:
    with pytest.raises(expected) as raised:
        Keychain(FailingBackend(error)).set("acme/g1/refresh_token", OLD.refresh_token or "")
    assert isinstance(raised.value, WizardError) and raised.value.what and raised.value.todo
    assert OLD.refresh_token not in str(raised.value) + repr(raised.value)


def test_a_delete_that_fails_for_another_reason_is_reported() -> None:
    backend = FailingBackend(PasswordDeleteError("Cancelled by user"))
    backend.items[(Keychain.SERVICE, "key")] = "value"
    with pytest.raises(KeychainLocked):
        Keychain(backend).delete("key")


@pytest.fixture
def system_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


class PlaintextChainer(chainer.ChainerBackend):
    priority = -1  # type: ignore[assignment]  # as MemoryKeyring's
    backends = [PlaintextKeyring(), null.Keyring()]


class MixedChainer(PlaintextChainer):
    backends = [PlaintextKeyring(), MemoryKeyring()]


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring(), PlaintextChainer()])
def test_system_refuses_a_keychain_that_is_not_secure(system_keyring: None, backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    with pytest.raises(KeychainUnavailable):
        Keychain.system()


def test_system_uses_the_secure_keychain_inside_a_chain(system_keyring: None) -> None:
    chained = MixedChainer()
    keyring.set_keyring(chained)
    keychain = Keychain.system()
    keychain.set("acme/g1/refresh_token", "1000.token")
    assert chained.backends[1].get_password(Keychain.SERVICE, "acme/g1/refresh_token") == "1000.token"
    assert chained.backends[0].get_password(Keychain.SERVICE, "acme/g1/refresh_token") is None


def test_secrets_repr_hides_the_values() -> None:
    shown = repr(Secrets(client_secret="s3cr3t-value", refresh_token="1000.r3fr3sh"))
    assert shown == "Secrets(client_secret=<set>, refresh_token=<set>, access_token=<none>)"
    assert "1000.acc3ss" not in str(Secrets(access_token="1000.acc3ss"))


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_CONFIG_HOME is the Linux convention")
def test_default_settings_folder_follows_xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert ProfileStore(Keychain(MemoryKeyring())).path == tmp_path / "zoho-wizard" / "profiles.json"
