"""Why passings could not be saved, as data: the window words each case itself, in its own
language; the command line prints the message. Light on purpose: the window loads it at
start, long before anything is saved."""

from __future__ import annotations

import enum
from pathlib import Path

from app.rufus.errors import RufusError


class NotSavedBecause(enum.Enum):
    READ = "read"  # RUFUS could not be read (`detail` is the client's error)
    WRITE = "write"  # the file could not be written (`detail` is the system's reason)
    FOLDER = "folder"  # the folder could not be made
    STOPPED = "stopped"  # the official stopped it
    INCOMPLETE = "incomplete"  # the count differs from the session's (PassingsIncomplete)


class PassingsNotSaved(RufusError):
    """The passings file could not be written; nothing is under its name. `because`, `place`
    and `detail` let the window say it in its own words and language."""

    def __init__(
        self,
        message: str,
        *,
        because: NotSavedBecause,
        place: Path | None = None,
        detail: object = None,
    ) -> None:
        super().__init__(message)
        self.because = because
        self.place = place
        self.detail = detail


class PassingsIncomplete(PassingsNotSaved):
    """Fewer (or more) passings came than the session reports: the file is not complete.

    What was read is kept at `partial_path`, a name that says INCOMPLETE, never under the
    final name. (`reported`, not `expected`: RufusError.expected means something else.)"""

    def __init__(self, message: str, *, partial_path: Path, written: int, reported: int) -> None:
        super().__init__(message, because=NotSavedBecause.INCOMPLETE, place=partial_path)
        self.partial_path = partial_path
        self.written = written
        self.reported = reported
