"""The person's language: ui/i18n.py installs a real translation (made by lrelease) and puts the
engine's sentences into it, plurals by the language's own forms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale

from zoho_wizard import errors
from zoho_wizard.texts import QT_TR_NOOP, Text
from zoho_wizard.ui import i18n

TOOLS = Path(sys.executable).parent


def test_a_translation_with_plural_forms_is_used(tmp_path, qapp) -> None:
    """A real .qm, made by lrelease, installed by ui/i18n.py: German forms for one and many."""
    template = "Zoho is busy: trying again in %n second(s)…"
    (tmp_path / "zoho_wizard_de.ts").write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE"><context><name></name>
<message numerus="yes"><source>{template}</source><translation>
<numerusform>Zoho ist ausgelastet: neuer Versuch in %n Sekunde…</numerusform>
<numerusform>Zoho ist ausgelastet: neuer Versuch in %n Sekunden…</numerusform></translation></message>
<message><source>{errors.Throttled.what}</source><translation>Zoho bremst diese Verbindung.</translation></message>
</context></TS>""", encoding="utf-8")
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(tmp_path / "zoho_wizard_de.ts")], check=True,
                   capture_output=True)
    translators = i18n.install(qapp, QLocale("de_DE"), tmp_path)
    try:
        assert translators
        assert i18n.text(Text(template, count=1)) == "Zoho ist ausgelastet: neuer Versuch in 1 Sekunde…"
        assert i18n.text(Text(template, count=5)) == "Zoho ist ausgelastet: neuer Versuch in 5 Sekunden…"
        assert i18n.sentences(errors.Throttled())[0] == "Zoho bremst diese Verbindung."
        untranslated = Text(QT_TR_NOOP("%n contact(s)"), count=1)
        assert i18n.text(untranslated) == "1 contact"  # English, with English plurals
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert i18n.install(qapp, QLocale("fr_FR"), tmp_path) == []  # no French: English throughout, Qt's too
