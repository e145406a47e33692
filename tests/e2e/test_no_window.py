"""When Qt cannot open a window (a system library missing, no display), the app says which package
to install in two sentences, on standard error and in the desktop's dialog tool, instead of Qt's
plugin error. The library is really missing: tests/without-libraries.sh hides it (root). Linux's
case; the advice on every system is in tests/unit/test_platform.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.platforms import linux_only, root_on_linux

ROOT = Path(__file__).resolve().parents[2]
pytestmark = linux_only
needs_root = root_on_linux("hiding a system library needs a mount namespace: run via tests/run")


def start_wizard(tmp_path: Path, *hide: str, display: str | None = ":5") -> tuple[subprocess.CompletedProcess[str],
                                                                                 str]:
    """Start the wizard as a double-click would (no command), with a stand-in zenity that records
    the dialog it was asked to show. Returns the process and the dialog's text."""
    tools = tmp_path / "bin"
    tools.mkdir()
    dialog = tmp_path / "dialog.txt"
    (tools / "zenity").write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{dialog}"\n')
    (tools / "zenity").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")}
    env.update(PATH=f"{tools}:{env['PATH']}", XDG_CONFIG_HOME=str(tmp_path / "config"))
    if display:
        env["DISPLAY"] = display  # no X server there: the plugin check comes before any connection
    command = [sys.executable, "-m", "zoho_wizard"]
    if hide:
        command = ["bash", str(ROOT / "tests/without-libraries.sh"), *hide, "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    return result, dialog.read_text() if dialog.exists() else ""


def assert_two_sentences(result: subprocess.CompletedProcess[str], dialog: str, *words: str) -> None:
    assert result.returncode == 1, result.stderr
    message = result.stderr.strip()
    assert "Traceback" not in message and "qt.qpa" not in message and "Aborted" not in message
    assert message.count(". ") == 1 and message.endswith("."), message
    assert all(word in message for word in words), message
    assert f"--text={message}" in dialog


@needs_root
def test_missing_xcb_cursor_names_the_package(tmp_path):
    result, dialog = start_wizard(tmp_path, "libxcb-cursor.so.0")
    assert_two_sentences(result, dialog, "libxcb-cursor.so.0", "sudo apt install libxcb-cursor0")


@needs_root
def test_missing_egl_names_the_package(tmp_path):
    result, dialog = start_wizard(tmp_path, "libEGL.so.1")
    assert_two_sentences(result, dialog, "libEGL.so.1", "sudo apt install libegl1")


def test_no_display(tmp_path):
    result, dialog = start_wizard(tmp_path, display=None)
    assert_two_sentences(result, dialog, "no desktop display", "zoho-wizard --help")
