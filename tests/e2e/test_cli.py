"""The terminal face as a person (or a script) uses it: real processes, the practice Zoho,
real Chromium for consent and the real keychain."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
from selenium.webdriver.common.by import By

from tests.platforms import root_on_linux
from tests.support import REAL_KEYCHAIN, Clock, fill_the_minute, free_port, landed_text, practice_zoho, serving
from zoho_wizard.oauth.tokens import TokenEndpoint
from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import ProfileStore

pytestmark = pytest.mark.skipif(not REAL_KEYCHAIN, reason="the CLI saves to the system keychain: run via tests/run")

CLI = [sys.executable, "-m", "zoho_wizard.cli"]


def run(*args: str, stdin: str = "", env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, text=True, env=env, timeout=90)


@pytest.fixture
def env(practice, tmp_path) -> dict[str, str]:
    return {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cli-config")}


def assert_plain(result: subprocess.CompletedProcess[str], *secrets: str | None) -> None:
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    for secret in secrets:
        assert not secret or secret not in output


def test_connect_status_token_test_disconnect(practice, env, chromium):
    port = free_port()
    client = practice.add_client("server", redirect_uris=[f"http://localhost:{port}/callback"])
    process = subprocess.Popen(
        [*CLI, "connect", "--region", "us", "--client-type", "server", "--client-id", client.client_id,
         "--port", str(port), "--no-browser", "--timeout", "60"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    process.stdin.write(client.client_secret + "\n")
    process.stdin.close()
    url = ""
    while not url.startswith("http"):
        url = process.stderr.readline().strip()
    chromium.get(url)
    chromium.find_element(By.ID, "accept").click()
    assert "close this tab" in landed_text(chromium)
    out, err = process.stdout.read(), process.stderr.read()
    assert process.wait(60) == 0, err
    assert "Connected: Zoho Books in United States (us)" in out and "Organization:" in out
    assert "Secrets are stored in:" in out
    assert client.client_secret not in out + err

    status = run("status", env=env)
    assert status.returncode == 0 and "United States (us)" in status.stdout and client.client_id in status.stdout
    assert "Secret Service" in status.stdout
    token = run("token", env=env)
    assert token.returncode == 0 and token.stdout.startswith("1000.") and token.stdout.count("\n") == 1
    tested = run("test", env=env)
    assert tested.returncode == 0
    assert re.search(r"answered: 2 organizations\.\n.*: 3 contacts \(HTTP 200", tested.stdout)
    for result in (status, tested):
        assert_plain(result, client.client_secret, token.stdout.strip())

    gone = run("disconnect", env=env)
    assert gone.returncode == 0 and "Disconnected" in gone.stdout
    missing = run("status", env=env)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 2 and "Connect first" in missing.stderr
    assert_plain(missing)


def test_failures_are_two_plain_sentences(practice, env):
    client = next(c for c in practice.clients.values() if c.client_type == "self")
    code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
    wrong = run("connect", "--region", "us", "--client-type", "self", "--client-id", client.client_id,
                "--code", code, stdin="not-the-secret\n", env=env)
    assert wrong.returncode == 1 and "Client Secret is wrong" in wrong.stderr
    assert_plain(wrong, "not-the-secret", code)
    broken = run("connect", "--region", "us", "--client-type", "self", "--client-id", client.client_id,
                 "--code", code, env={**env, "ZOHO_WIZARD_REGIONS": "/nonexistent.json"})
    assert broken.returncode == 1 and "/nonexistent.json" in broken.stderr
    assert_plain(broken)


def test_self_client_connects(practice, env):
    client = next(c for c in practice.clients.values() if c.client_type == "self")
    code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
    done = run("connect", "--profile", "books", "--region", "us", "--client-type", "self", "--client-id",
               client.client_id, "--code", code, stdin=client.client_secret + "\n", env=env)
    assert done.returncode == 0, done.stderr
    assert_plain(done, client.client_secret, code)
    assert run("status", "--profile", "books", env=env).returncode == 0
    assert run("disconnect", "--profile", "books", env=env).returncode == 0


def test_help(env):
    result = run("--help", env=env)
    assert result.returncode == 0 and "connect" in result.stdout and "practice" in result.stdout


def test_practice_command_prints_how_to_use_it(tmp_path, env):
    process = subprocess.Popen([*CLI, "practice", "--port", str(free_port())], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    try:
        lines = []
        deadline = time.time() + 30
        while not any("Ctrl+C" in line for line in lines) and time.time() < deadline:
            lines.append(process.stdout.readline())
        text = "".join(lines)
        assert "Practice Zoho (not the real Zoho) is running at http://127.0.0.1:" in text
        assert "export ZOHO_WIZARD_REGIONS=" in text and "server" in text
    finally:
        process.terminate()
        process.wait(10)


# -- real Zoho's first failures, in the terminal

def connect_server(practice, env, client, region: str, port: int) -> subprocess.CompletedProcess[str]:
    return run("connect", "--region", region, "--client-type", "server", "--client-id", client.client_id,
               "--port", str(port), "--no-browser", "--timeout", "60", stdin=client.client_secret + "\n", env=env)


def test_connect_names_the_data_center_of_the_client_within_seconds(practice, env):
    port = free_port()
    client = practice.add_client("server", redirect_uris=[f"http://localhost:{port}/callback"], regions=["eu"])
    started = time.monotonic()
    result = connect_server(practice, env, client, "us", port)
    assert time.monotonic() - started < 10  # Python's start included
    assert result.returncode == 1
    assert "This Client ID belongs to Zoho's Europe data center" in result.stderr
    assert "Run the same command again with --region eu." in result.stderr
    assert "Open this address" not in result.stderr  # nobody was sent to Zoho's error page
    assert_plain(result, client.client_secret)


def test_connect_names_the_redirect_address_to_register(practice, env):
    registered, used = free_port(), free_port()
    client = practice.add_client("server", redirect_uris=[f"http://localhost:{registered}/callback"])
    result = connect_server(practice, env, client, "us", used)
    assert result.returncode == 1
    assert f"add exactly http://localhost:{used}/callback under Authorized Redirect URIs" in result.stderr
    assert_plain(result, client.client_secret)


def test_connect_says_an_unknown_client_id_is_unknown(practice, env):
    port = free_port()
    client = practice.add_client("server", redirect_uris=[f"http://localhost:{port}/callback"])
    practice.clients.pop(client.client_id)  # deleted in Zoho's console
    result = connect_server(practice, env, client, "us", port)
    assert result.returncode == 1 and "does not know this Client ID in any of its data centers" in result.stderr


def self_connect(practice, env) -> str:
    """A Self Client connection made in the terminal; returns its default organization's ID."""
    client = practice.client_of_type("self")
    code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
    done = run("connect", "--region", "us", "--client-type", "self", "--client-id", client.client_id,
               "--code", code, stdin=client.client_secret + "\n", env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.split("[", 1)[1].split("]", 1)[0]


def test_daily_cap_is_told_with_the_time_it_ends(practice, env):
    org = self_connect(practice, env)
    practice.use_daily_allowance(org)
    result = run("test", env=env)
    assert result.returncode == 1
    assert "Zoho Books has used up today's allowance of API calls for this organization (2,000 calls a day" \
        in result.stderr
    assert "It starts again at " in result.stderr
    assert_plain(result)


def test_minute_window_is_waited_out_and_said(tmp_path, monkeypatch):
    clock = Clock()
    with practice_zoho(tmp_path, monkeypatch, clock=clock) as practice:
        env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cli-config")}
        org = self_connect(practice, env)
        fill_the_minute(practice, clock, run("token", env=env).stdout.strip(), org)
        process = subprocess.Popen([*CLI, "test"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=env)
        said = next((line for line in process.stderr if "busy" in line), "")  # and then it waits
        clock.now += 60  # meanwhile, the minute passes
        out, err = process.communicate(timeout=90)
    assert process.returncode == 0, said + err
    assert said.endswith(" is busy: trying again in 1 second…\n")
    assert re.search(r": \d+ contacts? \(HTTP 200", out)


def test_localized_throttle_is_told_in_plain_words(tmp_path, monkeypatch):
    with practice_zoho(tmp_path, monkeypatch, throttle_language="zh") as practice:
        env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cli-config")}
        self_connect(practice, env)
        store = ProfileStore(Keychain.system(), tmp_path / "cli-config" / "zoho-wizard")
        profile = store.load("default")
        client = practice.client_of_type("self")
        accounts = TokenEndpoint(profile.accounts_url, requests.Session())
        for _ in range(10):  # another tool on the same connection spends Zoho's allowance
            accounts.refresh(client_id=client.client_id, client_secret=client.client_secret,
                             refresh_token=store.secrets(profile).refresh_token)
        store.update(replace(profile, expires_at=time.time() - 60))  # and this token has run out
        result = run("token", env=env)
    assert result.returncode == 1 and result.stdout == ""
    assert "Zoho is limiting how often this connection may ask for new access" in result.stderr
    assert "Wait about ten minutes" in result.stderr
    assert_plain(result)


def test_disconnect_forget_when_zoho_cannot_be_reached(practice, env):
    self_connect(practice, env)
    practice.stop()
    refused = run("disconnect", env=env)
    assert refused.returncode == 1 and "nothing was removed" in refused.stderr
    assert "zoho-wizard disconnect --forget" in refused.stderr
    gone = run("disconnect", "--forget", env=env)
    assert gone.returncode == 0 and "was not ended at Zoho" in gone.stdout
    assert run("status", env=env).returncode == 1
    assert_plain(refused)


def test_a_tampered_settings_file_sends_nothing_to_the_server_it_names(practice, env):
    heard: list[str] = []

    class Listener(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            heard.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_GET = do_POST

        def log_message(self, *args: object) -> None:
            pass

    with serving(ThreadingHTTPServer(("127.0.0.1", 0), Listener)) as listener:
        self_connect(practice, env)
        path = Path(env["XDG_CONFIG_HOME"]) / "zoho-wizard" / "profiles.json"
        settings = json.loads(path.read_text())
        settings["profiles"]["default"].update(accounts_url=f"http://127.0.0.1:{listener.server_port}", expires_at=0)
        path.write_text(json.dumps(settings))
        for command in ("token", "test", "disconnect"):
            result = run(command, env=env)
            assert result.returncode == 1
            assert "names a server that is not one of Zoho's known data centers" in result.stderr
            assert "zoho-wizard disconnect --forget" in result.stderr
            assert_plain(result)
        assert run("disconnect", "--forget", env=env).returncode == 0
    assert heard == []


@pytest.mark.parametrize("args, said", [
    (("--port", "99999"), "99999 is not a port number (1 to 65535)"),
    (("--port", "0"), "0 is not a port number (1 to 65535)"),
    (("--timeout", "0"), "0 is not a number of seconds above zero"),
    (("--timeout", "nan"), "nan is not a number of seconds above zero"),
])
def test_arguments_that_cannot_work_are_refused_before_anything_starts(practice, env, args, said):
    result = run("connect", "--region", "us", "--client-type", "server", "--client-id", "1000.X", *args, env=env)
    assert result.returncode == 2 and said in result.stderr
    assert result.stderr.startswith("The command line was not understood: ") and result.stderr.count("\n") == 2
    assert "Run 'zoho-wizard connect --help' to see what it takes." in result.stderr
    assert_plain(result)
    assert practice.count("auth") == 0


@root_on_linux("taking the right to ports below 1024 away with setpriv needs root")
def test_a_port_the_system_reserves_is_told_apart_from_a_busy_one(practice, env):
    client = practice.add_client("server", redirect_uris=["http://localhost:80/callback"])
    result = subprocess.run(["setpriv", "--bounding-set", "-net_bind_service", *CLI, "connect", "--region", "us",
                             "--client-type", "server", "--client-id", client.client_id, "--port", "80",
                             "--no-browser"], input=client.client_secret + "\n", capture_output=True, text=True,
                            env=env, timeout=90)
    assert result.returncode == 1
    assert "does not allow the app to listen on the port chosen" in result.stderr and "--port" in result.stderr


def test_missing_keys_are_told_as_missing(practice, env):
    self_connect(practice, env)
    store = ProfileStore(Keychain.system(), Path(env["XDG_CONFIG_HOME"]) / "zoho-wizard")
    profile = store.load("default")
    store.update(replace(profile, expires_at=time.time() - 60))
    store.keychain.delete(f"default/{profile.generation}/client_secret")
    result = run("token", env=env)
    assert result.returncode == 1 and result.stderr.startswith("This connection's keys are missing from the keychain")
    assert "Client-based" not in result.stderr and "copy" not in result.stderr.lower()
    store.keychain.delete(f"default/{profile.generation}/refresh_token")
    assert run("token", env=env).stderr == result.stderr


@root_on_linux("taking the right to read any file away with setpriv needs root")
def test_a_settings_file_it_may_not_read_is_not_called_damaged(practice, env):
    self_connect(practice, env)
    path = Path(env["XDG_CONFIG_HOME"]) / "zoho-wizard" / "profiles.json"
    path.chmod(0)
    try:
        result = subprocess.run(["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *CLI, "status"],
                                capture_output=True, text=True, env=env, timeout=90)
    finally:
        path.chmod(0o600)
    assert result.returncode == 1
    assert result.stderr.startswith(f"The app is not allowed to read its settings file {path}.")
    assert "damaged" not in result.stderr
