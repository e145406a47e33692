"""Operable with the keyboard alone: from Welcome to a working connection without the mouse,
each page starting on its first field, and Tab always reaching the Next button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from tests.gui.drive import Person
from tests.support import until
from zoho_wizard.ui.wizard import Page


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(person: Person, target: QWidget, limit: int = 40) -> None:
    """Press Tab until ``target`` has the keyboard focus."""
    for _ in range(limit):
        if focused() is target:
            return
        person.key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached “{getattr(target, 'text', lambda: '')()}”")


def test_keyboard_alone_connects(gui):
    person = gui.wizard()
    wizard = person.wizard

    def press(target: QWidget) -> None:
        tab_to(person, target)
        person.key(Qt.Key.Key_Space)

    async def scenario() -> None:
        welcome = person.page(Page.WELCOME)
        assert focused() is welcome.real
        person.key(Qt.Key.Key_Down)  # arrow keys choose among the radio buttons
        assert welcome.practice.isChecked()
        person.key(Qt.Key.Key_Return)  # Enter presses Next
        assert wizard.currentId() == Page.REGION and focused() is person.page(Page.REGION).list
        person.key(Qt.Key.Key_Return)
        assert wizard.currentId() == Page.CLIENT and focused().text().startswith("Server-based")
        person.key(Qt.Key.Key_Return)
        assert wizard.currentId() == Page.CONSOLE
        press(person.next_button)
        credentials = person.page(Page.CREDENTIALS)
        assert wizard.currentId() == Page.CREDENTIALS and focused() is credentials.client_id
        press(credentials.fill)
        assert credentials.client_id.text()
        press(person.next_button)
        assert wizard.currentId() == Page.CONSENT
        press(person.page(Page.CONSENT).start)
        page = await person.until_page(Page.TEST)
        press(page.panel.call_buttons["contacts"])
        await until(lambda: page.panel.show_raw.isVisible(), "the contacts call answered")
        assert page.panel.result.text().startswith("3 contacts: ")
        press(person.button(QWizard.WizardButton.FinishButton))
        assert not wizard.isVisible() and gui.store.names() == ["practice"]

    gui.run(scenario)
