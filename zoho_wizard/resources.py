"""Finds the app's resources the same way from source, from a wheel and frozen."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """``resources/<parts>``: beside the frozen app, inside the installed package, or in the source tree."""
    candidates = [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    if hasattr(sys, "_MEIPASS"):
        candidates.insert(0, Path(sys._MEIPASS) / "resources")
    for base in candidates:
        if base.is_dir():
            return base.joinpath(*parts)
    raise FileNotFoundError("the app's resources folder is missing")
