"""Many processes on one set of connections, and processes killed: real `zoho-wizard` processes,
the real Secret Service and the practice Zoho's own counters. Nothing saved is lost, and no
token or keychain item outlives its connection."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from tests.support import REAL_KEYCHAIN, keychain_keys, run_connect
from zoho_wizard import errors
from zoho_wizard.oauth.flow import ConnectRequest
from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import KINDS, ProfileStore
from zoho_wizard.texts import Text
from zoho_wizard.zoho.clients import ClientType

pytestmark = pytest.mark.skipif(not REAL_KEYCHAIN, reason="real processes share the system keychain: "
                                                          "run via tests/run")

CLI = [sys.executable, "-m", "zoho_wizard.cli"]


@pytest.fixture
def env(practice, tmp_path) -> dict[str, str]:
    return {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cli-config")}


@pytest.fixture
def cli_store(env) -> ProfileStore:
    """The store the processes share, seen from the test. Its first use creates the keyring's login
    collection, as a desktop session has done long before (a fresh gnome-keyring that eight processes
    reach at once may ask for a prompt instead)."""
    store = ProfileStore(Keychain.system(), Path(env["XDG_CONFIG_HOME"]) / "zoho-wizard")
    store.keychain.get("warm-up")
    return store


def start(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.Popen[str]:
    process = subprocess.Popen([*CLI, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    assert process.stdin is not None
    process.stdin.write(stdin)
    process.stdin.close()
    process.stdin = None  # written whole: communicate() only reads
    return process


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def connect_self(practice, env, profile: str) -> subprocess.Popen[str]:
    client = practice.client_of_type("self")
    code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
    return start("connect", "--profile", profile, "--region", "us", "--client-type", "self", "--client-id",
                 client.client_id, "--code", code, env=env, stdin=client.client_secret + "\n")


def generation_keys(store: ProfileStore, prefix: str) -> set[str]:
    """The keychain keys the saved connections whose names start with ``prefix`` should have."""
    return {f"{p.name}/{p.generation}/{kind}" for p in map(store.load, store.names()) if p.name.startswith(prefix)
            for kind in KINDS}


def test_eight_connects_at_once_all_saved_with_exactly_their_secrets(practice, env, cli_store):
    names = [f"eight-{n}" for n in range(8)]
    processes = [connect_self(practice, env, name) for name in names]
    results = [finish(p) for p in processes]
    assert [code for code, _, _ in results] == [0] * 8, [err for _, _, err in results]
    assert cli_store.names() == names
    assert keychain_keys("eight-") == generation_keys(cli_store, "eight-")
    assert practice.refresh_tokens_live(practice.client_of_type("self").client_id) == 8


def test_bursts_of_token_commands_share_one_refresh_each(practice, env, cli_store):
    assert finish(connect_self(practice, env, "default"))[0] == 0
    api = practice.region_urls()["us"]["api_domain"] + "/books/v3/organizations"
    for burst in range(1, 4):
        cli_store.update(replace(cli_store.load("default"), expires_at=time.time() - 1))  # the token ran out
        with ThreadPoolExecutor(10) as pool:
            results = list(pool.map(lambda _: finish(start("token", env=env)), range(10)))
        assert [code for code, _, _ in results] == [0] * 10, [err for _, _, err in results if err]
        tokens = {out.strip() for _, out, _ in results}
        assert len(tokens) == 1
        answer = requests.get(api, headers={"Authorization": f"Zoho-oauthtoken {tokens.pop()}"}, timeout=10)
        assert answer.status_code == 200
        assert practice.count("token_refresh") == burst


def test_connects_failing_after_consent_leave_no_token_live(practice, regions, store, face):
    folder = store.path.parent
    client = practice.client_of_type("self")

    def break_the_settings_folder(message: Text) -> None:  # after the exchange, before the saving
        if str(message).startswith("Checking the connection with Zoho Books"):
            folder.rename(folder.with_name("moved-away"))
            folder.write_text("not a folder")

    face.progress = break_the_settings_folder
    for _ in range(20):
        code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
        request = ConnectRequest(profile="default", region=regions["us"], client_type=ClientType.SELF,
                                 client_id=client.client_id, client_secret=client.client_secret, code=code)
        with pytest.raises(errors.SettingsError) as caught:
            run_connect(request, face, store, regions)
        assert "could not save its settings file" in caught.value.sentences()[0]
        folder.unlink()
        folder.with_name("moved-away").rename(folder)
    assert practice.count("token_code") == 20
    assert practice.refresh_tokens_live(client.client_id) == 0
    assert store.names() == []


SAVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from zoho_wizard.store.keychain import Keychain
    from zoho_wizard.store.profiles import Profile, ProfileStore, Secrets

    store = ProfileStore(Keychain.system(), Path(sys.argv[1]))
    profile = store.load("killed")
    print("saving", flush=True)
    for n in range(1000):
        profile = store.save(profile, Secrets(f"secret-{n}", f"1000.refresh-{n}", f"1000.access-{n}"))
""")


def test_kills_while_saving_leave_no_keychain_item_behind(practice, env, cli_store):
    assert finish(connect_self(practice, env, "killed"))[0] == 0
    for delay in range(0, 200, 10):  # milliseconds into the saving loop
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(cli_store.path.parent)], stdout=subprocess.PIPE,
                                 text=True, env=env)
        assert saver.stdout is not None and saver.stdout.readline() == "saving\n"
        time.sleep(delay / 1000)
        saver.send_signal(signal.SIGKILL)
        saver.wait(10)
    assert len(keychain_keys("killed/")) > len(KINDS)  # the kills left items of unfinished generations
    code, out, err = finish(start("status", "--profile", "killed", env=env))  # one good command
    assert code == 0, err
    assert keychain_keys("killed/") == generation_keys(cli_store, "killed")
