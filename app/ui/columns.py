"""The session table's columns, declared as data: a new column is one entry here.

Each column says how it reads (display, tooltip), how it sorts (a key on the row's real
value, so that "4 min ago" sorts as a time and "1,234" as a number), and whether it may be
hidden. The table model and the window read only this list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.display import short_token
from app.rufus.models import Session
from app.sessions.activity import LIVE_WITHIN, Activity, activity
from app.sessions.book import Row, RowBook, RowState
from app.ui.words import closes, names, rows, times

#: Qt's translation, spelled so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class CellContext:
    """What a cell may need besides its row: the time it is shown at, and the book."""

    now: datetime
    book: RowBook
    #: Device names that more than one listed device has.
    shared_names: frozenset[str]
    #: A passing within this long makes a session live (a setting).
    live_within: timedelta = LIVE_WITHIN
    #: Each session's activity at `now`, worked out once: a row's cells ask for it five
    #: times, and each asking may convert two times to the local zone.
    _activities: dict[int, tuple[Session, Activity]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def activity(self, row: Row) -> Activity:
        session = row.entry.session
        known = self._activities.get(id(session))
        if known is not None and known[0] is session:
            return known[1]
        found = activity(session, self.now, self.live_within)
        # The session is kept with its answer, so that its id is never another's.
        self._activities[id(session)] = (session, found)
        return found


Text = Callable[[Row, CellContext], str]
Tip = Callable[[Row, CellContext], str | None]
SortKey = Callable[[Row, CellContext], Any]


@dataclass(frozen=True)
class Column:
    #: Stable name, for remembered settings and tests; never shown.
    key: str
    header: Callable[[], str]
    display: Text
    #: A number or a text: Qt compares these itself, without calling back into Python. None:
    #: sorted by the text shown, as people read it (see `sort_value`).
    sort_key: SortKey | None = None
    tooltip: Tip = lambda row, context: None
    numeric: bool = False
    #: Whether the header's menu offers to hide it (which are hidden at first: the setting
    #: app.settings.HIDDEN_COLUMNS).
    hideable: bool = True
    #: When the screen is too narrow for every column, the order in which this one is hidden
    #: to keep Close in view (lowest first), and given back (highest first); None: never.
    gives_way: int | None = None

    def sort_value(self, row: Row, context: CellContext, shown: str | None = None) -> Any:
        """What the row sorts by in this column; `shown`, the text the cell shows already,
        saves working it out twice."""
        if self.sort_key is not None:
            return self.sort_key(row, context)
        return _folded(self.display(row, context) if shown is None else shown, row)


def _timestamp(moment: datetime | None) -> float:
    return moment.timestamp() if moment else float("-inf")


def _folded(shown: str, row: Row) -> str:
    """Sorted as people read: case aside, and numbers by value ("KM 5" before "KM 35"); rows
    that read the same (twins) always in the same order, by serial then token."""
    if _DIGIT.search(shown):
        shown = _DIGITS.sub(_zero_filled, shown)
    return f"{shown.casefold()}\x00{row.device.serial_number.casefold()}\x00{row.token}"


def _zero_filled(number: re.Match[str]) -> str:
    return number.group().zfill(12)


_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
#: Where each activity and each row state sorts: the order they are declared in.
_ACTIVITY_RANK = {value: place for place, value in enumerate(Activity)}
_STATE_RANK = {value: place for place, value in enumerate(RowState)}


def _session(row: Row, context: CellContext) -> str:
    return names.session_name(row.entry.session.alias)


def _device(row: Row, context: CellContext) -> str:
    """The device, with its serial when another listed device has its name (race-day rule
    10: on a narrow screen the Serial column gives way, and twins must still be told apart);
    every device, marked, when RUFUS lists the session under several."""
    if row.also_on:
        return "⚠ " + " + ".join(names.device_name(device) for device in names.in_order(row.entry))
    return names.device_told_apart(row.device, context.shared_names)


def _kind(row: Row, context: CellContext) -> str:
    return names.device_kind(row.device)


def _serial(row: Row, context: CellContext) -> str:
    return names.hostile(row.device.serial_number) or "—"


def _opened(row: Row, context: CellContext) -> str:
    session = row.entry.session
    return times.opened(session.creation_date, context.now, unreadable=session.opened_unknown)


def _passings(row: Row, context: CellContext) -> str:
    return times.count(row.entry.session.passings)


def _last_passing(row: Row, context: CellContext) -> str:
    session = row.entry.session
    return times.age(session.last, context.now, unreadable=session.last_unknown)


def _activity(row: Row, context: CellContext) -> str:
    return rows.activity_name(context.activity(row))


def _status(row: Row, context: CellContext) -> str:
    return rows.device_status(row.device.status)


def _battery(row: Row, context: CellContext) -> str:
    return rows.battery(row.device.battery_percentage, row.device.charging)


def _last_seen(row: Row, context: CellContext) -> str:
    seen = row.device.last_heard
    unknown = row.device.last_heard_unknown
    return "—" if seen is None and not unknown else times.age(seen, context.now, unreadable=unknown)


def _token(row: Row, context: CellContext) -> str:
    return names.hostile(short_token(row.token))


def _state(row: Row, context: CellContext) -> str:
    return rows.row_state(row)


def _close(row: Row, context: CellContext) -> str:
    """ "Close" when it can be pressed; nothing otherwise (being or already closed, or a
    READ-only key), so that a selected row never shows a button that does nothing."""
    return close_word() if context.book.closable(row) else ""


def close_word() -> str:
    return translate("SessionTableModel", "Close")


COLUMNS: tuple[Column, ...] = (
    Column(
        "session",
        lambda: translate("SessionTableModel", "Session"),
        _session,
        hideable=False,
    ),
    Column(
        "device",
        lambda: translate("SessionTableModel", "Device"),
        _device,
        tooltip=lambda row, context: names.listed_twice(row.entry) if row.also_on else None,
        hideable=False,
    ),
    Column("kind", lambda: translate("SessionTableModel", "Kind"), _kind, gives_way=1),
    Column(
        "serial",
        lambda: translate("SessionTableModel", "Serial"),
        _serial,
        gives_way=5,
    ),
    Column(
        "activity",
        lambda: translate("SessionTableModel", "Activity"),
        _activity,
        lambda row, context: _ACTIVITY_RANK[context.activity(row)],
        tooltip=lambda row, context: rows.activity_detail(
            context.activity(row), context.live_within
        ),
    ),
    Column(
        "opened",
        lambda: translate("SessionTableModel", "Opened"),
        _opened,
        lambda row, context: _timestamp(row.entry.session.creation_date),
        tooltip=lambda row, context: times.exact_time(row.entry.session.creation_date),
        gives_way=3,
    ),
    Column(
        "passings",
        lambda: translate("SessionTableModel", "Passings"),
        _passings,
        lambda row, context: (
            -1 if row.entry.session.passings is None else row.entry.session.passings
        ),
        numeric=True,
        gives_way=7,
    ),
    Column(
        "last-passing",
        lambda: translate("SessionTableModel", "Last passing"),
        _last_passing,
        # Sorted by the moment itself: ascending puts the oldest passing first.
        lambda row, context: _timestamp(row.entry.session.last),
        tooltip=lambda row, context: (
            times.exact_time(row.entry.session.last)
            or translate("SessionTableModel", "No passings yet")
        ),
        gives_way=6,
    ),
    Column(
        "status",
        lambda: translate("SessionTableModel", "Device status"),
        _status,
        gives_way=4,
    ),
    Column(
        "battery",
        lambda: translate("SessionTableModel", "Battery"),
        _battery,
        lambda row, context: (
            -1 if row.device.battery_percentage is None else row.device.battery_percentage
        ),
        numeric=True,
        gives_way=2,
    ),
    Column(
        "last-seen",
        lambda: translate("SessionTableModel", "Last seen"),
        _last_seen,
        lambda row, context: _timestamp(row.device.last_heard),
        tooltip=lambda row, context: times.exact_time(row.device.last_heard) or None,
    ),
    Column(
        "token",
        lambda: translate("SessionTableModel", "Token"),
        _token,
        lambda row, context: row.token,
        tooltip=lambda row, context: (
            names.hostile(row.token)
            + "\n"
            + translate("SessionTableModel", "Ctrl+C copies the full token")
        ),
    ),
    Column(
        "state",
        lambda: translate("SessionTableModel", "State"),
        _state,
        lambda row, context: _STATE_RANK[row.state],
        tooltip=lambda row, context: rows.row_state_detail(row),
        hideable=False,
    ),
    Column(
        "close",
        lambda: "",
        _close,
        lambda row, context: int(context.book.closable(row)),
        tooltip=lambda row, context: closes.close_button_tip(row, context.book),
        hideable=False,
    ),
)

KEYS = tuple(column.key for column in COLUMNS)
#: The columns a narrow screen hides, first to last (see Column.gives_way).
GIVE_WAY = tuple(
    sorted(
        (n for n, column in enumerate(COLUMNS) if column.gives_way is not None),
        key=lambda n: COLUMNS[n].gives_way or 0,
    )
)


def position(key: str) -> int:
    """The column's index in the model."""
    return KEYS.index(key)
