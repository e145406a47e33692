"""Where the settings file lives, and whether it holds a connection: all the wizard needs to
know before its first page paints (no keychain, nothing heavy)."""

from __future__ import annotations

import json
import os
from contextlib import suppress
from pathlib import Path

import platformdirs


def settings_file(config_dir: Path | None = None) -> Path:
    folder = config_dir if config_dir is not None else Path(platformdirs.user_config_dir("zoho-wizard"))
    return folder / "profiles.json"


def replace_file(path: Path, text: str, mode: int = 0o600) -> None:
    """Replace ``path`` with ``text`` atomically: a temporary file in the same folder, synced, given
    ``mode``, then renamed (and the rename synced). Raises OSError, leaving no temporary file behind."""
    import tempfile  # not on the way to the first paint

    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
    if os.name == "posix":  # the rename itself survives a power cut
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


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
    try:
        replace_file(preferences_file(config_dir), json.dumps({"language": code}), 0o644)
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
