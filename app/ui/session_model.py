"""The table of open sessions: one row per session, each with its own closing state."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.display import local_time, short_token
from app.rufus.models import Device, DeviceSessions, OpenSession
from app.ui import wording

#: Qt's translation, spelled so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex

#: The value the proxy sorts by, so that "4 min ago" sorts as a time and "1,234" as a number.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Whether the row's Close button can be pressed.
CLOSABLE_ROLE = Qt.ItemDataRole.UserRole + 2
#: The row's full session token.
TOKEN_ROLE = Qt.ItemDataRole.UserRole + 3


class Column(enum.IntEnum):
    SESSION = 0
    DEVICE = enum.auto()
    KIND = enum.auto()
    OPENED = enum.auto()
    PASSINGS = enum.auto()
    LAST_PASSING = enum.auto()
    TOKEN = enum.auto()
    STATE = enum.auto()
    CLOSE = enum.auto()


_HEADERS: dict[Column, Callable[[], str]] = {
    Column.SESSION: lambda: translate("SessionTableModel", "Session"),
    Column.DEVICE: lambda: translate("SessionTableModel", "Device"),
    Column.KIND: lambda: translate("SessionTableModel", "Kind"),
    Column.OPENED: lambda: translate("SessionTableModel", "Opened"),
    Column.PASSINGS: lambda: translate("SessionTableModel", "Passings"),
    Column.LAST_PASSING: lambda: translate("SessionTableModel", "Last passing"),
    Column.TOKEN: lambda: translate("SessionTableModel", "Token"),
    Column.STATE: lambda: translate("SessionTableModel", "State"),
    Column.CLOSE: lambda: "",
}


class RowState(enum.Enum):
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"
    #: The close failed; the row says why and its button works again.
    FAILED = "failed"
    #: The device could not be read at the last refresh: the row may be out of date.
    STALE = "stale"


#: Colour goes with text and a symbol, never alone (race-day rule 4).
_STATE_COLOURS = {
    RowState.OPEN: QColor("#1b5e20"),
    RowState.CLOSING: QColor("#0d47a1"),
    RowState.CLOSED: QColor("#555555"),
    RowState.FAILED: QColor("#b71c1c"),
    RowState.STALE: QColor("#8d6e00"),
}


@dataclass(frozen=True)
class SessionRow:
    entry: OpenSession
    state: RowState = RowState.OPEN
    #: Why the row is FAILED or STALE, or how it was closed; shown on hover and in the cell.
    detail: str = ""

    @property
    def token(self) -> str:
        return self.entry.token

    @property
    def closable(self) -> bool:
        return self.state in (RowState.OPEN, RowState.FAILED, RowState.STALE)


class SessionTableModel(QAbstractTableModel):
    """Rows arrive device by device while a listing runs; `now` is injectable for tests."""

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__()
        self._rows: list[SessionRow] = []
        self._now = now

    # -- reading ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[Column(section)]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CLOSABLE_ROLE:
            return row.closable
        if role == TOKEN_ROLE:
            return row.token
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATE:
            return QBrush(_STATE_COLOURS[row.state])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.PASSINGS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_at(self, position: int) -> SessionRow:
        return self._rows[position]

    def row_of(self, token: str) -> SessionRow | None:
        position = self._position(token)
        return None if position is None else self._rows[position]

    def rows(self) -> tuple[SessionRow, ...]:
        return tuple(self._rows)

    def open_count(self) -> int:
        return sum(1 for row in self._rows if row.state is not RowState.CLOSED)

    def search_text(self, position: int) -> str:
        """Everything the filter box matches against, full token included."""
        row = self._rows[position]
        session, device = row.entry.session, row.entry.device
        parts = (session.alias, device.alias, device.model, device.type, session.token_session)
        return " ".join(parts).casefold()

    # -- changing -----------------------------------------------------------------------------

    def apply_device(self, answer: DeviceSessions) -> None:
        """Puts one device's fresh answer in place of what the table showed for it.

        A row being closed keeps its state; a closed row leaves when its device no longer
        lists it. A device that could not be read keeps its rows, marked as out of date.
        """
        deviceid = answer.device.deviceid
        if answer.error is not None:
            self._mark_stale(
                wording.error_text(answer.error), lambda row: row.entry.device.deviceid == deviceid
            )
            return
        fresh = {entry.token: entry for entry in answer.sessions}
        self._remove_where(
            lambda row: (
                row.entry.device.deviceid == deviceid
                and row.token not in fresh
                and row.state is not RowState.CLOSING
            )
        )
        for token, entry in fresh.items():
            found = self._position(token)
            if found is None:
                self._append(SessionRow(entry))
                continue
            known = self._rows[found]
            state = RowState.OPEN if known.state is RowState.STALE else known.state
            detail = "" if state is RowState.OPEN else known.detail
            self._replace(found, replace(known, entry=entry, state=state, detail=detail))

    def keep_devices(self, devices: Iterable[Device]) -> None:
        """After a full listing: drops rows of devices the account no longer has."""
        known = {device.deviceid for device in devices}
        self._remove_where(
            lambda row: row.entry.device.deviceid not in known and row.state is not RowState.CLOSING
        )

    def mark_all_stale(self, detail: str) -> None:
        """The list could not be refreshed at all: every open row may be out of date."""
        self._mark_stale(detail, lambda row: True)

    def set_state(self, token: str, state: RowState, detail: str = "") -> None:
        position = self._position(token)
        if position is not None:
            self._replace(position, replace(self._rows[position], state=state, detail=detail))

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()

    def refresh_ages(self) -> None:
        """The "4 min ago" texts grow older by themselves: repaint that column."""
        if self._rows:
            top = self.index(0, Column.LAST_PASSING)
            bottom = self.index(len(self._rows) - 1, Column.LAST_PASSING)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    # -- cells --------------------------------------------------------------------------------

    def _display(self, row: SessionRow, column: Column) -> str:
        session, device = row.entry.session, row.entry.device
        match column:
            case Column.SESSION:
                return wording.session_name(session.alias)
            case Column.DEVICE:
                return wording.device_name(device)
            case Column.KIND:
                return wording.device_kind(device)
            case Column.OPENED:
                return local_time(session.creation_date)
            case Column.PASSINGS:
                return wording.count(session.passings)
            case Column.LAST_PASSING:
                return wording.age(session.last, self._now())
            case Column.TOKEN:
                return short_token(row.token)
            case Column.STATE:
                return _state_text(row)
            case Column.CLOSE:
                return translate("SessionTableModel", "Close")

    def _tooltip(self, row: SessionRow, column: Column) -> str | None:
        session = row.entry.session
        match column:
            case Column.OPENED:
                return wording.exact_time(session.creation_date)
            case Column.LAST_PASSING:
                return wording.exact_time(session.last) or translate(
                    "SessionTableModel", "No passings yet"
                )
            case Column.TOKEN:
                return (
                    row.token
                    + "\n"
                    + translate("SessionTableModel", "Ctrl+C copies the full token")
                )
            case Column.STATE:
                return row.detail or None
            case Column.CLOSE:
                return (
                    translate("SessionTableModel", "Close this session (Delete)")
                    if row.closable
                    else None
                )
            case _:
                return None

    def _sort_key(self, row: SessionRow, column: Column) -> Any:
        session = row.entry.session
        match column:
            case Column.OPENED:
                return _timestamp(session.creation_date)
            case Column.PASSINGS:
                return -1 if session.passings is None else session.passings
            case Column.LAST_PASSING:
                # Sorted by the moment itself: ascending puts the oldest passing first.
                return _timestamp(session.last)
            case Column.STATE:
                return list(RowState).index(row.state)
            case Column.TOKEN:
                return row.token
            case Column.CLOSE:
                return int(row.closable)
            case _:
                return self._display(row, column).casefold()

    # -- internals ----------------------------------------------------------------------------

    def _position(self, token: str) -> int | None:
        for position, row in enumerate(self._rows):
            if row.token == token:
                return position
        return None

    def _mark_stale(self, detail: str, which: Callable[[SessionRow], bool]) -> None:
        for position, row in enumerate(self._rows):
            if row.state is RowState.OPEN and which(row):
                self._replace(position, replace(row, state=RowState.STALE, detail=detail))

    def _append(self, row: SessionRow) -> None:
        end = len(self._rows)
        self.beginInsertRows(QModelIndex(), end, end)
        self._rows.append(row)
        self.endInsertRows()

    def _replace(self, position: int, row: SessionRow) -> None:
        if self._rows[position] == row:
            return
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))

    def _remove_where(self, doomed: Callable[[SessionRow], bool]) -> None:
        for position in reversed(range(len(self._rows))):
            if doomed(self._rows[position]):
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                self.endRemoveRows()


def _state_text(row: SessionRow) -> str:
    match row.state:
        case RowState.OPEN:
            return translate("SessionTableModel", "● Open")
        case RowState.CLOSING:
            return translate("SessionTableModel", "◌ Closing…")
        case RowState.CLOSED:
            return row.detail or translate("SessionTableModel", "Closed ✓")
        case RowState.FAILED:
            return translate("SessionTableModel", "⚠ Not closed: %1").replace("%1", row.detail)
        case RowState.STALE:
            return translate("SessionTableModel", "? Not re-read: %1").replace("%1", row.detail)


def _timestamp(moment: datetime | None) -> float:
    return moment.timestamp() if moment else float("-inf")
