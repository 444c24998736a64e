"""Where the app keeps its files on each platform: logs, the close history, saved passings.

Nothing here creates a folder; the callers do, with owner-only permissions where it matters.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_FOLDER = "rufus-console"
APP_NAME = "Rufus Console"


def log_folder(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> Path:
    """Windows: %LOCALAPPDATA%\\Rufus Console\\Logs; macOS: ~/Library/Logs/Rufus Console;
    elsewhere the XDG state folder (~/.local/state/rufus-console), where logs belong."""
    home = home or Path.home()
    if platform == "win32":
        return _local_app_data(environ, home) / APP_NAME / "Logs"
    if platform == "darwin":
        return home / "Library" / "Logs" / APP_NAME
    return _xdg(environ, "XDG_STATE_HOME", home / ".local" / "state") / APP_FOLDER


def data_folder(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> Path:
    """Windows: %LOCALAPPDATA%\\Rufus Console; macOS: ~/Library/Application Support/Rufus
    Console; elsewhere the XDG data folder (~/.local/share/rufus-console)."""
    home = home or Path.home()
    if platform == "win32":
        return _local_app_data(environ, home) / APP_NAME
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    return _xdg(environ, "XDG_DATA_HOME", home / ".local" / "share") / APP_FOLDER


def passings_folder(home: Path | None = None) -> Path:
    """The default folder for saved passings: Documents/Rufus Console/passings."""
    home = home or Path.home()
    documents = home / "Documents"
    return documents / APP_NAME / "passings"


def _local_app_data(environ: Mapping[str, str], home: Path) -> Path:
    return Path(environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local"))


def _xdg(environ: Mapping[str, str], variable: str, fallback: Path) -> Path:
    value = environ.get(variable, "")
    # The XDG spec tells readers to ignore a relative path.
    return Path(value) if os.path.isabs(value) else fallback
