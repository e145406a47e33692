"""The person's language, in one place: installs the translators and puts the engine's sentences
(errors, progress, the client kinds) into that language, plurals included.

``lupdate`` collects the Qt face's ``self.tr`` texts under their class names, and the engine's
``QT_TR_NOOP`` templates under the empty context; a language's file
``resources/translations/zoho_wizard_<language>.qm`` holds both. Qt's own translation (the
wizard's Back and Next) is installed only beside the app's, so that a window never mixes two
languages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from zoho_wizard.errors import WizardError
from zoho_wizard.resources import resource_path
from zoho_wizard.texts import Text, english

ENGINE = ""  # the context lupdate gives QT_TR_NOOP texts


def install(app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None) -> list[QTranslator]:
    """Install the app's translation for ``locale`` (the system's by default), from ``folder`` (the app's
    ``translations`` resources by default), and Qt's own beside it; none when the app has no translation
    for that language (it then speaks English). Returns what was installed."""
    locale = locale or QLocale()
    ours = QTranslator(app)
    if not ours.load(locale, "zoho_wizard", "_", str(folder or resource_path("translations"))):
        return []
    installed = [ours]
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def translate(template: str, count: int | None = None) -> str:
    """An engine template in the person's language; ``%n`` becomes ``count`` with its plural form."""
    if count is None:
        return QCoreApplication.translate(ENGINE, template)
    translated = QCoreApplication.translate(ENGINE, template, None, count)
    if translated == template.replace("%n", str(count)):  # no translation has it: English plurals
        return english(template, count)
    return translated


def text(message: Text | str) -> str:
    """An engine sentence (a template without values, or a :class:`Text`) in the person's language."""
    return translate(message) if isinstance(message, str) else message.render(translate)


def sentences(error: WizardError) -> tuple[str, str]:
    """What happened, and what to do now, in the person's language."""
    return error.sentences(translate)
