"""What the window does, without the widgets: the key, listing and closing, all in workers.

Every call that can block (keyring, network) goes through the JobRunner; results come back
as signals on the GUI thread. A listing that a newer one (or a key change) has replaced
reports nothing more.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.jobs import JobRunner, Report
from app.keystore import KeyLookup, KeyState, KeyVault
from app.logsetup import redactor
from app.rufus.endpoint import DEFAULT_TIMEOUTS, Timeouts, checked_api_key
from app.rufus.models import CloseResult, Device, DeviceSessions

if TYPE_CHECKING:
    from app.rufus.client import RufusClient


@dataclass(frozen=True)
class Connection:
    """Where RUFUS is and how patient to be with it."""

    base_url: str
    timeouts: Timeouts = DEFAULT_TIMEOUTS
    backoff: float = 0.5

    def client(self, key: str) -> RufusClient:
        from app.rufus.client import RufusClient  # noqa: PLC0415  (see `prepare`)

        return RufusClient(key, self.base_url, timeouts=self.timeouts, backoff=self.backoff)

    @staticmethod
    def prepare() -> None:
        """Loads the HTTP stack (`requests` takes ~150 ms to import). The console does it on a
        worker, after the window is on screen, instead of before showing it."""
        importlib.import_module("app.rufus.client")


@dataclass(frozen=True)
class DevicesFound:
    """First progress report of a listing: how many devices will answer."""

    devices: tuple[Device, ...]


@dataclass(frozen=True)
class ListingDone:
    devices: tuple[Device, ...]
    failures: tuple[DeviceSessions, ...] = field(default=())


class Console(QObject):
    key_changed = Signal(object)  # KeyLookup
    #: No usable key: the window asks for one. Carries the KeyLookup that says why.
    key_needed = Signal(object)
    listing_started = Signal()
    devices_found = Signal(int)
    device_answered = Signal(object, int)  # DeviceSessions, devices answered so far
    listing_finished = Signal(object)  # ListingDone
    listing_failed = Signal(object)  # error
    close_started = Signal(str)
    close_finished = Signal(str, object)  # token, CloseResult
    close_failed = Signal(str, object)  # token, error

    def __init__(self, runner: JobRunner, vault: KeyVault, connection: Connection) -> None:
        super().__init__()
        self._runner = runner
        self._vault = vault
        self.connection = connection
        self.key = KeyLookup(KeyState.NOT_STORED)
        self._client: RufusClient | None = None
        self._clients: list[RufusClient] = []
        self._listing = 0  # the current listing's number; older ones are ignored
        self._refreshing = False
        self._answered = 0
        self._closing: set[str] = set()
        runner.on_shutdown(self._close_clients)

    # -- the key ------------------------------------------------------------------------------

    def start(self) -> None:
        """Looks the key up (the keyring may block) and lists the sessions if there is one."""
        self._runner.read("load key", lambda report: self._load_key(), succeeded=self._key_loaded)

    def _load_key(self) -> KeyLookup:
        self.connection.prepare()
        return self._vault.load()

    def verify_and_store(self, key: str) -> KeyLookup:
        """Runs in a worker: a real listing call with the key, then the vault keeps it."""
        key = checked_api_key(key)
        redactor.add(key)  # before the first request that could log anything
        with self.connection.client(key) as client:
            client.devices()
        return self._vault.store(key)

    def use_key(self, lookup: KeyLookup) -> None:
        self.key = lookup
        # A listing still running with the old key reports nothing more.
        self._listing += 1
        self._refreshing = False
        self.key_changed.emit(lookup)
        if lookup.key:
            redactor.add(lookup.key)
            self._client = self.connection.client(lookup.key)
            self._clients.append(self._client)
            self.refresh()
        else:
            self._client = None

    def forget_key(self) -> None:
        self._runner.read("forget key", lambda report: self._vault.forget(), succeeded=self.use_key)

    def _key_loaded(self, lookup: KeyLookup) -> None:
        if lookup.usable:
            self.use_key(lookup)
        else:
            self.key = lookup
            self.key_changed.emit(lookup)
            self.key_needed.emit(lookup)

    # -- listing ------------------------------------------------------------------------------

    @property
    def refreshing(self) -> bool:
        return self._refreshing

    def refresh(self) -> None:
        """Starts a listing unless one is running; asks for a key when there is none."""
        client = self._client
        if client is None:
            self.key_needed.emit(self.key)
            return
        if self._refreshing:
            return
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

    def _current(self, listing: int) -> bool:
        return listing == self._listing

    def _listing_progress(self, listing: int, value: object) -> None:
        if not self._current(listing):
            return
        if isinstance(value, DevicesFound):
            self.devices_found.emit(len(value.devices))
        elif isinstance(value, DeviceSessions):
            self._answered += 1
            self.device_answered.emit(value, self._answered)

    def _listing_done(self, listing: int, done: ListingDone) -> None:
        if self._current(listing):
            self._refreshing = False
            self.listing_finished.emit(done)

    def _listing_error(self, listing: int, error: object) -> None:
        if self._current(listing):
            self._refreshing = False
            self.listing_failed.emit(error)

    # -- closing ------------------------------------------------------------------------------

    def close_session(self, token: str) -> None:
        """Queues one close; a token already being closed is never sent twice."""
        client = self._client
        if client is None or token in self._closing:
            return
        job = self._runner.write(
            "close session",
            lambda report: client.close_session(token),
            succeeded=lambda result: self._closed(token, result),
            failed=lambda error: self._not_closed(token, error),
        )
        if job is not None:
            self._closing.add(token)
            self.close_started.emit(token)

    def _closed(self, token: str, result: CloseResult) -> None:
        self._closing.discard(token)
        self.close_finished.emit(token, result)

    def _not_closed(self, token: str, error: object) -> None:
        self._closing.discard(token)
        self.close_failed.emit(token, error)

    # -- the end ------------------------------------------------------------------------------

    def _close_clients(self) -> None:
        for client in self._clients:
            client.close()


def _list_sessions(client: RufusClient, report: Report) -> ListingDone:
    devices = tuple(client.devices())
    report(DevicesFound(devices))
    failures = []
    for answer in client.iter_open_sessions(devices):
        report(answer)
        if answer.error is not None:
            failures.append(answer)
    return ListingDone(devices, tuple(failures))
