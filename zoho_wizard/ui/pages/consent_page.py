"""Consent: the browser sign-in (with a countdown and the address to copy), the device code,
or the pasted Self Client code. This page is the engine's face while it connects."""

from __future__ import annotations

import time
from functools import partial
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton

from zoho_wizard.connection import connect
from zoho_wizard.errors import ClientInOtherRegion, WizardError
from zoho_wizard.oauth.flow import ConnectRequest
from zoho_wizard.oauth.probe import ZOHO_PAGES, error_pages
from zoho_wizard.oauth.tokens import DeviceCode
from zoho_wizard.texts import Text
from zoho_wizard.ui import i18n
from zoho_wizard.ui.accessible import announce
from zoho_wizard.ui.illustration import Illustration
from zoho_wizard.ui.pages.base import Host, Page, WizardPage
from zoho_wizard.ui.widgets import CopyField, latin, paragraph
from zoho_wizard.zoho.clients import Route
from zoho_wizard.zoho.regions import Region

TIMEOUT = 300.0


class ConsentPage(WizardPage):
    page_id = Page.CONSENT

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Allow the connection"))

    def build(self) -> None:
        self.intro = paragraph("", rich=True)
        self.body.addWidget(self.intro)
        self.scope = CopyField("", self.tr("Scope"))
        self.body.addWidget(self.scope)

        self.self_form = QFormLayout()
        self.lifetime = QComboBox()
        self.lifetime.setAccessibleName(self.tr("Time duration chosen in the console"))
        for minutes in range(3, 11):
            self.lifetime.addItem(self.tr("{n} minutes").format(n=minutes), minutes)
        self.code = latin(QLineEdit())
        self.code.setAccessibleName(self.tr("Generated code"))
        self.code.textChanged.connect(self._code_pasted)
        self.self_form.addRow(self.tr("Time duration"), self.lifetime)
        self.self_form.addRow(self.tr("Generated code"), self.code)
        self.body.addLayout(self.self_form)
        self.generate_code = Illustration("self-client-code")
        self.body.addWidget(self.generate_code)

        buttons = QHBoxLayout()
        self.start = QPushButton()
        self.start.clicked.connect(self._start)
        self.stop = QPushButton(self.tr("Stop &waiting"))
        self.stop.clicked.connect(self.host.work.cancel)
        buttons.addWidget(self.start)
        buttons.addWidget(self.stop)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

        self.user_code = latin(QLabel())
        self.user_code.setAccessibleDescription(self.tr("Code to enter on Zoho's page"))
        self.user_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.user_code.font()
        font.setPointSizeF(font.pointSizeF() * 2.5)
        font.setBold(True)
        self.user_code.setFont(font)
        self.body.addWidget(self.user_code)
        self.copy_code = QPushButton(self.tr("Copy the code"))
        self.copy_code.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.user_code.text()))
        self.body.addWidget(self.copy_code, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = paragraph("")
        self.status.setAccessibleDescription(self.tr("What is happening"))
        self.countdown = QLabel()
        self.body.addWidget(self.status)
        self.body.addWidget(self.countdown)
        self.address_hint = paragraph(self.tr("If no browser window opened, copy this address into your browser:"))
        self.address = CopyField("", self.tr("Address to open"))
        self.body.addWidget(self.address_hint)
        self.body.addWidget(self.address)
        self.pages_hint = paragraph(self.tr(
            "If Zoho shows a page titled “Invalid Client” or “Invalid Redirect Uri” instead of its sign-in, the "
            "details do not match what Zoho knows: press “Zoho showed an error instead” and choose what it said. "
            "If you closed the browser, open Zoho's page again."))
        self.body.addWidget(self.pages_hint)
        trouble = QHBoxLayout()
        self.reopen = QPushButton(self.tr("Open Zoho's page again"))
        self.reopen.clicked.connect(lambda: self.host.context.open_url(self.address.value()))
        self.zoho_error = QPushButton(self.tr("Zoho showed an error instead"))
        self.zoho_pages = QMenu(self.zoho_error)
        for title in ZOHO_PAGES:
            self.zoho_pages.addAction(self.tr("The page said “{title}”").format(title=title),
                                      partial(self._zoho_page, title))
        self.zoho_pages.addAction(self.tr("Another error"), partial(self._zoho_page, ""))
        # popped up, not a button menu: that one runs a nested event loop under the asyncio loop
        self.zoho_error.clicked.connect(lambda: self.zoho_pages.popup(
            self.zoho_error.mapToGlobal(self.zoho_error.rect().bottomLeft())))
        trouble.addWidget(self.reopen)
        trouble.addWidget(self.zoho_error)
        trouble.addStretch(1)
        self.body.addLayout(trouble)
        self.body.addStretch(1)
        self.deadline = 0.0
        self.redirect_uri = ""
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

    # -- the page
    def initializePage(self) -> None:
        super().initializePage()
        self.state.connected = None
        route = self.state.client_type.kind.route
        is_self = route is Route.PASTED_CODE
        region = self.state.region
        console = region.console_url if region else ""
        if is_self:
            self.intro.setText(self.tr(
                "In <a href=\"{console}\">Zoho's API console</a>, open your Self Client, choose <b>Generate "
                "Code</b>, enter the scope <b>{scope}</b> (copy it below), pick a time duration and press Create. "
                "Then paste the code here straight away: it works only for the minutes you chose.").format(
                    console=console, scope=",".join(self.state.scopes)))
            self.start.setText(self.tr("Connect with this code"))
        elif route is Route.DEVICE:
            self.intro.setText(self.tr("The app asks Zoho for a code. Enter that code on Zoho's page, from this "
                                       "or any other device, and approve the connection there."))
            self.start.setText(self.tr("Get a code from Zoho"))
        else:
            self.intro.setText(self.tr("Your browser opens Zoho's page. Sign in there if asked, check the "
                                       "permissions and press <b>Accept</b>. Then come back here."))
            self.start.setText(self.tr("Open Zoho in my browser"))
        self.scope.set_value(",".join(self.state.scopes))
        self.scope.setVisible(is_self)
        self.generate_code.setVisible(is_self)
        for row in range(self.self_form.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = self.self_form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setVisible(is_self)
        self.code.clear()
        (self.code if is_self else self.start).setFocus()  # the control to act on (Shift+Tab: the console's link)
        self.timer.stop()
        self.countdown.clear()
        self._idle()

    @property
    def _pasted_code(self) -> bool:
        return self.state.client_type.kind.route is Route.PASTED_CODE

    def isComplete(self) -> bool:
        return self.state.connected is not None

    def _idle(self) -> None:
        if not self._pasted_code:  # a pasted code keeps its own countdown
            self.timer.stop()
            self.countdown.clear()
        self.status.clear()
        self.start.setEnabled(True)
        focus = self.focusWidget()
        hidden = (self.stop, self.user_code, self.copy_code, self.address_hint, self.address, self.pages_hint,
                  self.reopen, self.zoho_error)
        for widget in hidden:
            widget.setVisible(False)
        if focus is not None and any(widget is focus or widget.isAncestorOf(focus) for widget in hidden):
            self.start.setFocus()  # not the wizard's Close, where Qt moves the focus of a hidden button

    # -- the engine's face
    def forward_button(self) -> QPushButton:
        return self.start

    def progress(self, message: Text) -> None:
        self.status.setText(i18n.text(message))
        announce(self.status, self.status.text())

    def authorize(self, start_url: str, zoho_url: str) -> None:
        self.redirect_uri = parse_qs(urlsplit(zoho_url).query)["redirect_uri"][0]
        self.address.set_value(start_url)
        for widget in (self.address, self.address_hint, self.pages_hint, self.reopen, self.zoho_error):
            widget.setVisible(True)
        self.reopen.setFocus()
        if not self.host.context.open_url(start_url):
            self.address_hint.setText(self.tr("No browser window could be opened. Copy this address into your "
                                              "browser:"))

    def device_code(self, code: DeviceCode) -> None:
        self.user_code.setText(code.user_code)
        self.user_code.setVisible(True)
        announce(self.user_code, self.tr("The code to enter on Zoho's page is {code}.").format(
            code=" ".join(code.user_code)), urgent=True)  # spelt out, a character at a time
        self.copy_code.setVisible(True)
        link = code.verification_url_complete or code.verification_url
        self.address_hint.setText(self.tr("Open this page (the code is filled in when you open this exact address):"))
        self.address.set_value(link)
        self.address_hint.setVisible(True)
        self.address.setVisible(True)
        self.host.context.open_url(link)
        self._count_down(min(code.expires_in, TIMEOUT))

    # -- the work
    def _start(self) -> None:
        assert self.state.region is not None
        self.error.clear()
        request = ConnectRequest(
            profile=self.state.profile, region=self.state.region, client_type=self.state.client_type,
            client_id=self.state.client_id, client_secret=self.state.client_secret or None,
            scopes=self.state.scopes, code=self.code.text() or None, timeout=TIMEOUT, language=i18n.language())
        self.stop.setVisible(not self._pasted_code)
        (self.stop if self.stop.isVisible() else self.code).setFocus()  # never left to the wizard's Close
        self.start.setEnabled(False)
        if self.state.client_type.kind.uses_browser_redirect:
            self._count_down(TIMEOUT)
        self.host.work.run(self._connect(request), done=self._finished)

    async def _connect(self, request: ConnectRequest) -> None:
        try:
            context = self.host.context
            store = await context.store()
            self.state.connected = await connect(request, self, store=store, regions=self.state.regions,
                                                 http=context.http, sleep=context.sleep)
        except WizardError as error:
            self.timer.stop()  # a refused Self Client code has no time left
            self.countdown.clear()
            self.show_error(error)

    def show_error(self, error: WizardError) -> None:
        actions = self.host.actions_for(error)
        if isinstance(error, ClientInOtherRegion):
            region = self.state.regions[error.region]
            actions.insert(0, (self.tr("Use {name} and connect").format(name=i18n.translate(region.name)),
                               lambda: self._switch(region)))
        self.error.show_error(error, actions)

    def _switch(self, region: Region) -> None:
        self.state.region = region
        self._start()

    def _zoho_page(self, title: str) -> None:
        """The person saw Zoho's own error page (``title``; empty: another one): stop waiting, say what it means."""
        assert self.state.region is not None
        self.host.work.cancel()
        error = error_pages(self.state.region, self.redirect_uri).get(title) or WizardError(
            self.tr("Zoho showed an error page instead of asking for your approval."),
            self.tr("Check the data center, the Client ID and the redirect addresses on the earlier pages (Back), "
                    "then connect again; if it keeps happening, show Zoho's page to your IT contact."))
        self.show_error(error)

    def _finished(self) -> None:
        self._idle()
        if self.state.connected is not None:
            self.wizard().raise_()
            self.wizard().activateWindow()
            self.completeChanged.emit()
            self.wizard().next()

    def _count_down(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self._tick()
        self.timer.start()

    def _tick(self) -> None:
        left = max(0, int(self.deadline - time.monotonic()))
        if self._pasted_code:
            text = self.tr("About {m}:{s:02d} left to use this code.")
        else:
            text = self.tr("Waiting for you: {m}:{s:02d} left.")
        self.countdown.setText(text.format(m=left // 60, s=left % 60))
        self.countdown.setVisible(True)
        if left and left % 60 == 0:  # once a minute is enough to hear
            announce(self.countdown, self.countdown.text())
        if not left:
            self.timer.stop()

    def _code_pasted(self, text: str) -> None:
        cleaned = "".join(text.split())
        if cleaned != text:
            self.code.setText(cleaned)
        elif cleaned:
            self._count_down(60 * float(self.lifetime.currentData()))
