"""The desktop application. The first page paints before anything heavy loads: Qt, the
Welcome page, and the settings file's names (no keychain) decide between the wizard and the
connections window; then the qasync loop starts and the engine loads in the background."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from zoho_wizard import APP_NAME
from zoho_wizard.errors import WizardError
from zoho_wizard.resources import resource_path
from zoho_wizard.store.settings import has_profiles
from zoho_wizard.ui import accessible, i18n
from zoho_wizard.ui.context import AppContext
from zoho_wizard.ui.palette import ensure_contrast
from zoho_wizard.ui.wizard import SetupWizard

if TYPE_CHECKING:
    import asyncio

    from zoho_wizard.ui.connections_window import ConnectionsWindow

# Not the practice Zoho: it loads (some 25 ms) when practice is chosen, for the few who do.
ENGINE = ("zoho_wizard.connection", "zoho_wizard.oauth.flow", "zoho_wizard.oauth.catcher", "zoho_wizard.books",
          "zoho_wizard.store.keychain")


def open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


def application(argv: list[str], language: str | None = None) -> QApplication:
    """The QApplication, speaking ``language`` (``--lang``) or else the one chosen before or the system's."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("zoho-wizard")
    app.setDesktopFileName("zoho-wizard")
    app.setQuitOnLastWindowClosed(False)  # main() ends the loop, after stopping the work in flight
    app.setWindowIcon(QIcon(str(resource_path("icons", "zoho-wizard.png"))))  # an SVG would load QtSvg
    ensure_contrast(app)  # 4.5:1 for text, 3:1 for focus rings and outlines, in the system's light or dark palette
    i18n.install(app, i18n.chosen(language))
    return app


def load_engine() -> None:
    """Imports the engine (requests, keyring): run in a worker thread."""
    import importlib

    for name in ENGINE:
        importlib.import_module(name)


async def first_window(context: AppContext, wizard: SetupWizard | None = None) -> SetupWizard | ConnectionsWindow:
    """The connections window when a connection exists, else the wizard (``wizard``, if shown already)."""
    if wizard is None and has_profiles():
        try:
            store = await context.store()
            if store.names():
                from zoho_wizard.ui.connections_window import ConnectionsWindow

                return ConnectionsWindow(context, store)
        except WizardError as error:  # the saved connections cannot be used: say why, then offer the wizard
            wizard = SetupWizard(context)
            tell(wizard, error)
    return wizard or SetupWizard(context)


def tell(parent: QWidget, error: WizardError) -> QMessageBox:
    """The two sentences in a dialog of their own."""
    what, todo = i18n.sentences(error)
    box = QMessageBox(QMessageBox.Icon.Warning, i18n.translate(APP_NAME), what,
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(todo)
    box.open()
    return box


async def main(context: AppContext, shown: SetupWizard | None) -> None:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as loader:  # a thread that ends once the engine is loaded
        await asyncio.get_running_loop().run_in_executor(loader, load_engine)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if shown is not None:  # or the wizard made again in the language the person chose meanwhile
        shown = next((w for w in app.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()), shown)
    window = await first_window(context, shown)
    if isinstance(window, SetupWizard):
        window.build_pages()
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    window.show()
    await closed.wait()
    from zoho_wizard.ui.connections_window import ConnectionsWindow

    for top in app.topLevelWidgets():  # the window shown, or the one made again in another language
        if isinstance(top, (SetupWizard, ConnectionsWindow)):
            await top.settle()
    await context.stop_practice()


def run(argv: list[str] | None = None, language: str | None = None) -> int:
    app = application(argv or sys.argv, language)
    context = AppContext(open_url=open_in_browser)
    shown = None
    if not has_profiles():
        shown = SetupWizard(context)
        shown.show()
        app.processEvents()  # paint the Welcome page now; the rest loads behind it
    accessible.install()
    from zoho_wizard.ui import focus_frame  # QStyle's types: after the first paint

    focus_frame.install(app)

    os.environ.setdefault("QT_API", "pyside6")  # qasync looks for PyQt first otherwise
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    import qasync

    from zoho_wizard.ui import crash

    loop: asyncio.AbstractEventLoop = qasync.QEventLoop(app)
    loop.set_default_executor(ThreadPoolExecutor(max_workers=10))  # threads as needed; qasync's starts all 10 at once
    asyncio.set_event_loop(loop)
    crash.install(loop)
    with loop:  # type: ignore[attr-defined]
        loop.run_until_complete(main(context, shown))
    return 0
