"""What both launch children share: wait for the first real paint event of the window, then
print ``painted <peak RSS in KiB>`` on stdout for the parent (``benchmarks/launch.py``) to time,
and end the process. The filter sits on the window only (an application-wide Python filter
would slow down every event of the app's larger widget tree, and skew the comparison)."""

from __future__ import annotations

import os
import resource
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            report()  # the window is painting its first page: measured the same way in both children
        return False


def report() -> None:
    """The line the parent waits for: peak memory so far; then exit."""
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    sys.stdout.write(f"painted {peak_kib}\n")
    sys.stdout.flush()
    os._exit(0)
