"""The translations in resources/translations: complete as lupdate sees them against the code, and
each translation keeping what the app and Zoho need of its source: the values filled in ({name},
%n), the markup, one Alt shortcut where the source has one, and Zoho's own words as Zoho's console
and pages show them (in English), so that a person finds them on Zoho's screen."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py)

# the labels of Zoho's API console and pages the app's texts name
ZOHO_WORDS = ("ADD CLIENT", "Get Started", "Add Client", "Client-based Applications", "Server-based Applications",
              "Mobile-based Applications", "Non-browser Applications", "Self Client", "Create New Client",
              "Client Name", "Homepage URL", "Authorized Redirect URIs", "CREATE", "Client ID", "Client Secret",
              "Generate Code", "Time Duration", "Scope Description", "Accept", "Invalid Client",
              "Invalid Redirect Uri", "Update")
PLACEHOLDER = re.compile(r"\{\w*\}")
TAG = re.compile(r"</?\w+[^>]*>")


def messages(ts: Path) -> list[tuple[str, list[str]]]:
    """Each source with its translations (one, or one per plural form)."""
    found = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else [form.text or "" for form in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or "" if translation is not None
                                                                 else ""]
        found.append((message.findtext("source") or "", texts))
    return found


def mnemonics(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)", text))


def problems(source: str, translated: str) -> list[str]:
    said = []
    if not translated.strip():
        return ["not translated"]
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translated)):
        said.append("placeholders differ")
    if re.findall("%L?n", source) != re.findall("%L?n", translated):
        said.append("%n differs")
    if Counter(TAG.findall(source)) != Counter(TAG.findall(translated)):
        said.append("markup differs")
    if mnemonics(source) != mnemonics(translated):
        said.append("Alt shortcut (&) differs")
    if source[:1].isspace() != translated[:1].isspace() or source[-1:].isspace() != translated[-1:].isspace():
        said.append("leading or trailing space differs")
    # Zoho's words, longest first ("Self Client" within "Self Client's"; "CREATE" not inside "Create"),
    # their spaces unbreakable or not (a line break inside "Client Secret" hides it in right-to-left text)
    translated = translated.replace("\u00a0", " ")
    rest = source
    for word in sorted(ZOHO_WORDS, key=len, reverse=True):
        if re.search(rf"\b{re.escape(word)}\b", rest):
            rest = re.sub(rf"\b{re.escape(word)}\b", "", rest)
            if word not in translated:
                said.append(f"Zoho's word “{word}” missing")
    return said


CATALOGUES = translations.catalogs()


def test_every_language_has_a_catalogue():
    assert sorted(ts.stem.removeprefix("zoho_wizard_") for ts in CATALOGUES) == sorted(
        ["de", "fr", "es", "pt_BR", "ja", "hi", "ar"])


@pytest.mark.parametrize("ts", [*CATALOGUES, translations.FOLDER / "qtbase_hi.ts"], ids=lambda ts: ts.stem)
def test_each_translation_keeps_what_the_app_and_zoho_need(ts):
    wrong = {source[:60]: said for source, texts in messages(ts) for text in texts
             if (said := problems(source, text))}
    assert wrong == {}


def test_lupdate_finds_nothing_unfinished_or_obsolete():
    """lupdate against the code as it is: every text translated, none left over."""
    assert {name: {state: len(texts) for state, texts in states.items()}
            for name, states in translations.check().items()} == {}
