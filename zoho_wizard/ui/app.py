"""The desktop application: a qasync event loop, then the connections window if something is
connected already, else the setup wizard."""

from __future__ import annotations

import asyncio
import os
import sys

os.environ.setdefault("QT_API", "pyside6")  # qasync looks for PyQt first otherwise

import qasync  # noqa: E402
from PySide6.QtCore import QUrl  # noqa: E402
from PySide6.QtGui import QDesktopServices, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from zoho_wizard.errors import WizardError  # noqa: E402
from zoho_wizard.resources import resource_path  # noqa: E402
from zoho_wizard.ui import crash  # noqa: E402
from zoho_wizard.ui.context import AppContext  # noqa: E402
from zoho_wizard.ui.home import ConnectionsWindow  # noqa: E402
from zoho_wizard.ui.wizard import SetupWizard  # noqa: E402


def open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


def application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Zoho Books Connection Wizard")
    app.setOrganizationName("zoho-wizard")
    app.setDesktopFileName("zoho-wizard")
    app.setQuitOnLastWindowClosed(False)  # main() ends the loop, after stopping the work in flight
    app.setWindowIcon(QIcon(str(resource_path("icons", "zoho-wizard.svg"))))
    return app


async def first_window(context: AppContext) -> QWidget:
    """The connections window when a connection exists, else the wizard."""
    try:
        store = await context.store()
        if store.names():
            return ConnectionsWindow(context, store)
    except WizardError:
        pass  # the wizard says what is wrong with the keychain when it needs it
    return SetupWizard(context)


async def main(context: AppContext) -> None:
    window = await first_window(context)
    closed = asyncio.Event()
    window.destroyed.connect(closed.set)
    app = QApplication.instance()
    assert app is not None
    app.lastWindowClosed.connect(closed.set)
    window.show()
    await closed.wait()
    if isinstance(window, SetupWizard):
        await window.settle()
    await context.stop_practice()


def run(argv: list[str] | None = None) -> int:
    app = application(argv or sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    crash.install(loop)
    with loop:
        loop.run_until_complete(main(AppContext(open_url=open_in_browser)))
    return 0
