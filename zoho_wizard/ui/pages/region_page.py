"""Region: the ten data centers by name, told apart by the address of their Zoho login page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from zoho_wizard.errors import WizardError
from zoho_wizard.ui import i18n
from zoho_wizard.ui.pages.base import Host, Page, WizardPage
from zoho_wizard.ui.widgets import paragraph
from zoho_wizard.zoho.regions import DEFAULT_REGIONS


class RegionPage(WizardPage):
    page_id = Page.REGION

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Where is your Zoho account?"))

    def build(self) -> None:
        self.body.addWidget(paragraph(self.tr(
            "Zoho keeps each account in one data center. Look at the address of the page where you sign "
            "in to Zoho, and choose the line that shows the same address.")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Data center"))
        self.list.setWordWrap(True)  # long lines (practice addresses, large fonts) wrap instead of hiding
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(lambda _: self.completeChanged.emit())
        self.body.addWidget(self.list, 1)
        self.body.addWidget(paragraph(self.tr(
            "If your account turns out to live elsewhere, the app notices when you sign in and uses the "
            "right one.")))

    def initializePage(self) -> None:
        super().initializePage()
        chosen = self.state.region.code if self.state.region else "us"
        self.list.clear()
        try:
            self.state.regions = self.host.context.regions()
        except WizardError as error:
            self.show_error(error)
            return
        for region in self.state.regions.values():
            text = self.tr("{name} — sign-in page {host}").format(
                name=i18n.translate(region.name), host=DEFAULT_REGIONS[region.code].login_hint)
            if region.accounts_url != DEFAULT_REGIONS[region.code].accounts_url:  # practice, or IT's own
                here = region.accounts_url.split("//", 1)[-1]
                text += " " + (self.tr("(practice: {address})") if self.state.practice
                               else self.tr("(through {address})")).format(address=here)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            self.list.addItem(item)
            if region.code == chosen:
                self.list.setCurrentItem(item)
        self.list.setEnabled("region" not in self.state.fixed)  # the company's setup file chose it
        self.list.setFocus()

    def isComplete(self) -> bool:
        return self.built and self.list.currentItem() is not None

    def validatePage(self) -> bool:
        code = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        self.state.region = self.state.regions[code]
        return True
