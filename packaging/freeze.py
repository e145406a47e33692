"""How the app is frozen, shared by the app's spec (``packaging/zoho-wizard.spec``) and the
benchmark's (``benchmarks/frozen.spec``, which freezes a bare QWizard the same way): a PyInstaller 6
analysis of one entry script, slimmed to the Qt the app uses, and a onedir collection.

Runs inside PyInstaller, from a spec file::

    a = freeze.analysis(entry, app=True)
    freeze.collect(a, freeze.executables(a, {"zoho-wizard": False}), "zoho-wizard")
"""

from __future__ import annotations

import os
import re

from PyInstaller import compat
from PyInstaller.building.build_main import COLLECT, EXE, PYZ, Analysis
from PyInstaller.depend.bindepend import get_imports
from PyInstaller.utils.hooks import collect_submodules

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

# Qt bindings the app never imports (it uses QtCore, QtGui, QtWidgets; SVG comes in as plugins).
QT_EXCLUDES = [
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets", "PySide6.QtQuickTest", "PySide6.QtPdf", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtPrintSupport", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtSvgWidgets", "PySide6.QtDBus", "PySide6.QtSvg",
]
# filelock's read-write locks need sqlite3 (1.5 MB); the app uses its plain lock, and filelock
# loads that part only when asked for it
PY_EXCLUDES = ["tkinter", "_tkinter", "unittest", "pydoc_data", "lib2to3", "PyQt5", "PyQt6", "PySide2",
               "sqlite3", "_sqlite3", "filelock._sqlite"]

# Qt plugins kept, by "<plugin folder>/<file name>" without a "lib" prefix and the .so/.dll/.dylib
# suffix (everything else in PySide6's plugins folder is dropped).
KEEP_PLUGINS = re.compile(
    r"^(platforms/q(offscreen|minimal|xcb|wayland|windows|cocoa)"
    r"|platformthemes/qxdgdesktopportal"    # desktop portal (dark mode, fonts); not GTK 3, which drags in GTK
    r"|platforminputcontexts/(compose|ibus).*"  # keyboard input; not the Qt Quick virtual keyboard
    r"|styles/q(modernwindowsstyle|windowsvistastyle|macstyle)"  # the native look on Windows and macOS
    r"|xcbglintegrations/.*"
    r"|wayland-shell-integration/xdg-shell"
    r"|wayland-decoration-client/.*"
    r"|wayland-graphics-integration-client/qt-plugin-wayland-egl)$"
)
UNUSED_DATA = re.compile(r"resources/(screenshots/|translations/(.*\.ts$|glossary/)|illustrations/.*\.svg$)"
                         r"|[^/]+\.dist-info/sboms/")
# PySide6 keeps Qt's plugins and translations in PySide6/Qt/ on Linux and macOS, in PySide6/ on Windows.
PLUGIN = re.compile(r"PySide6/(?:Qt/)?plugins/(?:([^/]+)/(?:lib)?([^/]+?)\.(?:so|dll|dylib)$)?")
TRANSLATIONS = re.compile(r"PySide6/(?:Qt/)?translations/")


def _keep(dest: str) -> bool:
    dest = dest.replace(os.sep, "/")
    if TRANSLATIONS.search(dest):
        return False  # the app brings the few of Qt's texts it shows (packaging/translations.py release)
    plugin = PLUGIN.search(dest)
    return plugin is None or bool(plugin.group(1) and KEEP_PLUGINS.match(f"{plugin.group(1)}/{plugin.group(2)}"))


def _closure(entries: list, by_name: dict[str, str]) -> set[str]:
    """Basenames of the bundled libraries that ``entries`` load, directly or not."""
    seen: set[str] = set()
    todo = [entry[1] for entry in entries]
    while todo:
        for name, _ in get_imports(todo.pop()):
            name = os.path.basename(name)
            if name in by_name and name not in seen:
                seen.add(name)
                todo.append(by_name[name])
    return seen


def analysis(entry: str, *, app: bool) -> Analysis:
    """The slimmed analysis of ``entry``; ``app`` adds what the app needs beyond its imports: its
    resources, its lazily imported modules, and keyring's backends, which keyring finds at run time
    through entry points (PyInstaller's hook-keyring copies that metadata): without them a frozen
    app falls back to keyring's "fail" backend."""
    if app:
        import translations  # beside this file: the .qm files the app loads, from the .ts sources

        translations.release()
    a = Analysis(
        [entry],
        pathex=[ROOT],
        datas=[(os.path.join(ROOT, "resources"), "resources")] if app else [],
        hiddenimports=collect_submodules("zoho_wizard") + collect_submodules("keyring.backends") if app else [],
        excludes=QT_EXCLUDES + PY_EXCLUDES,
    )
    # Not for the app: the screenshots (the README's), the translators' .ts sources and glossaries, the
    # illustrations' SVG sources (the app shows their PNGs), a package's software bill of materials.
    a.datas = [d for d in a.datas if not UNUSED_DATA.match(d[0].replace(os.sep, "/"))]
    dropped = [b for b in a.binaries if not _keep(b[0])]
    kept = [b for b in a.binaries if _keep(b[0])]
    # Libraries that only the dropped plugins load (e.g. libQt6Network for the TLS plugins, GTK for the
    # GTK 3 theme): PyInstaller collected them before the plugins were filtered out.
    by_name = {os.path.basename(b[0]): b[1] for b in a.binaries}
    from_dropped = _closure(dropped, by_name)
    orphans = from_dropped - _closure([b for b in kept if os.path.basename(b[0]) not in from_dropped], by_name)
    a.binaries = [b for b in kept if os.path.basename(b[0]) not in orphans]
    # PyInstaller links some libraries into the top folder too: those links go with their library.
    a.datas = [d for d in a.datas if _keep(d[0]) and os.path.basename(d[0]) not in orphans]
    print(f"freeze: {os.path.basename(entry)}: dropped {len(dropped)} Qt plugins and translations, and "
          f"{len(orphans)} libraries only they load: {' '.join(sorted(orphans))}")
    return a


def executables(a: Analysis, consoles: dict[str, bool], icon: str | None = None) -> list[EXE]:
    """The bundle's programs, by name, sharing one archive of the Python code. ``consoles[name]``
    matters on Windows only (Linux and macOS programs keep their standard output either way)."""
    pyz = PYZ(a.pure)
    return [EXE(pyz, a.scripts, [], exclude_binaries=True, name=name, console=console, icon=icon,
                strip=compat.is_linux, upx=False) for name, console in consoles.items()]


def collect(a: Analysis, programs: list[EXE], name: str) -> COLLECT:
    """The onedir bundle ``dist/<name>/`` (onefile would unpack itself at every start: about 1 s)."""
    return COLLECT(*programs, a.binaries, a.datas, strip=compat.is_linux, upx=False, name=name)
