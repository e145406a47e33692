"""Run by test_screens.py in a process of its own, on a screen of the size it names: walks the
wizard's pages for each kind of client, then the connections window, the About box and the crash
dialog, and prints, per page, whatever does not fit the screen and any text cut off.

    screen_fit.py [--lang CODE [--translations FOLDER]] [--english] [Qt's options]

``--english`` also lists the words left in English outside the pseudo-language's brackets (see
pseudo.py): a text never marked for translation."""

from __future__ import annotations

import html
import json
import re
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
    QWizard,
)

from tests.support import MemoryKeyring
from zoho_wizard import errors
from zoho_wizard.errors import UntrustedCertificate
from zoho_wizard.store.keychain import Keychain
from zoho_wizard.store.profiles import Profile, ProfileStore, Secrets
from zoho_wizard.texts import QT_TR_NOOP, Text
from zoho_wizard.ui import about, crash, i18n
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


# words a person may see in English in any language: names, and the language choice's own
NAMES = {"Zoho", "Books", "English", "Language", "Deutsch", "Français", "Español", "Português", "Brasil",
         "GNOME", "Keyring", "KWallet", "Secret", "Service", "Python"}


def shown_texts(window: QWidget) -> list[str]:
    """What a person reads in ``window``, and what a screen reader says of its controls."""
    texts = [window.windowTitle()]
    for widget in (w for w in window.findChildren(QWidget) if w.isVisible()):
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(html.unescape(re.sub(r"<[^>]+>", " ", widget.text())))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(row).text() for row in range(widget.count())]
    return [text for text in texts if text.strip()]


def in_english(text: str) -> list[str]:
    """The words of ``text`` outside the pseudo-language's brackets, but addresses, codes and names."""
    while "⟦" in text:
        inner = re.sub(r"⟦[^⟦⟧]*⟧", " ", text)
        if inner == text:
            break
        text = inner
    words = [word.strip("()[],;:.!?“”'\"&") for word in text.split() if not re.search(r"[./:@_\d=-]", word)]
    return [word for word in words if re.fullmatch(r"[A-Za-z]{3,}", word) and word not in NAMES]


def cut_off(window: QWidget) -> list[str]:
    """Labels and buttons shown smaller than their text needs."""
    found = []
    for widget in (w for w in window.findChildren(QWidget) if w.isVisible()):
        if isinstance(widget, QLabel) and widget.text():
            need = (widget.heightForWidth(widget.width()) if widget.wordWrap() else widget.sizeHint().width())
            have = widget.height() if widget.wordWrap() else widget.width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            need, have = widget.sizeHint().width(), widget.width()
        else:
            continue
        if need > have + 1:
            found.append(f"cut off ({need} > {have} px): {widget.text()[:60]!r}")
    return found


def texts_misfit(window: QWidget, english: bool) -> list[str]:
    found = cut_off(window)
    if english:
        found += [f"English: {' '.join(words)} in {text[:80]!r}" for text in shown_texts(window)
                  if (words := in_english(text))]
    return found


def wizard_misfits(wizard: SetupWizard) -> list[str]:
    buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
    return misfits(wizard, buttons, wizard.currentPage())


def connections_misfits(folder: str, english: bool) -> list[str]:
    """The connections window with two saved connections and a problem shown, with its buttons."""
    store = ProfileStore(Keychain(MemoryKeyring()), Path(folder))
    for name in ("bookkeeping", "shop-invoices"):
        store.save(Profile(name=name, region="in", client_type=ClientType.SERVER.value, client_id="1000.X",
                           scopes=("ZohoBooks.fullaccess.all",), accounts_url="https://accounts.zoho.in",
                           api_domain="https://www.zohoapis.in", organization_name="Ōrğ 1"), Secrets())
    window = ConnectionsWindow(AppContext(open_url=lambda url: True), store)
    window.show()
    window.error.show_error(UntrustedCertificate(), [(window.reconnect_button.text().replace("&", ""), lambda: None)])
    found = misfits(window, window.findChildren(QAbstractButton), window) + texts_misfit(window, english)
    window.close()
    return found


def dialog_misfits(box: QWidget, english: bool) -> list[str]:
    """A dialog's texts (About, the crash dialog), then the dialog closed."""
    QApplication.processEvents()
    found = texts_misfit(box, english)
    box.close()
    return found


def main() -> int:
    argv = list(sys.argv)
    english = "--english" in argv and not argv.remove("--english")
    language = argv.pop(argv.index("--lang") + 1) if "--lang" in argv else "en"
    folder = Path(argv.pop(argv.index("--translations") + 1)) if "--translations" in argv else None
    argv = [a for a in argv if a not in ("--lang", "--translations")]
    app = application(argv, "en")  # Qt's own options too (-reverse)
    if language != "en":
        assert i18n.install(app, language, folder), f"no translation for {language}"
    report: dict[str, list[str]] = {}
    for client_type in ClientType:
        wizard = SetupWizard(AppContext(open_url=lambda url: True))
        wizard.show()
        wizard.build_pages()
        wizard.page(Page.WELCOME).practice.setChecked(True)  # type: ignore[attr-defined]
        while True:
            here = Page(wizard.currentId())
            page = wizard.currentPage()
            if here is Page.CONSENT:  # with a problem shown and a line of progress
                page.show_error(errors.CodeExpired())  # type: ignore[attr-defined]
                page.progress(Text(QT_TR_NOOP("Checking the Client ID and the redirect address with Zoho…")))  # type: ignore[attr-defined]
            report[f"{client_type.value}/{here.name}"] = wizard_misfits(wizard) + texts_misfit(wizard, english)
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
    report["about"] = dialog_misfits(about.show(wizard), english)
    report["crash"] = dialog_misfits(crash.show(RuntimeError("a test's"), wizard), english)
    with tempfile.TemporaryDirectory() as scratch:
        report["connections window"] = connections_misfits(scratch, english)
    print(json.dumps(report))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
