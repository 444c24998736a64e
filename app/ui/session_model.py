"""The table of open sessions: the controller's row book mirrored into Qt's own C++ models, so
that painting, sorting and filtering never call back into Python.

Why: every call from Qt's C++ into Python has to take the interpreter's lock from the
listing's worker threads first. A Python table model is called back several times per painted
cell (its rowCount, its data), a Python proxy once per row and per comparison; under a listing
of thousands of sessions a single repaint then took hundreds of milliseconds. With a
QStandardItemModel behind a plain QSortFilterProxyModel a repaint needs no Python at all
(tests/bench/bench_window.py measures both).

So Python only writes: when the book changes, the changed rows' cells are set (app.ui.cells).
Tooltips are worked out when asked for (see `tooltip`).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QBrush, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from app.rufus.courtesy import NOBODY, Courtesy
from app.sessions import search
from app.sessions.activity import LIVE_WITHIN, Activity
from app.sessions.book import Changes, Row, RowBook
from app.ui import cells, filtering
from app.ui.cells import RANK_ROLE, SEARCH_ROLE, SORT_ROLE, TOKEN_ROLE
from app.ui.columns import COLUMNS, CellContext

Index = QModelIndex | QPersistentModelIndex


#: How long the rows are written in one go before other events (a keystroke, a repaint) get
#: their turn.
WRITE_SLICE_S = 0.012
#: A filter that shows this many rows or fewer puts the best matches first.
RANK_AT_MOST = 500


class SessionTableModel(QSortFilterProxyModel):
    """What the view shows. Only Python methods are added here, no Qt virtual is overridden:
    an override would be called back from C++ for every row again."""

    def __init__(
        self,
        book: RowBook,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        courtesy: Courtesy = NOBODY,
    ) -> None:
        super().__init__()
        #: The controller's: the model only reads it.
        self.book = book
        #: Taken while rows are written: the listing's workers wait (app.rufus.courtesy).
        self._courtesy = courtesy
        self._now = now
        #: A passing within this long makes a session live (the window sets it from the
        #: settings).
        self.live_within = LIVE_WITHIN
        self._query = search.Query(())
        self._only: Activity | None = None
        #: The best matches of the filter come first (see `_rank`), instead of the sort the
        #: official chose, which comes back when the filter is cleared.
        self.ranking = False
        self._chosen_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._cells = QStandardItemModel(0, len(COLUMNS), self)
        self._cells.setHorizontalHeaderLabels([column.header() for column in COLUMNS])
        for number, column in enumerate(COLUMNS):
            self._cells.setHeaderData(
                number, Qt.Orientation.Horizontal, column.key, Qt.ItemDataRole.UserRole
            )
        #: Each shown token's cells in the source model.
        self._items: dict[str, list[QStandardItem]] = {}
        #: Rows the book changed that the cells do not show yet (see show()).
        self._to_write: deque[str] = deque()
        self._write_scheduled = False
        #: The device names shared when the cells were last written: a row written before its
        #: device's twin arrived must be written again, with the serial that tells them apart.
        self._shared_names: frozenset[str] = frozenset()
        self._shared_version = 0
        #: Rows whose time texts are still to be brought up to date (see refresh_times).
        self._stale_times: list[str] = []
        self._highlighted: set[str] = set()
        #: Rows an alert not yet acknowledged is about (see `mark_alerts`).
        self._alerted: frozenset[str] = frozenset()
        self.setSourceModel(self._cells)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self.setDynamicSortFilter(True)  # a changed or arriving row finds its place in C++

    # -- reading ------------------------------------------------------------------------------

    def context(self) -> CellContext:
        return CellContext(self._now(), self.book, self.book.shared_names(), self.live_within)

    def token_at(self, view_row: int) -> str:
        return str(self.index(view_row, 0).data(TOKEN_ROLE))

    def row_at(self, view_row: int) -> Row:
        row = self.book.get(self.token_at(view_row))
        assert row is not None
        return row

    def row_of(self, token: str) -> Row | None:
        return self.book.get(token)

    def position_of(self, token: str) -> int | None:
        """The view row that shows `token`, or None when it is not shown (unknown, filtered)."""
        items = self._items.get(token)
        if items is None:
            return None
        shown = self.mapFromSource(items[0].index())
        return shown.row() if shown.isValid() else None

    def tooltip(self, index: QModelIndex) -> str | None:
        """A cell's tooltip, worked out only when the pointer rests on it."""
        if not index.isValid():
            return None
        row = self.book.get(str(index.siblingAtColumn(0).data(TOKEN_ROLE)))
        if row is None:
            return None
        return COLUMNS[index.column()].tooltip(row, self.context())

    # -- changing -----------------------------------------------------------------------------

    def show(self, changes: Changes) -> None:
        """Writes what the book just did into the cells; Qt sorts and filters it in C++.
        Removals at once; the rows to write a slice of time at a time, between other events:
        while the listing's workers compete for the interpreter, a batch of rows written in
        one go can hold the window for a few hundred milliseconds."""
        if not changes:
            return
        for token in changes.removed:
            items = self._items.pop(token, None)
            if items is not None:
                self._cells.removeRow(items[0].row())
        self._to_write.extend(changes.updated)
        self._to_write.extend(changes.inserted)
        if self.book.shared_version != self._shared_version:
            self._shared_version = self.book.shared_version
            shared = self.book.shared_names()
            renamed = self.book.tokens_named(shared ^ self._shared_names)
            self._to_write.extend(renamed - changes.updated - set(changes.inserted))
            self._shared_names = shared
        self._write_some()

    def flush(self) -> None:
        """Every row still to be written, now: the listing has ended and is summed up."""
        self._write_some(budget_s=None)

    def _write_some(self, budget_s: float | None = WRITE_SLICE_S) -> None:
        self._write_scheduled = False
        started = time.perf_counter()
        context = self.context()
        with self._courtesy.held():
            while self._to_write:
                token = self._to_write.popleft()
                row = self.book.get(token)
                if row is None:
                    continue  # removed since
                items = self._items.get(token)
                if items is None:
                    items = self._items[token] = cells.new_row(row, context)
                    cells.mark_alerted(items, token in self._alerted)
                    self._cells.appendRow(items)
                else:
                    cells.fill(items, row, context)
                if budget_s is not None and time.perf_counter() - started > budget_s:
                    break
        if self._to_write and not self._write_scheduled:
            self._write_scheduled = True
            QTimer.singleShot(0, self._write_some)
        if self.ranking:  # rows that arrived under the filter take their place among it
            self._rank()

    def recolour(self) -> None:
        """The palette or the outdoor scheme changed: every row's colours again."""
        context = self.context()
        for token, items in self._items.items():
            row = self.book.get(token)
            if row is not None:
                cells.colour(items, row, context, repaint=True)

    def highlight(self, tokens: list[str]) -> None:
        """Marks rows new since the last refresh, until `clear_highlights`."""
        brush = QApplication.palette().brush(QPalette.ColorRole.Highlight)
        colour = brush.color()
        colour.setAlpha(60)
        for token in tokens:
            for item in self._items.get(token, ())[: cells.CLOSE]:
                item.setBackground(QBrush(colour))
            self._highlighted.add(token)

    def clear_highlights(self) -> None:
        for token in self._highlighted:
            for item in self._items.get(token, ())[: cells.CLOSE]:
                item.setData(None, Qt.ItemDataRole.BackgroundRole)
        self._highlighted.clear()

    def mark_alerts(self, tokens: frozenset[str]) -> None:
        """The rows of `tokens` carry the alert mark, and no other (app.ui.cells)."""
        for token in self._alerted ^ tokens:
            items = self._items.get(token)
            if items is not None:
                cells.mark_alerted(items, token in tokens)
        self._alerted = tokens

    def closability_changed(self) -> None:
        """The key's rights changed: every Close button may be on or off now."""
        for token, items in self._items.items():
            row = self.book.get(token)
            if row is not None:
                cells.close_button(items[cells.CLOSE], self.book.closable(row))

    def refresh_times(self) -> None:
        """ "4 min ago" grows older by itself, and "today" becomes yesterday. Thousands of rows
        are rewritten a few hundred at a time, between other events: in one go they would
        hold the window for a tenth of a second."""
        self._stale_times = list(self._items)
        if self._stale_times:
            QTimer.singleShot(0, self._refresh_some_times)

    def _refresh_some_times(self) -> None:
        """A slice of time's worth of rows (a fixed count took 190 ms while a listing's
        workers competed for the interpreter), then the rest after other events."""
        started = time.perf_counter()
        context = self.context()
        done = 0
        for token in self._stale_times:
            done += 1
            row, items = self.book.get(token), self._items.get(token)
            if row is not None and items is not None:
                cells.update_times(items, row, context)
            if time.perf_counter() - started > WRITE_SLICE_S:
                break
        del self._stale_times[:done]
        if self._stale_times:
            QTimer.singleShot(0, self._refresh_some_times)

    def set_filter_text(self, text: str) -> None:
        """Shows the rows that what is typed finds (app.sessions.search), the best first."""
        self._query = search.Query.of(text)
        self._apply_filter()
        self._rank()

    def best_match(self) -> str | None:
        """The shown row that what is typed means most: the first one when nothing is typed."""
        if self.rowCount() == 0:
            return None
        if not self._query:
            return self.token_at(0)
        ranked = []
        for view_row in range(self.rowCount()):
            token = self.token_at(view_row)
            row = self.book.get(token)
            found = search.rank(self._query, row.search_text) if row is not None else None
            if found is not None:
                ranked.append((found, view_row, token))
        return min(ranked)[2] if ranked else self.token_at(0)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The official's sort (a header clicked): it ends the ranking of the filter's
        matches. Called once per sort, never per row."""
        self._chosen_sort = (column, order)
        self.ranking = False
        self.setSortRole(SORT_ROLE)
        super().sort(column, order)

    def _rank(self) -> None:
        """While a filter text stands, its best matches first: a name typed whole, then every
        word in one name, then the most words typed whole; ties in the official's sort."""
        if not self._query or self.rowCount() > RANK_AT_MOST:
            if self.ranking:
                self.sort(*self._chosen_sort)
            return
        column, order = self._chosen_sort
        found = []
        for view_row in range(self.rowCount()):
            token = self.token_at(view_row)
            row, items = self.book.get(token), self._items.get(token)
            if row is not None and items is not None:
                rank = search.rank(self._query, row.search_text) or (9, 0, 0)
                found.append((rank, _orderable(items[column].data(SORT_ROLE)), items[0]))
        # Two stable sorts: the official's order first, then the rank over it.
        found.sort(key=lambda match: match[1], reverse=order == Qt.SortOrder.DescendingOrder)
        found.sort(key=lambda match: match[0])
        for place, (_, _, item) in enumerate(found):
            if item.data(RANK_ROLE) != place:
                item.setData(place, RANK_ROLE)
        self.ranking = True
        self.setSortRole(RANK_ROLE)
        super().sort(0, Qt.SortOrder.AscendingOrder)

    def set_activity_filter(self, only: Activity | None) -> None:
        """Shows only live (or only stale…) rows, together with the typed words."""
        self._only = only
        self._apply_filter()

    def _apply_filter(self) -> None:
        tags = [cells.activity_tag(self._only)] if self._only is not None else []
        self.setFilterRegularExpression(filtering.expression(self._query, tags))


def _orderable(key: object) -> tuple[int, float, str]:
    """A sort key of any column, comparable with any other of the same column."""
    if isinstance(key, int | float):
        return (1, float(key), "")
    if isinstance(key, str):
        return (1, 0.0, key)
    return (0, 0.0, "")
