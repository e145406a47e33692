"""Any screen, any language: on a 1366×768 laptop at 150 % and on a 1024×600 netbook at 100 % (a
48-pixel panel taken off each), left to right and right to left, in every language the app has and
in a pseudo-language (accented, 40 % longer, bracketed: pseudo.py), every page of every kind of
client fits: the window inside the screen, Back, Next and Close inside the window, the page's
content no wider than the window (it scrolls instead), no text cut off; so do the connections
window, the About box and the crash dialog. In the pseudo-language no word is left in English (a text not marked
for translation)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gui import pseudo
from zoho_wizard.ui.i18n import LANGUAGES

HERE = Path(__file__).parent
LAPTOP, NETBOOK = (1366, 720, 144), (1024, 552, 96)


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    pseudo.make(folder)
    return folder


@pytest.mark.parametrize(("screen", "options"), [
    *[(LAPTOP, ["--lang", code]) for code in LANGUAGES],
    (NETBOOK, []), (LAPTOP, ["-reverse"]),
    (LAPTOP, ["--lang", pseudo.CODE, "--english"]), (NETBOOK, ["--lang", pseudo.CODE, "--english"])],
    ids=lambda value: "x".join(map(str, value[:2])) if isinstance(value, tuple) else " ".join(value))
def test_every_page_fits_the_screen(tmp_path, pseudo_folder, screen, options):
    width, height, dpi = screen
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"synchronousWindowSystemEvents": True, "windowFrameMargins": False,
                                  "screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": dpi, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "XDG_CONFIG_HOME": str(tmp_path)}
    if pseudo.CODE in options:
        options = [*options, "--translations", str(pseudo_folder)]
    run = subprocess.run([sys.executable, str(HERE / "screen_fit.py"), *options], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    report = json.loads(run.stdout.splitlines()[-1])
    assert len(report) == 5 * 7 + 3  # every kind of client, every page; About, the crash dialog, connections
    assert {page: found for page, found in report.items() if found} == {}
