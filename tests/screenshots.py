"""Regenerates a screenshot of every page of the wizard, on the practice Zoho, at normal and
large (150%) font size, into OUTPUT_DIR (default ``resources/screenshots``), in English or in the
language ``--lang CODE`` names. Runs offscreen with the system keychain, so the pages name a real
one: ``bash tests/screenshots.sh [--lang CODE] [OUTPUT_DIR]`` installs what it needs (fonts for
every script too) and runs this inside a fresh GNOME Keyring. Every language at once:
``for code in de fr es pt_BR ja hi ar; do bash tests/screenshots.sh --lang $code /tmp/shots/$code; done``."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from tests.support import until  # noqa: E402
from zoho_wizard.practice.walk import consent  # noqa: E402
from zoho_wizard.setup import write  # noqa: E402
from zoho_wizard.store.keychain import Keychain  # noqa: E402
from zoho_wizard.store.profiles import ProfileStore  # noqa: E402
from zoho_wizard.ui.app import application  # noqa: E402
from zoho_wizard.ui.connections_window import ConnectionsWindow  # noqa: E402
from zoho_wizard.ui.context import AppContext  # noqa: E402
from zoho_wizard.ui.wizard import Page, SetupWizard  # noqa: E402
from zoho_wizard.zoho.clients import ClientType  # noqa: E402

ARGS = sys.argv[1:]
LANGUAGE = ARGS.pop(ARGS.index("--lang") + 1) if "--lang" in ARGS else "en"
ARGS = [arg for arg in ARGS if arg != "--lang"]
OUT = Path(ARGS[0]) if ARGS else Path(__file__).resolve().parent.parent / "resources" / "screenshots"


async def settle(seconds: float = 0.15) -> None:
    await asyncio.sleep(seconds)


class Shooter:
    def __init__(self, suffix: str) -> None:
        self.suffix = suffix

    async def shot(self, widget: QWidget, name: str) -> None:
        await settle()
        widget.grab().save(str(OUT / f"{name}{self.suffix}.png"))


def wizard_for(context: AppContext, client_type: ClientType) -> SetupWizard:
    wizard = SetupWizard(context)
    wizard.resize(760, 600)
    wizard.state.client_type = client_type
    wizard.show()
    return wizard


async def walk_to_consent(wizard: SetupWizard, shoot: Shooter | None) -> None:
    wizard.page(Page.WELCOME).practice.setChecked(True)  # type: ignore[attr-defined]
    for page in (Page.WELCOME, Page.REGION, Page.CLIENT, Page.CONSOLE):
        if shoot:
            await shoot.shot(wizard, f"{page.value}-{page.name.lower()}")
        wizard.next()
    wizard.page(Page.CREDENTIALS).fill.click()  # type: ignore[attr-defined]
    if shoot:
        await shoot.shot(wizard, f"{Page.CREDENTIALS.value}-credentials")
    wizard.next()


async def pages(suffix: str, scale: float) -> None:
    app = application([], LANGUAGE)
    font = app.font()
    font.setPointSizeF(base_size * scale)
    app.setFont(font)
    shoot = Shooter(suffix)
    config = Path(tempfile.mkdtemp(prefix="zw-shots-"))
    keychain = Keychain.system()
    opened: list[str] = []

    def open_url(url: str) -> bool:
        opened.append(url)
        return True

    context = AppContext(open_url=open_url, store_factory=lambda: ProfileStore(keychain, config))
    wizard = wizard_for(context, ClientType.SERVER)
    await walk_to_consent(wizard, shoot)
    consent_page = wizard.page(Page.CONSENT)
    await shoot.shot(wizard, "5-consent")
    consent_page.start.click()  # type: ignore[attr-defined]
    await until(lambda: any("/start/" in url for url in opened), "the browser is sent to Zoho")
    await shoot.shot(wizard, "5-consent-waiting")
    await asyncio.get_running_loop().run_in_executor(None, consent, opened[-1])
    await until(lambda: wizard.currentId() == Page.TEST, "the test page shows")
    panel = wizard.page(Page.TEST).panel  # type: ignore[attr-defined]
    panel.call_buttons["invoices"].click()
    await until(lambda: panel.answered(), "the call answered")
    await shoot.shot(wizard, "6-test")
    wizard.close()

    device = wizard_for(context, ClientType.DEVICE)
    await walk_to_consent(device, None)
    device.page(Page.CONSENT).start.click()  # type: ignore[attr-defined]
    await until(lambda: device.page(Page.CONSENT).user_code.isVisible(), "the code shows")  # type: ignore[attr-defined]
    await shoot.shot(device, "5-consent-device")
    await device.settle()
    device.close()

    elsewhere = wizard_for(context, ClientType.SERVER)
    await walk_to_consent(elsewhere, None)
    assert context.practice is not None
    european = context.practice.add_client("server", name="Books Connection Wizard", regions=["eu"])
    elsewhere.state.client_id, elsewhere.state.client_secret = european.client_id, european.client_secret
    page = elsewhere.page(Page.CONSENT)
    page.start.click()  # type: ignore[attr-defined]
    await until(lambda: page.error.isVisible() and not elsewhere.work.busy, "the error shows")  # type: ignore[attr-defined]
    await shoot.shot(elsewhere, "5-consent-other-region")
    elsewhere.close()

    wrong = wizard_for(context, ClientType.SELF)
    await walk_to_consent(wrong, None)
    page = wrong.page(Page.CONSENT)
    page.code.setText("1000.0000.0000")  # type: ignore[attr-defined]
    page.start.click()  # type: ignore[attr-defined]
    await until(lambda: page.error.isVisible(), "the error shows")  # type: ignore[attr-defined]
    await shoot.shot(wrong, "5-consent-self-error")
    wrong.close()

    assert context.practice is not None  # a setup file from the company: Welcome says so, then the sign-in
    client = context.practice.client_of_type("server")
    os.environ["ZOHO_WIZARD_SETUP"] = str(write(config / "setup.json", {
        "region": "us", "client_type": "server", "client_id": client.client_id, "client_secret": client.client_secret,
        "locked": True, "contact": "Maria Rossi, IT (ext. 214)"}, context.regions()).path)
    prepared = SetupWizard(context)
    prepared.show()
    prepared.build_pages()
    await shoot.shot(prepared, "0-welcome-prepared")
    prepared.close()
    del os.environ["ZOHO_WIZARD_SETUP"]

    home = ConnectionsWindow(context, await context.store())
    home.resize(700, 440)
    home.show()
    await shoot.shot(home, "connections")
    home.about_button.click()
    about = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    await shoot.shot(about, "about")
    about.close()
    home.close()
    await context.stop_practice()


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for suffix, scale in (("", 1.0), ("-large", 1.5)):
        await pages(suffix, scale)


if __name__ == "__main__":
    qt = application([], LANGUAGE)
    base_size = qt.font().pointSizeF()
    loop = qasync.QEventLoop(qt)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main())
    print(f"screenshots written to {OUT}")
