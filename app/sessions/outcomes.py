"""How a batch of closes ended, counted once for the window and the command line alike: what
counts as closed, what as failed, and what nobody knows yet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.records.close_record import CloseRecord, Outcome


@dataclass(frozen=True)
class Tally:
    closed: int = 0
    already_closed: int = 0
    #: Refused, not sent, or read back still open: these sessions are open.
    failed: int = 0
    #: RUFUS never said how the close ended (or the attempt was cut short): maybe closed.
    unknown: int = 0
    #: Stopped before their turn, as the official asked: nothing was sent.
    stopped: int = 0

    @classmethod
    def of(cls, records: Iterable[CloseRecord]) -> Tally:
        outcomes = Counter(record.outcome for record in records)
        return cls(
            closed=outcomes[Outcome.CLOSED],
            already_closed=outcomes[Outcome.ALREADY_CLOSED],
            failed=outcomes[Outcome.REFUSED]
            + outcomes[Outcome.NOT_SENT]
            + outcomes[Outcome.STILL_OPEN],
            unknown=outcomes[Outcome.UNKNOWN] + outcomes[None],
            stopped=outcomes[Outcome.STOPPED],
        )

    @property
    def troubled(self) -> bool:
        """Whether the official must look again: a session not closed, or not known to be."""
        return bool(self.failed or self.unknown)
