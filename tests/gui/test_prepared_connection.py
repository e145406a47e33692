"""The wizard with a setup file from the company: Welcome says the connection is prepared (and by
whom) and goes straight to the sign-in, then the test panel; "Change the settings" (unless locked)
leads to the usual pages, filled in; a damaged file is told on Welcome and the pages are filled in
by hand, unless it is locked. On the practice Zoho, with real Chromium answering Zoho's page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWizard

from tests.gui.drive import Person, error_actions, label, self_client_code, shown_error
from zoho_wizard.practice import PracticeZoho
from zoho_wizard.ui import i18n
from zoho_wizard.ui.context import AppContext
from zoho_wizard.ui.pages.base import Page
from zoho_wizard.ui.wizard import SetupWizard
from zoho_wizard.zoho.clients import ClientType


def prepare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **values: object) -> Path:
    path = tmp_path / "setup.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    monkeypatch.setenv("ZOHO_WIZARD_SETUP", str(path))
    return path


def opened(gui, context: AppContext) -> Person:
    """The wizard as the app opens it: the rest of its pages built once the engine has loaded."""
    person = gui.wizard(context)
    person.wizard.build_pages()
    return person


def client_values(practice: PracticeZoho, client_type: ClientType) -> dict[str, object]:
    client = practice.client_of_type(client_type.value)
    return {"region": "us", "client_type": client_type.value, "client_id": client.client_id,
            **({"client_secret": client.client_secret} if client_type.kind.has_secret else {})}


@pytest.mark.parametrize("client_type", list(ClientType), ids=lambda t: t.value)
def test_welcome_then_the_sign_in_then_the_test_panel(gui, tmp_path, monkeypatch, client_type):
    context = gui.context()
    practice = context.start_practice()
    prepare(tmp_path, monkeypatch, **client_values(practice, client_type), profile="acme-books", locked=True,
            contact="Maria, IT (ext. 214)")
    person = opened(gui, context)
    wizard = person.wizard

    async def scenario() -> None:
        welcome = person.page(Page.WELCOME)
        said = " ".join(w.text() for w in welcome.findChildren(QLabel) if w.isVisible())
        assert "Your company has prepared this connection" in said and "Prepared by: Maria, IT (ext. 214)." in said
        assert not [b for b in welcome.findChildren(QPushButton) if label(b) == "Change the settings"]  # locked
        assert welcome.step.text() == "Step 1 of 3"
        person.next()
        consent = person.page(Page.CONSENT)
        assert wizard.currentId() == Page.CONSENT and consent.step.text() == "Step 2 of 3"
        person.connect(code=self_client_code(practice) if client_type is ClientType.SELF else None)
        test = await person.until_page(Page.TEST)
        assert test.step.text() == "Step 3 of 3"
        assert wizard.state.connected is not None and wizard.state.connected.profile.name == "acme-books"
        person.click(person.button(QWizard.WizardButton.FinishButton))
        assert gui.store.names() == ["acme-books"]

    gui.run(scenario)


def test_change_the_settings_leads_to_the_usual_pages_filled_in(gui, tmp_path, monkeypatch):
    context = gui.context()
    practice = context.start_practice()
    values = client_values(practice, ClientType.SERVER)
    prepare(tmp_path, monkeypatch, **{**values, "region": "eu"}, locked=False)
    person = opened(gui, context)

    async def scenario() -> None:
        welcome = person.page(Page.WELCOME)
        [change] = [b for b in welcome.findChildren(QPushButton) if label(b) == "Change the settings"]
        person.click(change)
        region = person.page(Page.REGION)
        assert person.wizard.currentId() == Page.REGION and region.step.text() == "Step 2 of 7"
        assert region.list.currentItem().text().startswith("Europe")
        person.next()
        person.next()
        person.next()
        credentials = person.page(Page.CREDENTIALS)
        assert credentials.client_id.text() == values["client_id"] and credentials.secret.text()

    gui.run(scenario)


@pytest.mark.parametrize("locked", [False, True], ids=["unlocked", "locked"])
def test_a_damaged_file_is_told_and_the_pages_are_filled_in_by_hand_unless_locked(gui, tmp_path, monkeypatch,
                                                                                  locked):
    context = gui.context()
    context.start_practice()
    path = prepare(tmp_path, monkeypatch, region="mars", client_type="server", locked=locked)
    person = opened(gui, context)

    async def scenario() -> None:
        welcome = person.page(Page.WELCOME)
        told = shown_error(welcome)
        assert told is not None and str(path) in told and "“region” names no Zoho data center" in told
        assert error_actions(welcome) == {}  # nothing to press but the pages themselves
        assert welcome.real.isEnabled() is not locked
        if locked:
            assert welcome.practice.isChecked()  # practice only, until the company corrects the file
        else:
            person.next()
            assert person.wizard.currentId() == Page.REGION and person.here.step.text() == "Step 2 of 7"

    gui.run(scenario)


def test_a_locked_file_offers_no_page_it_fills_in_when_zoho_refuses(gui, tmp_path, monkeypatch):
    """A Client Secret Zoho refuses: what to do is the company's, not a page the person may not change."""
    context = gui.context()
    practice = context.start_practice()
    prepare(tmp_path, monkeypatch, **{**client_values(practice, ClientType.SELF), "client_secret": "wrong-secret"},
            locked=True)
    person = opened(gui, context)

    async def scenario() -> None:
        person.next()
        person.connect(code=self_client_code(practice))
        consent = person.page(Page.CONSENT)
        await person.until_settled()
        assert "Client Secret is wrong" in (shown_error(consent) or "")
        assert "Enter the Client ID and Secret again" not in error_actions(consent)

    gui.run(scenario)


def test_what_a_locked_file_gives_is_shown_and_cannot_be_changed(gui, tmp_path, monkeypatch):
    """A locked file that gives only part: the pages ask for the rest, with its values fixed."""
    context = gui.context()
    context.start_practice()
    prepare(tmp_path, monkeypatch, region="eu", client_type="self", profile="acme-books", locked=True)
    person = opened(gui, context)

    async def scenario() -> None:
        assert person.page(Page.WELCOME).step.text() == "Step 1 of 7"
        person.next()
        region = person.page(Page.REGION)
        assert region.list.currentItem().text().startswith("Europe") and not region.list.isEnabled()
        person.next()
        client = person.page(Page.CLIENT)
        assert client.group.checkedButton().isChecked() and not client.group.checkedButton().isEnabled()
        assert label(client.group.checkedButton()) == "Self Client"
        person.next()
        person.next()
        credentials = person.page(Page.CREDENTIALS)
        assert credentials.name.text() == "acme-books" and not credentials.name.isEnabled()
        assert not credentials.client_id.isReadOnly()  # the rest is the person's to fill in

    gui.run(scenario)


def test_another_language_keeps_the_prepared_connection(gui, qapp, tmp_path, monkeypatch):
    context = gui.context()
    practice = context.start_practice()
    prepare(tmp_path, monkeypatch, **client_values(practice, ClientType.SERVER), locked=True)
    english = opened(gui, context).wizard

    async def scenario() -> None:
        choice = english.page(Page.WELCOME).language.box
        choice.setCurrentIndex(choice.findData("de"))
        choice.activated.emit(choice.currentIndex())
        german = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible())
        gui.windows[gui.windows.index(english)] = german
        source = ("Your company has prepared this connection: the data center, the client and its keys are filled in. "
                  "You only sign in to Zoho and approve the connection.")
        said = QCoreApplication.translate("WelcomePage", source)
        assert said != source and said in [w.text() for w in german.page(Page.WELCOME).findChildren(QLabel)]
        assert german.page(Page.WELCOME).step.text() == QCoreApplication.translate(
            "WizardPage", "Step {n} of {total}").format(n=1, total=3)

    try:
        gui.run(scenario)
    finally:
        i18n.install(qapp, "en")


def test_another_connection_keeps_its_own_name_unless_the_file_is_locked(gui, tmp_path, monkeypatch):
    """"Add another connection" names it connection-2: an unlocked file's name is only a default."""
    context = gui.context()
    practice = context.start_practice()

    def wizard_named(name: str, **values: object) -> str:
        prepare(tmp_path, monkeypatch, **client_values(practice, ClientType.SELF), profile="acme-books", **values)
        wizard = gui.show(SetupWizard(context, profile=name))
        wizard.build_pages()
        return wizard.state.profile

    async def scenario() -> None:
        assert wizard_named("default") == "acme-books"
        assert wizard_named("connection-2") == "connection-2"
        assert wizard_named("connection-3", locked=True) == "acme-books"

    gui.run(scenario)
