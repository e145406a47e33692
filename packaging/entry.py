"""PyInstaller's entry script: the same ``zoho-wizard`` as the console script (wizard or terminal face)."""

import sys

from zoho_wizard.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
