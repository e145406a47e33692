"""PyInstaller's entry script: the same ``zoho-wizard`` as the console script (wizard or terminal face)."""

import os
import sys

from zoho_wizard.__main__ import main

# PyInstaller's bootloader started this process with LD_LIBRARY_PATH pointing into the bundle (the
# loader has read it by now). The programs the app starts (the browser, xdg-open, a dialog tool) need
# the system's own libraries, not the bundle's: they get the environment the app was started with.
if "LD_LIBRARY_PATH_ORIG" in os.environ:
    os.environ["LD_LIBRARY_PATH"] = os.environ.pop("LD_LIBRARY_PATH_ORIG")
else:
    os.environ.pop("LD_LIBRARY_PATH", None)

if __name__ == "__main__":
    sys.exit(main())
