"""The window's log file, in the platform's folder for logs: where a crash report goes when
there is no terminal to print it on (a double-clicked binary)."""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path
from typing import TextIO

from app.logsetup import secret_safe
from app.places import log_folder

FILE_NAME = "rufus-console.log"
#: Python-level tracebacks of a crash inside Qt's C++ (a segmentation fault) land here.
NATIVE_FILE_NAME = "native-crashes.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

log = logging.getLogger(__name__)


def start_log_file(folder: Path | None = None) -> Path | None:
    """Adds the log file to the root logger (INFO and above) and sends native crash tracebacks
    next to it. Returns its path, or None when the folder cannot be written: the app still
    runs, and says so on stderr."""
    folder = folder or log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / FILE_NAME
        _rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
        # Kept open for the life of the process: faulthandler writes to its descriptor.
        native = (folder / NATIVE_FILE_NAME).open("a", encoding="utf-8")
    except OSError as error:
        log.warning("no log file in %s: %s", folder, error.strerror or type(error).__name__)
        return None
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(secret_safe(handler))
    root.setLevel(min(root.level, logging.INFO))
    faulthandler.enable(native)
    _native_files.append(native)
    return path


#: Native crash files opened so far (one per process, unless tests start several).
_native_files: list[TextIO] = []


def stop_native_log() -> None:
    """Sends native crash tracebacks back to stderr and closes the files: for tests, which
    start a log file many times in one process."""
    if sys.__stderr__ is not None:
        faulthandler.enable(sys.__stderr__)
    while _native_files:
        _native_files.pop().close()


def _rotate(path: Path) -> None:
    """Keeps the file under MAX_BYTES by rotating at start-up: a day's window writes a few
    lines, and logging.handlers' rotation would cost every start its import (~15 ms)."""
    if not path.exists() or path.stat().st_size < MAX_BYTES:
        return
    for number in range(BACKUPS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))
