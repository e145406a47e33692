"""Before the window: can Qt start here? A missing system library (libxcb-cursor0, libegl1, ...),
a missing Visual C++ runtime or no desktop display would otherwise end in Qt's plugin error and an
abort, or a traceback; instead the person gets two sentences saying what to do, on standard error
and in the system's own dialog. What each system must provide, and the advice, are in platforms.py.

    problem = preflight.problem()      # None when Qt can open a window
"""

from __future__ import annotations

import os
import sys

from zoho_wizard import APP_NAME
from zoho_wizard.ui import platforms


def problem() -> str | None:
    """Two sentences on why Qt cannot open a window here, or None."""
    try:
        from PySide6.QtCore import QLibrary, QLibraryInfo
        from PySide6.QtWidgets import QApplication  # noqa: F401 - loads QtGui and its system libraries
    except ImportError as error:
        return platforms.missing_part(str(error))
    if platforms.no_display(os.environ):
        return platforms.NO_DISPLAY
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    errors = []
    for name in platforms.plugin_files(os.environ):
        path = os.path.join(plugins, "platforms", name)
        if not os.path.exists(path):
            continue  # not a plugin Qt has: Qt itself says so
        plugin = QLibrary(path)
        if plugin.load():
            return None  # Qt loads it again (at no cost) when the application starts
        errors.append(plugin.errorString())
    return platforms.missing_part(errors[0]) if errors else None


def tell(message: str) -> None:
    """Standard error (where there is one: not in the Windows bundle's wizard), and a dialog."""
    print(message, file=sys.stderr, flush=True)
    platforms.show_error(message, APP_NAME)
