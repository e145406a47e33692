"""Run by test_screens.py in a process of its own, on a screen of the size it names: walks the
wizard's pages for each kind of client and prints, per page, whatever does not fit the screen."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QWizard

from zoho_wizard.ui.app import application
from zoho_wizard.ui.context import AppContext
from zoho_wizard.ui.pages.base import Page
from zoho_wizard.ui.wizard import SetupWizard
from zoho_wizard.zoho.clients import ClientType


def misfits(wizard: SetupWizard) -> list[str]:
    """What a person could not see or reach on the current page."""
    QApplication.processEvents()
    screen = wizard.screen().availableGeometry()
    found = []
    if not screen.contains(wizard.frameGeometry()):
        found.append(f"window {wizard.frameGeometry().getRect()} outside the screen {screen.getRect()}")
    inside = wizard.rect()
    buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
    for button in (b for b in buttons if isinstance(b, QAbstractButton) and b.isVisible()):
        where = QRect(button.mapTo(wizard, button.rect().topLeft()), button.size())
        if not inside.contains(where):
            found.append(f"button {button.text()!r} at {where.getRect()} outside the window {inside.getRect()}")
    page = wizard.currentPage()
    if page is not None and page.width() < page.minimumSizeHint().width():
        found.append(f"page {page.width()} px wide, its content needs {page.minimumSizeHint().width()}")
    return found


def main() -> int:
    app = application(sys.argv)  # Qt's own options too (-reverse)
    report: dict[str, list[str]] = {}
    for client_type in ClientType:
        wizard = SetupWizard(AppContext(open_url=lambda url: True))
        wizard.show()
        wizard.build_pages()
        wizard.page(Page.WELCOME).practice.setChecked(True)  # type: ignore[attr-defined]
        while True:
            here = Page(wizard.currentId())
            report[f"{client_type.value}/{here.name}"] = misfits(wizard)
            if here is Page.TEST:
                break
            if here is Page.CLIENT:
                wizard.state.client_type = client_type
                wizard.page(Page.CLIENT).group.button(list(ClientType).index(client_type)).setChecked(True)  # type: ignore[attr-defined]
            if here is Page.CREDENTIALS:
                wizard.page(Page.CREDENTIALS).fill.click()  # type: ignore[attr-defined]
            wizard.next()  # also past the consent page: the last page's panel, not yet filled in
        wizard.close()
    assert wizard.context.practice is not None
    wizard.context.practice.stop()
    print(json.dumps(report))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
