"""The row book: every open session the console shows, with what it knows about each. Qt-free.

It holds the rules the window renders and must never re-decide: how a refresh merges into
what is shown, what state a row is in after a close record, and whether a row may be closed.
Each change returns what changed, so that a table model can tell its view in a few signals.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from app.records.close_record import CloseRecord, Outcome, Step
from app.rufus.models import Device, DeviceSessions, KeyRights, OpenSession
from app.sessions.search import search_text


class RowState(enum.Enum):
    OPEN = "open"
    #: A close is queued or running for it.
    CLOSING = "closing"
    #: Its close request went unanswered: the session is being read back.
    CHECKING = "checking"
    CLOSED = "closed"
    #: The close was refused, not sent, or stopped: it may be tried again.
    NOT_CLOSED = "not closed"
    #: RUFUS never confirmed its close: only a refresh may make it closable again.
    UNCONFIRMED = "unconfirmed"
    #: Its device could not be read at the last refresh: the row may be out of date.
    NOT_RE_READ = "not re-read"


#: States in which a close of the row is running, whatever a refresh says.
BUSY = frozenset({RowState.CLOSING, RowState.CHECKING})
_CLOSABLE = frozenset({RowState.OPEN, RowState.NOT_CLOSED, RowState.NOT_RE_READ})


@dataclass(frozen=True)
class Row:
    entry: OpenSession
    state: RowState = RowState.OPEN
    #: The latest close attempt's record (kept after a refresh, for the row's tooltip).
    record: CloseRecord | None = None
    #: Why the row is NOT_RE_READ.
    problem: Exception | None = None
    #: Everything the filter looks through (app.sessions.search), made once.
    search_text: str = field(default="", compare=False)
    #: The refresh that first listed it (see RowBook.generation).
    listed_in: int = 0

    @property
    def token(self) -> str:
        return self.entry.token

    @property
    def device(self) -> Device:
        return self.entry.device

    @property
    def also_on(self) -> tuple[Device, ...]:
        """Other devices that list this session's token as their open session too: the
        official must be told, and every question about closing it must name them all."""
        return self.entry.also_on


@dataclass
class Changes:
    """What one operation did to the book, by token."""

    inserted: list[str] = field(default_factory=list)
    updated: set[str] = field(default_factory=set)
    removed: list[str] = field(default_factory=list)
    #: Rows that left because their device no longer lists them, though this console did
    #: not close them: closed elsewhere (another official, the device itself).
    closed_elsewhere: list[Row] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.inserted or self.updated or self.removed)

    def merge(self, other: Changes) -> None:
        self.inserted += other.inserted
        self.updated |= other.updated
        self.removed += other.removed
        self.closed_elsewhere += other.closed_elsewhere


#: What an answer that changes nothing changes: shared, so never added to.
_NOTHING = Changes()


class RowBook:
    def __init__(self) -> None:
        self._rows: dict[str, Row] = {}
        #: The tokens each device lists (a token two devices list is under both).
        self._by_device: dict[str, set[str]] = {}
        #: For each token, the devices that list it, by id, in the order they first did.
        self._listed_by: dict[str, dict[str, Device]] = {}
        #: For each device name, the devices listed under it and how many rows each has.
        self._devices_by_name: dict[str, dict[str, int]] = {}
        #: The names more than one device has, kept up to date row by row.
        self._shared: set[str] = set()
        #: Changes whenever a name becomes shared or stops being: what shows names looks
        #: again only then.
        self.shared_version = 0
        self.rights = KeyRights.UNKNOWN
        #: Counts refreshes, so that a row can say which one first listed it.
        self.generation = 0
        #: See begin_refresh.
        self._keep_closed_since: datetime | None = None

    # -- reading ------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, token: object) -> bool:
        return token in self._rows

    def get(self, token: str) -> Row | None:
        return self._rows.get(token)

    def rows(self) -> Iterable[Row]:
        return self._rows.values()

    def closable(self, row: Row) -> bool:
        return row.state in _CLOSABLE and self.rights is not KeyRights.READ_ONLY

    def devices_of(self, token: str) -> tuple[Device, ...]:
        """Every device that lists the session (its row's own device first); more than one
        means RUFUS lists the same session under several devices (Row.also_on)."""
        row = self._rows.get(token)
        return row.entry.devices if row is not None else ()

    def listed_twice(self) -> list[Row]:
        """Rows whose token more than one device lists."""
        return [row for row in self._rows.values() if row.also_on]

    def shared_names(self) -> frozenset[str]:
        """Device names that more than one listed device has: wherever such a name is shown,
        what tells the devices apart (the serial) must be shown too (race-day rule 10)."""
        return frozenset(self._shared)

    def tokens_named(self, names: Iterable[str]) -> set[str]:
        """The rows listed on a device with one of these names."""
        return {
            token
            for name in names
            for deviceid in self._devices_by_name.get(name, ())
            for token in self._by_device.get(deviceid, ())
        }

    def names_shared_with(self, devices: Iterable[Device]) -> frozenset[str]:
        """`shared_names`, and the names of `devices` (which may not be listed: a session
        closed since) that a listed device of another id has too."""
        extra = {
            device.alias
            for device in devices
            if any(
                other != device.deviceid for other in self._devices_by_name.get(device.alias, ())
            )
        }
        return frozenset(self._shared | extra)

    def open_count(self) -> int:
        return sum(1 for row in self._rows.values() if row.state is not RowState.CLOSED)

    # -- refreshes ----------------------------------------------------------------------------

    def begin_refresh(self, *, keep_closed_since: datetime | None = None) -> None:
        """A listing begins. With `keep_closed_since`, a row this console closed since then
        stays (greyed, "Closed ✓ 07:42") though its device no longer lists it: the rows
        below do not move up under the official's pointer right after a close. Without it
        (a refresh the official asked for), closed rows leave."""
        self.generation += 1
        self._keep_closed_since = keep_closed_since

    def _stays(self, row: Row) -> bool:
        """Whether a row stays though its device no longer lists it."""
        if row.state in BUSY:
            return True  # its close is running, whatever a listing says
        since = self._keep_closed_since
        finished = row.record.finished_at if row.record is not None else None
        return (
            row.state is RowState.CLOSED
            and since is not None
            and finished is not None
            and finished >= since
        )

    def apply(self, answers: Iterable[DeviceSessions]) -> Changes:
        """Puts fresh device answers in place of what the book held for those devices.

        A row being closed keeps its state; a closed row leaves when no device lists it any
        more. A device that could not be read keeps its rows, marked out of date; one that
        a light listing skipped keeps them as they are. A row re-read shows its current
        state; its last close record stays for its tooltip. A token that several devices
        list is one row, under the device that listed it first, naming the others in
        `Row.also_on`.
        """
        changes = Changes()
        for answer in answers:
            if answer.skipped:
                continue
            if answer.error is not None:
                changes.merge(self._mark_not_re_read(answer.error, self._tokens_of(answer.device)))
            else:
                merged = self._merge_device(answer)
                if merged:
                    changes.merge(merged)
        return changes

    def keep_devices(self, devices: Iterable[Device]) -> Changes:
        """After a full listing: drops rows of devices the account no longer has (a row
        another device still lists stays, under that device)."""
        known = {device.deviceid for device in devices}
        changes = Changes()
        for deviceid in [d for d in self._by_device if d not in known]:
            tokens = self._by_device.get(deviceid, ())
            gone = [token for token in tokens if not self._stays(self._rows[token])]
            changes.merge(self._unlist(deviceid, gone))
        return changes

    def mark_all_not_re_read(self, problem: Exception) -> Changes:
        """The list could not be refreshed at all: every open row may be out of date."""
        return self._mark_not_re_read(problem, list(self._rows))

    def clear(self) -> Changes:
        return self._remove(list(self._rows), elsewhere=False)

    # -- closes -------------------------------------------------------------------------------

    def apply_record(self, record: CloseRecord) -> Changes:
        row = self._rows.get(record.token)
        if row is None:
            return Changes()
        updated = replace(row, state=_state_after(record), record=record)
        return self._replace(updated)

    # -- internals ----------------------------------------------------------------------------

    def _merge_device(self, answer: DeviceSessions) -> Changes:
        deviceid = answer.device.deviceid
        listed_before = self._by_device.get(deviceid)
        if not answer.sessions and not listed_before:
            return _NOTHING  # most devices of a big account, most of the time
        changes = Changes()
        fresh = {entry.token: entry for entry in answer.sessions}
        if listed_before:
            gone = [
                token
                for token in listed_before
                if token not in fresh and not self._stays(self._rows[token])
            ]
            if gone:
                changes.merge(self._unlist(deviceid, gone))
        for token, listed in fresh.items():
            listers = self._listed_by.setdefault(token, {})
            listers[deviceid] = listed.device
            entry = _under_listers(listed, listers)
            known = self._rows.get(token)
            if known is None:
                self._insert(Row(entry, search_text=_search_text(entry), listed_in=self.generation))
                changes.inserted.append(token)
            elif known.entry != entry or known.state is not RowState.OPEN:
                changes.merge(self._replace(_re_read(known, entry)))
        return changes

    def _unlist(self, deviceid: str, tokens: Iterable[str]) -> Changes:
        """`deviceid` lists `tokens` no more: a row no device lists leaves (closed
        elsewhere); one another device still lists stays, under that device."""
        changes = Changes()
        gone = []
        for token in tokens:
            listers = self._listed_by.get(token, {})
            listers.pop(deviceid, None)
            row = self._rows.get(token)
            if not listers or row is None:
                gone.append(token)
                continue
            self._discard_from_device(deviceid, token)
            changes.merge(self._replace(replace(row, entry=_under_listers(row.entry, listers))))
        changes.merge(self._remove(gone, elsewhere=True))
        return changes

    def _mark_not_re_read(self, problem: Exception, tokens: Iterable[str]) -> Changes:
        changes = Changes()
        for token in tokens:
            row = self._rows[token]
            if row.state in (RowState.OPEN, RowState.NOT_RE_READ, RowState.NOT_CLOSED):
                changes.merge(
                    self._replace(replace(row, state=RowState.NOT_RE_READ, problem=problem))
                )
        return changes

    def _tokens_of(self, device: Device) -> list[str]:
        return list(self._by_device.get(device.deviceid, ()))

    def _insert(self, row: Row) -> None:
        self._rows[row.token] = row
        listers = self._listed_by.setdefault(row.token, {})
        for device in row.entry.devices:
            listers.setdefault(device.deviceid, device)
            self._by_device.setdefault(device.deviceid, set()).add(row.token)
        self._count_names(row.entry, +1)

    def _count_names(self, entry: OpenSession, change: int) -> None:
        for device in entry.devices:
            self._count_name(device, change)

    def _count_name(self, device: Device, change: int) -> None:
        devices = self._devices_by_name.setdefault(device.alias, {})
        devices[device.deviceid] = devices.get(device.deviceid, 0) + change
        if devices[device.deviceid] <= 0:
            del devices[device.deviceid]
        was_shared = device.alias in self._shared
        if len(devices) > 1:
            self._shared.add(device.alias)
        else:
            self._shared.discard(device.alias)
            if not devices:
                del self._devices_by_name[device.alias]
        if was_shared != (device.alias in self._shared):
            self.shared_version += 1

    def _replace(self, row: Row) -> Changes:
        old = self._rows[row.token]
        if old == row:
            return Changes()
        old_devices = [(d.deviceid, d.alias) for d in old.entry.devices]
        new_devices = [(d.deviceid, d.alias) for d in row.entry.devices]
        if old_devices != new_devices:
            for device in old.entry.devices:
                if device.deviceid not in {d.deviceid for d in row.entry.devices}:
                    self._discard_from_device(device.deviceid, row.token)
            for device in row.entry.devices:
                self._by_device.setdefault(device.deviceid, set()).add(row.token)
            self._count_names(old.entry, -1)
            self._count_names(row.entry, +1)
        self._rows[row.token] = row
        return Changes(updated={row.token})

    def _discard_from_device(self, deviceid: str, token: str) -> None:
        tokens = self._by_device.get(deviceid)
        if tokens is not None:
            tokens.discard(token)
            if not tokens:
                del self._by_device[deviceid]

    def _remove(self, tokens: Iterable[str], *, elsewhere: bool) -> Changes:
        changes = Changes()
        for token in tokens:
            row = self._rows.pop(token, None)
            listers = self._listed_by.pop(token, {})
            for deviceid in listers:
                self._discard_from_device(deviceid, token)
            if row is None:
                continue
            self._count_names(row.entry, -1)
            for device in row.entry.devices:
                self._discard_from_device(device.deviceid, token)
            changes.removed.append(token)
            if elsewhere and row.state is not RowState.CLOSED:
                changes.closed_elsewhere.append(row)
        return changes


def _under_listers(entry: OpenSession, listers: dict[str, Device]) -> OpenSession:
    """The entry under the first device that listed it, the others in `also_on`."""
    devices = list(listers.values())
    if len(devices) == 1 and entry.device == devices[0] and not entry.also_on:
        return entry
    return OpenSession(entry.session, devices[0], tuple(devices[1:]))


def _re_read(known: Row, entry: OpenSession) -> Row:
    """The row as a refresh that lists it open finds it."""
    if known.state in BUSY:
        return replace(known, entry=entry)
    if known.state is RowState.CLOSED:
        # Closing is permanent and RUFUS confirmed it: a listing saying "open" was read
        # before the close took effect. The row leaves at the next refresh.
        return known
    # Open; or still open as the close that failed left it: why it failed stays in the row
    # until the official tries again, however many refreshes (read or not) come in between.
    state = RowState.NOT_CLOSED if _close_failed(known) else RowState.OPEN
    return replace(known, entry=entry, state=state, problem=None, search_text=_search_text(entry))


#: Outcomes of a close that went wrong and left the session open. A batch the official
#: stopped is not among them: nothing went wrong, and its rows are plain open again.
_FAILED = frozenset({Outcome.REFUSED, Outcome.NOT_SENT, Outcome.STILL_OPEN})


def _close_failed(row: Row) -> bool:
    return row.record is not None and row.record.outcome in _FAILED


def _state_after(record: CloseRecord) -> RowState:
    match record.outcome:
        case None:
            return RowState.CHECKING if record.step is Step.RECHECKING else RowState.CLOSING
        case Outcome.CLOSED | Outcome.ALREADY_CLOSED:
            return RowState.CLOSED
        case Outcome.UNKNOWN:
            return RowState.UNCONFIRMED
        case Outcome.REFUSED | Outcome.NOT_SENT | Outcome.STOPPED | Outcome.STILL_OPEN:
            return RowState.NOT_CLOSED


def _search_text(entry: OpenSession) -> str:
    session = entry.session
    names = [session.alias]
    for device in entry.devices:  # a session two devices list is found by either
        names += (device.alias, device.model, device.type)
    # The serial is its device's; another device's is looked for among the names.
    names += (device.serial_number for device in entry.devices[1:])
    return search_text(names, entry.device.serial_number, session.token_session)
