"""A setup file made once by IT, in the terminal: 'setup write' (the secret from standard input),
'setup check' (what the wizard will do), then 'connect' with no options but what the file leaves
out; a locked file refusing other values, an unlocked one taking them; a damaged file told in two
sentences without stopping the other commands. Real processes, the practice Zoho, the real
keychain, real Chromium for the browser's consent."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from tests.e2e.test_cli import CLI, assert_plain, run
from tests.support import REAL_KEYCHAIN, free_port, landed_text

pytestmark = pytest.mark.skipif(not REAL_KEYCHAIN, reason="the CLI saves to the system keychain: run via tests/run")


@pytest.fixture
def env(practice, tmp_path) -> dict[str, str]:
    return {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cli-config")}


def mine(env: dict[str, str]) -> Path:
    """The person's own setup file, where 'setup write' puts it by default."""
    return Path(env["XDG_CONFIG_HOME"]) / "zoho-wizard" / "setup.json"


def test_written_by_it_checked_then_connect_needs_only_the_code(practice, env):
    client = practice.client_of_type("self")
    written = run("setup", "write", "--region", "us", "--client-type", "self", "--client-id", client.client_id,
                  "--profile", "acme-books", "--locked", "--contact", "Maria, IT (ext. 214)",
                  stdin=client.client_secret + "\n", env=env)
    assert written.returncode == 0, written.stderr
    assert f"Written: {mine(env)}" in written.stdout and "given (not shown)" in written.stdout
    assert oct(mine(env).stat().st_mode & 0o777) == "0o600"
    assert json.loads(mine(env).read_text(encoding="utf-8"))["client_secret"] == client.client_secret
    checked = run("setup", "check", env=env)
    assert checked.returncode == 0
    assert "locked: the person cannot change these" in checked.stdout
    assert "go straight to the sign-in at Zoho" in checked.stdout
    assert "In a terminal: zoho-wizard connect --code CODE" in checked.stdout
    assert "Warning" not in checked.stdout
    code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
    done = run("connect", "--code", code, env=env)
    assert done.returncode == 0, done.stderr
    assert "profile 'acme-books'" in done.stdout
    status = run("status", env=env)  # the setup file's connection, without --profile
    assert status.returncode == 0 and "acme-books" in status.stdout
    for result in (written, checked, done, status):
        assert_plain(result, client.client_secret, code)
    assert run("disconnect", env=env).returncode == 0


def test_a_locked_file_refuses_other_values_and_an_unlocked_one_takes_them(practice, env):
    client = practice.client_of_type("self")
    values = {"region": "us", "client_type": "self", "client_id": client.client_id,
              "client_secret": client.client_secret, "profile": "acme-books"}
    mine(env).parent.mkdir(parents=True)
    mine(env).write_text(json.dumps({**values, "locked": True}), encoding="utf-8")
    refused = run("connect", "--region", "eu", "--code", "1000.x", env=env)
    assert refused.returncode == 1
    assert f"The setup file {mine(env)} is locked to “us” for “region”, and “eu” was asked for." in refused.stderr
    assert "Leave that option out" in refused.stderr
    assert practice.count("token_code") == 0
    mine(env).write_text(json.dumps({**values, "locked": False}), encoding="utf-8")
    code = practice.issue_self_client_code(client.client_id, "ZohoBooks.fullaccess.all")
    taken = run("connect", "--profile", "mine", "--code", code, env=env)
    assert taken.returncode == 0 and "profile 'mine'" in taken.stdout, taken.stderr
    assert run("disconnect", "--profile", "mine", env=env).returncode == 0


def test_a_damaged_file_is_told_and_the_other_commands_still_work(practice, env):
    mine(env).parent.mkdir(parents=True)
    mine(env).write_text('{"region": "mars", "client_type": "server"}', encoding="utf-8")
    told = run("connect", env=env)
    assert told.returncode == 1
    assert told.stderr.splitlines() == [
        f"In the setup file {mine(env)}, “region” names no Zoho data center: “mars” (it takes one of "
        "us, eu, in, au, jp, ca, sa, uk, cn, ae).",
        "Ask whoever prepared the setup file (your IT contact) to correct it; until then, fill in the wizard's "
        "pages yourself."]
    checked = run("setup", "check", env=env)
    assert checked.returncode == 1 and "“region” names no Zoho data center" in checked.stderr
    status = run("status", env=env)
    assert "Traceback" not in status.stderr and "setup file" not in status.stderr


def test_without_a_file_the_check_says_where_it_looked(env):
    checked = run("setup", "check", env=env)
    assert checked.returncode == 0 and "No setup file: the wizard asks for everything." in checked.stdout
    assert str(mine(env)) in checked.stdout and "/etc/xdg/zoho-wizard/setup.json" in checked.stdout


def test_a_secret_others_can_read_is_a_warning(practice, env, tmp_path):
    shared = tmp_path / "shared.json"
    shared.write_text(json.dumps({"region": "us", "client_type": "server", "client_id": "1000.X",
                                  "client_secret": "shared-secret-value"}), encoding="utf-8")
    shared.chmod(0o644)
    checked = run("setup", "check", str(shared), env=env)
    assert checked.returncode == 0 and "Warning: this file holds a Client Secret that others" in checked.stdout
    assert_plain(checked, "shared-secret-value")


def test_server_based_through_the_browser_with_nothing_but_the_port(practice, env, chromium):
    port = free_port()
    client = practice.add_client("server", redirect_uris=[f"http://localhost:{port}/callback"])
    env = {**env, "ZOHO_WIZARD_SETUP": str(Path(env["XDG_CONFIG_HOME"]) / "from-it.json")}
    Path(env["ZOHO_WIZARD_SETUP"]).parent.mkdir(parents=True)
    Path(env["ZOHO_WIZARD_SETUP"]).write_text(json.dumps({
        "region": "us", "client_type": "server", "client_id": client.client_id,
        "client_secret": client.client_secret, "locked": True}), encoding="utf-8")
    process = subprocess.Popen([*CLI, "connect", "--port", str(port), "--no-browser", "--timeout", "60"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env)
    url = ""
    while not url.startswith("http"):
        url = process.stderr.readline().strip()
    chromium.get(url)
    chromium.find_element(By.ID, "accept").click()
    assert "close this tab" in landed_text(chromium)
    out, err = process.stdout.read(), process.stderr.read()
    assert process.wait(60) == 0, err
    assert "Connected: Zoho Books in United States (us), profile 'default'" in out
    assert client.client_secret not in out + err
    assert run("disconnect", env=env).returncode == 0


def test_the_practice_zoho_serves_a_practice_setup_file(tmp_path, env):
    process = subprocess.Popen([*CLI, "practice", "--port", str(free_port())], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    try:
        lines: list[str] = []
        deadline = time.time() + 30
        while not any("Ctrl+C" in line for line in lines) and time.time() < deadline:
            lines.append(process.stdout.readline())
        exports = dict(line.strip().removeprefix("export ").split("=", 1) for line in lines
                       if line.strip().startswith("export "))
        env = {**env, **exports}
        checked = run("setup", "check", env=env)
        assert checked.returncode == 0 and "go straight to the sign-in at Zoho" in checked.stdout
        assert "Contact:         the practice Zoho" in checked.stdout
    finally:
        process.terminate()
        process.wait(10)
