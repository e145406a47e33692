"""The app installed from its wheel finds its resources (the pages the browser is shown after the
redirect, the icon) as it does from source and frozen, and carries the one version number."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from zoho_wizard import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_finds_its_resources_and_carries_the_version(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--disable-pip-version-check",
                    "-w", str(tmp_path), str(ROOT)], check=True, timeout=300)
    wheel = next(tmp_path.glob("zoho_wizard-*.whl"))
    assert wheel.name.startswith(f"zoho_wizard-{__version__}-")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        assert not [n for n in archive.namelist() if n.startswith("zoho_wizard/resources/screenshots/")]
        archive.extractall(site)

    probe = ("import zoho_wizard, zoho_wizard.resources as r; print(zoho_wizard.__file__); "
             "print(all(r.resource_path(*p).is_file() for p in "
             "[('pages', 'result.html'), ('pages', 'fragment.html'), ('icons', 'zoho-wizard.svg'), "
             "('icons', 'zoho-wizard.png')]))")
    env = {**os.environ, "PYTHONPATH": str(site)}  # ahead of the editable install of the source tree
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=True, timeout=60).stdout.split()
    assert out == [str(site / "zoho_wizard" / "__init__.py"), "True"]
    version = subprocess.run([sys.executable, "-m", "zoho_wizard", "--version"], capture_output=True, text=True,
                             env=env, cwd=tmp_path, check=True, timeout=60).stdout
    assert version.strip() == f"zoho-wizard {__version__}"
