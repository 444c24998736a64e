"""The table of open sessions: the row book mirrored into Qt's own C++ models, so that painting,
sorting and filtering never call back into Python.

Why, measured (tests/bench/bench_window.py, 5 000 sessions, the listing's 12 worker threads
busy): every call from Qt's C++ into Python has to take the interpreter's lock from those
threads first. A Python table model is called back several times per painted cell (its
rowCount, its data), a Python proxy once per row and per comparison; under a listing a single
repaint then took 300 to 500 ms. With a QStandardItemModel behind a plain QSortFilterProxyModel
the same repaint needs no Python at all (longest stall 73 ms against 485 ms in the same test).

So Python only writes: when the book changes, the changed rows' cells are set, from the
column list (app.ui.columns). Tooltips are worked out when asked for (see `tooltip`).
"""

from __future__ import annotations

import functools
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont, QIcon, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from app.sessions.activity import LIVE_WITHIN, Activity
from app.sessions.book import NAMES_END, Changes, Row, RowBook
from app.ui import colours, wording
from app.ui.colours import Tone
from app.ui.columns import COLUMNS, CellContext, position

Index = QModelIndex | QPersistentModelIndex

#: What the proxy sorts a column by: the real value, so that "4 min ago" sorts as a time.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Whether the row's Close button can be pressed.
CLOSABLE_ROLE = Qt.ItemDataRole.UserRole + 2
#: The row's full session token.
TOKEN_ROLE = Qt.ItemDataRole.UserRole + 3
#: Everything the filter matches, folded (on the first column only).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4
#: The activity the cell shows now (app.sessions.activity.Activity's value).
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 5

_STATE = position("state")
_ACTIVITY = position("activity")
_BATTERY = position("battery")
_STATUS = position("status")
_CLOSE = position("close")
_TIME_COLUMNS = tuple(position(key) for key in ("opened", "last-passing", "last-seen"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


#: How long the rows are written in one go before other events (a keystroke, a repaint) get
#: their turn.
WRITE_SLICE_S = 0.012


class SessionTableModel(QSortFilterProxyModel):
    """What the view shows. Only Python methods are added here, no Qt virtual is overridden:
    an override would be called back from C++ for every row again."""

    def __init__(
        self, book: RowBook | None = None, now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        super().__init__()
        self.book = book if book is not None else RowBook()
        self._now = now
        #: A passing within this long makes a session live (the window sets it from the
        #: settings).
        self.live_within = LIVE_WITHIN
        self._words: list[str] = []
        self._only: Activity | None = None
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
        #: Rows whose time texts are still to be brought up to date (see refresh_times).
        self._stale_times: list[str] = []
        self._highlighted: set[str] = set()
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

    def tokens(self) -> list[str]:
        """Every shown row's token, in the view's order."""
        return [self.token_at(view_row) for view_row in range(self.rowCount())]

    def filtering(self) -> bool:
        return bool(self._words) or self._only is not None

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
        self._write_some()

    def flush(self) -> None:
        """Every row still to be written, now: the listing has ended and is summed up."""
        self._write_some(budget_s=None)

    def _write_some(self, budget_s: float | None = WRITE_SLICE_S) -> None:
        self._write_scheduled = False
        started = time.perf_counter()
        context = self.context()
        while self._to_write:
            token = self._to_write.popleft()
            row = self.book.get(token)
            if row is None:
                continue  # removed since
            items = self._items.get(token)
            if items is not None:
                _fill(items, row, context)
            else:
                self._insert(token, row, context)
            if budget_s is not None and time.perf_counter() - started > budget_s:
                break
        if self._to_write and not self._write_scheduled:
            self._write_scheduled = True
            QTimer.singleShot(0, self._write_some)

    def _insert(self, token: str, row: Row, context: CellContext) -> None:
        items = [QStandardItem() for _ in COLUMNS]
        for item in items:
            item.setEditable(False)
        items[0].setData(token, TOKEN_ROLE)
        _fill(items, row, context)
        self._items[token] = items
        self._cells.appendRow(items)

    def recolour(self) -> None:
        """The palette or the outdoor scheme changed: every row's colours again."""
        context = self.context()
        for token, items in self._items.items():
            row = self.book.get(token)
            if row is not None:
                _colour(items, row, context, repaint=True)

    def highlight(self, tokens: list[str]) -> None:
        """Marks rows new since the last refresh, until `clear_highlights`."""
        brush = QApplication.palette().brush(QPalette.ColorRole.Highlight)
        colour = brush.color()
        colour.setAlpha(60)
        for token in tokens:
            for item in self._items.get(token, ())[:_CLOSE]:
                item.setBackground(QBrush(colour))
            self._highlighted.add(token)

    def clear_highlights(self) -> None:
        for token in self._highlighted:
            for item in self._items.get(token, ())[:_CLOSE]:
                item.setData(None, Qt.ItemDataRole.BackgroundRole)
        self._highlighted.clear()

    def closability_changed(self) -> None:
        """The key's rights changed: every Close button may be on or off now."""
        for token, items in self._items.items():
            row = self.book.get(token)
            if row is not None:
                _close_button(items[_CLOSE], self.book.closable(row))

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
                for column in _TIME_COLUMNS:
                    text = COLUMNS[column].display(row, context)
                    if items[column].text() != text:
                        items[column].setText(text)
                _fill_activity(items, row, context)
            if time.perf_counter() - started > WRITE_SLICE_S:
                break
        del self._stale_times[:done]
        if self._stale_times:
            QTimer.singleShot(0, self._refresh_some_times)

    def set_filter_text(self, text: str) -> None:
        """Shows the rows whose session, device, kind, serial or full token contain every
        typed word, in any order."""
        self._words = text.casefold().split()
        self._apply_filter()

    def set_activity_filter(self, only: Activity | None) -> None:
        """Shows only live (or only stale…) rows, together with the typed words."""
        self._only = only
        self._apply_filter()

    def _apply_filter(self) -> None:
        # "km 30" must not bring up KM 10 because its token happens to contain "30": a word
        # reaches into the token only when it is long enough to be meant as a piece of one.
        lookaheads = [
            f"(?=.*{QRegularExpression.escape(word)})"
            if len(word) >= TOKEN_WORD
            else f"(?=[^{NAMES_END}]*{QRegularExpression.escape(word)})"
            for word in self._words
        ]
        if self._only is not None:
            lookaheads.append(f"(?=.*{QRegularExpression.escape(_activity_tag(self._only))})")
        pattern = "".join(lookaheads)
        self.setFilterRegularExpression(QRegularExpression(f"^{pattern}" if lookaheads else ""))


#: Typed words this long (or longer) are looked for in the full token too: a piece of a
#: token copied from RUFUS, not a checkpoint's number.
TOKEN_WORD = 6


def _activity_tag(activity: Activity) -> str:
    """Appended to a row's search text, where typing cannot reach it (a control character)."""
    return f"\x1factivity={activity.value}"


def _fill(items: list[QStandardItem], row: Row, context: CellContext) -> None:
    """Sets every cell of a row from the column list."""
    for item, spec in zip(items, COLUMNS, strict=True):
        item.setText(spec.display(row, context))
        item.setData(_sortable(spec.sort_key(row, context)), SORT_ROLE)
        if spec.numeric:
            item.setData(_RIGHT, Qt.ItemDataRole.TextAlignmentRole)
    items[0].setData(row.token, TOKEN_ROLE)
    _colour(items, row, context)


def _colour(
    items: list[QStandardItem], row: Row, context: CellContext, *, repaint: bool = False
) -> None:
    """Everything about a row that follows the colour scheme; with `repaint`, the Close
    button's colours too, though its state has not changed (the scheme has)."""
    _set_tone(items[_STATE], wording.state_tone(row.state), colours.current().outdoor)
    _mark_battery(items[_BATTERY], row.device.battery_percentage)
    _mark_status(items[_STATUS], row.device.status)
    _close_button(items[_CLOSE], context.book.closable(row), force=repaint)
    _fill_activity(items, row, context, force=True)


def _set_tone(item: QStandardItem, tone: Tone, bold: bool) -> None:
    """Two calls into Qt, with a brush and a font made once: a cell is coloured thousands of
    times in a listing, and each call may wait for the interpreter's lock."""
    item.setForeground(colours.brush(tone))
    item.setFont(_fonts()[bold])


def _clear_tone(item: QStandardItem) -> None:
    if item.data(Qt.ItemDataRole.ForegroundRole) is not None:
        item.setData(None, Qt.ItemDataRole.ForegroundRole)
        item.setFont(_fonts()[False])


@functools.cache
def _fonts() -> dict[bool, QFont]:
    """Only the weight is set: the rest (size, zoom) comes from the table's own font."""
    made = {}
    for bold in (False, True):
        font = QFont()
        font.setBold(bold)
        made[bold] = font
    return made


def _fill_activity(
    items: list[QStandardItem], row: Row, context: CellContext, *, force: bool = False
) -> None:
    """The activity cell, and the tag the "live only" / "stale only" filter looks for: both
    change as time passes, without a refresh."""
    now = context.activity(row)
    if not force and items[_ACTIVITY].data(ACTIVITY_ROLE) == now.value:
        return
    items[_ACTIVITY].setData(now.value, ACTIVITY_ROLE)
    items[_ACTIVITY].setText(COLUMNS[_ACTIVITY].display(row, context))
    items[_ACTIVITY].setData(COLUMNS[_ACTIVITY].sort_key(row, context), SORT_ROLE)
    bold = now is Activity.LIVE or colours.current().outdoor
    _set_tone(items[_ACTIVITY], wording.activity_tone(now), bold)
    items[0].setData(row.search_text + _activity_tag(now), SEARCH_ROLE)


def _mark_battery(item: QStandardItem, percentage: int | None) -> None:
    low = percentage is not None and percentage <= wording.LOW_BATTERY
    if low:
        _set_tone(item, wording.ALERT, bold=True)
    else:
        _clear_tone(item)


def _mark_status(item: QStandardItem, status: str | None) -> None:
    """An offline device stands out: its session may be open only because nobody can reach it."""
    if status is not None and status.upper() == "OFFLINE":
        _set_tone(item, wording.ALERT, bold=True)
    else:
        _clear_tone(item)


def _close_button(item: QStandardItem, closable: bool, *, force: bool = False) -> None:
    """The Close cell drawn as a flat button by Qt's own delegate: a Python delegate would
    be called back for every row painted (see the module's docstring)."""
    if not force and item.data(CLOSABLE_ROLE) == closable:
        return
    palette = QApplication.palette()
    group = QPalette.ColorGroup.Active if closable else QPalette.ColorGroup.Disabled
    item.setData(closable, CLOSABLE_ROLE)
    item.setData(int(Qt.AlignmentFlag.AlignCenter), Qt.ItemDataRole.TextAlignmentRole)
    item.setBackground(palette.brush(group, QPalette.ColorRole.Button))
    item.setForeground(palette.brush(group, QPalette.ColorRole.ButtonText))
    item.setIcon(_close_icon() if closable else QIcon())
    font = item.font()
    font.setBold(closable)
    item.setFont(font)


def _close_icon() -> QIcon:
    global _CLOSE_ICON  # noqa: PLW0603 - made once, after the application exists
    if _CLOSE_ICON is None:
        _CLOSE_ICON = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton)
    return _CLOSE_ICON


_CLOSE_ICON: QIcon | None = None


def _sortable(key: Any) -> Any:
    """Qt compares numbers and texts; a missing time is the earliest of all."""
    if isinstance(key, float) and key == float("-inf"):
        return -1e300
    return key
