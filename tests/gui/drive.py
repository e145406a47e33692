"""Driving the wizard as a person does: a browser that answers Zoho's pages, and a person who
clicks, types and reads. Used by the GUI tests through the ``gui`` fixture (tests/gui/conftest.py)."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
    QWizard,
)

from tests.support import landed_text, until
from zoho_wizard.errors import WizardError
from zoho_wizard.oauth.authorize import DEFAULT_PORTS
from zoho_wizard.oauth.catcher import _listen  # bind exactly as the catcher does
from zoho_wizard.practice import PracticeZoho
from zoho_wizard.ui.pages.base import Page, WizardPage
from zoho_wizard.ui.wizard import SetupWizard
from zoho_wizard.zoho.clients import ClientType

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QListWidget, QPlainTextEdit)
# what the Client page calls each kind of client
CLIENT_LABELS = {ClientType.SERVER: "Server-based", ClientType.SELF: "Self Client", ClientType.DEVICE: "Non-browser",
                 ClientType.MOBILE: "Mobile-based", ClientType.CLIENT: "Client-based"}


def listeners(ports: tuple[int, ...] = DEFAULT_PORTS) -> str:
    """The sockets on the catcher's ports and the programs holding them, for a failure message: read
    from Linux's /proc (elsewhere, not known)."""
    found: list[tuple[str, str]] = []  # (the socket as a file descriptor links to it, what it is)
    for table in ("tcp", "tcp6"):
        try:
            rows = Path("/proc/net", table).read_text().splitlines()[1:]
        except OSError:
            return "(which programs hold them is not known on this system)"
        for row in rows:
            local, state, inode = (row.split()[i] for i in (1, 3, 9))
            port = int(local.rsplit(":", 1)[1], 16)
            if port in ports and state != "06":  # a closed connection's TIME_WAIT keeps no one out
                what = "listening" if state == "0A" else f"TCP state {int(state, 16)}"
                found.append((f"socket:[{inode}]", f"{table} port {port}: {what}"))
    links = {link for link, _ in found}
    owners: dict[str, str] = {}
    for fd in Path("/proc").glob("[0-9]*/fd/*"):
        with contextlib.suppress(OSError):  # a program ended meanwhile, or is not ours to look at
            link = os.readlink(fd)
            if link in links:
                owners[link] = f", held by {(fd.parents[1] / 'comm').read_text().strip()} (pid {fd.parts[2]})"
    return "\n".join(what + owners.get(link, "") for link, what in found) or "(no socket on these ports)"


def ports_free(ports: tuple[int, ...] = DEFAULT_PORTS) -> bool:
    """Whether nothing listens on the catcher's ports any more (on 127.0.0.1 and, if there is one, ::1)."""
    for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
        for port in ports:
            try:
                _listen(family, host, port).close()
            except OSError as error:
                if family == socket.AF_INET6 and error.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
                    break  # no IPv6 loopback here
                return False
    return True


@contextlib.contextmanager
def occupied(ports: tuple[int, ...] = DEFAULT_PORTS) -> Iterator[None]:
    """Another program listening on every port the catcher may use."""
    with contextlib.ExitStack() as stack:
        for port in ports:
            stack.enter_context(_listen(socket.AF_INET, "127.0.0.1", port))
        yield


class Browser:
    """The person's browser: real headless Chromium answers each Zoho page the wizard opens.

    ``decision`` is "accept" or "deny", or None for a person who never answers; ``email``
    chooses who signs in (None: the first practice user offered)."""

    def __init__(self, driver: object) -> None:
        self.driver = driver
        self.decision: str | None = "accept"
        self.email: str | None = None
        self.opened: list[str] = []
        self.pages: list[str] = []  # the text of the page the browser ended on, per answer
        self.jobs: list[asyncio.Future[None]] = []

    def open_url(self, url: str) -> bool:
        """The wizard's ``open_url`` seam: runs on the event loop, so the browser works in a thread."""
        self.opened.append(url)
        if self.decision is not None and ("/start/" in url or "/oauth/v3/device" in url):
            self.jobs.append(asyncio.get_running_loop().run_in_executor(None, self._answer, url, self.decision))
        return True

    def _answer(self, url: str, decision: str) -> None:
        driver = self.driver
        driver.get(url)  # type: ignore[attr-defined]
        wait = WebDriverWait(driver, 15, ignored_exceptions=(StaleElementReferenceException,))
        select = Select(wait.until(expected_conditions.presence_of_element_located((By.ID, "user"))))
        if self.email:
            select.select_by_index(next(i for i, o in enumerate(select.options) if self.email in o.text))
        button = driver.find_element(By.ID, decision)  # type: ignore[attr-defined]
        button.click()
        if "/start/" in url:  # redirected back to the wizard's catcher
            self.pages.append(landed_text(driver))
        else:  # replaced once Zoho has the answer (chromedriver may call that moment an "unknown error")
            WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(
                expected_conditions.staleness_of(button))
            self.pages.append(driver.find_element(By.TAG_NAME, "body").text)  # type: ignore[attr-defined]

    async def finished(self) -> None:
        """Wait for the browser's answers; a browser that failed fails the test."""
        jobs, self.jobs = self.jobs, []
        await asyncio.gather(*jobs)


class DeviceWaits:
    """The wizard's waits between device polls (connect's ``sleep``), held by the test instead of the
    clock: each ends as soon as the browser has answered Zoho's device page or, with no answer
    coming, when it is cancelled. Polling then takes no time, and a test sees the wait Cancel ended."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self.waiting = 0  # waits in progress
        self.cancelled = 0  # waits that a cancellation ended

    async def __call__(self, seconds: float) -> None:
        self.waiting += 1
        try:
            if self.browser.jobs:
                await asyncio.wait(self.browser.jobs)
            else:
                await asyncio.Event().wait()
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.waiting -= 1


def label(button: QAbstractButton) -> str:
    """A button's text as read, without the "&" of its Alt shortcut."""
    return button.text().replace("&", "")


def assert_alt_shortcuts(window: QWidget) -> None:
    """Every button shown has its own Alt shortcut, but the Copy buttons beside values (one word, too
    few letters for all of them; Tab reaches each)."""
    shown = [b for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window) and label(b) != "Copy"]
    letters = [b.text()[b.text().index("&") + 1].lower() for b in shown if "&" in b.text()]
    assert len(letters) == len(shown) == len(set(letters)), [b.text() for b in shown]


def unnamed(root: QWidget) -> list[str]:
    """The visible interactive widgets under ``root`` with neither an accessible name nor visible text."""
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and widget.isVisible():
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName().strip() or text.replace("&", "").strip()):
                missing.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return missing


def shown_error(page: QWidget) -> str | None:
    """The two sentences an ErrorPanel shows on ``page``, if it shows one."""
    panel = getattr(page, "error", None)
    if panel is not None and panel.isVisible():
        return f"{panel.what.text()} {panel.todo.text()}"
    return None


def error_actions(page: WizardPage) -> dict[str, QAbstractButton]:
    return {label(b): b for b in page.error.findChildren(QAbstractButton) if b.isVisible()}


def says(page: WizardPage, error: type[WizardError] | WizardError) -> bool:
    """Whether the page's error panel shows exactly this error's two sentences."""
    sentences = error.sentences() if isinstance(error, WizardError) else (error.what, error.todo)
    return page.error.isVisible() and (page.error.what.text(), page.error.todo.text()) == sentences


def self_client_code(practice: PracticeZoho) -> str:
    """A fresh code, as the person generates it for the Self Client in Zoho's API console."""
    return practice.issue_self_client_code(practice.client_of_type("self").client_id, "ZohoBooks.fullaccess.all")


class Hands:
    """Mouse and keyboard, used as a person uses them: only on what is visible and enabled."""

    def __init__(self, qtbot: object) -> None:
        self.qtbot = qtbot

    def click(self, button: QAbstractButton) -> None:
        assert button.isVisible(), f"“{button.text()}” is not visible"
        assert button.isEnabled(), f"“{button.text()}” is disabled"
        at = QPoint(8, button.height() // 2) if isinstance(button, QRadioButton | QCheckBox) else button.rect().center()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=at)  # type: ignore[attr-defined]

    def type(self, field: QLineEdit, text: str) -> None:
        """Replace what the field holds by typing ``text``, key by key."""
        field.setFocus()
        field.selectAll()
        self.qtbot.keyClicks(field, text)  # type: ignore[attr-defined]

    def key(self, key: Qt.Key, widget: QWidget | None = None) -> None:
        """One key press where the keyboard focus is (or on ``widget``)."""
        target = widget or QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(target, key)  # type: ignore[attr-defined]

    def choose(self, buttons: list[QAbstractButton], text: str) -> None:
        self.click(next(b for b in buttons if label(b).startswith(text)))

    def choose_item(self, view: QListWidget, label: str) -> None:
        item = next(view.item(row) for row in range(view.count()) if view.item(row).text().startswith(label))
        view.scrollToItem(item)
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                              pos=view.visualItemRect(item).center())
        assert view.currentItem() is item


class Person(Hands):
    """A person at one wizard: clicks, types and reads."""

    def __init__(self, qtbot: object, wizard: SetupWizard) -> None:
        super().__init__(qtbot)
        self.wizard = wizard

    def button(self, which: QWizard.WizardButton) -> QAbstractButton:
        return self.wizard.button(which)

    @property
    def back(self) -> QAbstractButton:
        return self.button(QWizard.WizardButton.BackButton)

    @property
    def next_button(self) -> QAbstractButton:
        return self.button(QWizard.WizardButton.NextButton)

    def answer_close(self, *, close: bool) -> None:
        """Answer the wizard's "Close the wizard?" question: close it, or keep going."""
        box = self.wizard.question
        assert box is not None and box.isVisible(), "the wizard did not ask before closing"
        self.click(box.button(QMessageBox.StandardButton.Close if close else QMessageBox.StandardButton.Cancel))

    def next(self) -> None:
        self.click(self.next_button)

    @property
    def practice(self) -> PracticeZoho:
        """The practice Zoho the wizard runs (the person looks things up in its console)."""
        practice = self.wizard.context.practice
        assert practice is not None, "the wizard is not in practice mode"
        return practice

    def page(self, page_id: Page) -> WizardPage:
        page = self.wizard.page(page_id)
        assert isinstance(page, WizardPage), f"the wizard has no page {page_id.name}"
        return page

    @property
    def here(self) -> WizardPage:
        return self.page(Page(self.wizard.currentId()))

    # -- the way through the wizard
    def to_consent(self, client_type: ClientType, *, practice: bool = True, region: str = "United States",
                   details: tuple[str, str] | None = None,
                   checks: Callable[[WizardPage], None] = lambda page: None) -> WizardPage:
        """From Welcome to the consent page: practice or not, the data center, the kind of client,
        and the client's ID and secret (``details`` typed in, or else filled in by the practice button).
        ``checks`` looks at every page on the way."""
        welcome = self.page(Page.WELCOME)
        steps: dict[Page, Callable[[], None]] = {
            Page.WELCOME: lambda: self.click(welcome.practice if practice else welcome.real),
            Page.REGION: lambda: self.choose_item(self.page(Page.REGION).list, region),
            Page.CLIENT: lambda: self.choose(self.page(Page.CLIENT).group.buttons(), CLIENT_LABELS[client_type]),
            Page.CONSOLE: lambda: None,
            Page.CREDENTIALS: lambda: self.fill_in(details),
        }
        for page_id, step in steps.items():
            assert self.wizard.currentId() == page_id, f"expected page {page_id.name}"
            step()
            checks(self.here)
            self.next()
        assert self.wizard.currentId() == Page.CONSENT
        checks(self.here)
        return self.here

    def fill_in(self, details: tuple[str, str] | None) -> None:
        credentials = self.page(Page.CREDENTIALS)
        if details is None:
            self.click(credentials.fill)
        else:
            self.type(credentials.client_id, details[0])
            self.type(credentials.secret, details[1])

    def connect(self, *, code: str | None = None) -> None:
        """On the consent page: (paste the Self Client code and) press the start button; Back and
        Next go grey at once."""
        page = self.page(Page.CONSENT)
        if code is not None:
            self.type(page.code, code)
        self.click(page.start)
        assert self.wizard.work.busy
        assert not self.back.isEnabled() and not self.next_button.isEnabled()

    async def until_page(self, page_id: Page, what: str = "") -> WizardPage:
        here = self.page(Page(self.wizard.currentId()))
        await until(lambda: self.wizard.currentId() == page_id, what or f"the wizard shows page {page_id.name}",
                    fail=lambda: shown_error(here))
        return self.here

    async def until_settled(self) -> None:
        await until(lambda: not self.wizard.work.busy, "the work in flight has stopped", timeout=10)


@contextlib.asynccontextmanager
async def heartbeat(period: float = 0.01) -> AsyncIterator[list[float]]:
    """The gaps between ticks of a task that wakes every ``period`` while the block runs: a frozen
    window shows up as a long gap."""
    gaps: list[float] = []
    stop = asyncio.Event()

    async def beat() -> None:
        last = time.monotonic()
        while not stop.is_set():
            await asyncio.sleep(period)
            now = time.monotonic()
            gaps.append(now - last)
            last = now

    beating = asyncio.create_task(beat())
    try:
        yield gaps
    finally:
        stop.set()
        await beating


def top_dialogs(kind: type[QDialog] = QDialog) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


Scenario = Callable[[], Awaitable[None]]
