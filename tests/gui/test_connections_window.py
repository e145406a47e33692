"""Opening the app with a connection saved shows the connections window (status, Test,
Reconnect, Disconnect, Add another connection) instead of a blank wizard."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from tests.gui.drive import assert_alt_shortcuts, error_actions, label, self_client_code, top_dialogs, unnamed
from tests.support import RecordingFace, until
from zoho_wizard import errors
from zoho_wizard.connection import connect
from zoho_wizard.oauth.flow import ConnectRequest
from zoho_wizard.practice import PracticeZoho
from zoho_wizard.ui.app import first_window
from zoho_wizard.ui.calls_panel import CallsPanel
from zoho_wizard.ui.connections_window import ConnectionsWindow
from zoho_wizard.ui.context import AppContext
from zoho_wizard.ui.pages.finish_page import FinishPage
from zoho_wizard.ui.wizard import Page, SetupWizard
from zoho_wizard.zoho.clients import ClientType

LISTED = "default: Morgan Design Studio — United States, Self Client"


async def save_connection(context: AppContext, name: str = "default") -> PracticeZoho:
    """A connection made earlier (through the engine, with a Self Client code on the practice Zoho)."""
    practice = context.start_practice()
    client = practice.client_of_type("self")
    regions = context.regions()
    request = ConnectRequest(profile=name, region=regions["us"], client_type=ClientType.SELF,
                             client_id=client.client_id, client_secret=client.client_secret,
                             code=self_client_code(practice))
    await connect(request, RecordingFace(), store=await context.store(), regions=regions, http=context.http)
    return practice


async def open_app(gui, context: AppContext) -> ConnectionsWindow:
    window = await first_window(context)
    assert isinstance(window, ConnectionsWindow)
    gui.show(window)
    return window


def listed(window: ConnectionsWindow) -> list[str]:
    return [window.list.item(row).text() for row in range(window.list.count())]


def test_without_a_connection_or_a_keychain_the_app_opens_the_wizard(gui):
    def no_keychain():
        raise errors.KeychainUnavailable()

    async def scenario() -> None:
        nothing_saved = await first_window(gui.context())
        await save_connection(gui.context())
        keychain_gone = await first_window(gui.context(store_factory=no_keychain))
        for window in (nothing_saved, keychain_gone):
            gui.show(window)
            assert isinstance(window, SetupWizard) and window.currentId() == Page.WELCOME

    gui.run(scenario)


def test_saved_connection_is_shown_with_its_buttons(gui):
    context = gui.context()

    async def scenario() -> None:
        await save_connection(context)
        window = await open_app(gui, context)
        assert listed(window) == [LISTED]
        assert window.keychain.text() == f"The secrets are kept in: {gui.store.keychain.name}."
        buttons = [window.test_button, window.reconnect_button, window.disconnect_button, window.add_button]
        assert [label(b) for b in buttons] == ["Test", "Reconnect", "Disconnect", "Add another connection"]
        assert_alt_shortcuts(window)
        assert all(b.isVisible() and b.isEnabled() for b in buttons)
        assert unnamed(window) == []

    gui.run(scenario)


def test_test_opens_the_test_panel(gui):
    context = gui.context()

    async def scenario() -> None:
        await save_connection(context)
        window = await open_app(gui, context)
        gui.hands.click(window.test_button)
        assert not window.test_button.isEnabled() and not window.disconnect_button.isEnabled()
        await until(lambda: top_dialogs(), "the test panel opens")
        dialog = top_dialogs()[0]
        assert dialog.windowTitle() == "Test the connection"
        panel = dialog.findChild(CallsPanel)
        assert panel.headline.text() == "Connected to Morgan Design Studio (United States)"
        assert [panel.organizations.itemText(i) for i in range(panel.organizations.count())] == [
            "Morgan Design Studio [10234695]", "Harbor Street Bakery [10234701]"]
        gui.hands.click(panel.call_buttons["items"])
        await until(lambda: panel.answered(), "the items call answered")
        assert panel.result.text() == "4 items: Consulting hour, Website maintenance, Annual support plan, " \
                                      "and Training session"
        assert panel.details.text().startswith("HTTP 200")
        assert unnamed(dialog) == []
        assert_alt_shortcuts(dialog)
        await until(window.test_button.isEnabled, "the window's buttons are back once the call has ended")
        gui.hands.key(Qt.Key.Key_Escape, dialog)  # or its Close button
        assert not dialog.isVisible()

    gui.run(scenario)


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes],
                         ids=["no", "yes"])
def test_disconnect_asks_then_ends_the_connection(gui, monkeypatch, answer):
    context = gui.context()
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    async def scenario() -> None:
        practice = await save_connection(context)
        window = await open_app(gui, context)
        gui.hands.click(window.disconnect_button)
        assert len(asked) == 1 and "“default”" in asked[0]
        if answer == QMessageBox.StandardButton.No:
            assert listed(window) == [LISTED] and gui.store.names() == ["default"]
            assert practice.count("revoke") == 0
            return
        await until(lambda: window.list.count() == 0 and window.add_button.isEnabled(), "the connection is gone")
        assert gui.store.names() == []
        assert practice.count("revoke") == 1  # ended at Zoho too
        assert not window.test_button.isEnabled() and not window.disconnect_button.isEnabled()
        assert not window.error.isVisible()

    gui.run(scenario)


def test_add_another_connection_opens_a_wizard(gui):
    context = gui.context()

    async def scenario() -> None:
        practice = await save_connection(context)
        window = await open_app(gui, context)
        gui.hands.click(window.add_button)
        await until(lambda: window.wizards, "a wizard opens")
        person = gui.person(window.wizards[0])
        assert person.wizard.isVisible() and person.wizard.currentId() == Page.WELCOME
        client = practice.client_of_type("self")  # copied from the (practice) API console by hand
        person.to_consent(ClientType.SELF, practice=False, details=(client.client_id, client.client_secret))
        assert person.page(Page.CREDENTIALS).name.text() == "connection-2"  # a new name, not "default"
        person.connect(code=self_client_code(practice))
        await person.until_page(Page.TEST)
        person.click(person.button(QWizard.WizardButton.FinishButton))
        assert listed(window) == ["connection-2: Morgan Design Studio — United States, Self Client", LISTED]

    gui.run(scenario)


def test_reconnect_replaces_the_connection(gui):
    context = gui.context()

    async def scenario() -> None:
        practice = await save_connection(context)
        old = gui.store.load("default")
        window = await open_app(gui, context)
        gui.hands.click(window.reconnect_button)
        await until(lambda: window.wizards, "a wizard opens")
        person = gui.person(window.wizards[0])
        wizard = person.wizard
        assert wizard.currentId() == Page.REGION  # what is known already is not asked again
        assert wizard.page(Page.REGION).list.currentItem().text().startswith("United States")
        for page in (Page.REGION, Page.CLIENT, Page.CONSOLE):
            assert wizard.currentId() == page
            person.next()
        credentials = person.page(Page.CREDENTIALS)
        assert credentials.client_id.text() == old.client_id and credentials.secret.text()
        assert credentials.name.text() == "default"
        person.next()
        person.connect(code=self_client_code(practice))
        assert isinstance(await person.until_page(Page.TEST), FinishPage)
        person.click(person.button(QWizard.WizardButton.FinishButton))
        new = gui.store.load("default")
        assert new.generation != old.generation
        assert practice.count("revoke") == 1  # the old connection was ended at Zoho
        assert listed(window) == [LISTED]

    gui.run(scenario)


def test_a_connection_zoho_cannot_end_can_be_removed_from_this_computer(gui, monkeypatch):
    context = gui.context()
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    async def scenario() -> None:
        practice = await save_connection(context)
        window = await open_app(gui, context)
        practice.stop()  # the practice Zoho is gone, as after a practice session in a terminal
        gui.hands.click(window.disconnect_button)
        await until(lambda: window.error.isVisible() and window.add_button.isEnabled(), "Disconnect fails")
        assert window.error.what.text() == errors.NotEndedAtZoho.what
        assert listed(window) == [LISTED]  # nothing was removed
        gui.hands.click(error_actions(window)["Remove from this computer only"])
        await until(lambda: window.list.count() == 0 and window.add_button.isEnabled(), "the connection is gone")
        assert asked == ["Disconnect", "Remove from this computer only"] and gui.store.names() == []

    gui.run(scenario)


def test_damaged_settings_are_told_in_a_dialog_and_the_wizard_opens(gui):
    context = gui.context()

    async def scenario() -> None:
        await save_connection(context)
        path = gui.store.path
        path.write_text(path.read_text().replace('"client_type": "self"', '"client_type": "desktop"'))
        window = await first_window(gui.context())
        gui.show(window)
        assert isinstance(window, SetupWizard) and window.currentId() == Page.WELCOME
        box = next(d for d in top_dialogs(QMessageBox) if d.parent() is window)
        assert box.text() == f"The app cannot read its settings file {path}: it is damaged or was changed by hand."
        assert box.informativeText().startswith("Move that file to another folder")
        box.close()
        path.unlink()  # as the person is told to (the practice connection goes with the practice Zoho)

    gui.run(scenario)
