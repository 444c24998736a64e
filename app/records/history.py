"""The close history: every close attempt, written durably before its request is sent and
again when its outcome is known, in a local SQLite database only its owner can read.

A record whose outcome is missing was interrupted (a crash, a quit, a cut connection) after
its request may have gone out: the next start reads those sessions back and completes them.
Each call opens its own connection, so any thread may use one `CloseHistory`; nothing here
may run on the GUI thread (it waits for the disk).
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from app.display import iso_utc, storable
from app.places import data_folder
from app.records.close_record import CloseContext, CloseRecord, Outcome
from app.rufus.models import Device, OpenSession, Session

FILE_NAME = "close-history.sqlite3"
#: 2 added who holds a close in flight (pid, heartbeat_at).
_SCHEMA_VERSION = 2

#: A close in flight writes its record at least this often (its intent, each read-back,
#: its outcome; a request lasts 30 s at most): a record whose heartbeat is older was left
#: by a process that is gone or stuck, and may be settled by another.
HEARTBEAT_FRESH = timedelta(seconds=90)

#: The table's columns and their SQLite types, in order; times are ISO 8601 UTC text.
_TYPED_COLUMNS = (
    ("requested_at", "TEXT NOT NULL"),
    ("finished_at", "TEXT"),
    ("server", "TEXT"),
    ("key_source", "TEXT"),
    ("os_user", "TEXT"),
    ("host", "TEXT"),
    ("app_version", "TEXT"),
    ("deviceid", "TEXT"),
    ("device_alias", "TEXT"),
    ("device_model", "TEXT"),
    ("device_serial", "TEXT"),
    ("session_alias", "TEXT"),
    ("token", "TEXT NOT NULL"),
    ("opened_at", "TEXT"),
    ("passings_seen", "INTEGER"),
    ("last_passing_seen", "TEXT"),
    ("passings_confirmed", "INTEGER"),
    ("last_passing_confirmed", "TEXT"),
    #: NULL until the outcome is known.
    ("outcome", "TEXT"),
    ("statuses", "TEXT"),
    ("reason", "TEXT"),
    ("passings_file", "TEXT"),
)
_COLUMNS = tuple(name for name, _ in _TYPED_COLUMNS)
#: Who holds a close in flight: written with the intent and by each of its writes, never by
#: another run that settles the record.
_HOLDER_COLUMNS = (("pid", "INTEGER"), ("heartbeat_at", "TEXT"))

# Built once from the constants above: no value ever becomes part of a statement.
_INSERT = (
    f"INSERT INTO closes ({', '.join(_COLUMNS)}, pid, heartbeat_at) "  # noqa: S608
    f"VALUES ({', '.join('?' for _ in _COLUMNS)}, ?, ?)"
)
_SET = ", ".join(f"{c} = ?" for c in _COLUMNS)
_UPDATE = f"UPDATE closes SET {_SET} WHERE id = ?"  # noqa: S608
_UPDATE_HELD = f"UPDATE closes SET {_SET}, pid = ?, heartbeat_at = ? WHERE id = ?"  # noqa: S608
_SELECT = f"SELECT id, {', '.join(_COLUMNS)} FROM closes"  # noqa: S608
_HELD = (
    "SELECT id, host, pid, heartbeat_at FROM closes WHERE token = ? AND outcome IS NULL "
    "AND heartbeat_at >= ?"
)

_CREATE = (
    "CREATE TABLE IF NOT EXISTS closes (id INTEGER PRIMARY KEY, "
    + ", ".join(f"{name} {kind}" for name, kind in _TYPED_COLUMNS)
    + ");\n"
    "CREATE INDEX IF NOT EXISTS closes_by_time ON closes (requested_at);\n"
    "CREATE INDEX IF NOT EXISTS closes_by_outcome ON closes (server, outcome);\n"
)


class HistoryError(OSError):
    """The history file could not be read or written (a full disk, a read-only folder, a
    broken file). `reason` says why in the system's words ("Read-only file system")."""

    #: Part of keeping records on a real disk, not a fault in the console: the worker layer
    #: passes it on without a traceback (app.jobs).
    expected = True

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class HeldElsewhere(Exception):
    """Another console (a window or the command line) on this computer is closing the
    session right now: its intent is fresh and its process alive."""

    def __init__(self, holder: Holder) -> None:
        super().__init__(f"being closed by process {holder.pid} on {holder.host}")
        self.holder = holder


@dataclass(frozen=True)
class Holder:
    """The process that holds a close in flight, as its record says."""

    record_id: int
    host: str
    pid: int | None
    heartbeat_at: datetime | None


@dataclass(frozen=True)
class HistoryRow:
    """One attempt as the history holds it: flat, the way the window and CSV show it."""

    id: int
    requested_at: datetime
    finished_at: datetime | None
    server: str
    key_source: str
    os_user: str
    host: str
    app_version: str
    deviceid: str
    device_alias: str
    device_model: str
    device_serial: str
    session_alias: str
    token: str
    opened_at: datetime | None
    passings_seen: int | None
    last_passing_seen: datetime | None
    passings_confirmed: int | None
    last_passing_confirmed: datetime | None
    #: None: interrupted before its outcome was known.
    outcome: Outcome | None
    statuses: str
    reason: str
    passings_file: str

    def entry(self) -> OpenSession:
        """The session as it was confirmed, rebuilt to read it back again."""
        device = Device(
            self.deviceid,
            alias=self.device_alias,
            model=self.device_model,
            serial_number=self.device_serial,
        )
        session = Session(
            self.token,
            alias=self.session_alias,
            creation_date=self.opened_at,
            passings=self.passings_seen,
            last=self.last_passing_seen,
        )
        return OpenSession(session, device)

    def context(self) -> CloseContext:
        return CloseContext(self.server, self.key_source, self.os_user, self.host, self.app_version)

    def record(self) -> CloseRecord:
        """The attempt as a record again, to complete it."""
        return CloseRecord(
            entry=self.entry(),
            context=self.context(),
            requested_at=self.requested_at,
            outcome=self.outcome,
            finished_at=self.finished_at,
            statuses=tuple(s for s in self.statuses.split(", ") if s),
            reason=self.reason,
            passings_file=self.passings_file or None,
            record_id=self.id,
        )


class CloseHistory:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_folder() / FILE_NAME
        self._ready = False

    # -- writing ------------------------------------------------------------------------------

    def write(self, record: CloseRecord) -> CloseRecord:
        """Inserts the record, or updates the row it was written to before; returns it with
        its row id. Committed with a full sync before returning: an intent written here
        survives a crash or a power cut that follows. Each write is also this process's
        heartbeat for the close (see `held_elsewhere`)."""
        values = _values(record)
        holder = (os.getpid(), _text(datetime.now(UTC)))
        with self._writing() as db:
            if record.record_id is None:
                cursor = db.execute(_INSERT, (*values, *holder))
                record_id = cursor.lastrowid
            else:
                db.execute(_UPDATE_HELD, (*values, *holder, record.record_id))
                record_id = record.record_id
        if record_id is None:  # pragma: no cover - sqlite3 always sets it after an INSERT
            raise sqlite3.DatabaseError("the close history did not number the record")
        return replace(record, record_id=record_id)

    def write_intent(self, record: CloseRecord) -> CloseRecord:
        """Writes a close's intent, unless another live process holds a close of the same
        session in flight (HeldElsewhere): the check and the write are one transaction,
        so two consoles can never both send it."""
        values = _values(record)
        now = datetime.now(UTC)
        with self._writing(immediate=True) as db:
            holders = db.execute(_HELD, (record.token, _text(now - HEARTBEAT_FRESH))).fetchall()
            for holder in map(_holder, holders):
                if _alive_elsewhere(holder):
                    raise HeldElsewhere(holder)
            cursor = db.execute(_INSERT, (*values, os.getpid(), _text(now)))
            record_id = cursor.lastrowid
        if record_id is None:  # pragma: no cover - sqlite3 always sets it after an INSERT
            raise sqlite3.DatabaseError("the close history did not number the record")
        return replace(record, record_id=record_id)

    def write_if_unsettled(self, record: CloseRecord) -> CloseRecord | None:
        """Updates the record's row only while it has no outcome (or "outcome unknown"):
        an outcome its own close wrote meanwhile is never overwritten. None if not written."""
        if record.record_id is None:
            raise ValueError("only a record already in the history can be settled")
        with self._writing() as db:
            cursor = db.execute(
                _UPDATE + " AND (outcome IS NULL OR outcome = ?)",
                (*_values(record), record.record_id, Outcome.UNKNOWN.value),
            )
        return record if cursor.rowcount == 1 else None

    def check_writable(self) -> None:
        """Raises HistoryError when the history cannot be written (a read-only folder, a
        full disk): a close that cannot record its intent is never sent."""
        with self._writing():
            pass

    # -- reading ------------------------------------------------------------------------------

    def rows(self, *, since: datetime | None = None, limit: int | None = None) -> list[HistoryRow]:
        """Newest first. Works on a read-only folder or disk too."""
        query = _SELECT
        arguments: list[object] = []
        if since is not None:
            query += " WHERE requested_at >= ?"
            arguments.append(_text(since))
        query += " ORDER BY requested_at DESC, id DESC"
        if limit is not None:
            query += " LIMIT ?"
            arguments.append(limit)
        if not self.path.exists():
            return []
        with self._reading() as db:
            return [_row(values) for values in db.execute(query, arguments)]

    def unfinished(self, server: str) -> list[HistoryRow]:
        """Attempts on this server whose outcome nobody saw: interrupted, or unconfirmed."""
        if not self.path.exists():
            return []
        with self._reading() as db:
            found = db.execute(
                _SELECT + " WHERE server = ? AND (outcome IS NULL OR outcome = ?) ORDER BY id",
                (server, Outcome.UNKNOWN.value),
            )
            return [_row(values) for values in found]

    def held_elsewhere(self, row: HistoryRow) -> Holder | None:
        """The live process (another window, another command) that still runs this close,
        if one does: its record has no outcome, a fresh heartbeat, and its process is not
        this one and still runs (on another computer sharing the folder: a fresh heartbeat
        is all there is to go by)."""
        if row.outcome is not None or not self.path.exists():
            return None
        with self._reading() as db:
            found = db.execute(
                "SELECT id, host, pid, heartbeat_at FROM closes WHERE id = ?", (row.id,)
            ).fetchone()
        if found is None:
            return None
        holder = _holder(found)
        fresh = (
            holder.heartbeat_at is not None
            and datetime.now(UTC) - holder.heartbeat_at < HEARTBEAT_FRESH
        )
        return holder if fresh and _alive_elsewhere(holder) else None

    # -- the file -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self, *, immediate: bool = False) -> Iterator[sqlite3.Connection]:
        try:
            if not self._ready:
                self._create()
            db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            try:
                # WAL lets the history window read while a close writes; FULL syncs every
                # commit to the disk before it returns.
                db.execute("PRAGMA synchronous = FULL")
                db.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
                try:
                    yield db
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
            finally:
                db.close()
        except sqlite3.Error as error:
            raise _failed(self.path, error) from error
        except HistoryError:
            raise
        except OSError as error:  # the folder or file could not be made: read-only, full
            raise _failed(self.path, error) from error

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """Read-only: a history on a read-only folder or disk is still read (without WAL
        files, the database is opened as immutable)."""
        try:
            db = _open_read_only(self.path, immutable=False)
            try:
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:  # no WAL index, and no way to make one
                db.close()
                db = _open_read_only(self.path, immutable=True)
            try:
                yield db
            finally:
                db.close()
        except sqlite3.Error as error:
            raise _failed(self.path, error) from error

    def _create(self) -> None:
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        # The file exists, owner-only, before SQLite opens it; SQLite gives its WAL and
        # shared-memory files the same permissions as the database file.
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(descriptor)
        os.chmod(self.path, 0o600)
        db = sqlite3.connect(self.path, timeout=10)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > _SCHEMA_VERSION:
                raise sqlite3.DatabaseError(
                    f"{self.path} was written by a newer Rufus Console (schema {version})"
                )
            db.executescript(_CREATE)
            present = {row[1] for row in db.execute("PRAGMA table_info(closes)")}
            for name, kind in _HOLDER_COLUMNS:
                if name not in present:  # a history from before schema 2
                    db.execute(f"ALTER TABLE closes ADD COLUMN {name} {kind}")
            db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
            db.commit()
        finally:
            db.close()
        self._ready = True


def _open_read_only(path: Path, *, immutable: bool) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, timeout=10)


def _failed(path: Path, error: BaseException) -> HistoryError:
    reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
    return HistoryError(f"the close history at {path} failed: {reason}", reason)


def _holder(values: tuple[object, ...]) -> Holder:
    record_id, host, pid, heartbeat = values
    return Holder(
        record_id=int(str(record_id)),
        host=_str(host),
        pid=_int(pid),
        heartbeat_at=_time(heartbeat),
    )


def _alive_elsewhere(holder: Holder) -> bool:
    """Whether the holder is another process that still runs. This process is not
    "elsewhere" (its own closes are known to its close service); another computer's
    processes cannot be checked, so they count as alive."""
    if holder.host != socket.gethostname():
        return True
    if holder.pid is None or holder.pid == os.getpid():
        return False
    return _process_alive(holder.pid)


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        # os.kill would end the process there; its fresh heartbeat has to do.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it runs
        return True
    except OSError:
        return False
    return True


def _values(record: CloseRecord) -> tuple[object, ...]:
    session, device = record.entry.session, record.entry.device
    confirmed = record.confirmed
    values = (
        _text(record.requested_at),
        _text(record.finished_at),
        record.context.server,
        record.context.key_source,
        record.context.user,
        record.context.host,
        record.context.app_version,
        device.deviceid,
        device.alias,
        device.model,
        device.serial_number,
        session.alias,
        session.token_session,
        _text(session.creation_date),
        session.passings,
        _text(session.last),
        confirmed.passings if confirmed else None,
        _text(confirmed.last) if confirmed else None,
        record.outcome.value if record.outcome else None,
        ", ".join(record.statuses),
        record.reason,
        record.passings_file,
    )
    # Half an emoji from a device cannot be encoded: it is kept as its escape.
    return tuple(storable(value) if isinstance(value, str) else value for value in values)


def _row(values: tuple[object, ...]) -> HistoryRow:
    raw = dict(zip(("id", *_COLUMNS), values, strict=True))
    outcome = raw["outcome"]
    return HistoryRow(
        id=int(str(raw["id"])),
        requested_at=_time(raw["requested_at"]) or datetime.fromtimestamp(0, UTC),
        finished_at=_time(raw["finished_at"]),
        server=_str(raw["server"]),
        key_source=_str(raw["key_source"]),
        os_user=_str(raw["os_user"]),
        host=_str(raw["host"]),
        app_version=_str(raw["app_version"]),
        deviceid=_str(raw["deviceid"]),
        device_alias=_str(raw["device_alias"]),
        device_model=_str(raw["device_model"]),
        device_serial=_str(raw["device_serial"]),
        session_alias=_str(raw["session_alias"]),
        token=_str(raw["token"]),
        opened_at=_time(raw["opened_at"]),
        passings_seen=_int(raw["passings_seen"]),
        last_passing_seen=_time(raw["last_passing_seen"]),
        passings_confirmed=_int(raw["passings_confirmed"]),
        last_passing_confirmed=_time(raw["last_passing_confirmed"]),
        outcome=Outcome(outcome) if isinstance(outcome, str) else None,
        statuses=_str(raw["statuses"]),
        reason=_str(raw["reason"]),
        passings_file=_str(raw["passings_file"]),
    )


def _text(moment: datetime | None) -> str | None:
    return None if moment is None else iso_utc(moment)


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None
