"""Any screen: on a 1366×768 laptop at 150 % and on a 1024×600 netbook at 100 % (a 48-pixel panel
taken off each), left to right and right to left, every page of every kind of client fits: the
window inside the screen, Back, Next and Close inside the window, the page's content no wider than
the window (it scrolls instead); and the connections window, its buttons inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.mark.parametrize(("width", "height", "dpi", "options"),
                         [(1366, 720, 144, []), (1024, 552, 96, []), (1366, 720, 144, ["-reverse"])],
                         ids=["1366x768 at 150%", "1024x600 at 100%", "1366x768 at 150%, right to left"])
def test_every_page_fits_the_screen(tmp_path, width, height, dpi, options):
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": dpi,
              "logicalBaseDpi": 96, "dpr": 1}
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"synchronousWindowSystemEvents": True, "windowFrameMargins": False,
                                  "screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "XDG_CONFIG_HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, str(HERE / "screen_fit.py"), *options], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    report = json.loads(run.stdout.splitlines()[-1])
    assert len(report) == 5 * 7 + 1  # every kind of client, every page; the connections window
    assert {page: found for page, found in report.items() if found} == {}
