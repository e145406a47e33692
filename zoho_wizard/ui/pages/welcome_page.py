"""Welcome: what the wizard does, what the person needs, and the practice choice; with a setup file
from the company, that the connection is prepared (and by whom)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QPushButton

from zoho_wizard.ui.pages.base import Host, Page, WizardPage
from zoho_wizard.ui.widgets import LanguageChoice, add_choice, give_mnemonics, paragraph

if TYPE_CHECKING:
    from zoho_wizard.errors import SetupFileError
    from zoho_wizard.setup import Setup


class WelcomePage(WizardPage):
    page_id = Page.WELCOME

    def __init__(self, host: Host) -> None:
        super().__init__(host, scrolling=False)
        self.setTitle(self.tr("Connect Zoho Books"))
        self.body.addWidget(paragraph(self.tr(
            "This wizard connects your company's Zoho Books to the tools your company uses. "
            "It keeps the keys in this computer's own keychain, and at the end it proves the "
            "connection works by reading your Zoho Books organizations.")))
        self.needs = paragraph(self.tr(
            "You need: your Zoho Books sign-in, and access to Zoho's API console (the same sign-in "
            "usually works). It takes about five minutes."))
        self.body.addWidget(self.needs)
        group = QButtonGroup(self)
        self.real = add_choice(self.body, group, self.tr("Connect my Zoho Books"),
                               self.tr("Connect your company's real Zoho Books account."))
        self.practice = add_choice(self.body, group, self.tr("Practice first"),
                                   self.tr("Rehearse every step on a pretend Zoho that runs on this computer. "
                                           "Nothing real is touched, and the practice connection is removed when "
                                           "you close the app."))
        self.real.setChecked(True)
        self.body.addStretch(1)
        self.language = LanguageChoice()
        self.language.chosen.connect(host.change_language)
        self.body.addWidget(self.language)

    def show_prepared(self, prepared: Setup) -> None:
        """The company's setup file holds all the sign-in needs: say so, and who prepared it."""
        said = self.tr("Your company has prepared this connection: the data center, the client and its keys are "
                       "filled in. You only sign in to Zoho and approve the connection.")
        if prepared.contact:
            said += " " + self.tr("Prepared by: {contact}.").format(contact=prepared.contact)
        self.needs.hide()  # the API console is done: the sign-in is all
        at = self.body.indexOf(self.real)
        self.body.insertWidget(at, paragraph(said))
        if not prepared.locked:
            change = QPushButton(self.tr("Change the settings"))
            change.clicked.connect(self.host.change_settings)
            self.body.insertWidget(at + 1, change)
            give_mnemonics(self.window())
        self.step.setText(self.step_text())  # the shorter way

    def refuse_real(self, error: SetupFileError) -> None:
        """A locked setup file that cannot be used: only practice, until the company corrects it."""
        self.show_error(error)
        self.real.setEnabled(False)
        self.practice.setChecked(True)

    def nextId(self) -> int:  # the next page may not be built yet
        path = self.host.path()
        return int(path[1]) if len(path) > 1 else int(Page.REGION)

    def validatePage(self) -> bool:
        self.host.build_pages()
        self.host.set_practice(self.practice.isChecked())
        return True
