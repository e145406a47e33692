"""Before the window: can Qt start here? A missing system library (libxcb-cursor0, libegl1, ...)
or no desktop display would otherwise end in Qt's plugin error and an abort; instead the person
gets two sentences naming the package to install, on standard error and, where the desktop has a
dialog tool (zenity, kdialog, xmessage), in a dialog.

    problem = preflight.problem()      # None when Qt can open a window
"""

from __future__ import annotations

import os
import re
import sys

_MISSING = re.compile(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")
# Debian names a library's package after its soname (Policy 8.1: libfoo.so.1 is libfoo1, libfoo-2.so.0
# is libfoo-2-0); these are the exceptions among the libraries Qt needs.
_PACKAGE_EXCEPTIONS = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0"}


def debian_package(soname: str) -> str:
    """The Debian and Ubuntu package that ships ``soname``, e.g. libxcb-cursor.so.0 -> libxcb-cursor0."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    base, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    return f"{base.lower()}{'-' if base[-1].isdigit() else ''}{version}"


def missing_library(error: str) -> str:
    """The two sentences for a loader error such as ``libEGL.so.1: cannot open shared object file``."""
    match = _MISSING.search(error)
    if match is None:
        return ("The app cannot open its window because a part of Qt, the toolkit it is built with, failed to "
                f"load ({error.strip()}). Send this message to your IT contact, or reinstall the app.")
    soname = match.group(1)
    package = debian_package(soname)
    return (f"The app cannot open its window because a system library it needs, {soname}, is not installed. "
            f"Install the package {package} (on Debian or Ubuntu: sudo apt install {package}), or ask your IT "
            "contact to, then start the app again.")


NO_DISPLAY = ("The app cannot open its window because this session has no desktop display. Start it from "
              "your desktop, or use the terminal commands instead (zoho-wizard --help).")


def _platforms() -> list[str]:
    """The Qt platform plugins Qt will try, in its order."""
    chosen = os.environ.get("QT_QPA_PLATFORM")
    if chosen:
        return [name.split(":")[0] for name in chosen.split(";") if name]
    if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def problem() -> str | None:
    """Two sentences on why Qt cannot open a window here, or None. Linux only (Qt ships its
    libraries on Windows and macOS)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        from PySide6.QtCore import QLibrary, QLibraryInfo
        from PySide6.QtWidgets import QApplication  # noqa: F401 - loads QtGui and its system libraries
    except ImportError as error:
        return missing_library(str(error))
    platforms = _platforms()
    if platforms == ["xcb"] and not os.environ.get("DISPLAY"):
        return NO_DISPLAY
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    errors = []
    for name in platforms:
        path = os.path.join(plugins, "platforms", f"libq{name}.so")
        if not os.path.exists(path):
            continue  # not a plugin Qt has: Qt itself says so
        plugin = QLibrary(path)
        if plugin.load():
            return None  # Qt loads it again (at no cost) when the application starts
        errors.append(plugin.errorString())
    return missing_library(errors[0]) if errors else None


def tell(message: str) -> None:
    """Standard error, and the desktop's own dialog when there is one to run."""
    import shutil
    import subprocess

    print(message, file=sys.stderr, flush=True)
    title = "Zoho Books Connection Wizard"
    for command in (["zenity", "--error", f"--title={title}", "--no-markup", f"--text={message}"],
                    ["kdialog", "--title", title, "--error", message],
                    ["xmessage", "-center", message]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return
