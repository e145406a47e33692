"""Qt's own options on the command line (``-reverse``, ``-style fusion``, ``-platform xcb``) and
``--lang`` start the desktop wizard, which hands Qt's to Qt; anything else is a terminal command."""

from __future__ import annotations

import sys

import pytest

from zoho_wizard import __main__ as entry


@pytest.mark.parametrize(("argv", "qt", "language"), [
    (["-reverse"], ["-reverse"], None), (["-style", "fusion"], ["-style", "fusion"], None),
    (["-platform", "offscreen"], ["-platform", "offscreen"], None),
    (["-stylesheet=app.qss"], ["-stylesheet=app.qss"], None),
    (["--lang", "de"], [], "de"), (["-reverse", "--lang=ar"], ["-reverse"], "ar")])
def test_qt_options_and_the_language_start_the_wizard(monkeypatch, argv, qt, language):
    started: list[tuple[list[str], str | None]] = []
    monkeypatch.setattr(sys, "argv", ["zoho-wizard", *argv])
    monkeypatch.setattr("zoho_wizard.ui.preflight.problem", lambda: None)
    monkeypatch.setattr("zoho_wizard.ui.app.run", lambda language: started.append((list(sys.argv), language)) or 0)
    assert entry.main() == 0 and started == [(["zoho-wizard", *qt], language)]


def test_a_command_goes_to_the_terminal_face(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["zoho-wizard", "--version"])
    with pytest.raises(SystemExit) as ended:
        entry.main()
    assert ended.value.code == 0 and capsys.readouterr().out.startswith("zoho-wizard ")
