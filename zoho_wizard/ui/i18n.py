"""The person's language, in one place: chooses it, installs the translators and puts the
engine's sentences (errors, progress, the client kinds) into that language, plurals included.

``lupdate`` collects the Qt face's ``self.tr`` texts under their class names, and the engine's
``QT_TR_NOOP`` templates under the empty context; a language's file
``resources/translations/zoho_wizard_<language>.qm.zlib`` holds both (``packaging/translations.py``
makes them: .qm files, zlib-compressed), and ``qtbase_<language>.qm.zlib`` Qt's own texts the app
shows (standard buttons, menus),
installed only beside the app's, so that a window never mixes two languages.

The language is the one chosen with ``--lang``, else the one chosen in the app (kept between runs),
else the system's if the app has it, else English.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from zoho_wizard.errors import WizardError
from zoho_wizard.resources import resource_path
from zoho_wizard.store import settings
from zoho_wizard.texts import Language, Text, english

ENGINE = ""  # the context lupdate gives QT_TR_NOOP texts
# each language by its own name, as a person looks for it
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "pt_BR": "Português (Brasil)",
             "ja": "日本語", "hi": "हिन्दी", "ar": "العربية"}
RIGHT_TO_LEFT = {"ar"}

_installed: list[tuple[QTranslator, bytes]] = []  # with its data, which Qt reads from where it is
_current = "en"


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's languages the app has (Portuguese of any country: Brazil's), else English."""
    for name in (locale or QLocale()).uiLanguages():
        name = name.replace("-", "_")
        language = name.split("_")[0]
        for code in (name, language, "pt_BR" if language == "pt" else ""):
            if code in LANGUAGES:
                return code
    return "en"


def chosen(asked: str | None = None) -> str:
    """``asked`` (``--lang``; a known language, else English), else the one kept, else the system's."""
    if asked is not None:
        return asked if asked in LANGUAGES else "en"
    kept = settings.language()
    return kept if kept in LANGUAGES else system_language()


def install(app: QCoreApplication, language: str, folder: Path | None = None) -> list[QTranslator]:
    """Speak ``language`` from now on: the app's translation (from ``folder``, the app's ``translations``
    resources by default) and Qt's own beside it, in place of those installed before. English, or a
    language without a translation, installs none. Returns what was installed."""
    global _current
    for translator, _ in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    folder = folder or resource_path("translations")
    ours = _load(app, folder / f"zoho_wizard_{language}.qm.zlib") if language != "en" else None
    if ours is None:
        _current = "en"
        QLocale.setDefault(QLocale("en"))
        return []
    _installed.append(ours)
    qt = _load(app, folder / f"qtbase_{language}.qm.zlib")  # Qt's texts the app shows
    if qt is not None:
        _installed.append(qt)
    for translator, _ in _installed:
        app.installTranslator(translator)
    _current = language
    QLocale.setDefault(QLocale(language))  # numbers and amounts as the language writes them
    return [translator for translator, _ in _installed]


def _load(app: QCoreApplication, path: Path) -> tuple[QTranslator, bytes] | None:
    try:
        data = zlib.decompress(path.read_bytes())
    except (OSError, zlib.error):
        return None
    translator = QTranslator(app)
    return (translator, data) if translator.load(data) else None


def switch(code: str) -> bool:
    """The person chose ``code`` in the app: speak it now, and from the next run on. False when it is
    the language spoken already (nothing to make again)."""
    app = QCoreApplication.instance()
    if code == _current or app is None:
        return False
    settings.keep_language(code)
    install(app, code)
    return True


def current() -> str:
    return _current


def language() -> Language:
    """The person's language, for the pages the engine serves to the browser."""
    return Language(code=_current.replace("_", "-"), right_to_left=_current in RIGHT_TO_LEFT, translate=translate,
                    amount=lambda value: QLocale().toString(value, "f", 2))


def translate(template: str, count: int | None = None) -> str:
    """An engine template in the person's language; ``%n`` becomes ``count`` with its plural form."""
    if count is None:
        return QCoreApplication.translate(ENGINE, template)
    translated = QCoreApplication.translate(ENGINE, template, None, count)
    if translated == template.replace("%Ln", QLocale().toString(count)).replace("%n", str(count)):
        return english(template, count)  # no translation has it: English plurals
    return translated


def text(message: Text | str) -> str:
    """An engine sentence (a template without values, or a :class:`Text`) in the person's language."""
    return translate(message) if isinstance(message, str) else message.render(translate)


def sentences(error: WizardError) -> tuple[str, str]:
    """What happened, and what to do now, in the person's language."""
    return error.sentences(translate)
