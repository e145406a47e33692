"""Memory child, the app: what ``zoho-wizard`` does without arguments (``zoho_wizard.__main__.main``).
Prints ``ready`` once ``ui.app.main`` has loaded the engine in the background and shown its window,
then waits until its standard input closes. Run by ``memory.py`` with an empty ``XDG_CONFIG_HOME``."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from benchmarks.memory_bare import hold
from zoho_wizard.__main__ import main
from zoho_wizard.ui import app
from zoho_wizard.ui.context import AppContext
from zoho_wizard.ui.wizard import SetupWizard

if TYPE_CHECKING:
    from zoho_wizard.ui.connections_window import ConnectionsWindow

first_window = app.first_window


async def watched_first_window(context: AppContext, wizard: SetupWizard | None = None
                               ) -> SetupWizard | ConnectionsWindow:
    import asyncio

    window = await first_window(context, wizard)
    asyncio.get_running_loop().call_soon(hold)  # runs once main() has shown the window and waits
    return window


if __name__ == "__main__":
    app.first_window = watched_first_window
    sys.argv[1:] = []
    sys.exit(main())
