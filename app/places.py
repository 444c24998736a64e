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


def passings_folder(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> Path:
    """The default folder for saved passings: Documents/Rufus Console/passings, in the
    desktop's own documents folder (on a Spanish Linux desktop, ~/Documentos)."""
    home = home or Path.home()
    documents = home / "Documents"
    if platform not in ("win32", "darwin"):
        documents = _xdg_user_dir(environ, home, "DOCUMENTS") or documents
    return documents / APP_NAME / "passings"


def _xdg_user_dir(environ: Mapping[str, str], home: Path, name: str) -> Path | None:
    """A folder from xdg-user-dirs' user-dirs.dirs (XDG_DOCUMENTS_DIR="$HOME/Documentos"):
    named in the desktop's language when the account was made."""
    config = _xdg(environ, "XDG_CONFIG_HOME", home / ".config") / "user-dirs.dirs"
    try:
        lines = config.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    prefix = f"XDG_{name}_DIR="
    for line in lines:
        if line.startswith(prefix):
            value = line.removeprefix(prefix).strip().strip('"')
            value = value.replace("$HOME", str(home), 1)
            # The file's format allows only "$HOME/…" or an absolute path; "$HOME/" alone
            # means the feature is off for this folder.
            if os.path.isabs(value) and Path(value) != home:
                return Path(value)
    return None


def _local_app_data(environ: Mapping[str, str], home: Path) -> Path:
    return Path(environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local"))


def _xdg(environ: Mapping[str, str], variable: str, fallback: Path) -> Path:
    value = environ.get(variable, "")
    # The XDG spec tells readers to ignore a relative path.
    return Path(value) if os.path.isabs(value) else fallback
