"""Anything unexpected opens the crash dialog, whose details name the problem but no secret,
and the app keeps running."""

from __future__ import annotations

import sys

import pytest

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.drive import top_dialogs
from tests.support import until
from zoho_wizard.ui import crash
from zoho_wizard.ui.wizard import Page
from zoho_wizard.zoho.clients import ClientType

TOKEN = "1000.4f7e1c2a9b8d6e5f4a3b2c1d0e9f8a7b.0123456789abcdef0123456789abcdef"
SECRET = "0123456789abcdef0123456789abcdef0123456789"
PROBLEM = f"the unexpected happened with refresh_token={TOKEN} and {SECRET}"


def fail(*args: object) -> object:
    raise RuntimeError(PROBLEM)


@pytest.fixture
def crash_dialog(gui):
    """The app's crash handling installed, as app.run() does; the test's own excepthook restored after."""
    saved = sys.excepthook
    crash.install(gui.loop)
    try:
        yield
    finally:
        sys.excepthook = saved
        for box in top_dialogs(QMessageBox):
            box.done(0)


async def the_crash_box() -> QMessageBox:
    await until(lambda: top_dialogs(QMessageBox), "the crash dialog opens", timeout=10)
    [box] = top_dialogs(QMessageBox)
    assert box.windowTitle() == "Unexpected problem"
    details = box.detailedText()
    assert "RuntimeError: the unexpected happened with refresh_token=[hidden]" in details
    assert TOKEN not in details and TOKEN[:20] not in details and SECRET not in details
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert QApplication.clipboard().text() == details and box.isVisible()  # copying keeps the box open
    return box


def test_exception_in_a_slot(gui, crash_dialog):
    context = gui.context()
    context.open_url = fail  # the browser seam blows up when the console button is pressed
    person = gui.wizard(context)

    async def scenario() -> None:
        person.click(person.page(Page.WELCOME).practice)
        for _ in (Page.WELCOME, Page.REGION, Page.CLIENT):
            person.next()
        person.click(person.page(Page.CONSOLE).console)
        box = await the_crash_box()
        box.button(QMessageBox.StandardButton.Close).click()
        person.next()  # the wizard carries on
        assert person.wizard.currentId() == Page.CREDENTIALS

    gui.run(scenario)


def test_exception_in_background_work(gui, crash_dialog):
    person = gui.wizard(gui.context(store_factory=fail))  # opening the keychain fails unexpectedly

    async def scenario() -> None:
        page = person.to_consent(ClientType.SERVER)
        person.connect()
        box = await the_crash_box()
        box.button(QMessageBox.StandardButton.Close).click()
        await person.until_settled()
        assert page.start.isEnabled() and person.back.isEnabled()  # ready to try again
        assert gui.browser.opened == []

    gui.run(scenario)
