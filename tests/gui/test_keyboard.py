"""Operable with the keyboard alone: from Welcome to a working connection without the mouse,
each page starting on its first field, and Tab always reaching the Next button."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget, QWizard

from tests.gui import screen_reader
from tests.gui.drive import Person, assert_alt_shortcuts, label, self_client_code
from tests.support import until
from zoho_wizard.ui.pages.base import WizardPage
from zoho_wizard.ui.wizard import Page
from zoho_wizard.zoho.clients import ClientType


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
        assert wizard.currentId() == Page.CLIENT and label(focused()).startswith("Server-based")
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
        await until(lambda: page.panel.answered(), "the contacts call answered")
        assert page.panel.result.text().startswith("3 contacts: ")
        press(person.button(QWizard.WizardButton.FinishButton))
        assert not wizard.isVisible() and gui.store.names() == ["practice"]

    gui.run(scenario)


def test_return_goes_forward_on_every_page_and_says_where_the_person_is(gui):
    person = gui.wizard()
    wizard = person.wizard
    seen: list[tuple[str, str]] = []

    def forward(page_id: Page) -> None:
        page = person.page(page_id)
        seen.append((page.step.text(), page.heading.title))
        assert_alt_shortcuts(wizard)
        person.key(Qt.Key.Key_Return)

    async def scenario() -> None:
        person.key(Qt.Key.Key_Down)  # Welcome: practice
        forward(Page.WELCOME)
        forward(Page.REGION)
        forward(Page.CLIENT)
        console = person.page(Page.CONSOLE)
        assert focused() is console.console  # Space opens Zoho's console; Return goes on
        forward(Page.CONSOLE)
        assert gui.browser.opened == []
        credentials = person.page(Page.CREDENTIALS)
        tab_to(person, credentials.fill)
        person.key(Qt.Key.Key_Space)
        forward(Page.CREDENTIALS)
        forward(Page.CONSENT)  # Return presses "Open Zoho in my browser"
        page = await person.until_page(Page.TEST)
        seen.append((page.step.text(), page.heading.title))
        person.key(Qt.Key.Key_Return)
        assert not wizard.isVisible() and gui.store.names() == ["practice"]

    gui.run(scenario)
    assert [step for step, _ in seen] == [f"Step {n} of 7" for n in range(1, 8)]
    assert all(title for _, title in seen)


def test_escape_asks_and_keeps_what_was_typed(gui):
    person = gui.wizard()

    async def scenario() -> None:
        person.to_consent(ClientType.SERVER, details=("1000.TYPEDBYHAND", "secret typed by hand"))
        person.click(person.back)
        credentials = person.page(Page.CREDENTIALS)
        person.key(Qt.Key.Key_Escape)
        person.answer_close(close=False)
        assert person.wizard.isVisible() and credentials.client_id.text() == "1000.TYPEDBYHAND"
        person.click(person.button(QWizard.WizardButton.CancelButton))  # "Close" asks too
        person.answer_close(close=True)
        assert not person.wizard.isVisible()

    gui.run(scenario)


def test_waiting_for_the_browser_leaves_the_focus_on_stop_waiting(gui):
    person = gui.wizard()
    gui.browser.decision = None  # the person never answers in the browser

    async def scenario() -> None:
        page = person.to_consent(ClientType.DEVICE)
        person.key(Qt.Key.Key_Return)
        await until(lambda: page.user_code.isVisible(), "the code to enter shows")
        assert focused() is page.stop and label(page.stop) == "Stop waiting"
        person.key(Qt.Key.Key_Return)  # a second Return closes nothing
        assert person.wizard.isVisible() and person.wizard.work.busy
        person.key(Qt.Key.Key_Space)
        await person.until_settled()
        assert person.wizard.isVisible() and person.wizard.currentId() == Page.CONSENT

    gui.run(scenario)


@pytest.mark.timeout(240)
def test_return_goes_forward_under_the_gtk_theme():
    """The same walk on a real X display with Qt's GTK 3 platform theme, as on a GNOME desktop
    (under which Return once did nothing on the Welcome and client pages)."""
    with screen_reader.screen() as screen:
        screen_reader.run_in_xvfb(f"{__file__}::test_return_goes_forward_on_every_page_and_says_where_the_person_is",
                                  {**screen, "QT_QPA_PLATFORMTHEME": "gtk3"})


def press_the_page_buttons(person: Person, skip: tuple[QAbstractButton, ...] = ()) -> list[str]:
    """Press each push button the current page shows (Space, with the focus on it), as a person
    trying them one by one would; the labels of those that left the focus on Close, or nowhere."""
    page, close = person.here, person.button(QWizard.WizardButton.CancelButton)
    lost = []
    for button in page.findChildren(QPushButton):
        if button in skip or not (button.isVisible() and button.isEnabled()):
            continue
        button.setFocus(Qt.FocusReason.TabFocusReason)
        person.key(Qt.Key.Key_Space)
        if focused() in (close, None):
            lost.append(label(button))
    return lost


@pytest.mark.parametrize("client_type", [ClientType.SERVER, ClientType.DEVICE, ClientType.SELF])
def test_no_page_button_hands_the_focus_to_close(gui, client_type):
    """Every push button on every page, the consent page's and the test panel's included, once it
    has done its work."""
    person = gui.wizard()
    gui.browser.decision = None if client_type is ClientType.DEVICE else "accept"
    lost: dict[str, list[str]] = {}

    def look(page: WizardPage) -> None:
        way_on = getattr(page, "start", None)  # the consent page's own way on is pressed last
        lost[page.heading.title] = press_the_page_buttons(person, skip=(way_on,) if way_on else ())

    async def scenario() -> None:
        page = person.to_consent(client_type, checks=look)
        if client_type is ClientType.SELF:
            person.type(page.code, self_client_code(person.practice))
        page.start.setFocus(Qt.FocusReason.TabFocusReason)
        person.key(Qt.Key.Key_Space)
        if client_type is ClientType.DEVICE:  # the person stops waiting, then connects after all
            await until(lambda: page.stop.isVisible(), "the code to enter shows")
            look(page)
            await person.until_settled()
            assert focused() not in (person.button(QWizard.WizardButton.CancelButton), None)
            gui.browser.decision = "accept"
            person.connect()
        test = await person.until_page(Page.TEST)
        panel = test.panel  # type: ignore[attr-defined]
        for button in panel.call_buttons.values():
            button.setFocus(Qt.FocusReason.TabFocusReason)
            person.key(Qt.Key.Key_Space)
            await until(panel.answered, "the call answered")
            lost.setdefault("test calls", []).extend(
                [label(button)] if focused() in (person.button(QWizard.WizardButton.CancelButton), None) else [])
        look(test)

    gui.run(scenario)
    assert {title: labels for title, labels in lost.items() if labels} == {}


def tab_cycle(person: Person, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits, from the one with the focus round to it again."""
    start, seen = focused(), [focused()]
    for _ in range(limit):
        person.key(Qt.Key.Key_Tab)  # within a label, Tab goes from link to link first
        if focused() is start and len(seen) > 1:
            return seen
        if focused() is not seen[-1]:
            seen.append(focused())
    raise AssertionError("Tab never came back to where it started")


def out_of_order(page: QWidget, cycle: list[QWidget]) -> list[str]:
    """Where Tab does not go as a left-to-right reader would: the page's controls line by line, each
    line left to right, then the wizard's buttons left to right; the cycle may start anywhere."""
    window = page.window()
    ours = [page.isAncestorOf(widget) for widget in cycle]
    first = next(i for i, mine in enumerate(ours) if mine and not ours[i - 1])  # where the page's run begins
    cycle = cycle[first:] + cycle[:first]
    if ours.count(True) != next((i for i, w in enumerate(cycle) if not page.isAncestorOf(w)), len(cycle)):
        return ["the page's controls are not visited in one run"]
    found = []
    for before, after in zip(cycle, cycle[1:], strict=False):
        a, b = (QRect(w.mapTo(window, w.rect().topLeft()), w.size()) for w in (before, after))
        same_line = b.top() < a.bottom() and a.top() < b.bottom()
        if page.isAncestorOf(before) != page.isAncestorOf(after):
            continue  # from the page to the wizard's buttons
        if (b.left() <= a.left()) if same_line else (b.top() < a.bottom() - 2):
            found.append(f"{name(before)} → {name(after)}")
    return found


def name(widget: QWidget) -> str:
    return label(widget) if isinstance(widget, QAbstractButton) else widget.accessibleName() or type(widget).__name__


@pytest.mark.parametrize("client_type", list(ClientType))
def test_tab_follows_the_screen(gui, client_type):
    person = gui.wizard()
    wrong: dict[str, list[str]] = {}

    def look(page: WizardPage) -> None:
        wrong[page.heading.title] = out_of_order(page, tab_cycle(person))

    async def scenario() -> None:
        person.to_consent(client_type, checks=look)
        if client_type.kind.route.name == "PASTED_CODE":
            person.connect(code=self_client_code(person.practice))
        else:
            person.connect()
        look(await person.until_page(Page.TEST))

    gui.run(scenario)
    assert {title: steps for title, steps in wrong.items() if steps} == {}
