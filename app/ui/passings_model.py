"""The session panel's list of the latest passings, newest first. New passings are inserted at
the top (and older ones added at the bottom) rather than the list reset: a row the official is
looking at stays where it is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.display import in_local_zone
from app.rufus.models import Passing
from app.ui.words import passings as words
from app.ui.words.names import plain_tip
from app.ui.words.times import exact_time

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()

#: Columns whose text comes from the device: their tooltip shows it whole, as plain text.
_FROM_THE_DEVICE = frozenset({1, 2, 4})
_TIME = 3


class PassingsModel(QAbstractTableModel):
    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__()
        self._now = now
        #: The computer's day the cells were written on: a time is dated unless it is of
        #: that day, so the cells are written again when the day changes.
        self._day: date | None = None
        self._token: str | None = None
        self._passings: list[Passing] = []
        #: Each row's cells, written once per passing (a passing never changes).
        self._cells: list[tuple[str, ...]] = []
        self._headers = words.column_names()

    def token(self) -> str | None:
        return self._token

    def passing(self, row: int) -> Passing:
        return self._passings[row]

    def texts(self, row: int) -> tuple[str, ...]:
        return self._cells[row]

    def show(self, token: str | None, passings: tuple[Passing, ...]) -> None:
        """The session's newest passings, newest first."""
        now = self._now()
        if token != self._token or not self._passings or not passings or _day(now) != self._day:
            self._reset(token, passings)
            return
        numbers = [p.num_passing for p in passings]
        top = self._passings[0].num_passing
        if top not in numbers:
            self._reset(token, passings)
            return
        new = numbers.index(top)
        overlap = min(len(passings) - new, len(self._passings))
        if list(passings[new : new + overlap]) != self._passings[:overlap]:
            self._reset(token, passings)
            return
        if new:
            self.beginInsertRows(_NO_INDEX, 0, new - 1)
            self._passings[:0] = passings[:new]
            self._cells[:0] = [words.cells(p, now) for p in passings[:new]]
            self.endInsertRows()
        wanted = len(passings)
        if wanted < len(self._passings):  # the oldest make room
            self.beginRemoveRows(_NO_INDEX, wanted, len(self._passings) - 1)
            del self._passings[wanted:], self._cells[wanted:]
            self.endRemoveRows()
        elif wanted > len(self._passings):  # older passings read for the chart
            start = len(self._passings)
            self.beginInsertRows(_NO_INDEX, start, wanted - 1)
            self._passings += passings[start:]
            self._cells += [words.cells(p, now) for p in passings[start:]]
            self.endInsertRows()

    def _reset(self, token: str | None, passings: tuple[Passing, ...]) -> None:
        now = self._now()
        self.beginResetModel()
        self._token = token
        self._passings = list(passings)
        self._cells = [words.cells(p, now) for p in passings]
        self._day = _day(now)
        self.endResetModel()

    # -- Qt's model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._passings)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            passing = self._passings[row]
            if column == _TIME:
                return exact_time(passing.timestamp) or plain_tip(passing.timestamp_text)
            if column in _FROM_THE_DEVICE:
                return plain_tip(self._cells[row][column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _day(moment: datetime) -> date | None:
    local = in_local_zone(moment)
    return None if local is None else local.date()
