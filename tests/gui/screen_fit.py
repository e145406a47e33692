"""Run by test_screens.py in a process of its own, on a screen of the size it names: walks the
wizard's pages for each kind of client and prints, per page, whatever does not fit the screen."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget, QWizard

from tests.support import MemoryKeyring
from zoho_wizard.errors import UntrustedCertificate
from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import Profile, ProfileStore, Secrets
from zoho_wizard.ui.app import application
from zoho_wizard.ui.connections_window import ConnectionsWindow
from zoho_wizard.ui.context import AppContext
from zoho_wizard.ui.pages.base import Page
from zoho_wizard.ui.wizard import SetupWizard
from zoho_wizard.zoho.clients import ClientType


def misfits(window: QWidget, buttons: list[QAbstractButton], content: QWidget | None) -> list[str]:
    """What a person could not see or reach in ``window``: the window off the screen, one of
    ``buttons`` outside the window, ``content`` narrower than it needs (a scrolled page)."""
    QApplication.processEvents()
    screen = window.screen().availableGeometry()
    found = []
    if not screen.contains(window.frameGeometry()):
        found.append(f"window {window.frameGeometry().getRect()} outside the screen {screen.getRect()}")
    inside = window.rect()
    for button in (b for b in buttons if b.isVisible()):
        where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        if not inside.contains(where):
            found.append(f"button {button.text()!r} at {where.getRect()} outside the window {inside.getRect()}")
    if content is not None and content.width() < content.minimumSizeHint().width():
        found.append(f"content {content.width()} px wide, needs {content.minimumSizeHint().width()}")
    return found


def wizard_misfits(wizard: SetupWizard) -> list[str]:
    buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
    return misfits(wizard, buttons, wizard.currentPage())


def connections_misfits(folder: str) -> list[str]:
    """The connections window with two saved connections and a problem shown, with its buttons."""
    store = ProfileStore(Keychain(MemoryKeyring()), Path(folder))
    for name in ("bookkeeping", "shop-invoices"):
        store.save(Profile(name=name, region="in", client_type=ClientType.SERVER.value, client_id="1000.X",
                           scopes=("ZohoBooks.fullaccess.all",), accounts_url="https://accounts.zoho.in",
                           api_domain="https://www.zohoapis.in", organization_name="Example Trading Private Limited"),
                   Secrets())
    window = ConnectionsWindow(AppContext(open_url=lambda url: True), store)
    window.show()
    window.error.show_error(UntrustedCertificate(), [("Try again", lambda: None), ("Open the wizard", lambda: None)])
    found = misfits(window, window.findChildren(QAbstractButton), window)
    window.close()
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
            report[f"{client_type.value}/{here.name}"] = wizard_misfits(wizard)
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
    with tempfile.TemporaryDirectory() as folder:
        report["connections window"] = connections_misfits(folder)
    print(json.dumps(report))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
