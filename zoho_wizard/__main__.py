"""``zoho-wizard``: without arguments the desktop wizard, with a command the terminal face.

The wizard's path imports nothing of the terminal face, so its first page paints sooner."""

from __future__ import annotations

import sys


def main() -> int:
    if len(sys.argv) > 1:
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
