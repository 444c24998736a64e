"""The application's controller: the key, listing and closing, every call in a worker, and the
one owner of what the console knows.

It owns the row book (app.sessions.book: the rows, their states, the key's rights), the
closes under way (each batch with its client and latest records; which sessions are being
closed is the close pipeline's to say) and the clients. Widgets ask it and listen to its
signals; none keeps a copy. Results come back as signals on the GUI thread; a listing that a
newer one (or a key change) has replaced reports nothing more.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.control.clients import (
    ClientFactory,
    KeyAccepted,
    KeyIsReadOnly,
    ListingDone,
    ListingProgress,
    ListingStep,
    key_source,
    list_sessions,
)
from app.control.heap import Heap
from app.jobs import JobRunner, Report
from app.keystore import KeyLookup, KeyState, KeyVault
from app.logsetup import redactor
from app.records.close_record import CloseRecord, Outcome
from app.records.csv_file import MACHINE, CsvStyle
from app.rufus.endpoint import checked_api_key
from app.rufus.errors import ReadOnlyKey, RufusError
from app.rufus.listing import ListingMemory
from app.rufus.models import Device, KeyRights
from app.sessions.book import Changes, Row, RowBook

if TYPE_CHECKING:
    from app.records.passings_export import SavedPassings
    from app.rufus.client import RufusClient
    from app.sessions.closing import CloseService, Settling

log = logging.getLogger(__name__)

#: A row closed this long ago or less stays through automatic refreshes (greyed, "Closed ✓").
KEEP_CLOSED_ROWS = timedelta(minutes=1)


@dataclass
class CloseBatch:
    """Sessions queued together: they close one at a time, on the client of the key in use
    when they were queued, whatever key is chosen meanwhile."""

    client: RufusClient = field(repr=False)
    tokens: list[str]
    #: The latest word on each session: queued until its turn comes.
    latest: dict[str, CloseRecord]


class Console(QObject):
    key_changed = Signal(object)  # KeyLookup
    #: No usable key: the window asks for one. Carries the KeyLookup that says why.
    key_needed = Signal(object)
    #: The answer to `check_and_store`: KeyAccepted (now in use) or KeyIsReadOnly (asks).
    key_checked = Signal(object)
    #: `check_and_store` failed: RUFUS refused the key, or it could not be checked.
    key_refused = Signal(object)
    #: `check_and_store` moved on to storing the key in the vault.
    key_storing = Signal()
    #: `forget_key` failed: the key may still be stored.
    key_not_forgotten = Signal(object)
    rights_changed = Signal(object)  # KeyRights
    #: What a listing or a close just changed in the book (Changes).
    rows_changed = Signal(object)
    listing_started = Signal()
    listing_progress = Signal(object)  # ListingProgress
    listing_finished = Signal(object)  # ListingDone
    listing_failed = Signal(object)  # error
    #: Every step of every close: a CloseRecord, running or done.
    close_progress = Signal(object)
    #: A batch of closes ended: list[CloseRecord].
    closes_finished = Signal(object)
    #: Closes interrupted or unconfirmed in an earlier run, read back now: list[CloseRecord].
    earlier_closes_settled = Signal(object)
    #: Earlier closes another console on this computer is still running, left alone:
    #: list[CloseRecord] (each record's error a BeingClosedElsewhere).
    closes_held_elsewhere = Signal(object)

    def __init__(self, runner: JobRunner, vault: KeyVault, factory: ClientFactory) -> None:
        super().__init__()
        self._runner = runner
        self._vault = vault
        self.factory = factory
        self.book = RowBook()
        self.key_lookup = KeyLookup(KeyState.NOT_STORED)
        self._client: RufusClient | None = None
        self._batches: deque[CloseBatch] = deque()
        self._service: CloseService | None = None
        self._listing = 0  # the current listing's number; older ones are ignored
        self._refreshing = False
        self._devices_asked: int | None = None
        self._answered = 0
        #: Rows the current listing found closed by someone else.
        self._gone: list[Row] = []
        self._key_checks = 0  # the current key check's number; older answers are dropped
        self._read_only_seen: str | None = None
        self._probed = False
        self._settled = False
        self._stop_closing = threading.Event()
        self._heap = Heap()
        #: What earlier listings learnt of each device, for light listings (one per key).
        self._memory = ListingMemory()
        runner.on_shutdown(self._abandon)

    @property
    def rights(self) -> KeyRights:
        return self.book.rights

    @property
    def refreshing(self) -> bool:
        return self._refreshing

    def now(self) -> datetime:
        """Now on RUFUS's clock, which ages and activity are judged by (race-day rule 12);
        the computer's until RUFUS has answered."""
        client = self._client
        return client.server_now() if client is not None else datetime.now(UTC)

    def clock_offset(self) -> timedelta | None:
        """RUFUS's clock minus the computer's, once RUFUS has answered."""
        client = self._client
        return client.clock_offset() if client is not None else None

    @property
    def client(self) -> RufusClient | None:
        """The client of the key in use; None without a key. key_changed comes before a new
        key's client is in place: ask for it after that signal's slots have run."""
        return self._client

    # -- the key ------------------------------------------------------------------------------

    def start(self) -> None:
        """Looks the key up (the keyring may block) and lists the sessions if there is one."""
        self._runner.start(
            "load key",
            lambda report: self._load_key(),
            succeeded=self._key_loaded,
            failed=self._start_failed,
        )

    def _load_key(self) -> KeyLookup:
        self.factory.prepare()
        return self._from_vault("load", self._vault.load, KeyLookup(KeyState.UNAVAILABLE))

    def _start_failed(self, error: object) -> None:
        """The HTTP stack itself could not be loaded (a broken installation): nothing can be
        listed; the official hears why instead of a window that stays "Starting…"."""
        self.key_lookup = KeyLookup(KeyState.UNAVAILABLE)
        self.key_changed.emit(self.key_lookup)
        self.listing_failed.emit(error)

    def _key_loaded(self, lookup: KeyLookup) -> None:
        if lookup.usable:
            self.use_key(lookup)
        else:
            self.key_lookup = lookup
            self.key_changed.emit(lookup)
            self.key_needed.emit(lookup)

    def check_and_store(self, key: str) -> bool:
        """Checks `key` with RUFUS (a listing call, then the probe of its rights) in a worker,
        then has the vault keep it and puts it in use: `key_checked(KeyAccepted)`. A READ-only
        key is only reported (`key_checked(KeyIsReadOnly)`) until the same key is checked again,
        which means the official wants it anyway. Failures: `key_refused(error)`."""
        self._key_checks += 1
        check = self._key_checks
        if self._read_only_seen is not None and self._read_only_seen == key.strip():
            self._store(check, None, key.strip(), KeyRights.READ_ONLY, None)
            return True
        job = self._runner.start(
            "check key",
            lambda report: self._check(key),
            succeeded=lambda result: self._checked(check, *result),
            failed=lambda error: self._check_failed(check, error),
        )
        return job is not None

    def cancel_key_check(self) -> None:
        """The official gave up on the key being checked: its answer is dropped."""
        self._key_checks += 1

    def _check(self, key: str) -> tuple[RufusClient, str, KeyRights, tuple[Device, ...]]:
        key = checked_api_key(key)
        redactor.add(key)  # before the first request that could log anything
        client = self.factory.client(key)
        try:
            devices = tuple(client.devices())
            rights = client.key_rights()
        except BaseException:
            client.close()
            raise
        return client, key, rights, devices

    def _checked(
        self,
        check: int,
        client: RufusClient,
        key: str,
        rights: KeyRights,
        devices: tuple[Device, ...],
    ) -> None:
        if check != self._key_checks:
            client.close()
            return
        if rights is KeyRights.READ_ONLY:
            client.close()
            self._read_only_seen = key
            self.key_checked.emit(KeyIsReadOnly())
            return
        self._store(check, client, key, rights, devices)

    def _store(
        self,
        check: int,
        client: RufusClient | None,
        key: str,
        rights: KeyRights,
        devices: tuple[Device, ...] | None,
    ) -> None:
        self.key_storing.emit()
        fallback = KeyLookup(KeyState.UNAVAILABLE, key)

        def stored(lookup: KeyLookup) -> None:
            if check != self._key_checks:
                if client is not None:
                    client.close()
                return
            self._read_only_seen = None
            self.use_key(lookup, rights, client=client, devices=devices)
            self.key_checked.emit(KeyAccepted(lookup, rights))

        job = self._runner.start(
            "store key",
            lambda report: self._from_vault("store", lambda: self._vault.store(key), fallback),
            succeeded=stored,
            # _from_vault answers for every failure of the vault; this is for the runner's.
            failed=lambda error: stored(fallback),
        )
        if job is None and client is not None:
            client.close()

    def _check_failed(self, check: int, error: object) -> None:
        if check == self._key_checks:
            self.key_refused.emit(error)

    def forget_key(self) -> None:
        self._runner.start(
            "forget key",
            lambda report: self._vault.forget(),
            succeeded=self.use_key,
            failed=self.key_not_forgotten.emit,
        )

    @staticmethod
    def _from_vault(
        doing: str, operation: Callable[[], KeyLookup], fallback: KeyLookup
    ) -> KeyLookup:
        """The vault's answer; whatever else it does (a backend that raises something nobody
        foresaw) counts as a keyring that cannot be used, never as a stuck window."""
        try:
            return operation()
        except Exception as error:
            log.warning("the key vault failed to %s the key: %s", doing, type(error).__name__)
            return fallback

    def use_key(
        self,
        lookup: KeyLookup,
        rights: KeyRights = KeyRights.UNKNOWN,
        *,
        client: RufusClient | None = None,
        devices: Sequence[Device] | None = None,
    ) -> None:
        """Puts a key in use (or none) and lists with it. `client` and `devices`, from the
        key's check, spare a second connection and a second device list."""
        if lookup.key != self.key_lookup.key:
            self._memory = ListingMemory()  # another key may see other devices
        self.key_lookup = lookup
        # A listing still running with the old key reports nothing more.
        self._listing += 1
        if self._refreshing:
            self._heap.after_listing(0)
        self._refreshing = False
        self._probed = rights is not KeyRights.UNKNOWN
        self._set_rights(rights)
        self.key_changed.emit(lookup)
        old = self._client
        if lookup.key:
            redactor.add(lookup.key)
            self._client = client or self.factory.client(lookup.key)
        else:
            self._client = None
            if client is not None:
                client.close()
            self._changed(self.book.clear())
        if old is not None and old is not self._client:
            self._release_if_idle(old)
        if self._client is not None:
            self.refresh(devices)

    def _set_rights(self, rights: KeyRights) -> None:
        if rights is not self.book.rights:
            self.book.rights = rights
            self.rights_changed.emit(rights)

    def _probe_rights(self) -> None:
        client = self._client
        if client is None or self._probed:
            return
        self._probed = True
        listing = self._listing
        self._runner.start(
            "probe key rights",
            lambda report: client.key_rights(),
            succeeded=lambda rights: self._probed_rights(listing, rights),
            failed=lambda error: None,  # rights stay unknown; a close will tell
        )

    def _probed_rights(self, listing: int, rights: KeyRights) -> None:
        # A close refused with 403 since then has the last word.
        if listing == self._listing and self.book.rights is not KeyRights.READ_ONLY:
            self._set_rights(rights)

    # -- listing ------------------------------------------------------------------------------

    def refresh(self, devices: Sequence[Device] | None = None, *, light: bool = False) -> bool:
        """Starts a listing unless one is running; asks for a key when there is none.
        Returns whether a listing is running now. A `light` one (the auto-refresh) spares
        the devices that cannot have opened a session since they were last asked; every
        other asks every device (app.rufus.listing)."""
        client = self._client
        if client is None:
            self.key_needed.emit(self.key_lookup)
            return False
        if self._refreshing:
            return True
        self._listing += 1
        listing = self._listing
        job = self._runner.start(
            "list sessions",
            lambda report: list_sessions(client, report, devices, memory=self._memory, light=light),
            progress=lambda step: self._listing_step(listing, step),
            succeeded=lambda done: self._listing_done(listing, done),
            failed=lambda error: self._listing_error(listing, error),
        )
        if job is None:
            return False
        self._refreshing = True
        self._devices_asked = None
        self._answered = 0
        self._gone = []
        # A refresh the official asked for shows RUFUS as it is; an automatic one keeps the
        # rows closed in the last minute where they are (app.sessions.book.begin_refresh).
        keep_since = datetime.now(UTC) - KEEP_CLOSED_ROWS if light else None
        self.book.begin_refresh(keep_closed_since=keep_since)
        self._heap.during_listing()
        self.listing_started.emit()
        return True

    def closed_elsewhere(self) -> list[Row]:
        """The rows the listing under way (or the last one) found closed by someone else."""
        return list(self._gone)

    def _listing_step(self, listing: int, step: ListingStep) -> None:
        if listing != self._listing:
            return
        # The window's turn: its rows and progress are written while the workers wait
        # (app.rufus.courtesy), instead of waiting behind them on every call into Qt.
        with self.factory.courtesy.held():
            if step.devices is not None:
                self._devices_asked = len(step.devices)
            else:
                self._answered += len(step.answers)
                self._changed(self.book.apply(step.answers))
            self.listing_progress.emit(ListingProgress(self._devices_asked, self._answered))

    def _listing_done(self, listing: int, done: ListingDone) -> None:
        if listing != self._listing:
            return
        self._refreshing = False
        self._changed(self.book.keep_devices(done.devices))
        self._heap.after_listing(len(self.book))
        self.listing_finished.emit(replace(done, closed_elsewhere=tuple(self._gone)))
        self._probe_rights()
        self._settle_earlier_closes()

    def _listing_error(self, listing: int, error: object) -> None:
        if listing != self._listing:
            return
        self._refreshing = False
        self._heap.after_listing(0)
        if isinstance(error, Exception):
            self._changed(self.book.mark_all_not_re_read(error))
        self.listing_failed.emit(error)

    def _changed(self, changes: Changes) -> None:
        self._gone += changes.closed_elsewhere
        if changes:
            self.rows_changed.emit(changes)

    # -- closing ------------------------------------------------------------------------------

    def closing(self) -> frozenset[str]:
        """The tokens queued or being closed, as the close pipeline knows them."""
        return self._service.in_flight() if self._service is not None else frozenset()

    def place_in_batch(self, token: str) -> tuple[int, int] | None:
        """Where `token` is in the batch being closed ("2 of 7"), when it has several."""
        if not self._batches or len(self._batches[0].tokens) < 2:
            return None
        tokens = self._batches[0].tokens
        return (tokens.index(token) + 1, len(tokens)) if token in tokens else None

    def close_sessions(
        self,
        tokens: Sequence[str],
        save_passings_to: Path | None = None,
        csv_style: CsvStyle = MACHINE,
    ) -> list[str]:
        """Queues closes of the sessions among `tokens` that may be closed now, one at a time
        after any already queued; a session already queued or being closed is never queued
        twice. With `save_passings_to`, each session's passings are saved there first.
        Returns the tokens queued."""
        client = self._client
        if client is None or self.book.rights is KeyRights.READ_ONLY:
            return []
        rows = [row for row in map(self.book.get, tokens) if row is not None]
        service = self._close_service()
        accepted = service.accept(row.entry for row in rows if self.book.closable(row))
        if not accepted:
            return []
        from app.sessions.closing import close_context  # noqa: PLC0415  (loaded by prepare)

        context = close_context(client.base_url, key_source(self.key_lookup))
        now = datetime.now(UTC)
        batch = CloseBatch(
            client,
            [entry.token for entry in accepted],
            {entry.token: CloseRecord(entry, context, now) for entry in accepted},
        )
        stop = self._stop_closing

        def close_all(report: Report) -> list[CloseRecord]:
            return service.close_all(
                client,
                context,
                accepted,
                report,
                stop,
                save_passings_to=save_passings_to,
                csv_style=csv_style,
            )

        job = self._runner.start_in_turn(
            "close sessions",
            close_all,
            progress=lambda record: self._close_step(batch, record),
            succeeded=lambda records: self._closes_done(batch, records),
            failed=lambda error: self._closes_done(batch, _unfinished(batch.latest, error)),
        )
        if job is None:
            return []
        self._batches.append(batch)
        for record in list(batch.latest.values()):
            self._recorded(record)  # their rows say they wait, and cannot be closed
        return list(batch.tokens)

    def stop_after_current(self) -> None:
        """Bulk close: the session being closed finishes; those queued after it are not sent.
        Closes queued from now on get their own, unset event."""
        self._stop_closing.set()
        self._stop_closing = threading.Event()

    def export_passings(
        self,
        token: str,
        path: Path,
        *,
        progress: Callable[[int], None],
        succeeded: Callable[[SavedPassings], None],
        failed: Callable[[object], None],
        style: CsvStyle = MACHINE,
    ) -> bool:
        """Saves one listed session's passings to `path` in a worker, closing nothing. False
        when there is no key to read them with, or no such row."""
        client = self._client
        row = self.book.get(token)
        if client is None or row is None:
            return False
        entry = row.entry
        from app.records.passings_export import save_passings  # noqa: PLC0415

        job = self._runner.start(
            "export passings",
            lambda report: save_passings(
                client.passing_pages(entry.token), entry, path=path, progress=report, style=style
            ),
            progress=progress,
            succeeded=succeeded,
            failed=failed,
        )
        return job is not None

    def _close_step(self, batch: CloseBatch, record: CloseRecord) -> None:
        batch.latest[record.token] = record
        if isinstance(record.error, ReadOnlyKey):  # a real 403 outranks the probe
            self._set_rights(KeyRights.READ_ONLY)
        self._recorded(record)

    def _recorded(self, record: CloseRecord) -> None:
        self._changed(self.book.apply_record(record))
        self.close_progress.emit(record)

    def _closes_done(self, batch: CloseBatch, records: list[CloseRecord]) -> None:
        for record in records:  # the same as their last step, unless the job itself failed
            self._changed(self.book.apply_record(record))
        if batch in self._batches:
            self._batches.remove(batch)
        if batch.client is not self._client:
            self._release_if_idle(batch.client)
        self.closes_finished.emit(records)

    def _close_service(self) -> CloseService:
        if self._service is None:
            from app.records.history import CloseHistory  # noqa: PLC0415  (loaded by prepare)
            from app.sessions.closing import CloseService  # noqa: PLC0415

            history = CloseHistory(self.factory.history_path)
            self._service = CloseService(history, schedule=self.factory.recheck_schedule)
        return self._service

    def _settle_earlier_closes(self) -> None:
        """Once per run, after the first good listing: closes an earlier run left without an
        outcome are read back, and their records completed."""
        client = self._client
        if client is None or self._settled:
            return
        self._settled = True
        service = self._close_service()

        def settle(report: Report) -> Settling:
            return service.settle_all(client, service.history.unfinished(client.base_url))

        self._runner.start(
            "settle earlier closes",
            settle,
            succeeded=self._earlier_settled,
            failed=lambda error: None,  # the records stay; the next start tries again
        )

    def _earlier_settled(self, found: Settling) -> None:
        if found.settled:
            self.earlier_closes_settled.emit(found.settled)
        if found.elsewhere:
            self.closes_held_elsewhere.emit(found.elsewhere)

    # -- the end ------------------------------------------------------------------------------

    def _release_if_idle(self, client: RufusClient) -> None:
        """A client no longer in use lets its thread pool and connections go at once."""
        if client is not self._client and all(b.client is not client for b in self._batches):
            client.close()

    def _abandon(self) -> None:
        """Quitting: unknown outcomes stay in the history for the next start."""
        if self._service is not None:
            self._service.quit()
        clients = {batch.client for batch in self._batches}
        if self._client is not None:
            clients.add(self._client)
        for client in clients:
            client.close()


def _unfinished(latest: dict[str, CloseRecord], error: object) -> list[CloseRecord]:
    """The close job itself failed (a fault in the console, not in RUFUS): a session whose
    close had no outcome yet may or may not have been closed, so none is called open."""
    problem = error if isinstance(error, RufusError) else None
    return [
        record
        if record.outcome is not None
        else replace(record, outcome=Outcome.UNKNOWN, error=problem, finished_at=datetime.now(UTC))
        for record in latest.values()
    ]
