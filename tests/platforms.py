"""What the tests may count on from the system they run on (Linux, Windows or macOS), and skip
markers for what only some systems have."""

from __future__ import annotations

import os
import sys

import pytest

LINUX = sys.platform.startswith("linux")
linux_only = pytest.mark.skipif(not LINUX, reason="Linux only")


def is_root() -> bool:
    """Whether the tests run as root (never on Windows, which has no user ids)."""
    return getattr(os, "geteuid", lambda: -1)() == 0


def root_on_linux(reason: str) -> pytest.MarkDecorator:
    """Skip a test unless it runs as root on Linux: it uses Linux's own tools (setpriv, mount namespaces)."""
    return pytest.mark.skipif(not (LINUX and is_root()), reason=reason)
