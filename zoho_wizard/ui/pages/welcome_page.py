"""Welcome: what the wizard does, what the person needs, and the practice choice."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup

from zoho_wizard.ui.pages.base import Host, Page, WizardPage
from zoho_wizard.ui.widgets import LanguageChoice, add_choice, paragraph


class WelcomePage(WizardPage):
    page_id = Page.WELCOME

    def __init__(self, host: Host) -> None:
        super().__init__(host, scrolling=False)
        self.setTitle(self.tr("Connect Zoho Books"))
        self.body.addWidget(paragraph(self.tr(
            "This wizard connects your company's Zoho Books to the tools your company uses. "
            "It keeps the keys in this computer's own keychain, and at the end it proves the "
            "connection works by reading your Zoho Books organizations.")))
        self.body.addWidget(paragraph(self.tr(
            "You need: your Zoho Books sign-in, and access to Zoho's API console (the same sign-in "
            "usually works). It takes about five minutes.")))
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

    def nextId(self) -> int:  # the next page may not be built yet
        return int(Page.REGION)

    def validatePage(self) -> bool:
        self.host.build_pages()
        self.host.set_practice(self.practice.isChecked())
        return True
