"""What the console knows about one close attempt: what was confirmed, what was sent, what
RUFUS said, and how it ended. One record per session; the window and the command line only
show records, and the close history keeps them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.rufus.errors import RufusError
from app.rufus.models import OpenSession, Session


class HistoryUnavailable(RufusError):
    """The close history could not be written, so the close was not sent (race-day rule 9).
    `reason` is the system's word for why ("Read-only file system"), when it gave one."""

    def __init__(self, message: str, reason: str = "", **options: Any) -> None:
        super().__init__(message, **options)
        self.reason = reason


class BeingClosedElsewhere(RufusError):
    """Another console on this computer (a window or the command line) is closing this
    session right now, so this one sent nothing and settles nothing: its close history
    holds that console's fresh intent, and its process runs (`pid` on `host`)."""

    def __init__(self, message: str, *, pid: int | None, host: str) -> None:
        super().__init__(message)
        self.pid = pid
        self.host = host


class Step(enum.Enum):
    """Where a close attempt is, while it runs."""

    QUEUED = "queued"
    #: Reading the session before closing: is it still open, is it the one confirmed?
    CHECKING_BEFORE = "checking before"
    SAVING_PASSINGS = "saving passings"
    #: The close request is on its way.
    SENDING = "sending"
    #: The close request's outcome is unknown: reading the session back on a schedule.
    RECHECKING = "rechecking"
    DONE = "done"


class Outcome(enum.Enum):
    #: RUFUS confirmed it (read back `active: false`), or said so with a 2xx that could not be
    #: checked afterwards.
    CLOSED = "closed"
    #: Closed before this attempt sent anything (by someone else, or by its device).
    ALREADY_CLOSED = "already closed"
    #: RUFUS refused the close with a 4xx; the session is still open.
    REFUSED = "refused"
    #: Nothing was sent: the check before failed, the connection could not be made, or the
    #: passings could not be saved first.
    NOT_SENT = "not sent"
    #: RUFUS never said how the close ended, within the whole re-check window.
    UNKNOWN = "outcome unknown"
    #: Read again later (at the next start), the session was open: the close did not happen.
    STILL_OPEN = "still open"
    #: A bulk close was stopped before this session's turn; nothing was sent.
    STOPPED = "stopped"

    @property
    def closed(self) -> bool:
        return self in (Outcome.CLOSED, Outcome.ALREADY_CLOSED)


@dataclass(frozen=True)
class CloseContext:
    """Who closed and where: written with every record; never the key itself."""

    server: str
    #: Which key: "keyring", "environment", "demo", "this run only" (or a profile's name).
    key_source: str
    user: str
    host: str
    app_version: str


@dataclass(frozen=True)
class CloseRecord:
    #: The session as the official confirmed it.
    entry: OpenSession
    context: CloseContext
    requested_at: datetime
    step: Step = Step.QUEUED
    #: None while the attempt runs (and in the history, until its outcome is known).
    outcome: Outcome | None = None
    finished_at: datetime | None = None
    #: Every HTTP answer (or failure) seen, in order: "GET 200", "PATCH timeout", …
    statuses: tuple[str, ...] = ()
    #: Why it was not closed or is not confirmed; its message is for the command line, the
    #: window words each kind itself.
    error: RufusError | None = field(default=None, compare=False)
    #: The error's message as the history keeps it (the error object is not kept).
    reason: str = ""
    #: The session as read back when RUFUS confirmed the close; None when RUFUS's 2xx is
    #: all there is (the read-back could not be made).
    confirmed: Session | None = None
    #: Seconds from the unanswered close request to the read-back that confirmed it.
    confirmed_after_s: float | None = None
    #: Whether a read-back during the re-check window saw the session still open.
    still_open_seen: bool = False
    #: While re-checking: how many read-backs so far, and how long until the next.
    checks: int = 0
    next_check_in_s: float | None = None
    passings_file: str | None = None
    #: While saving the passings first: how many are in the file so far; then how many it
    #: holds (passings that arrived before the close are added after it).
    saved: int = 0
    #: The highest num_passing in the file, from which later passings are added.
    saved_through: int | None = None
    #: How many passings RUFUS counted once the session was closed (the read-back); None
    #: when that was not learnt. With a passings file, `passings_not_in_file` compares.
    passings_after_close: int | None = None
    #: The history's row for this attempt, once written.
    record_id: int | None = None

    @property
    def token(self) -> str:
        return self.entry.token

    @property
    def late(self) -> bool:
        return self.confirmed_after_s is not None

    @property
    def passings_not_in_file(self) -> int | None:
        """How many of the closed session's passings the file lacks (0: it is complete);
        None when RUFUS's final count is not known, so nobody can say."""
        if self.passings_after_close is None:
            return None
        in_file = self.saved if self.passings_file is not None else 0
        return max(0, self.passings_after_close - in_file)
