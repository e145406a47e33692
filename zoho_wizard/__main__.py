"""``zoho-wizard``: without arguments (or with Qt's own options, such as ``-reverse`` or
``-platform xcb``) the desktop wizard; with a command the terminal face.

The wizard's path imports nothing of the terminal face, so its first page paints sooner."""

from __future__ import annotations

import sys

# the options QApplication takes for itself (QGuiApplication's and QApplication's, on every platform)
QT_OPTIONS = {"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qmljsdebugger", "-qwindowgeometry",
              "-qwindowicon", "-qwindowtitle", "-reverse", "-session", "-style", "-stylesheet", "-widgetcount",
              "-display", "-geometry", "-name", "-title", "-visual", "-ncols", "-cmap", "-nograb", "-dograb",
              "-sync", "-dialogs"}


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1].split("=", 1)[0] not in QT_OPTIONS:
        from zoho_wizard.cli import main as terminal

        return terminal()
    from zoho_wizard.ui import preflight

    problem = preflight.problem()
    if problem is not None:
        preflight.tell(problem)
        return 1
    from zoho_wizard.ui.app import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
