"""Which columns of the session table are shown, and how wide.

Two kinds of hidden column: those the official hid (the header's menu, View → Columns),
which stay hidden until shown again and are remembered; and those the window hid because
the screen is too narrow for all of them (zoomed in, a small laptop), which come back as
soon as there is room again (zoomed out, a wider window, the next start). The least useful
give way first; Passings and Last passing last, since they are what an official decides on.
The State column stretches into what is left, but asks only for room to say a close's state.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from app.settings import HIDDEN_COLUMNS, Settings
from app.ui import screen_fit
from app.ui.columns import COLUMNS, GIVE_WAY, KEYS, position
from app.ui.words import closes

CLOSE = position("close")
STATE = position("state")
_CLOSE_WIDTH = 90
#: Around a cell's text: its margins and the sort indicator's room.
_PADDING = 24
#: A window being resized fits its columns once it has held still this long.
_SETTLE_MS = 80


class ColumnFit(QObject):
    #: The columns were fitted to the room again.
    fitted = Signal()

    def __init__(self, table: QTableView, settings: Settings) -> None:
        super().__init__(table)
        self._table = table
        self._settings = settings
        #: Hidden by the official: column numbers.
        self.chosen: set[int] = _numbers(settings.get(HIDDEN_COLUMNS))
        #: Hidden by the window, for want of room.
        self.made_room: set[int] = set()
        #: The width each column had when the window hid it: what it gets back.
        self._widths: dict[int, int] = {}
        self._scale = 1.0
        #: Whether the columns have been fitted to real rows (now, or in an earlier run).
        self.sized = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_SETTLE_MS)
        self._settle.timeout.connect(self.fit)
        table.viewport().installEventFilter(self)
        #: Inside the window's own resizing (see `_official_resized`).
        self._resizing = 0
        table.horizontalHeader().sectionResized.connect(self._official_resized)

    # -- what is shown ----------------------------------------------------------------------

    def columns_menu(self, menu: QMenu | None = None) -> QMenu:
        """The header's menu (and View → Columns): every column that may be hidden, ticked
        when the official has not hidden it. Filled when it opens."""
        if menu is None:
            menu = QMenu(self.tr("Columns"), self._table)
        menu.clear()
        for number, column in enumerate(COLUMNS):
            if not column.hideable:
                continue
            action = menu.addAction(column.header())
            action.setCheckable(True)
            action.setChecked(number not in self.chosen)
            action.toggled.connect(lambda shown, n=number: self.choose(n, shown))
        return menu

    def choose(self, column: int, shown: bool) -> None:
        """The official shows or hides a column: remembered, and the rest fitted around it."""
        with self._ours():
            if shown:
                self.chosen.discard(column)
                self.made_room.discard(column)
                header = self._table.horizontalHeader()
                header.setSectionHidden(column, False)
                header.resizeSection(column, self._natural(column))
            else:
                self.chosen.add(column)
            self._settings.set(HIDDEN_COLUMNS, ",".join(KEYS[n] for n in sorted(self.chosen)))
            self.fit()

    def restore(self) -> None:
        """Widths, order and the sort as they were; hidden only what the official hid."""
        with self._ours():
            header = self._table.horizontalHeader()
            saved = self._settings.table_header(COLUMNS_ID)
            self.sized = saved is not None and header.restoreState(saved)
            for number in range(len(COLUMNS)):
                header.setSectionHidden(number, number in self.chosen)
            # The applied sort is the view's, not the header's: apply what was restored.
            self._table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def save(self) -> None:
        self._settings.set_table_header(COLUMNS_ID, self._table.horizontalHeader().saveState())

    # -- how wide ---------------------------------------------------------------------------

    def listed(self) -> None:
        """A listing ended: on a first run the columns are fitted to real rows."""
        if not self.sized:
            self.sized = True
            self.refit()
        else:
            self.fit()

    def zoomed(self, scale: float) -> None:
        """Bigger text needs wider columns: fitted again, the least useful giving way, and
        given back when the text is smaller again."""
        with self._ours():
            self._scale = scale
            if self.sized and self._table.model().rowCount():
                self.refit()
            else:
                self._table.horizontalHeader().resizeSection(CLOSE, self.close_width())
                self.fit()

    def refit(self) -> None:
        """Every shown column as wide as the rows on screen need (not every row: fitting
        5 000 rows would freeze the window for a moment), then fitted to the room."""
        with self._ours():
            header = self._table.horizontalHeader()
            self._widths.clear()  # the text's size changed: what they had no longer fits it
            for column in range(len(COLUMNS)):
                if (
                    not header.isSectionHidden(column)
                    and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
                ):
                    self._table.resizeColumnToContents(column)
            header.resizeSection(CLOSE, self.close_width())
            self.fit()

    def fit(self) -> None:
        """Hides, least useful first, only what the room cannot hold; gives back what it can."""
        with self._ours():
            header = self._table.horizontalHeader()
            widths = [
                self._state_width()
                if column == STATE
                else self._widths.get(column) or self._natural(column)
                if header.isSectionHidden(column)
                else header.sectionSize(column)
                for column in range(len(COLUMNS))
            ]
            room = self._table.viewport().width()
            hide = set(screen_fit.columns_to_hide(widths, GIVE_WAY, self.chosen, room))
            for column in range(len(COLUMNS)):
                hidden = column in self.chosen or column in hide
                if header.isSectionHidden(column) != hidden:
                    if hidden:
                        self._widths[column] = header.sectionSize(column)
                    header.setSectionHidden(column, hidden)
                    if not hidden and column != STATE:
                        header.resizeSection(column, widths[column])
            self.made_room = hide
            self.fitted.emit()

    @contextlib.contextmanager
    def _ours(self) -> Iterator[None]:
        self._resizing += 1
        try:
            yield
        finally:
            self._resizing -= 1

    def _official_resized(self, column: int, old: int, new: int) -> None:
        """A column dragged wider or narrower by the official: the widths are theirs from now
        on, and a first run's fitting as its rows arrive stops undoing them."""
        header = self._table.horizontalHeader()
        if self._resizing or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            return
        self.sized = True

    def close_width(self) -> int:
        return round(_CLOSE_WIDTH * self._scale)

    def _natural(self, column: int) -> int:
        """As wide as its rows on screen and its header need (a hidden section has no size
        hint of its own, so the header's text is measured)."""
        if column == CLOSE:
            return self.close_width()
        header = self._table.horizontalHeader()
        title = header.fontMetrics().horizontalAdvance(COLUMNS[column].header())
        return max(self._table.sizeHintForColumn(column), title + self._title_room())

    def _title_room(self) -> int:
        """What a header section needs besides its title (margins, the sort arrow), as the
        style draws it: measured on State, which is never hidden. A guess here fitted a
        column given back narrower than the same column fitted shown, and zooming in and
        back then hid a different set of columns."""
        header = self._table.horizontalHeader()
        title = header.fontMetrics().horizontalAdvance(COLUMNS[STATE].header())
        return max(_PADDING, header.sectionSizeHint(STATE) - title)

    def _state_width(self) -> int:
        """What the State column must be able to say: a close's state, not the longest
        outcome (that is elided, and whole on hover)."""
        return self._table.fontMetrics().horizontalAdvance(closes.waiting_to_close()) + _PADDING

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.sized:
            self._settle.start()
        return False


#: Names the remembered column layout: another set of columns starts from its defaults.
COLUMNS_ID = format(zlib.crc32(",".join(KEYS).encode()), "08x")


def _numbers(keys: str) -> set[int]:
    return {KEYS.index(key) for key in keys.split(",") if key in KEYS}
