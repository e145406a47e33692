"""What a screen reader finds on every page of the practice flow, for each kind of client: the
wizard's accessibility tree as AT-SPI offers it to Orca (tests/gui/screen_reader.py says how it is
read, and why on an Xvfb display of its own).

Checked on every page: the window is there by its title, every focusable control on screen has a
name, the wizard's own buttons are there by their text, and something has the keyboard focus. And
on the way: an error's two sentences and the device code can be read. SCREEN_READER_TREES=folder
keeps every tree read, as JSON, for a person to look at."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from tests.gui import screen_reader
from tests.gui.drive import CLIENT_LABELS, self_client_code
from tests.gui.screen_reader import Node, find, focusable_without_name, focused, texts
from tests.support import until
from zoho_wizard.ui import i18n
from zoho_wizard.ui.wizard import Page
from zoho_wizard.zoho.clients import ClientType


@pytest.fixture(scope="module")
def screen() -> Iterator[dict[str, str]]:
    with screen_reader.screen() as env:
        yield env


@pytest.mark.timeout(240)
@pytest.mark.parametrize("client_type", list(ClientType), ids=[t.value for t in ClientType])
def test_every_page_reads_well(request, client_type):
    if not screen_reader.EXPORTED:  # this process's Qt offers no tree: the test runs again where it does
        screen_reader.run_in_xvfb(request.node.nodeid, request.getfixturevalue("screen"))
        return
    gui = request.getfixturevalue("gui")
    person = gui.wizard()
    wizard, browser = person.wizard, gui.browser

    async def read(what: str) -> Node:
        """The wizard's window as a screen reader finds it now, checked for what holds on every page."""
        tree = await screen_reader.tree()
        screen_reader.keep(tree, f"{client_type.value}-{what}")
        windows = [n for n in tree["children"] if n["name"] == wizard.windowTitle()]
        assert len(windows) == 1, f"the wizard's window is not in the tree: {[n['name'] for n in tree['children']]}"
        window = windows[0]
        assert focusable_without_name(window) == [], f"unnamed controls on {what}"
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            button = wizard.button(which)
            if button.isVisible():
                assert find(window, role="push button", name=button.text().replace("&", "")), f"{which} on {what}"
        assert focused(window) is not None, f"nothing has the keyboard focus on {what}"
        page = wizard.currentPage()
        assert find(window, role="heading", name=page.heading.title), f"the page title is no heading on {what}"
        assert page.step.text() in texts(window), f"the step is not stated on {what}"
        return window

    steps: dict[Page, Callable[[], None]] = {  # what the person does on each page before Next
        Page.WELCOME: lambda: person.click(person.page(Page.WELCOME).practice),
        Page.REGION: lambda: person.choose_item(person.page(Page.REGION).list, "United States"),
        Page.CLIENT: lambda: person.choose(person.page(Page.CLIENT).group.buttons(), CLIENT_LABELS[client_type]),
        Page.CONSOLE: lambda: None,
        Page.CREDENTIALS: lambda: person.fill_in(None),
    }

    async def scenario() -> None:
        for page_id, step in steps.items():
            assert wizard.currentId() == page_id
            step()
            await read(page_id.name.lower())
            person.next()
        page = person.page(Page.CONSENT)
        await read("consent")
        if client_type is ClientType.SELF:  # first a code Zoho refuses
            person.connect(code="1000.0a1b2c3d4e5f.0a1b2c3d4e5f")
            await until(lambda: page.error.isVisible() and not wizard.work.busy, "the consent page shows a problem")
            window = await read("error")
            said = texts(window)
            assert page.error.what.text() in said and page.error.todo.text() in said
            alert = focused(window)
            assert alert is not None and alert["role"] == "alert", "the problem is no alert with the focus"
            person.connect(code=self_client_code(person.practice))
        else:  # first nobody answers in the browser: the page waits
            browser.decision = None
            person.connect()
            if client_type is ClientType.DEVICE:
                await until(lambda: page.user_code.isVisible() and gui.device_waits.waiting, "the device code shows")
                assert page.user_code.text() in texts(await read("device-code"))
            else:
                await until(lambda: browser.opened and page.countdown.text(), "the browser was sent to Zoho")
                said = texts(await read("waiting"))
                assert page.status.text() in said and page.countdown.text()[:10] in " ".join(said)
            person.click(page.stop)
            await person.until_settled()
            browser.decision = "accept"
            person.connect()
        panel = (await person.until_page(Page.TEST)).panel
        await read("test")
        person.click(panel.call_buttons["contacts"])
        await person.until_settled()
        assert panel.result.text().startswith("3 contacts: ")
        assert panel.result.text() in texts(await read("test-result"))
        person.click(wizard.button(QWizard.WizardButton.FinishButton))

    gui.run(scenario)


def spoken(button: object) -> str:
    """A button's name as Qt gives it to AT-SPI: its text without the "&" of its shortcut."""
    return button.text().replace("&", "")  # type: ignore[attr-defined]


@pytest.mark.timeout(300)
def test_each_language_is_read_in_that_language(request):
    """In each language: the window's title, the page's title (a heading) and the wizard's buttons
    are read in that language, as is Qt's own OK in the About box; in Arabic Next is left of Back.
    (Every page in every language is looked at by test_screens.py, without a screen reader.)"""
    if not screen_reader.EXPORTED:
        screen_reader.run_in_xvfb(request.node.nodeid, request.getfixturevalue("screen"), timeout=290)
        return
    gui, qapp = request.getfixturevalue("gui"), request.getfixturevalue("qapp")
    english = {which: spoken(button) for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                                   QWizard.WizardButton.CancelButton)
               for button in [gui.wizard().wizard.button(which)]}
    heard: dict[str, list[str]] = {}

    async def read_in(code: str) -> None:
        person = gui.wizard()
        wizard = person.wizard
        person.click(person.page(Page.WELCOME).practice)
        for page_id in (Page.WELCOME, Page.REGION):  # Welcome has Next and Close; Region has Back too
            tree = await screen_reader.tree()
            screen_reader.keep(tree, f"{code}-{page_id.name.lower()}")
            [window] = [n for n in tree["children"] if n["name"] == wizard.windowTitle()]
            title = person.page(page_id).heading.title
            assert find(window, role="heading", name=title), f"{code}: no heading {title!r}"
            heard[code].append(title)
            buttons = {}
            for which, word in english.items():
                button = wizard.button(which)
                if button.isVisible():
                    assert spoken(button) != word, f"{code}: {word} is in English"
                    [buttons[which]] = find(window, role="push button", name=spoken(button))
            if code in i18n.RIGHT_TO_LEFT and QWizard.WizardButton.BackButton in buttons:
                back, forward = (buttons[w]["extents"][0] for w in (QWizard.WizardButton.BackButton,
                                                                     QWizard.WizardButton.NextButton))
                assert forward < back, f"{code}: Next is not left of Back"
            person.next()
        person.click(wizard.about_button)
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        ok = QCoreApplication.translate("QPlatformTheme", "OK")
        tree = await screen_reader.tree()
        assert [n for n in tree["children"] if find(n, role="push button", name=ok)], f"{code}: no {ok!r} button"
        box.close()
        wizard.hide()  # closed with the others when the test ends

    async def scenario() -> None:
        for code in (c for c in i18n.LANGUAGES if c != "en"):
            heard[code] = []
            i18n.install(qapp, code)
            try:
                await read_in(code)
            finally:
                i18n.install(qapp, "en")

    gui.run(scenario)
    titles = list(zip(*heard.values(), strict=True))
    assert all(len(set(page)) == len(page) for page in titles)  # each language its own words
