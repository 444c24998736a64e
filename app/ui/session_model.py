"""The table of open sessions: the row book shown through the column list, sorted in place.

The model keeps the view's order itself: sorting 5 000 rows through Qt's proxy calls back
into Python for every comparison (over 100 000 calls); here it is one `list.sort` over keys
computed once per row. Rows arrive in batches, each told to the view in a few signals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from app.sessions.book import Changes, Row, RowBook
from app.ui import wording
from app.ui.columns import COLUMNS, CellContext, position

Index = QModelIndex | QPersistentModelIndex

#: Whether the row's Close button can be pressed.
CLOSABLE_ROLE = Qt.ItemDataRole.UserRole + 2
#: The row's full session token.
TOKEN_ROLE = Qt.ItemDataRole.UserRole + 3
#: The row itself (app.sessions.book.Row), for whoever needs more than a cell.
ROW_ROLE = Qt.ItemDataRole.UserRole + 4

_STATE = position("state")
_TIME_COLUMNS = tuple(position(key) for key in ("opened", "last-passing"))


class SessionTableModel(QAbstractTableModel):
    """`now` is injectable for tests."""

    def __init__(
        self, book: RowBook | None = None, now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        super().__init__()
        self.book = book if book is not None else RowBook()
        self._now = now
        self._order: list[str] = []
        self._position: dict[str, int] = {}
        self._sort_column: int | None = None
        self._descending = False
        #: The sort column's key for each token, computed once per row change.
        self._keys: dict[str, Any] = {}
        self._shared_names: frozenset[str] = frozenset()

    # -- reading ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        row = self.book.get(self._order[index.row()])
        if row is None:  # pragma: no cover - the order and the book change together
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row, self.context())
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row, self.context())
        if role == CLOSABLE_ROLE:
            return self.book.closable(row)
        if role == TOKEN_ROLE:
            return row.token
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == _STATE:
            return QBrush(wording.state_colour(row.state))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def context(self) -> CellContext:
        return CellContext(self._now(), self.book, self._shared_names)

    def row_at(self, position: int) -> Row:
        row = self.book.get(self._order[position])
        assert row is not None
        return row

    def token_at(self, position: int) -> str:
        return self._order[position]

    def row_of(self, token: str) -> Row | None:
        return self.book.get(token)

    def position_of(self, token: str) -> int | None:
        return self._position.get(token)

    def tokens(self) -> list[str]:
        """Every row's token, in the view's order."""
        return list(self._order)

    # -- changing -----------------------------------------------------------------------------

    def show(self, changes: Changes) -> None:
        """Tells the view what the book just did: removals, then changes, then insertions,
        then (if sorted) one re-sort."""
        if not changes:
            return
        self._remove(changes.removed)
        changed = [self._position[t] for t in changes.updated if t in self._position]
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), len(COLUMNS) - 1)
            )
        self._insert([t for t in changes.inserted if t not in self._position])
        if changes.inserted or changes.removed:
            self._shared_names = _shared_names(self.book.rows())
        self._rekey([*changes.inserted, *changes.updated])
        if self._sort_column is not None and (changes.inserted or changes.updated):
            self._resort()

    def refresh_times(self) -> None:
        """ "4 min ago" grows older by itself, and "today" becomes yesterday: repaint them."""
        if self._order:
            for column in _TIME_COLUMNS:
                self.dataChanged.emit(
                    self.index(0, column),
                    self.index(len(self._order) - 1, column),
                    [Qt.ItemDataRole.DisplayRole],
                )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column if 0 <= column < len(COLUMNS) else None
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._keys = {}
        self._rekey(self._order)
        if self._sort_column is not None:
            self._resort()

    # -- internals ----------------------------------------------------------------------------

    def _remove(self, tokens: Iterable[str]) -> None:
        doomed = sorted((self._position[t] for t in tokens if t in self._position), reverse=True)
        if not doomed:
            return
        # Contiguous runs, last first, so that earlier positions stay valid.
        run_end = run_start = doomed[0]
        for found in [*doomed[1:], None]:
            if found is not None and found == run_start - 1:
                run_start = found
                continue
            self.beginRemoveRows(QModelIndex(), run_start, run_end)
            for token in self._order[run_start : run_end + 1]:
                self._keys.pop(token, None)
            del self._order[run_start : run_end + 1]
            self.endRemoveRows()
            if found is not None:
                run_end = run_start = found
        self._reindex()

    def _insert(self, tokens: list[str]) -> None:
        if not tokens:
            return
        start = len(self._order)
        self.beginInsertRows(QModelIndex(), start, start + len(tokens) - 1)
        self._order.extend(tokens)
        for offset, token in enumerate(tokens):
            self._position[token] = start + offset
        self.endInsertRows()

    def _rekey(self, tokens: Iterable[str]) -> None:
        if self._sort_column is None:
            return
        key = COLUMNS[self._sort_column].sort_key
        context = self.context()
        for token in tokens:
            row = self.book.get(token)
            if row is not None:
                self._keys[token] = key(row, context)

    def _resort(self) -> None:
        keys = self._keys
        # Ties keep the token order, so that equal rows never swap places between refreshes.
        wanted = sorted(self._order, key=lambda token: (keys[token], token))
        if self._descending:
            wanted.reverse()
        if wanted == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        tokens = [self._order[index.row()] for index in kept]
        self._order = wanted
        self._reindex()
        self.changePersistentIndexList(
            kept,
            [self.index(self._position[t], i.column()) for t, i in zip(tokens, kept, strict=True)],
        )
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._position = {token: place for place, token in enumerate(self._order)}


def _shared_names(rows: Iterable[Row]) -> frozenset[str]:
    devices_by_name: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        devices_by_name[row.device.alias].add(row.device.deviceid)
    return frozenset(name for name, devices in devices_by_name.items() if len(devices) > 1)
