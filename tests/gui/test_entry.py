"""Qt's own options on the command line (``-reverse``, ``-style fusion``, ``-platform xcb``) start
the desktop wizard, which hands them to Qt; anything else is a terminal command."""

from __future__ import annotations

import sys

import pytest

from zoho_wizard import __main__ as entry


@pytest.mark.parametrize("argv", [["-reverse"], ["-style", "fusion"], ["-platform", "offscreen"],
                                  ["-stylesheet=app.qss"]])
def test_qt_options_start_the_wizard(monkeypatch, argv):
    started: list[list[str]] = []
    monkeypatch.setattr(sys, "argv", ["zoho-wizard", *argv])
    monkeypatch.setattr("zoho_wizard.ui.preflight.problem", lambda: None)
    monkeypatch.setattr("zoho_wizard.ui.app.run", lambda: started.append(list(sys.argv)) or 0)
    assert entry.main() == 0 and started == [["zoho-wizard", *argv]]


def test_a_command_goes_to_the_terminal_face(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["zoho-wizard", "--version"])
    with pytest.raises(SystemExit) as ended:
        entry.main()
    assert ended.value.code == 0 and capsys.readouterr().out.startswith("zoho-wizard ")
