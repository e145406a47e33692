"""The About box: the app's name and version (the one ``zoho-wizard --version`` prints) and what an
IT contact asks for: where the settings are, and the Python and Qt underneath."""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from zoho_wizard import APP_NAME, __version__
from zoho_wizard.store.settings import settings_file
from zoho_wizard.ui import i18n


def _home_relative(path: Path) -> str:
    return f"~/{path.relative_to(Path.home()).as_posix()}" if path.is_relative_to(Path.home()) else str(path)


def show(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About {app}").format(app=i18n.translate(APP_NAME)))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(f"{i18n.translate(APP_NAME)} {__version__}")
    box.setInformativeText(QCoreApplication.translate("About",
        "Connects your company's Zoho Books to the tools it uses, without help from IT.\n\n"
        "Settings file: {settings}\nSecrets: your computer's keychain\nPython {python}, Qt {qt}").format(
        settings=_home_relative(settings_file()), python=sys.version.split()[0], qt=PySide6.__version__))
    box.open()
    return box
