"""The one close pipeline: sessions the official confirmed go in, one record per session comes
out. The window and the command line both close through it, so they can never disagree about
what happened.

For each session, one at a time: read it (is it still open?), write the intent to the close
history, send the close request once, and read the session back. When nobody can know how
the request ended (a timeout, a cut connection, a 5xx, an answer that cannot be read), the
session is read back on a schedule until RUFUS says it is closed or the schedule ends — the
request itself is never sent again.
"""

from __future__ import annotations

import getpass
import logging
import socket
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from app import __version__
from app.display import short_token, visible
from app.records.close_record import (
    BeingClosedElsewhere,
    CloseContext,
    CloseRecord,
    HistoryUnavailable,
    Outcome,
    Step,
)
from app.records.csv_file import MACHINE, CsvStyle
from app.records.history import CloseHistory, HeldElsewhere, HistoryError, HistoryRow, Holder
from app.records.passings_errors import NotSavedBecause, PassingsNotSaved
from app.records.passings_export import SavedPassings, append_passings, save_passings
from app.rufus.errors import (
    READ_WRITE_ADVICE,
    AuthenticationError,
    BadResponse,
    NetworkError,
    PermissionDenied,
    Refused,
    RequestTimeout,
    RufusError,
    SessionNotFound,
    ShuttingDown,
    WriteOnlyKey,
)
from app.rufus.models import OpenSession, Passing, Session
from app.sessions.recheck import RECHECK_SCHEDULE, SETTLED_LATER

log = logging.getLogger(__name__)

__all__ = ["RECHECK_SCHEDULE", "CloseService", "close_context"]

Report = Callable[[CloseRecord], None]


class SessionReader(Protocol):
    def session(self, token: str) -> Session: ...


class CloseClient(SessionReader, Protocol):
    """What the pipeline needs of the RUFUS client."""

    def request_close(self, token: str) -> int: ...

    def passing_pages(self, token: str) -> Iterator[list[Passing]]: ...

    def passings_range(
        self, token: str, first: int, last: int | None = None
    ) -> Generator[list[Passing], None, None]: ...


@dataclass(frozen=True)
class SaveFirst:
    """Passings saved before a close: where, and laid out how."""

    folder: Path
    style: CsvStyle = MACHINE


@dataclass(frozen=True)
class Settling:
    """What reading back earlier closes found."""

    #: Records completed now: closed, or still open.
    settled: list[CloseRecord]
    #: Closes another console on this computer is running right now, left alone: each
    #: record as the history holds it, its `error` a BeingClosedElsewhere.
    elsewhere: list[CloseRecord]


def close_context(server: str, key_source: str) -> CloseContext:
    """Who is closing, from where, as the close history records it."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account, a container)
        user = ""
    return CloseContext(server, key_source, user, socket.gethostname(), __version__)


class CloseService:
    """Runs closes one session at a time and is the one place that knows which sessions are
    being closed. `accept` and `in_flight` are for the GUI thread; `close_all` and `settle`
    block and belong in a worker."""

    def __init__(
        self,
        history: CloseHistory,
        *,
        schedule: Sequence[float] = RECHECK_SCHEDULE,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.history = history
        self._schedule = tuple(schedule)
        self._now = now
        self._lock = threading.Lock()
        self._in_flight: set[str] = set()
        self._quitting = threading.Event()

    # -- what is being closed -----------------------------------------------------------------

    def accept(self, entries: Iterable[OpenSession]) -> list[OpenSession]:
        """Registers sessions for closing and returns those that were not already queued or
        running: a session is never in two closes at once."""
        accepted = []
        with self._lock:
            for entry in entries:
                if entry.token not in self._in_flight:
                    self._in_flight.add(entry.token)
                    accepted.append(entry)
        return accepted

    def in_flight(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._in_flight)

    def quit(self) -> None:
        """Ends re-check waits at once: a close whose outcome is still unknown stays in the
        history without one, and the next start reads it back."""
        self._quitting.set()

    # -- closing ------------------------------------------------------------------------------

    def close_all(
        self,
        client: CloseClient,
        context: CloseContext,
        entries: Sequence[OpenSession],
        report: Report,
        stop: threading.Event | None = None,
        *,
        save_passings_to: Path | None = None,
        csv_style: CsvStyle = MACHINE,
    ) -> list[CloseRecord]:
        """Closes `entries` (accepted first) in order; once `stop` is set, the ones not yet
        started end STOPPED, with nothing sent.

        With `save_passings_to`, each session's passings are saved to a CSV file in that
        folder first (laid out as `csv_style` says); a session whose file is incomplete or
        cannot be written is not closed (NOT_SENT, with a PassingsNotSaved error): closing it
        anyway is a second, separate decision."""
        save_to = None if save_passings_to is None else SaveFirst(save_passings_to, csv_style)
        records = []
        try:
            for entry in entries:
                try:
                    if (stop is not None and stop.is_set()) or self._quitting.is_set():
                        record = self._stopped(entry, context)
                    else:
                        record = self._close_one(client, context, entry, report, save_to)
                    records.append(record)
                    report(record)
                finally:
                    with self._lock:
                        self._in_flight.discard(entry.token)
        finally:
            # A fault in the console (not in RUFUS) ended the batch: none of it runs any more.
            with self._lock:
                self._in_flight.difference_update(entry.token for entry in entries)
        return records

    def _close_one(
        self,
        client: CloseClient,
        context: CloseContext,
        entry: OpenSession,
        report: Report,
        save_to: SaveFirst | None,
    ) -> CloseRecord:
        record = CloseRecord(entry, context, self._now(), step=Step.CHECKING_BEFORE)
        report(record)
        try:
            before = client.session(entry.token)
        except RufusError as error:
            return self._finish(
                replace(record, statuses=(_status("GET", error),)),
                Outcome.NOT_SENT,
                _checked_before(error),
            )
        record = replace(record, statuses=("GET 200",))
        if before.active is False:
            return self._finish(record, Outcome.ALREADY_CLOSED, confirmed=before)
        if save_to is not None and before.passings:
            try:
                saved = self._save_passings(client, record, before, save_to, report)
            except RufusError as error:
                return self._finish(record, Outcome.NOT_SENT, _not_saved(error))
            record = replace(
                record,
                passings_file=str(saved.path),
                saved=saved.count,
                saved_through=saved.last_number,
            )

        record = self._close_sent(client, replace(record, step=Step.SENDING), report)
        if save_to is not None and record.outcome is not None and record.outcome.closed:
            record = self._complete_passings(client, record, save_to)
        return record

    def _close_sent(self, client: CloseClient, record: CloseRecord, report: Report) -> CloseRecord:
        """Writes the intent, sends the close once, and learns how it ended."""
        try:
            record = self.history.write_intent(record)  # on disk before the request
        except HeldElsewhere as held:
            return self._finish(record, Outcome.NOT_SENT, _elsewhere(held.holder))
        except HistoryError as error:
            log.error("close of %s: close history not written: %s", _named(record.token), error)
            unavailable = _no_history(error)
            # Said as every other outcome's reason is: the command line prints it.
            return replace(
                record,
                step=Step.DONE,
                outcome=Outcome.NOT_SENT,
                error=unavailable,
                reason=str(unavailable),
            )
        report(record)
        try:
            status = client.request_close(record.token)
        except RufusError as error:
            record = _seen(record, _status("PATCH", error))
            if isinstance(error, ShuttingDown) and error.maybe_applied:
                return record  # left for the next start to read back
            if error.maybe_applied:
                return self._recheck(client, record, time.monotonic(), error, report)
            if isinstance(error, Refused | PermissionDenied | AuthenticationError):
                return self._refused(client, record, error)
            return self._finish(record, Outcome.NOT_SENT, error)
        record = _seen(record, f"PATCH {status}")
        if 200 <= status < 300:
            return self._accepted(client, record, report)
        return self._refused(
            client,
            record,
            Refused(
                f"RUFUS refused to close the session (HTTP {status}); it is still open. "
                "Refresh the list and try again.",
                status=status,
            ),
        )

    def _save_passings(
        self,
        client: CloseClient,
        record: CloseRecord,
        session: Session,
        save_to: SaveFirst,
        report: Report,
    ) -> SavedPassings:
        """The session's passings, as it is now, in one CSV file before anything is sent."""
        saving = replace(record, step=Step.SAVING_PASSINGS)
        report(saving)
        return save_passings(
            client.passing_pages(record.token),
            OpenSession(session, record.entry.device),
            folder=save_to.folder,
            progress=lambda count: report(replace(saving, saved=count)),
            stop=self._quitting,
            style=save_to.style,
        )

    def _complete_passings(
        self, client: CloseClient, record: CloseRecord, save_to: SaveFirst
    ) -> CloseRecord:
        """Passings that arrived between the save and the close: read from RUFUS once the
        session is closed (its count is final then) and added to the file; how many are not
        in it, when some could not be, is what `passings_not_in_file` tells."""
        final = record.confirmed.passings if record.confirmed is not None else None
        if final is None:
            return record  # RUFUS's final count is unknown: nobody can say the file is whole
        done = replace(record, passings_after_close=final)
        try:
            if done.passings_file is None:
                if final:  # none when the close was asked for; some by the time it was done
                    done = self._save_closed(client, done, save_to)
            elif final > done.saved and done.saved_through is not None:
                done = self._append_late(
                    client, done, done.passings_file, done.saved_through, save_to.style
                )
        except RufusError as error:
            log.info(
                "close of %s: passings after the close not saved: %s",
                _named(record.token),
                type(error).__name__,
            )
        if done == record:
            return record
        try:
            return self.history.write(done)
        except OSError as problem:
            log.error("close of %s: close history not completed: %s", _named(done.token), problem)
            return done

    def _append_late(
        self, client: CloseClient, record: CloseRecord, file: str, through: int, style: CsvStyle
    ) -> CloseRecord:
        """Adds the passings numbered after `through` to the record's `file`."""
        saved = SavedPassings(Path(file), record.saved, None, through, style.delimiter)
        pages = client.passings_range(record.token, through + 1)
        try:
            for page in pages:
                if self._quitting.is_set():
                    break
                # Page by page: what is in the file is counted, whatever fails next.
                saved = append_passings(saved, [page])
                record = replace(record, saved=saved.count, saved_through=saved.last_number)
        except RufusError as error:
            log.info(
                "close of %s: passings after the close not all added: %s",
                _named(record.token),
                type(error).__name__,
            )
        finally:
            # No further page is asked for once this one is left (one already on its way
            # finishes, or is cut when the client closes); said here, not left to when the
            # reader happens to be collected.
            pages.close()
        return record

    def _save_closed(
        self, client: CloseClient, record: CloseRecord, save_to: SaveFirst
    ) -> CloseRecord:
        if record.confirmed is None:  # pragma: no cover - only called with a final count
            return record
        saved = save_passings(
            client.passing_pages(record.token),
            OpenSession(record.confirmed, record.entry.device),
            folder=save_to.folder,
            stop=self._quitting,
            style=save_to.style,
        )
        return replace(
            record,
            passings_file=str(saved.path),
            saved=saved.count,
            saved_through=saved.last_number,
        )

    def _accepted(self, client: CloseClient, record: CloseRecord, report: Report) -> CloseRecord:
        """RUFUS answered the close with a 2xx: read back to confirm."""
        since = time.monotonic()
        try:
            after = client.session(record.token)
        except RufusError as error:
            # RUFUS said "closed" in so many words; that stands when it cannot be checked.
            log.info(
                "close of %s: accepted, read-back failed: %s",
                _named(record.token),
                type(error).__name__,
            )
            return self._finish(_seen(record, _status("GET", error)), Outcome.CLOSED)
        record = _seen(record, "GET 200")
        if after.active is False:
            return self._finish(record, Outcome.CLOSED, confirmed=after)
        # Accepted, yet still open: RUFUS may apply it a moment later.
        unconfirmed = RufusError("RUFUS accepted the close but still reports the session as open.")
        return self._recheck(
            client, replace(record, still_open_seen=True), since, unconfirmed, report, skip=1
        )

    def _refused(self, client: CloseClient, record: CloseRecord, error: RufusError) -> CloseRecord:
        """A definite no. One read tells "someone else closed it first" from "still open"."""
        try:
            after = client.session(record.token)
        except RufusError as read_error:
            return self._finish(_seen(record, _status("GET", read_error)), Outcome.REFUSED, error)
        record = _seen(record, "GET 200")
        if after.active is False:
            return self._finish(record, Outcome.ALREADY_CLOSED, confirmed=after)
        return self._finish(record, Outcome.REFUSED, error)

    def _recheck(
        self,
        client: CloseClient,
        record: CloseRecord,
        since: float,
        cause: RufusError,
        report: Report,
        *,
        skip: int = 0,
    ) -> CloseRecord:
        """Reads the session back on the schedule until it is seen closed; never re-sends."""
        record = replace(record, step=Step.RECHECKING, error=cause, reason=str(cause))
        for number, at in enumerate(self._schedule[skip:], start=skip + 1):
            wait = max(0.0, at - (time.monotonic() - since))
            self._heartbeat(record)
            report(replace(record, checks=number - 1, next_check_in_s=wait))
            if wait and self._quitting.wait(wait):
                return record  # quitting: the next start reads it back
            try:
                after = client.session(record.token)
            except ShuttingDown:
                return record
            except RufusError as error:
                record = _seen(record, _status("GET", error))
                continue
            record = _seen(replace(record, checks=number), "GET 200")
            if after.active is False:
                return self._finish(
                    record,
                    Outcome.CLOSED,
                    confirmed=after,
                    confirmed_after_s=time.monotonic() - since,
                )
            record = replace(record, still_open_seen=True)
        return self._finish(record, Outcome.UNKNOWN, cause)

    def _heartbeat(self, record: CloseRecord) -> None:
        """The close is still under way: another console must not settle it meanwhile."""
        try:
            self.history.write(record)
        except OSError as problem:
            log.info(
                "close of %s: close history heartbeat not written: %s",
                _named(record.token),
                problem,
            )

    def _stopped(self, entry: OpenSession, context: CloseContext) -> CloseRecord:
        record = CloseRecord(entry, context, self._now())
        return self._finish(record, Outcome.STOPPED)

    def _finish(
        self,
        record: CloseRecord,
        outcome: Outcome,
        error: RufusError | None = None,
        *,
        confirmed: Session | None = None,
        confirmed_after_s: float | None = None,
    ) -> CloseRecord:
        done = replace(
            record,
            step=Step.DONE,
            outcome=outcome,
            finished_at=self._now(),
            error=error,
            reason=str(error) if error is not None else "",
            confirmed=confirmed,
            confirmed_after_s=confirmed_after_s,
        )
        try:
            return self.history.write(done)
        except OSError as problem:
            # The close itself happened as recorded; only the history misses it.
            log.error("close of %s: close history not completed: %s", _named(done.token), problem)
            return done

    # -- the next start -----------------------------------------------------------------------

    def settle(self, client: SessionReader, rows: Iterable[HistoryRow]) -> list[CloseRecord]:
        """Reads back sessions whose close was interrupted or never confirmed, and completes
        their records: closed, or still open. One that cannot be read stays as it was, and
        so does one another console is closing right now (see `settle_all`)."""
        return self.settle_all(client, rows).settled

    def settle_all(self, client: SessionReader, rows: Iterable[HistoryRow]) -> Settling:
        """As `settle`, and says which closes another console (a window or the command line
        on this computer) is still running: those are left alone, never read back and
        called "still open" while that console waits for its answer."""
        settled, elsewhere = [], []
        for row in rows:
            if row.token in self.in_flight():
                continue  # this run's own close, under way: its outcome is still to come
            holder = self._holder(row)
            if holder is not None:
                elsewhere.append(replace(row.record(), error=_elsewhere(holder)))
                continue
            record = row.record()
            try:
                after = client.session(row.token)
            except SessionNotFound:
                continue  # its device was unbound since: nothing left to learn
            except RufusError as error:
                log.info(
                    "earlier close of %s: could not re-check it: %s",
                    _named(row.token),
                    type(error).__name__,
                )
                continue
            record = _seen(record, "GET 200")
            if after.active is False:
                done = self._settled(record, Outcome.CLOSED, confirmed=after)
            else:
                done = self._settled(record, Outcome.STILL_OPEN)
            if done is not None:
                settled.append(done)
        return Settling(settled, elsewhere)

    def _holder(self, row: HistoryRow) -> Holder | None:
        try:
            return self.history.held_elsewhere(row)
        except HistoryError as error:
            log.info(
                "earlier close of %s: could not tell who holds it: %s",
                _named(row.token),
                error.reason,
            )
            return None

    def _settled(
        self, record: CloseRecord, outcome: Outcome, confirmed: Session | None = None
    ) -> CloseRecord | None:
        """The outcome learnt later, written unless the record got its own meanwhile (another
        run was still closing it, and finished first): None then."""
        done = replace(
            _seen(record, SETTLED_LATER),
            step=Step.DONE,
            outcome=outcome,
            finished_at=self._now(),
            confirmed=confirmed,
        )
        try:
            return self.history.write_if_unsettled(done)
        except OSError as problem:
            log.error(
                "earlier close of %s: close history not completed: %s",
                _named(done.token),
                problem,
            )
            return None


def _named(token: str) -> str:
    """A session as the log names it: its token shortened (a credential of a kind) and made
    harmless for a terminal (it comes from RUFUS, and the log may be printed on stderr)."""
    return visible(short_token(token))


def _seen(record: CloseRecord, status: str) -> CloseRecord:
    return replace(record, statuses=(*record.statuses, status))


def _status(method: str, error: RufusError) -> str:
    """How an answer (or its absence) is written in the record's list of statuses."""
    if error.status is not None:
        return f"{method} {error.status}"
    if isinstance(error, RequestTimeout):
        return f"{method} timeout"
    if isinstance(error, ShuttingDown):
        return f"{method} abandoned"
    if isinstance(error, NetworkError):
        return f"{method} {'no connection' if not error.maybe_applied else 'cut'}"
    if isinstance(error, BadResponse):
        return f"{method} unreadable"
    return f"{method} failed"


def _checked_before(error: RufusError) -> RufusError:
    """The check before a close failed: nothing was sent; say so in those words."""
    if isinstance(error, WriteOnlyKey):
        return WriteOnlyKey(
            "RUFUS refused to read the session before closing it (HTTP 403): this key cannot "
            f"read, so nothing was closed. {READ_WRITE_ADVICE}",
            status=error.status,
        )
    return error


def _not_saved(error: RufusError) -> PassingsNotSaved:
    """Why a session was not closed after its passings could not be saved."""
    if isinstance(error, PassingsNotSaved):
        return error
    return PassingsNotSaved(
        f"The passings could not be read from RUFUS ({error}); the session was not closed. "
        "Try again, or close it without saving the passings.",
        because=NotSavedBecause.READ,
        detail=error,
    )


def _no_history(error: HistoryError) -> HistoryUnavailable:
    why = f" ({error.reason})" if error.reason else ""
    return HistoryUnavailable(
        f"The close history could not be written{why}, so the close was not sent: every "
        "close is recorded first. Check that its folder can be written and the disk is not "
        "full, then try again.",
        error.reason,
    )


def _elsewhere(holder: Holder) -> BeingClosedElsewhere:
    return BeingClosedElsewhere(
        "This session is being closed by another window (or command) on this computer "
        f"(process {holder.pid} on {holder.host}), so this one sent nothing: wait for it to "
        "finish, then refresh.",
        pid=holder.pid,
        host=holder.host,
    )
