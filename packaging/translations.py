"""The app's translations, with the Qt tools that ship in PySide6-Essentials:

    python packaging/translations.py update    after changing a text: lupdate brings every
                                               resources/translations/zoho_wizard_*.ts up to date
    python packaging/translations.py release   lrelease makes the .qm files the app loads, each
                                               zlib-compressed, .qm.zlib (a third of the size; the
                                               run, test and build scripts run it; not committed)
    python packaging/translations.py check     lists what is unfinished or obsolete; fails if any

A new language: ``update --add pt_BR``. The texts come from the Qt face (``self.tr``) and the
engine's templates (``QT_TR_NOOP``); the practice Zoho (it imitates Zoho's own pages) and the
terminal face (read by IT and by scripts) stay English.

Qt's own texts the app shows (standard buttons, the menus of fields and scroll bars, what a screen
reader calls actions, the layout direction) come from Qt's translations: ``release`` copies those
out of Qt's ``qtbase_<language>.qm`` (some 200 KB each) into a ``qtbase_<language>.qm.zlib`` of a
few KB beside the app's. Qt has none in Hindi: ``qtbase_hi.ts`` is kept by hand."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent
ENGLISH_ONLY = ("zoho_wizard/practice/", "zoho_wizard/cli.py")
CATALOGUE = ROOT / "build" / "plurals.py"  # made by lupdate() each time: see plurals()
COMPILED = ".qm.zlib"  # what the app loads: ui/i18n.py


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "zoho_wizard").rglob("*.py")
                  if not str(path.relative_to(ROOT)).startswith(ENGLISH_ONLY))


def catalogs(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob("zoho_wizard_*.ts"))


def plurals() -> list[str]:
    """The engine's templates with a count (``%n``). lupdate reads ``QT_TR_NOOP`` texts as having
    one form; listed first as Qt's ``translate`` with a number, each gets the plural forms of every
    language (the first mention of a text decides)."""
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "all.ts"
        subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources(), "-ts", str(ts)], cwd=ROOT, check=True,
                       capture_output=True)
        return [message.findtext("source") or "" for context in ET.parse(ts).getroot()
                if context.findtext("name") == "" for message in context.iter("message")
                if re.search("%L?n", message.findtext("source") or "")]


def lupdate(ts_files: list[Path], *options: str) -> str:
    CATALOGUE.parent.mkdir(exist_ok=True)
    partial = CATALOGUE.with_name(f"{CATALOGUE.name}.{os.getpid()}")  # others may run lupdate meanwhile
    partial.write_text("".join(f"QCoreApplication.translate(\"\", {json.dumps(text, ensure_ascii=False)}, None, 1)\n"
                               for text in plurals()), encoding="utf-8")
    os.replace(partial, CATALOGUE)
    run = subprocess.run([str(TOOLS / "pyside6-lupdate"), str(CATALOGUE.relative_to(ROOT)), *sources(), *options,
                          "-locations", "relative", "-ts", *map(str, ts_files)],
                         cwd=ROOT, check=True, capture_output=True, text=True)
    return run.stdout


def update(add: list[str]) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in add:
        (FOLDER / f"zoho_wizard_{language}.ts").write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{language}">\n</TS>\n',
            encoding="utf-8")
    print(lupdate(catalogs(), "-no-obsolete"), end="")


def compile_ts(ts: Path, out: Path) -> Path:
    """``ts`` compiled by lrelease and compressed, as ``out/<its name>.qm.zlib``."""
    with tempfile.TemporaryDirectory() as scratch:
        qm = Path(scratch) / "compiled.qm"
        subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        made = out / f"{ts.stem}{COMPILED}"
        made.write_bytes(zlib.compress(qm.read_bytes(), 9))
    return made


def release(folder: Path = FOLDER, out: Path = FOLDER) -> list[Path]:
    """Compile each .ts in ``folder`` whose compiled file in ``out`` is missing or older, and make
    Qt's texts for each language Qt has."""
    made = []
    for ts in sorted(folder.glob("*.ts")):
        compiled = out / f"{ts.stem}{COMPILED}"
        if not compiled.exists() or compiled.stat().st_mtime < ts.stat().st_mtime:
            made.append(compile_ts(ts, out))
    for ts in catalogs(folder):
        language = ts.stem.removeprefix("zoho_wizard_")
        if not (folder / f"qtbase_{language}.ts").exists() and not (out / f"qtbase_{language}{COMPILED}").exists():
            made += qt_texts(language, out)
    return made


# Qt's texts the app can show, by context (qtbase's sources)
QT_TEXTS = {
    "QGuiApplication": ["QT_LAYOUT_DIRECTION"],
    "QPlatformTheme": ["OK", "Save", "Open", "&Yes", "&No", "Abort", "Retry", "Ignore", "Close", "Cancel",
                       "Discard", "Help", "Apply", "Reset", "Restore Defaults"],
    "QMessageBox": ["Show Details...", "Hide Details..."],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QWidgetTextControl": ["&Undo", "&Redo", "Cu&t", "&Copy", "Copy &Link Location", "&Paste", "Delete",
                           "Select All"],
    "QScrollBar": ["Scroll here", "Left edge", "Top", "Right edge", "Bottom", "Page left", "Page up",
                   "Page right", "Page down", "Scroll left", "Scroll up", "Scroll right", "Scroll down"],
    "QAccessibleActionInterface": ["Press", "Increase", "Decrease", "ShowMenu", "SetFocus", "Toggle",
                                   "Scroll Left", "Scroll Right", "Scroll Up", "Scroll Down", "Previous Page",
                                   "Next Page"],
}


def qt_texts(language: str, out: Path) -> list[Path]:
    """``QT_TEXTS`` as Qt's own translation for ``language`` has them, compiled into ``out``; none if
    Qt has no translation for it."""
    from xml.sax.saxutils import escape

    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt = QTranslator()
    if not qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return []
    contexts = "".join(
        f"<context><name>{context}</name>" + "".join(
            f"<message><source>{escape(text)}</source><translation>{escape(translated)}</translation></message>"
            for text in texts if (translated := qt.translate(context, text))) + "</context>"
        for context, texts in QT_TEXTS.items())
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / f"qtbase_{language}.ts"
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
                      f"{contexts}</TS>", encoding="utf-8")
        return [compile_ts(ts, out)]


def unfinished(ts: Path) -> dict[str, list[str]]:
    """The sources of ``ts`` by state: translations missing ("unfinished") and texts the code no
    longer has ("obsolete", "vanished")."""
    found: dict[str, list[str]] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        state = translation.get("type") if translation is not None else "unfinished"
        forms = [] if translation is None else [form.text for form in translation.iter("numerusform")]
        empty = translation is None or not (translation.text or "").strip() and not all(forms)
        if state or empty:
            found.setdefault(state or "unfinished", []).append(message.findtext("source") or "")
    return found


def check() -> dict[str, dict[str, list[str]]]:
    """What lupdate would find against the code as it is, per catalogue (the files are left as they are)."""
    with tempfile.TemporaryDirectory() as scratch:
        copies = [Path(scratch) / ts.name for ts in catalogs()]
        for ts, copy in zip(catalogs(), copies, strict=True):
            copy.write_bytes(ts.read_bytes())
        lupdate(copies)
        return {copy.name: states for copy in copies if (states := unfinished(copy))}


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update(argv[2:] if argv[1:2] == ["--add"] else [])
    elif command == "release":
        for qm in release():
            print(f"made {qm.relative_to(ROOT)}")
    elif command == "check":
        problems = check()
        for name, states in problems.items():
            for state, texts in states.items():
                print(f"{name}: {len(texts)} {state}: {texts[0][:70]!r}…")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
