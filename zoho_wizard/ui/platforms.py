"""What the app needs from each system to open its window, what to tell the person when a part is
missing (two plain sentences: what happened, what to do) and how to show it before Qt can. By the
name ``sys.platform`` gives:

    linux    system libraries from the distribution's packages (named here as Debian and Ubuntu
             name them) and a desktop display; Qt's platform plugin (X11 or Wayland) loads them
    win32    the Microsoft Visual C++ runtime, which Qt's libraries (they come with the app) load
    darwin   macOS 12 or later (packaging/macos/Info.plist); Qt's libraries come with the app

Qt-free: preflight uses it before Qt loads.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping

_MISSING = re.compile(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")
# Debian names a library's package after its soname (Policy 8.1: libfoo.so.1 is libfoo1, libfoo-2.so.0
# is libfoo-2-0); these are the exceptions among the libraries Qt needs.
_PACKAGE_EXCEPTIONS = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0"}

NO_DISPLAY = ("The app cannot open its window because this session has no desktop display. Start it from "
              "your desktop, or use the terminal commands instead (zoho-wizard --help).")


def debian_package(soname: str) -> str:
    """The Debian and Ubuntu package that ships ``soname``, e.g. libxcb-cursor.so.0 -> libxcb-cursor0."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    base, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    return f"{base.lower()}{'-' if base[-1].isdigit() else ''}{version}"


def missing_part(error: str, platform: str = sys.platform) -> str:
    """The two sentences for a part of Qt failing to load with ``error``, the loader's message, e.g.
    ``libEGL.so.1: cannot open shared object file`` on Linux or ``DLL load failed while importing
    QtGui`` on Windows."""
    detail = error.strip().partition("\n")[0].rstrip(".")  # macOS adds lines on where the loader looked
    failed = ("The app cannot open its window because a part of Qt, the toolkit it is built with, failed to load "
              f"({detail}).")
    match = _MISSING.search(error)
    if platform.startswith("linux") and match is not None:
        soname = match.group(1)
        package = debian_package(soname)
        return (f"The app cannot open its window because a system library it needs, {soname}, is not installed. "
                f"Install the package {package} (on Debian or Ubuntu: sudo apt install {package}), or ask your IT "
                "contact to, then start the app again.")
    if platform == "win32":
        return (f"{failed} Install the Microsoft Visual C++ Redistributable (x64) from Microsoft, or reinstall the "
                "app, then start the app again.")
    if platform == "darwin":
        return f"{failed} Reinstall the app, and if that does not help, check that this Mac runs macOS 12 or later."
    return f"{failed} Send this message to your IT contact, or reinstall the app."


def plugin_files(environ: Mapping[str, str], platform: str = sys.platform) -> list[str]:
    """The files of the Qt platform plugins Qt will try, in its order, that load libraries of the
    system's own: on Linux X11's or Wayland's; none on Windows and macOS, where the plugin and what
    it loads come with the app or with the system."""
    if not platform.startswith("linux"):
        return []
    chosen = environ.get("QT_QPA_PLATFORM")
    if chosen:
        names = [name.split(":")[0] for name in chosen.split(";") if name]
    elif environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        names = ["wayland", "xcb"]
    else:
        names = ["xcb"]
    return [f"libq{name}.so" for name in names]


def no_display(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt has no display to open a window on: only X11 to try, and no DISPLAY (Linux)."""
    return plugin_files(environ, platform) == ["libqxcb.so"] and not environ.get("DISPLAY")


def dialog_commands(message: str, title: str, platform: str = sys.platform) -> list[list[str]]:
    """Programs that show ``message`` in an error dialog on Linux and macOS, best first (Windows has
    no such program: show_error asks Windows itself)."""
    if platform == "darwin":
        return [["osascript", "-e", "on run argv", "-e",
                 "display alert (item 1 of argv) message (item 2 of argv) as critical", "-e", "end run",
                 title, message]]
    return [["zenity", "--error", f"--title={title}", "--no-markup", f"--text={message}"],
            ["kdialog", "--title", title, "--error", message],
            ["xmessage", "-center", message]]


def show_error(message: str, title: str) -> None:
    """Show ``message`` in the system's own error dialog: Windows', or the first of dialog_commands installed."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, message, title, 0x10)  # MB_ICONERROR
        return
    import shutil
    import subprocess

    for command in dialog_commands(message, title):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return
