"""Where the settings file lives, and whether it holds a connection: all the wizard needs to
know before its first page paints (no keychain, nothing heavy)."""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs


def settings_file(config_dir: Path | None = None) -> Path:
    folder = config_dir if config_dir is not None else Path(platformdirs.user_config_dir("zoho-wizard"))
    return folder / "profiles.json"


def has_profiles(config_dir: Path | None = None) -> bool:
    """Whether a connection is saved. A damaged file counts as yes: opening the store then says
    what is wrong with it."""
    try:
        data = json.loads(settings_file(config_dir).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return True
    return not isinstance(data, dict) or bool(data.get("profiles"))
