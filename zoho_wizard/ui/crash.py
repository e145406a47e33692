"""The last guard: anything unexpected opens a dialog with "Copy details" (secrets redacted),
and the app keeps running."""

from __future__ import annotations

import asyncio
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from zoho_wizard import APP_NAME, __version__
from zoho_wizard.redact import redact

_shown: list[QMessageBox] = []  # a box without a parent lives only as long as Python holds it


def details(error: BaseException) -> str:
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return redact(f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}\n{text}")


def show(error: BaseException, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Unexpected problem"))
    box.setText(QCoreApplication.translate(
        "Crash", "The app met a problem it did not expect. Nothing was lost, and you can keep working."))
    box.setInformativeText(QCoreApplication.translate(
        "Crash", "If it happens again, press “Copy details” and send them to your IT contact (no passwords or keys "
                 "are included)."))
    report = details(error)
    box.setDetailedText(report)
    copy = box.addButton(QCoreApplication.translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    _shown[:] = [*(b for b in _shown if b.isVisible()), box]
    return box


def install(loop: asyncio.AbstractEventLoop) -> None:
    """Route uncaught exceptions (Qt slots and asyncio tasks) to the dialog instead of a crash."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        show(error)

    def loop_hook(_: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException) and not isinstance(error, asyncio.CancelledError):
            show(error)

    sys.excepthook = hook
    loop.set_exception_handler(loop_hook)
