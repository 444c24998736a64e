"""What the window does, without the widgets: the key, listing and closing, all in workers.

Every call that can block (keyring, network, the close history) goes through the JobRunner;
results come back as signals on the GUI thread. A listing that a newer one (or a key change)
has replaced reports nothing more. What is being closed is known in one place only: the
close pipeline (app.sessions.closing), which this class feeds and listens to.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.jobs import JobRunner, Report
from app.keystore import KeyLookup, KeyState, KeyVault
from app.logsetup import redactor
from app.records.close_record import CloseRecord, Outcome
from app.rufus.endpoint import DEFAULT_TIMEOUTS, PRODUCTION_URL, Timeouts, checked_api_key
from app.rufus.errors import ReadOnlyKey, RufusError
from app.rufus.models import Device, DeviceSessions, KeyRights, OpenSession
from app.ui.heap import limit_malloc_arenas

if TYPE_CHECKING:
    from app.records.history import CloseHistory
    from app.records.passings_export import SavedPassings
    from app.rufus.client import RufusClient
    from app.sessions.closing import CloseService

#: Device answers reach the window at most this often while a listing runs, in batches: the
#: table takes them in a few signals instead of one per device.
BATCH_INTERVAL_S = 0.05

#: The default re-check schedule (app.sessions.closing.RECHECK_SCHEDULE), without importing
#: the close pipeline before the window shows.
_DEFAULT_SCHEDULE: tuple[float, ...] = (0.0, 2.0, 5.0, 10.0, 20.0, 30.0)


@dataclass(frozen=True)
class ClientFactory:
    """Where RUFUS is and how patient to be with it: makes a client for a key."""

    base_url: str
    timeouts: Timeouts = DEFAULT_TIMEOUTS
    backoff: float = 0.5
    #: When a close's unknown outcome is read back (see app.sessions.closing).
    recheck_schedule: tuple[float, ...] = _DEFAULT_SCHEDULE
    #: The close history's file; None for the platform's data folder.
    history_path: Path | None = None

    @property
    def production(self) -> bool:
        return self.base_url.rstrip("/") == PRODUCTION_URL

    def client(self, key: str) -> RufusClient:
        from app.rufus.client import RufusClient  # noqa: PLC0415  (see `prepare`)

        return RufusClient(key, self.base_url, timeouts=self.timeouts, backoff=self.backoff)

    @staticmethod
    def prepare() -> None:
        """Loads the HTTP stack and the close pipeline (`requests` alone takes ~150 ms to
        import), and caps the memory arenas before the listing's threads start. The console
        does it on a worker, after the window is on screen."""
        limit_malloc_arenas()
        importlib.import_module("app.rufus.client")
        importlib.import_module("app.sessions.closing")


@dataclass(frozen=True)
class DevicesFound:
    """First progress report of a listing: how many devices will answer."""

    devices: tuple[Device, ...]


@dataclass(frozen=True)
class ListingDone:
    devices: tuple[Device, ...]
    failures: tuple[DeviceSessions, ...] = field(default=())


@dataclass(frozen=True)
class KeyCheck:
    """A key RUFUS accepted for listing, and what it may do beyond that."""

    key: str = field(repr=False)
    rights: KeyRights


class Console(QObject):
    key_changed = Signal(object)  # KeyLookup
    #: No usable key: the window asks for one. Carries the KeyLookup that says why.
    key_needed = Signal(object)
    rights_changed = Signal(object)  # KeyRights
    listing_started = Signal()
    devices_found = Signal(int)
    #: A batch of device answers (list[DeviceSessions]) and how many devices answered so far.
    devices_answered = Signal(object, int)
    listing_finished = Signal(object)  # ListingDone
    listing_failed = Signal(object)  # error
    #: Every step of every close: a CloseRecord, running or done.
    close_progress = Signal(object)
    #: A batch of closes ended: list[CloseRecord].
    closes_finished = Signal(object)
    #: Closes interrupted or unconfirmed in an earlier run, read back now: list[CloseRecord].
    earlier_closes_settled = Signal(object)

    def __init__(self, runner: JobRunner, vault: KeyVault, factory: ClientFactory) -> None:
        super().__init__()
        self._runner = runner
        self._vault = vault
        self.factory = factory
        self.key_lookup = KeyLookup(KeyState.NOT_STORED)
        self.rights = KeyRights.UNKNOWN
        self._client: RufusClient | None = None
        #: Every client made, with how many close batches still run on it.
        self._clients: dict[RufusClient, int] = {}
        self._service: CloseService | None = None
        self._listing = 0  # the current listing's number; older ones are ignored
        self._refreshing = False
        self._answered = 0
        self._probed = False
        self._settled = False
        self._stop_closing = threading.Event()
        runner.on_shutdown(self._abandon)

    # -- the key ------------------------------------------------------------------------------

    def start(self) -> None:
        """Looks the key up (the keyring may block) and lists the sessions if there is one."""
        self._runner.read("load key", lambda report: self._load_key(), succeeded=self._key_loaded)

    def _load_key(self) -> KeyLookup:
        self.factory.prepare()
        return self._vault.load()

    def check_key(self, key: str) -> KeyCheck:
        """Runs in a worker: a real listing call with the key, then the probe of its rights.
        Nothing is stored: see `store_key`."""
        key = checked_api_key(key)
        redactor.add(key)  # before the first request that could log anything
        with self.factory.client(key) as client:
            client.devices()
            return KeyCheck(key, client.key_rights())

    def store_key(self, check: KeyCheck) -> KeyLookup:
        """Runs in a worker: the vault keeps the key (or says why it cannot)."""
        return self._vault.store(check.key)

    def use_key(self, lookup: KeyLookup, rights: KeyRights = KeyRights.UNKNOWN) -> None:
        self.key_lookup = lookup
        # A listing still running with the old key reports nothing more.
        self._listing += 1
        self._refreshing = False
        self._probed = rights is not KeyRights.UNKNOWN
        self._set_rights(rights)
        self.key_changed.emit(lookup)
        old = self._client
        if lookup.key:
            redactor.add(lookup.key)
            self._client = self.factory.client(lookup.key)
            self._clients[self._client] = 0
        else:
            self._client = None
        if old is not None:
            self._release_if_idle(old)
        if self._client is not None:
            self.refresh()

    def forget_key(self) -> None:
        self._runner.read("forget key", lambda report: self._vault.forget(), succeeded=self.use_key)

    def _key_loaded(self, lookup: KeyLookup) -> None:
        if lookup.usable:
            self.use_key(lookup)
        else:
            self.key_lookup = lookup
            self.key_changed.emit(lookup)
            self.key_needed.emit(lookup)

    def _set_rights(self, rights: KeyRights) -> None:
        if rights is not self.rights:
            self.rights = rights
            self.rights_changed.emit(rights)

    def _probe_rights(self) -> None:
        client = self._client
        if client is None or self._probed:
            return
        self._probed = True
        listing = self._listing
        self._runner.read(
            "probe key rights",
            lambda report: client.key_rights(),
            succeeded=lambda rights: self._probed_rights(listing, rights),
        )

    def _probed_rights(self, listing: int, rights: KeyRights) -> None:
        # A close refused with 403 since then has the last word.
        if self._current(listing) and self.rights is not KeyRights.READ_ONLY:
            self._set_rights(rights)

    # -- listing ------------------------------------------------------------------------------

    @property
    def refreshing(self) -> bool:
        return self._refreshing

    def refresh(self) -> bool:
        """Starts a listing unless one is running; asks for a key when there is none.
        Returns whether a listing is running now."""
        client = self._client
        if client is None:
            self.key_needed.emit(self.key_lookup)
            return False
        if self._refreshing:
            return True
        self._listing += 1
        listing = self._listing
        job = self._runner.read(
            "list sessions",
            lambda report: _list_sessions(client, report),
            progress=lambda value: self._listing_progress(listing, value),
            succeeded=lambda done: self._listing_done(listing, done),
            failed=lambda error: self._listing_error(listing, error),
        )
        if job is not None:
            self._refreshing = True
            self._answered = 0
            self.listing_started.emit()
        return job is not None

    def _current(self, listing: int) -> bool:
        return listing == self._listing

    def _listing_progress(self, listing: int, value: object) -> None:
        if not self._current(listing):
            return
        if isinstance(value, DevicesFound):
            self.devices_found.emit(len(value.devices))
        elif isinstance(value, list):
            self._answered += len(value)
            self.devices_answered.emit(value, self._answered)

    def _listing_done(self, listing: int, done: ListingDone) -> None:
        if not self._current(listing):
            return
        self._refreshing = False
        self.listing_finished.emit(done)
        self._probe_rights()
        self._settle_earlier_closes()

    def _listing_error(self, listing: int, error: object) -> None:
        if self._current(listing):
            self._refreshing = False
            self.listing_failed.emit(error)

    # -- closing ------------------------------------------------------------------------------

    def closing(self) -> frozenset[str]:
        """The tokens queued or being closed, as the close pipeline knows them."""
        return self._service.in_flight() if self._service is not None else frozenset()

    def close_sessions(
        self, entries: Sequence[OpenSession], save_passings_to: Path | None = None
    ) -> list[OpenSession]:
        """Queues closes, one at a time after any already queued; a session already queued or
        being closed is never queued twice. With `save_passings_to`, each session's passings
        are saved there first. Returns what was queued."""
        client = self._client
        if client is None or self.rights is KeyRights.READ_ONLY:
            return []
        service = self._close_service()
        accepted = service.accept(entries)
        if not accepted:
            return []
        from app.sessions.closing import close_context  # noqa: PLC0415  (loaded by prepare)

        context = close_context(client.base_url, _key_source(self.key_lookup))
        self._clients[client] = self._clients.get(client, 0) + 1
        stop = self._stop_closing
        # The latest word on each session of this batch: queued until its turn comes.
        latest = {e.token: CloseRecord(e, context, datetime.now(UTC)) for e in accepted}

        def step(record: object) -> None:
            if isinstance(record, CloseRecord):
                latest[record.token] = record
            self._close_step(record)

        job = self._runner.write(
            "close sessions",
            lambda report: service.close_all(
                client, context, accepted, report, stop, save_passings_to=save_passings_to
            ),
            progress=step,
            succeeded=lambda records: self._closes_done(client, records),
            failed=lambda error: self._closes_done(client, _unfinished(latest, error)),
        )
        if job is None:
            return []
        for record in list(latest.values()):
            self.close_progress.emit(record)  # their rows say they wait, and cannot be closed
        return accepted

    def stop_after_current(self) -> None:
        """Bulk close: the session being closed finishes; those queued after it are not sent.
        Closes queued from now on get their own, unset event."""
        self._stop_closing.set()
        self._stop_closing = threading.Event()

    def export_passings(
        self,
        entry: OpenSession,
        path: Path,
        *,
        progress: Callable[[int], None],
        succeeded: Callable[[SavedPassings], None],
        failed: Callable[[object], None],
    ) -> bool:
        """Saves one session's passings to `path` in a worker, closing nothing. False when
        there is no key to read them with."""
        client = self._client
        if client is None:
            return False
        from app.records.passings_export import save_passings  # noqa: PLC0415

        job = self._runner.read(
            "export passings",
            lambda report: save_passings(
                client.passing_pages(entry.token), entry, path=path, progress=report
            ),
            progress=lambda count: progress(count) if isinstance(count, int) else None,
            succeeded=succeeded,
            failed=failed,
        )
        return job is not None

    def _close_step(self, record: object) -> None:
        if not isinstance(record, CloseRecord):
            return
        if isinstance(record.error, ReadOnlyKey):  # a real 403 outranks the probe
            self._set_rights(KeyRights.READ_ONLY)
        self.close_progress.emit(record)

    def _closes_done(self, client: RufusClient, records: list[CloseRecord]) -> None:
        self._clients[client] = max(0, self._clients.get(client, 1) - 1)
        if client is not self._client:
            self._release_if_idle(client)
        self.closes_finished.emit(records)

    def _close_service(self) -> CloseService:
        if self._service is None:
            from app.records.history import CloseHistory  # noqa: PLC0415  (loaded by prepare)
            from app.sessions.closing import CloseService  # noqa: PLC0415

            history: CloseHistory = CloseHistory(self.factory.history_path)
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

        def settle(report: Report) -> list[CloseRecord]:
            return service.settle(client, service.history.unfinished(client.base_url))

        self._runner.read(
            "settle earlier closes",
            settle,
            succeeded=self._earlier_settled,
            failed=lambda error: None,  # the records stay; the next start tries again
        )

    def _earlier_settled(self, records: list[CloseRecord]) -> None:
        if records:
            self.earlier_closes_settled.emit(records)

    # -- the end ------------------------------------------------------------------------------

    def _release_if_idle(self, client: RufusClient) -> None:
        """A client no longer in use lets its thread pool and connections go at once."""
        if self._clients.get(client, 0) == 0:
            self._clients.pop(client, None)
            client.close()

    def _abandon(self) -> None:
        """Quitting: unknown outcomes stay in the history for the next start."""
        if self._service is not None:
            self._service.quit()
        for client in list(self._clients):
            client.close()


def _key_source(lookup: KeyLookup) -> str:
    match lookup.state:
        case KeyState.FROM_ENVIRONMENT:
            return "environment"
        case KeyState.DEMO:
            return "demo"
        case KeyState.STORED:
            return "keyring"
        case _:
            return "this run only"


def _list_sessions(client: RufusClient, report: Report) -> ListingDone:
    devices = tuple(client.devices())
    report(DevicesFound(devices))
    failures = []
    for batch in client.iter_open_session_batches(devices, BATCH_INTERVAL_S):
        report(batch)
        failures += [answer for answer in batch if answer.error is not None]
    return ListingDone(devices, tuple(failures))


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
