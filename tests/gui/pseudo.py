"""A pseudo-language for tests: every text of the app (and the Qt texts it shows) accented, 40 %
longer and bracketed, ``⟦Ćöññéçţ Žöĥö ßööķš ẋẋẋẋẋẋẋ⟧``, so that a text left in plain English was
not marked for translation, and a text cut off at its end shows. What a translation must keep stays
as it is: values ({name}, %n), markup, the Alt shortcut's "&", and Zoho's own words.

    python -m tests.gui.pseudo FOLDER     writes zoho_wizard_en_XA and qtbase_en_XA there (.qm.zlib)
"""

from __future__ import annotations

import math
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py)

from tests.unit.test_translations import ZOHO_WORDS  # noqa: E402

CODE = "en_XA"  # the pseudo-locale's usual name
OPEN, CLOSE = "⟦", "⟧"
ACCENTED = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                         "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
# kept as they are: values, %n, tags and entities, and Zoho's words
KEPT = re.compile(r"\{[^}]*\}|%L?n|<[^>]+>|&\w+;|"
                  + "|".join(rf"\b{re.escape(word)}\b" for word in sorted(ZOHO_WORDS, key=len, reverse=True)))


def pseudo(text: str) -> str:
    parts, last = [], 0
    for kept in KEPT.finditer(text):
        parts += [text[last:kept.start()].translate(ACCENTED), kept.group()]
        last = kept.end()
    parts.append(text[last:].translate(ACCENTED))
    padding = "ẋ" * math.ceil(0.4 * len(text.strip()))
    lead = text[:len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}{OPEN}{''.join(parts).strip()} {padding}{CLOSE}{trail}"


def catalogue(sources: dict[str, list[tuple[str, bool]]]) -> str:
    """A TS file for the pseudo-language (English's two plural forms) from ``{context: [(source, numerus)]}``."""
    contexts = []
    for context, messages in sources.items():
        body = []
        for source, numerus in messages:
            if numerus:
                forms = "".join(f"<numerusform>{escape(pseudo(source))}</numerusform>" for _ in range(2))
                body.append(f'<message numerus="yes"><source>{escape(source)}</source>'
                            f"<translation>{forms}</translation></message>")
            else:
                body.append(f"<message><source>{escape(source)}</source>"
                            f"<translation>{escape(pseudo(source))}</translation></message>")
        contexts.append(f"<context><name>{escape(context)}</name>{''.join(body)}</context>")
    return (f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
            f"{''.join(contexts)}</TS>")


def make(folder: Path) -> None:
    """The pseudo-language's compiled files in ``folder``: the app's texts, as lupdate finds them in the
    code now (from a catalogue brought up to date in a scratch copy), and Qt's texts the app shows."""
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "zoho_wizard_de.ts"
        ts.write_bytes((translations.FOLDER / "zoho_wizard_de.ts").read_bytes())
        translations.lupdate([ts])
        sources: dict[str, list[tuple[str, bool]]] = {}
        for context in ET.parse(ts).getroot():
            sources[context.findtext("name") or ""] = [(m.findtext("source") or "", m.get("numerus") == "yes")
                                                       for m in context.iter("message")]
        qt = {context: [(text, False) for text in texts] for context, texts in translations.QT_TEXTS.items()
              if context != "QGuiApplication"}  # left to right
        for name, table in ((f"zoho_wizard_{CODE}", sources), (f"qtbase_{CODE}", qt)):
            source = Path(scratch) / f"{name}.ts"
            source.write_text(catalogue(table), encoding="utf-8")
            translations.compile_ts(source, folder)


if __name__ == "__main__":
    make(Path(sys.argv[1]))
