"""Every sentence a person reads can be translated: the engine's are templates that Qt's lupdate
finds, filled in last, with plurals by the language's rules."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from zoho_wizard import errors
from zoho_wizard.texts import QT_TR_NOOP, Text, english
from zoho_wizard.zoho.calls import BOOKS
from zoho_wizard.zoho.clients import KINDS

PACKAGE = Path(errors.__file__).parent
TOOLS = Path(sys.executable).parent


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> set[str]:
    """The engine's templates as lupdate collects them (the empty context), from every module of the app."""
    ts = tmp_path_factory.mktemp("ts") / "app.ts"
    sources = [str(path) for path in PACKAGE.rglob("*.py") if "practice" not in path.parts]
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True)
    return {message.findtext("source") or "" for context in ET.parse(ts).getroot()
            if context.findtext("name") == "" for message in context.iter("message")}


def error_classes() -> list[type[errors.WizardError]]:
    return [value for value in vars(errors).values()
            if isinstance(value, type) and issubclass(value, errors.WizardError)]


def test_lupdate_finds_every_error_kind_and_record(catalog) -> None:
    wanted = {text for cls in error_classes() for text in (cls.what, cls.todo)}
    wanted |= {text for kind in KINDS.values() for text in (kind.name, kind.choice, kind.advice)}
    wanted |= {text for call in BOOKS.calls for text in (call.label, call.counted)}
    assert wanted - catalog == set()


def test_lupdate_finds_the_sentences_of_errors_made_with_values(catalog) -> None:
    made = [errors.ClientInOtherRegion("eu", "Europe", "United States"), errors.UntrustedSettings("a", "b.example"),
            errors.DailyLimitReached(7200.0, 1000, 0.0), errors.DailyLimitReached(60.0, None, 0.0)]
    assert {text for error in made for text in (error.what, error.todo)} - catalog == set()


def test_no_engine_sentence_is_built_in_place() -> None:
    """An error's sentences are marked templates (or a variable holding one), never an f-string or a bare literal."""
    made_with_values = {cls.__name__ for cls in error_classes() if "__init__" in vars(cls)} - {"BooksError"}
    plain = {cls.__name__ for cls in error_classes()} - made_with_values
    found = []
    for path in PACKAGE.rglob("*.py"):
        if {"practice", "ui"} & set(path.parts):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in plain:
                continue
            for argument in [*node.args[:2], *(k.value for k in node.keywords if k.arg in ("what", "todo"))]:
                marked = isinstance(argument, ast.Call) and getattr(argument.func, "id", "") == "QT_TR_NOOP"
                if not (marked or isinstance(argument, ast.Name | ast.IfExp)):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {ast.unparse(argument)[:60]}")
    assert found == []


def test_values_are_filled_in_last_and_texts_within_texts_too() -> None:
    reason = Text(QT_TR_NOOP("Zoho sent an answer the app does not understand (HTTP {status})."), {"status": 500})
    outer = Text(QT_TR_NOOP("Zoho did not end the connection, so nothing was removed: {reason}"), {"reason": reason})
    marked = outer.render(lambda template, count: f"«{template}»")
    assert marked == ("«Zoho did not end the connection, so nothing was removed: «Zoho sent an answer the app does "
                      "not understand (HTTP 500).»»")


@pytest.mark.parametrize(("count", "said"),
                         [(1, "1 second, 1 tax"), (2, "2 seconds, 2 taxes"), (0, "0 seconds, 0 taxes")])
def test_english_plurals(count, said) -> None:
    assert english("%n second(s), %n tax(es)", count) == said


def test_no_plural_is_made_by_hand() -> None:
    """Counts go through %n templates: no "s" added by a condition anywhere in the app."""
    pattern = re.compile(r"""['"]s['"] if .*(?:!=|==|>) ?1""")
    found = [f"{path.relative_to(PACKAGE)}:{number}" for path in PACKAGE.rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert found == []
