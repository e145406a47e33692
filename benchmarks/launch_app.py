"""Launch child, the app: exactly what the ``zoho-wizard`` command does without arguments, with
the first-paint watch put on the wizard as it is shown. Prints ``painted <peak RSS KiB>`` at
the first paint of the Welcome page, then exits. Run by ``launch.py`` with an empty
``XDG_CONFIG_HOME``."""

from __future__ import annotations

import sys

from benchmarks.first_paint import FirstPaint
from zoho_wizard.__main__ import main
from zoho_wizard.ui.wizard import SetupWizard


def show_watched(wizard: SetupWizard) -> None:
    FirstPaint(wizard)
    super(SetupWizard, wizard).show()


if __name__ == "__main__":
    SetupWizard.show = show_watched  # type: ignore[method-assign]
    sys.argv[1:] = []
    sys.exit(main())
