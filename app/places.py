"""Where the app keeps its files on each platform: logs, the close history, saved passings.

Nothing here creates a folder; the callers do, with owner-only permissions where it matters.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Mapping
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
    known_folder: Callable[[], Path | None] | None = None,
) -> Path:
    """The default folder for saved passings: Rufus Console/passings in the official's
    documents folder (see documents_folder)."""
    return documents_folder(platform, environ, home, known_folder) / APP_NAME / "passings"


def documents_folder(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
    known_folder: Callable[[], Path | None] | None = None,
) -> Path:
    """The documents folder as the system names it. Windows: the Documents known folder,
    wherever the official or OneDrive moved it (`known_folder`, by default asked of Windows
    once); macOS: ~/Documents; elsewhere the desktop's own (on a Spanish Linux desktop,
    ~/Documentos). ~/Documents when the system does not say."""
    home = home or Path.home()
    if platform == "win32":
        found = (known_folder or windows_documents)()
        return found or home / "Documents"
    if platform == "darwin":
        return home / "Documents"
    return _xdg_user_dir(environ, home, "DOCUMENTS") or home / "Documents"


#: FOLDERID_Documents, {FDD39AD0-238F-46AF-ADB4-6C85480369C7} (KnownFolders.h), as the GUID
#: structure holds it in memory (uuid's bytes_le).
FOLDERID_DOCUMENTS = b"\xd0\x9a\xd3\xfd\x8f#\xafF\xad\xb4l\x85H\x03i\xc7"


@functools.cache
def windows_documents() -> Path | None:
    """Where Windows keeps this user's Documents (SHGetKnownFolderPath): asked once, as it
    reads the registry. None off Windows or when Windows does not answer."""
    import ctypes  # noqa: PLC0415  (only here: every start imports this module)

    windll = getattr(ctypes, "windll", None)  # Windows only
    if windll is None:
        return None
    guid = (ctypes.c_ubyte * 16).from_buffer_copy(FOLDERID_DOCUMENTS)
    found = ctypes.c_wchar_p()
    shell32 = windll.shell32
    shell32.SHGetKnownFolderPath.argtypes = [
        ctypes.c_void_p,  # REFKNOWNFOLDERID
        ctypes.c_uint32,  # KNOWN_FOLDER_FLAG
        ctypes.c_void_p,  # a user's token; none for this one
        ctypes.POINTER(ctypes.c_wchar_p),
    ]
    shell32.SHGetKnownFolderPath.restype = ctypes.c_long  # HRESULT
    try:
        failed = shell32.SHGetKnownFolderPath(ctypes.byref(guid), 0, None, ctypes.byref(found))
        return None if failed or not found.value else Path(found.value)
    except OSError:
        return None
    finally:
        windll.ole32.CoTaskMemFree(found)  # Windows allocated it, even on failure


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
