"""The terminal face as a person (or a script) uses it: real processes, the practice Zoho,
real Chromium for consent and the real keychain."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from selenium.webdriver.common.by import By

from tests.conftest import REAL_KEYCHAIN, free_port, landed_text

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
    assert tested.returncode == 0 and "organization(s)" in tested.stdout and "contact(s)" in tested.stdout
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
