"""The person's language: chosen from the system, in the app (kept between runs) or with --lang;
the app's translations (made by lrelease from resources/translations) and Qt's own beside them;
plurals by the language's own forms, numbers as the language writes them; Arabic right to left."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from zoho_wizard import errors
from zoho_wizard.store import settings
from zoho_wizard.texts import QT_TR_NOOP, Text
from zoho_wizard.ui import i18n
from zoho_wizard.ui.pages.base import Page
from zoho_wizard.ui.wizard import SetupWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations  # noqa: E402  (packaging/translations.py)


@pytest.fixture
def english_after(qapp) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def qt_says(context: str, text: str) -> str:
    """``text`` as the installed translations have it."""
    return QCoreApplication.translate(context, text)


def test_a_translation_with_plural_forms_is_used(tmp_path, qapp, english_after) -> None:
    """A translation made by lrelease (packaging/translations.py), installed by ui/i18n.py: German
    forms for one and many."""
    template = "Zoho is busy: trying again in %n second(s)…"
    (tmp_path / "zoho_wizard_de.ts").write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE"><context><name></name>
<message numerus="yes"><source>{template}</source><translation>
<numerusform>Zoho ist ausgelastet: neuer Versuch in %n Sekunde…</numerusform>
<numerusform>Zoho ist ausgelastet: neuer Versuch in %n Sekunden…</numerusform></translation></message>
<message><source>{errors.Throttled.what}</source><translation>Zoho bremst diese Verbindung.</translation></message>
</context></TS>""", encoding="utf-8")
    translations.compile_ts(tmp_path / "zoho_wizard_de.ts", tmp_path)
    assert i18n.install(qapp, "de", tmp_path)
    assert i18n.text(Text(template, count=1)) == "Zoho ist ausgelastet: neuer Versuch in 1 Sekunde…"
    assert i18n.text(Text(template, count=5)) == "Zoho ist ausgelastet: neuer Versuch in 5 Sekunden…"
    assert i18n.sentences(errors.Throttled())[0] == "Zoho bremst diese Verbindung."
    untranslated = Text(QT_TR_NOOP("%n contact(s)"), count=1)
    assert i18n.text(untranslated) == "1 contact"  # English, with English plurals
    assert i18n.install(qapp, "fr", tmp_path) == []  # no French there: English throughout, Qt's too
    assert i18n.current() == "en"


@pytest.mark.parametrize(("system", "language"), [
    ("de_AT", "de"), ("pt_PT", "pt_BR"), ("pt_BR", "pt_BR"), ("ar_EG", "ar"), ("ja_JP", "ja"), ("hi_IN", "hi"),
    ("fr_CA", "fr"), ("es_MX", "es"), ("en_GB", "en"), ("sv_SE", "en")])
def test_the_systems_language_when_the_app_has_it(system, language):
    assert i18n.system_language(QLocale(system)) == language


def test_lang_wins_then_the_choice_kept_then_the_system(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: "ja")
    assert i18n.chosen() == "ja"
    assert settings.keep_language("de") and i18n.chosen() == "de"
    assert i18n.chosen("ar") == "ar" and i18n.chosen("xx") == "en"
    settings.preferences_file().write_text("{damaged", encoding="utf-8")
    assert i18n.chosen() == "ja"  # a damaged file is no choice


def test_every_language_installs_with_qts_own_texts(qapp, english_after):
    """The files packaging/translations.py made (tests/run makes them): each language's and Qt's own
    beside it."""
    for code in i18n.LANGUAGES:
        installed = i18n.install(qapp, code)
        assert len(installed) == (0 if code == "en" else 2), code
        assert i18n.current() == code
        if code != "en":
            assert i18n.translate(errors.Throttled.what) != errors.Throttled.what, code
            assert qt_says("QPlatformTheme", "Cancel") != "Cancel", code


def test_numbers_and_amounts_as_the_language_writes_them(qapp, english_after):
    assert i18n.install(qapp, "de")
    what, _ = i18n.sentences(errors.DailyLimitReached(resets_at=7200, limit=1000, now=0))
    assert "1.000 Aufrufe" in what
    assert i18n.language().amount(1234.5) == "1.234,50"
    i18n.install(qapp, "en")
    assert "(1,000 calls a day on its plan)" in i18n.sentences(
        errors.DailyLimitReached(resets_at=7200, limit=1000, now=0))[0]


def test_choosing_a_language_on_welcome_makes_the_wizard_again_in_it(gui, qapp, english_after):
    person = gui.wizard()
    english = person.wizard
    welcome = person.page(Page.WELCOME)
    choice = welcome.language.box
    assert choice.currentText() == "English" and choice.accessibleName() == "Language:"

    async def scenario() -> None:
        choice.setCurrentIndex(choice.findData("de"))
        choice.activated.emit(choice.currentIndex())
        german = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible())
        gui.windows[gui.windows.index(english)] = german  # the English one is deleted
        assert german is not english and not english.isVisible()
        assert german.geometry() == english.geometry()
        heading = german.page(Page.WELCOME).heading.title
        assert heading == qt_says("WelcomePage", "Connect Zoho Books") != "Connect Zoho Books"
        assert german.button(QWizard.WizardButton.NextButton).text() == qt_says("SetupWizard", "&Next")
        assert german.windowTitle() == i18n.translate("Zoho Books Connection Wizard")
        assert settings.language() == "de"
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel, german)
        assert box.button(QMessageBox.StandardButton.Cancel).text() == "Abbrechen"  # Qt's own, in German

    gui.run(scenario)


def test_arabic_mirrors_the_wizard_and_keeps_addresses_left_to_right(gui, qapp, english_after):
    i18n.install(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    person = gui.wizard()

    async def scenario() -> None:
        person.click(person.page(Page.WELCOME).practice)
        person.next()
        person.next()
        back, next_button = person.back, person.next_button
        assert next_button.mapToGlobal(next_button.rect().center()).x() < back.mapToGlobal(back.rect().center()).x()
        person.next()  # the console page: its address is Latin, left to right
        console = person.page(Page.CONSOLE)
        assert console.address.field.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert console.heading.title == qt_says("ConsolePage", "Register the app in Zoho's API console")

    gui.run(scenario)


def test_preferences_file_holds_the_language_only(tmp_path):
    assert settings.keep_language("fr", tmp_path)
    assert json.loads((tmp_path / "preferences.json").read_text(encoding="utf-8")) == {"language": "fr"}
    assert settings.language(tmp_path) == "fr"


@pytest.mark.parametrize(("system", "language", "direction"), [
    ("de_DE.UTF-8", "de", "LeftToRight"), ("ar_SA.UTF-8", "ar", "RightToLeft"), ("ja_JP.UTF-8", "ja", "LeftToRight"),
    ("C.UTF-8", "en", "LeftToRight")])
def test_a_system_set_to_a_language_starts_in_it(tmp_path, system, language, direction):
    """As a person whose desktop is set to that language starts the app: no choice kept, no --lang."""
    env = {**os.environ, "LANG": system, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "",
           "XDG_CONFIG_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    said = subprocess.run([sys.executable, "-c", "from zoho_wizard.ui.app import application\n"
                           "from zoho_wizard.ui import i18n\napp = application([])\n"
                           "print(i18n.current(), app.layoutDirection().name)"],
                          env=env, capture_output=True, text=True, check=True, timeout=60).stdout.split()
    assert said == [language, direction]
