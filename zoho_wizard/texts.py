"""Sentences for a person, kept translatable while the engine stays free of Qt.

The engine writes each sentence as an English template marked with :func:`QT_TR_NOOP` (the name
Qt's ``lupdate`` collects; here it only hands its text back) and fills in the values last. ``%n``
stands for a count, for languages whose plurals differ from English::

    text = Text(QT_TR_NOOP("Zoho is busy: trying again in %n second(s)…"), count=3)
    str(text)                 # English: "Zoho is busy: trying again in 3 seconds…"
    text.render(translate)    # the Qt face: ui/i18n.py looks the template up first
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

# translate(template, count): the template in the person's language, with %n replaced when count is given
Translate = Callable[[str, "int | None"], str]


def QT_TR_NOOP(text: str) -> str:
    return text


def english(template: str, count: int | None) -> str:
    """The template itself, its "(s)" and "(es)" plurals resolved by English rules; ``%Ln`` is the
    count written as a number reads (1,000), as Qt does for the reader's language."""
    if count is None:
        return template
    plural = re.sub(r"\((e?s)\)", "" if count == 1 else r"\1", template)
    return plural.replace("%Ln", f"{count:,}").replace("%n", str(count))


@dataclass(frozen=True)
class Language:
    """The person's language, for what the engine shows or writes itself: the pages the browser gets
    after Zoho's redirect, amounts in records. ``code`` goes into ``<html lang>``; the terminal face
    stays English."""

    code: str = "en"
    right_to_left: bool = False
    translate: Translate = english
    amount: Callable[[float], str] = "{:,.2f}".format  # an amount of money, without its currency


ENGLISH = Language()


@dataclass(frozen=True)
class Text:
    template: str
    values: Mapping[str, object] = field(default_factory=dict)
    count: int | None = None

    def render(self, translate: Translate = english) -> str:
        """The sentence in the language of ``translate``; values that are texts themselves too."""
        values = {key: value.render(translate) if isinstance(value, Text) else value
                  for key, value in self.values.items()}
        return translate(self.template, self.count).format_map(values)

    def __str__(self) -> str:
        return self.render()
