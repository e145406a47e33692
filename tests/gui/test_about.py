"""The About box, from the wizard and from the connections window, shows the one version number
that ``zoho-wizard --version`` prints too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.gui.drive import label, top_dialogs
from tests.gui.test_connections_window import open_app, save_connection
from tests.support import until
from zoho_wizard.store.settings import settings_file
from zoho_wizard.ui.about import _home_relative


def version_printed() -> str:
    out = subprocess.run([sys.executable, "-m", "zoho_wizard", "--version"], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.startswith("zoho-wizard ")
    return out.split()[1]


async def about_box(gui, button) -> QMessageBox:
    gui.hands.click(button)
    await until(lambda: top_dialogs(QMessageBox), "the About box opens")
    box = top_dialogs(QMessageBox)[0]
    assert box.windowTitle() == "About Zoho Books Connection Wizard"
    return box


def test_about_from_the_wizard_and_the_connections_window(gui):
    version = version_printed()
    context = gui.context()

    async def scenario() -> None:
        person = gui.wizard(context)
        assert label(person.wizard.about_button) == "About" and person.wizard.about_button.isVisible()
        box = await about_box(gui, person.wizard.about_button)
        assert box.text() == f"Zoho Books Connection Wizard {version}"
        info = box.informativeText()
        assert f"Settings file: {settings_file()}\n" in info and "Qt 6." in info  # the test's settings, not ~'s
        box.close()

        await save_connection(context)
        window = await open_app(gui, context)
        box = await about_box(gui, window.about_button)
        assert box.text() == f"Zoho Books Connection Wizard {version}"
        box.close()

    gui.run(scenario)


def test_paths_in_the_home_folder_are_shown_from_it():
    assert _home_relative(Path.home() / ".config" / "zoho-wizard" / "profiles.json") == \
        "~/.config/zoho-wizard/profiles.json"
