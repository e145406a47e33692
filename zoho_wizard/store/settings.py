"""Where the settings file lives, and whether it holds a connection: all the wizard needs to
know before its first page paints (no keychain, nothing heavy)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs


def settings_file(config_dir: Path | None = None) -> Path:
    folder = config_dir if config_dir is not None else Path(platformdirs.user_config_dir("zoho-wizard"))
    return folder / "profiles.json"


def preferences_file(config_dir: Path | None = None) -> Path:
    """The person's choices that are not connections (the language), beside the settings file."""
    return settings_file(config_dir).with_name("preferences.json")


def language(config_dir: Path | None = None) -> str | None:
    """The language chosen in the app, if any (a damaged file counts as no choice)."""
    try:
        data = json.loads(preferences_file(config_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    chosen = data.get("language") if isinstance(data, dict) else None
    return chosen if isinstance(chosen, str) else None


def keep_language(code: str, config_dir: Path | None = None) -> bool:
    """Keep the language for the next runs; False when the file cannot be written (the choice then
    holds for this run only)."""
    path = preferences_file(config_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_text(json.dumps({"language": code}), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        return False
    return True


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
