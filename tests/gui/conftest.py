"""The GUI tests' world: the app's own QApplication, a fresh qasync event loop per test, a
keychain-backed connection store, and headless Chromium as the person's browser, whose answer
(not the clock) ends the wizard's waits between device polls.

Every scenario ends with the windows closed, their work settled and practice mode stopped;
a test then fails if it left a task, a thread or a listening catcher port behind."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Callable, Iterator

import pytest
import shiboken6

import qasync
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.drive import Browser, DeviceWaits, Hands, Person, Scenario, listeners, ports_free
from tests.support import until
from zoho_wizard.store.profiles import ProfileStore
from zoho_wizard.ui import accessible, focus_frame
from zoho_wizard.ui.app import application
from zoho_wizard.ui.connections_window import ConnectionsWindow
from zoho_wizard.ui.context import AppContext
from zoho_wizard.ui.wizard import SetupWizard

SCENARIO_TIMEOUT = 90.0

@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """pytest-qt's qapp, replaced by the application the app itself makes (with what it adds once
    its first window has painted)."""
    app = application([], "en")  # whatever the language of the machine the tests run on
    accessible.install()
    focus_frame.install(app)
    return app


class Gui:
    """One test's windows, all sharing one event loop, one store and one browser."""

    def __init__(self, loop: qasync.QEventLoop, qtbot: object, store: ProfileStore, browser: Browser) -> None:
        self.loop = loop
        self.qtbot = qtbot
        self.store = store
        self.browser = browser
        self.hands = Hands(qtbot)
        self.device_waits = DeviceWaits(browser)
        self.contexts: list[AppContext] = []
        self.windows: list[QWidget] = []

    def context(self, store_factory: Callable[[], ProfileStore] | None = None) -> AppContext:
        context = AppContext(open_url=self.browser.open_url, store_factory=store_factory or (lambda: self.store),
                             sleep=self.device_waits)
        self.contexts.append(context)
        return context

    def show(self, window: QWidget) -> QWidget:
        self.windows.append(window)
        window.show()
        window.activateWindow()
        return window

    def wizard(self, context: AppContext | None = None) -> Person:
        """A new setup wizard on screen, and the person in front of it."""
        wizard = SetupWizard(context or self.context())
        self.show(wizard)
        return self.person(wizard)

    def person(self, wizard: SetupWizard) -> Person:
        """The person in front of a wizard the app opened."""
        return Person(self.qtbot, wizard)

    def run(self, scenario: Scenario) -> None:
        """Run ``scenario`` on the qasync loop, then close everything it opened."""
        self.loop.run_until_complete(self._run(scenario))

    async def _run(self, scenario: Scenario) -> None:
        try:
            await asyncio.wait_for(scenario(), SCENARIO_TIMEOUT)
        finally:
            await self._close_all()
        await asyncio.sleep(0)
        leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        assert leftover == [], f"tasks still running after the windows closed: {leftover}"
        assert ports_free(), f"a catcher port is still in use after the windows closed:\n{listeners()}"
        shown = [f"{type(w).__name__} “{w.windowTitle()}”" for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert shown == [], f"windows the test did not close are still on screen: {shown}"

    async def _close_all(self) -> None:
        windows = list(self.windows)
        for window in self.windows:
            if isinstance(window, ConnectionsWindow):
                windows += window.wizards
        for window in windows:
            window.close()
            if isinstance(window, (SetupWizard, ConnectionsWindow)):
                await window.settle()
        await self.browser.finished()
        for context in self.contexts:
            await context.stop_practice()
        # Delete the windows here, on the GUI thread: a window left to Python's garbage collector
        # could be destroyed later on whichever thread happens to collect it, and crash Qt.
        for window in windows:
            window.deleteLater()
        await until(lambda: not any(shiboken6.isValid(w) for w in windows), "the windows are deleted", timeout=5)


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        loop.close()  # waits for the executor's threads
        asyncio.set_event_loop(None)
        gc.collect()  # the closed loop's Qt objects go now, on this thread
    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    assert others == [], f"threads left running: {others}"


@pytest.fixture
def browser(chromium: object) -> Browser:
    return Browser(chromium)


@pytest.fixture
def gui(loop: qasync.QEventLoop, qtbot: object, store: ProfileStore, browser: Browser) -> Gui:
    assert ports_free(), f"another program is using the catcher's ports 47321-47323:\n{listeners()}"
    return Gui(loop, qtbot, store, browser)
