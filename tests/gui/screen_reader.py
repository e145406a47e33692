"""What a screen reader finds in the app: the accessibility tree this test process offers on AT-SPI,
read by tests/atspi_tree.py with Debian's Python, and a few questions to ask of it.

Qt offers its tree to AT-SPI only on the xcb platform (the offscreen plugin has no AT-SPI bridge),
and only when asked to (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, read when the QApplication is made).
So a test that reads the tree runs again, through :func:`run_in_xvfb`, in a pytest process of its
own with those variables, on an Xvfb display and an accessibility bus of its own (:func:`screen`);
the other GUI tests keep the offscreen platform."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
READER = ROOT / "tests" / "atspi_tree.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi
A11Y_CONFIG = "/usr/share/defaults/at-spi2/accessibility.conf"  # at-spi2-core's
# Whether this process's Qt offers its tree to AT-SPI (else the test runs again in a process that does).
EXPORTED = os.environ.get("QT_QPA_PLATFORM") == "xcb" and os.environ.get("QT_LINUX_ACCESSIBILITY_ALWAYS_ON") == "1"
TREES = os.environ.get("SCREEN_READER_TREES")  # a folder to keep every tree read in, for a person to look at

Node = dict[str, Any]


def unavailable(env: dict[str, str]) -> str | None:
    """Why no tree can be read with these variables (from :func:`screen`), or None."""
    if not os.path.exists(SYSTEM_PYTHON):
        return f"no {SYSTEM_PYTHON} (Debian's Python, for python3-pyatspi)"
    check = subprocess.run([SYSTEM_PYTHON, str(READER), "--check", "--timeout", "20"], env=dict(os.environ, **env),
                           capture_output=True, text=True, timeout=30)
    if check.returncode == 2:
        return "pyatspi is missing: apt install python3-pyatspi at-spi2-core"
    if check.returncode != 0:
        return f"no AT-SPI bus ({check.returncode}): {check.stderr.strip()[-300:]}"
    return None


async def tree(timeout: float = 20.0) -> Node:
    """This process's accessibility tree, read by another process while the event loop goes on
    answering its questions (Qt's bridge answers them on the GUI thread)."""
    reader = await asyncio.create_subprocess_exec(
        SYSTEM_PYTHON, str(READER), str(os.getpid()), "--timeout", str(timeout),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(reader.communicate(), timeout + 10)
    except TimeoutError:
        reader.kill()
        await reader.wait()
        raise AssertionError(f"the accessibility tree was not read within {timeout + 10:.0f} s") from None
    assert reader.returncode == 0, f"reading the accessibility tree failed ({reader.returncode}): {err.decode()}"
    return json.loads(out)  # type: ignore[no-any-return]


def keep(node: Node, name: str) -> None:
    """Write the tree to SCREEN_READER_TREES/<name>.json, when that folder is given."""
    if TREES:
        Path(TREES).mkdir(parents=True, exist_ok=True)
        Path(TREES, f"{name}.json").write_text(json.dumps(node, indent=1, ensure_ascii=False))


def walk(node: Node, *, showing: bool = True) -> Iterator[Node]:
    """``node`` and all under it (only what is on screen, unless ``showing`` is False)."""
    if showing and "showing" not in node["states"]:
        return
    yield node
    for child in node["children"]:
        yield from walk(child, showing=showing)


def find(node: Node, role: str | None = None, name: str | None = None) -> list[Node]:
    """The objects on screen with this role and name (either may be left out)."""
    return [n for n in walk(node) if (role is None or n["role"] == role) and (name is None or n["name"] == name)]


def focusable_without_name(node: Node) -> list[str]:
    """The roles of the focusable objects on screen that have no name."""
    return [n["role"] for n in walk(node) if "focusable" in n["states"] and not n["name"].strip()]


def texts(node: Node) -> list[str]:
    """Everything a screen reader can say on screen: the names, and the text of text objects."""
    said = []
    for n in walk(node):
        said += [s for s in (n["name"], n.get("text") or "") if s.strip()]
    return said


def focused(node: Node) -> Node | None:
    """The object with the keyboard focus, if it is on screen."""
    return next((n for n in walk(node) if "focused" in n["states"]), None)


@contextlib.contextmanager
def screen() -> Iterator[dict[str, str]]:
    """A display and an AT-SPI bus of the test run's own, whatever else runs on this computer: Xvfb,
    and a D-Bus daemon for accessibility (its registry starts when first asked). Yields the
    variables that lead to them; skips the test when something is missing."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (Debian: apt install xvfb dbus)")
    with xvfb() as display, a11y_bus() as bus:
        env = {"DISPLAY": display, "AT_SPI_BUS_ADDRESS": bus}
        if reason := unavailable(env):
            pytest.skip(reason)
        yield env


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A virtual X display (Xvfb chooses a free number); yields its name, ":N"."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as said:
            number = said.readline().strip()  # empty if Xvfb ended
        assert number, f"Xvfb did not start (exit status {server.poll()})"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextlib.contextmanager
def a11y_bus() -> Iterator[str]:
    """A D-Bus daemon for accessibility, as at-spi-bus-launcher starts one; yields its address. The
    registry it starts finds it by AT_SPI_BUS_ADDRESS. (The session's own launcher puts its bus at
    ~/.cache/at-spi/bus when XDG_RUNTIME_DIR is unset, a path shared by every D-Bus session on the
    computer: one test run ending would take the bus from another.)"""
    with tempfile.TemporaryDirectory(prefix="zw-a11y-") as folder:
        address = f"unix:path={folder}/bus"
        command = ["dbus-daemon", f"--config-file={A11Y_CONFIG}", "--nofork", "--nopidfile", f"--address={address}",
                   "--print-address"]
        daemon = subprocess.Popen(command, env=dict(os.environ, AT_SPI_BUS_ADDRESS=address), stdout=subprocess.PIPE,
                                  text=True, start_new_session=True)
        try:
            assert daemon.stdout is not None
            assert daemon.stdout.readline(), f"the accessibility bus did not start (exit status {daemon.poll()})"
            yield address
        finally:  # the registry the daemon started is in its process group, and outlives it otherwise
            os.killpg(daemon.pid, signal.SIGTERM)
            daemon.wait(timeout=10)


def run_in_xvfb(nodeid: str, env: dict[str, str], timeout: float = 230.0) -> None:
    """Run one test again in a pytest process on that display and bus, whose Qt offers its tree to
    AT-SPI; its failure fails the caller, its skip skips it."""
    env = dict(os.environ, **env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", nodeid],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    output = run.stdout + run.stderr
    summary = output.strip().splitlines()[-1] if output.strip() else ""
    if run.returncode == 0 and "passed" not in summary:
        pytest.skip(next((line for line in output.splitlines() if line.startswith("SKIPPED")), summary))
    assert run.returncode == 0, f"on Xvfb {env['DISPLAY']}:\n{output[-12000:]}"
