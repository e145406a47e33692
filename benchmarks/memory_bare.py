"""Memory child, baseline: the libraries the app must load, loaded and initialised, and nothing
else. The bare QWizard of ``launch_bare.py``, shown and painted; then, as the app does after its
first paint, qasync's event loop, running; a ``requests`` session and a TLS context checked against
the system's trust store (``truststore``, as ``zoho_wizard/web.py`` makes them); keyring with its
backend resolved. Prints ``ready``, then waits until its standard input closes. Run by ``memory.py``."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

from benchmarks.launch_bare import bare_wizard


def hold(*alive: object) -> None:
    """Tell the parent to measure this process now; exit when it closes standard input."""
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.read()
    os._exit(0)


async def libraries() -> None:
    import asyncio
    import ssl

    import keyring
    import requests
    import truststore

    await asyncio.sleep(0)  # the loop goes round once, as the app's has before it is measured
    hold(requests.Session(), truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT), keyring.get_keyring())


def main() -> int:
    app = QApplication(sys.argv)
    wizard = bare_wizard()
    wizard.show()
    app.processEvents()  # painted before the rest loads, as the app's Welcome page

    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(libraries())
    return 0


if __name__ == "__main__":
    sys.exit(main())
