"""``zoho-wizard``: without arguments (or with ``--lang CODE``, or with Qt's own options, such as
``-reverse`` or ``-platform xcb``) the desktop wizard; with a command the terminal face (English).

The wizard's path imports nothing of the terminal face, so its first page paints sooner."""

from __future__ import annotations

import sys

# the options QApplication takes for itself (QGuiApplication's and QApplication's, on every platform)
QT_OPTIONS = {"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qmljsdebugger", "-qwindowgeometry",
              "-qwindowicon", "-qwindowtitle", "-reverse", "-session", "-style", "-stylesheet", "-widgetcount",
              "-display", "-geometry", "-name", "-title", "-visual", "-ncols", "-cmap", "-nograb", "-dograb",
              "-sync", "-dialogs"}


def language_option(argv: list[str]) -> str | None:
    """Takes ``--lang CODE`` (or ``--lang=CODE``) out of ``argv``; the code, if given."""
    for index, argument in enumerate(argv[1:], start=1):
        if argument == "--lang" and index + 1 < len(argv):
            code = argv[index + 1]
            del argv[index:index + 2]
            return code
        if argument.startswith("--lang="):
            del argv[index]
            return argument.partition("=")[2]
    return None


def main() -> int:
    language = language_option(sys.argv)
    if len(sys.argv) > 1 and sys.argv[1].split("=", 1)[0] not in QT_OPTIONS:
        from zoho_wizard.cli import main as terminal

        return terminal()
    from zoho_wizard.ui import preflight

    problem = preflight.problem()
    if problem is not None:
        preflight.tell(problem)
        return 1
    from zoho_wizard.ui.app import run

    return run(language=language)


if __name__ == "__main__":
    sys.exit(main())
