"""Zoho Books Connection Wizard: connect Zoho Books to your company's tools, without help from IT."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoho_wizard.texts import QT_TR_NOOP

__version__ = "0.1.0"
APP_NAME = QT_TR_NOOP("Zoho Books Connection Wizard")  # a window shows it translated; settings use it as is
__all__ = ["APP_NAME", "open_connection", "__version__"]

if TYPE_CHECKING:
    from zoho_wizard.session import ZohoSession


def open_connection(profile: str = "default") -> ZohoSession:
    """An authenticated ``requests`` session for a saved connection; see :mod:`zoho_wizard.connection`."""
    from zoho_wizard.connection import open_connection as _open

    return _open(profile)
