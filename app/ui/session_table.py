"""The session table as the official handles it: its columns (shown, hidden, fitted to the
screen), the selection (which never jumps to a neighbour), the Close cell, and what it says
when it has no row to show."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMenu, QTableView, QWidget

from app.sessions.activity import Activity
from app.sessions.book import Changes
from app.settings import Settings
from app.ui import screen_fit
from app.ui.cell_tooltips import CellTooltips
from app.ui.cells import ACTIVITY_ROLE, CLOSABLE_ROLE, TOKEN_ROLE
from app.ui.columns import COLUMNS, GIVE_WAY, KEYS, position
from app.ui.session_model import SessionTableModel
from app.ui.words import closes

CLOSE_COLUMN = position("close")
#: Names the remembered column layout: another set of columns starts from its defaults.
COLUMNS_ID = format(zlib.crc32(",".join(KEYS).encode()), "08x")
_CLOSE_COLUMN_WIDTH = 90


class SessionTable(QTableView):
    #: The official clicked the Close cell of a row that may be closed (its token).
    close_clicked = Signal(str)

    def __init__(self, model: SessionTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = model
        self.setModel(model)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl-click and Ctrl+A (within the filter) for a bulk close.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setMouseTracking(True)  # cells light up under the pointer
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(rows.defaultSectionSize() + 6)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(position("state"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CLOSE_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(CLOSE_COLUMN, _CLOSE_COLUMN_WIDTH)
        header.setSortIndicator(position("device"), Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        # A header clicked while a filter ranks its matches: the official's sort again.
        header.sortIndicatorChanged.connect(lambda: header.setSortIndicatorShown(True))
        self.setAccessibleName(self.tr("Open sessions"))
        self.setAccessibleDescription(
            self.tr(
                "One row per open session of the account. Delete closes the selected sessions "
                "after a confirmation; Ctrl+C copies the token; F5 refreshes."
            )
        )
        self.tooltips = CellTooltips(self, model)
        self.clicked.connect(self._cell_clicked)
        self.empty_label = QLabel(self.viewport())
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.set_empty_text(self.tr("Not listed yet."))
        #: Whether the columns have been fitted to real rows (now, or in an earlier run).
        self.sized = False
        #: Whether this run has made sure the Close column is in view.
        self._room_made = False
        #: The zoom's: the Close column grows with the text.
        self._scale = 1.0

    # -- columns ----------------------------------------------------------------------------

    def _column_menu(self, where: QPoint) -> None:
        self.columns_menu().popup(self.horizontalHeader().mapToGlobal(where))

    def columns_menu(self, menu: QMenu | None = None) -> QMenu:
        """The header's menu (and View → Columns): every column that may be hidden, ticked
        when shown. Filled when it opens, so that the ticks are the header's of the moment."""
        header = self.horizontalHeader()
        if menu is None:
            menu = QMenu(self.tr("Columns"), self)
        menu.clear()
        for number, column in enumerate(COLUMNS):
            if not column.hideable:
                continue
            action = menu.addAction(column.header())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda shown, n=number: header.setSectionHidden(n, not shown))
        return menu

    def restore(self, settings: Settings) -> None:
        """Widths, order, hidden columns and the sort, from the settings or the defaults."""
        header = self.horizontalHeader()
        saved = settings.table_header(COLUMNS_ID)
        # Widths come from the settings, or from the first list's contents.
        self.sized = saved is not None and header.restoreState(saved)
        if not self.sized:
            for number, column in enumerate(COLUMNS):
                header.setSectionHidden(number, not column.shown_by_default)
        # The applied sort is the view's, not the header's: apply what was restored.
        self.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def save(self, settings: Settings) -> None:
        settings.set_table_header(COLUMNS_ID, self.horizontalHeader().saveState())

    def listed(self) -> None:
        """A listing ended: on a first run the columns fit the real rows; on the first
        listing of each run, Close is made room for on whatever screen this is."""
        if not self.sized:
            self.sized = True
            self.fit_columns()
        elif not self._room_made:
            self.make_room_for_close()
        self._room_made = True

    def fit_columns(self) -> None:
        """Columns sized to the rows on screen, not to every row: fitting 5 000 rows would
        freeze the window for a moment."""
        header = self.horizontalHeader()
        for column in range(self.sessions.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                self.resizeColumnToContents(column)
        header.resizeSection(CLOSE_COLUMN, self.close_column_width())
        self.make_room_for_close()

    def make_room_for_close(self) -> None:
        """A narrow screen (or widths remembered from a wider one): the least useful columns
        give way, so that Close stays in view."""
        header = self.horizontalHeader()
        # The State column stretches into whatever is left: what it needs is room for a
        # state while closing, not the width it happens to have.
        state = self.fontMetrics().horizontalAdvance(closes.waiting_to_close()) + 24
        widths = [
            state if c == position("state") else header.sectionSize(c)
            for c in range(self.sessions.columnCount())
        ]
        hidden = {c for c in range(len(widths)) if header.isSectionHidden(c)}
        room = self.viewport().width()
        for column in screen_fit.columns_to_hide(widths, GIVE_WAY, hidden, room):
            header.setSectionHidden(column, True)

    def zoomed(self, scale: float) -> None:
        """Bigger text needs wider columns: fitted again, the least useful giving way."""
        self._scale = scale
        if self.sized and self.sessions.rowCount():
            self.fit_columns()
        else:
            self.horizontalHeader().resizeSection(CLOSE_COLUMN, self.close_column_width())

    def close_column_width(self) -> int:
        return round(_CLOSE_COLUMN_WIDTH * self._scale)

    # -- the selection ----------------------------------------------------------------------

    def selected_tokens(self) -> list[str]:
        """Every selected session, in the table's order. Never the current index alone: it is
        invisible, and Delete must not act on a row nobody chose."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self.sessions.token_at(row) for row in rows]

    def selected_token(self) -> str | None:
        """The first selected session; None when no row is selected."""
        selected = self.selected_tokens()
        return selected[0] if selected else None

    def select(self, token: str) -> None:
        place = self.sessions.position_of(token)
        if place is not None:
            self.selectRow(place)

    def keep_selection(self, changes: Changes) -> None:
        """A refresh that removes the selected row leaves nothing selected, so that Delete
        can never reach its neighbour."""
        token = self.selected_token()
        if token is not None and token in changes.removed:
            self.selectionModel().clear()
            self.setCurrentIndex(self.sessions.index(-1, -1))

    def select_stale(self) -> int:
        """Selects every stale session the filter shows that can be closed now."""
        selection = QItemSelection()
        activity_column = position("activity")
        last = self.sessions.columnCount() - 1
        for row in range(self.sessions.rowCount()):
            stale = self.sessions.index(row, activity_column).data(ACTIVITY_ROLE)
            if stale == Activity.STALE.value and self.sessions.index(row, CLOSE_COLUMN).data(
                CLOSABLE_ROLE
            ):
                selection.select(self.sessions.index(row, 0), self.sessions.index(row, last))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return len(self.selected_tokens())

    def enter_best(self) -> None:
        """From the filter box: on to the row that what is typed means most."""
        token = self.sessions.best_match()
        place = self.sessions.position_of(token) if token is not None else None
        if place is None:
            return
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectionModel().setCurrentIndex(
            self.sessions.index(place, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(self.sessions.index(place, 0))

    def filtered(self, text: str) -> None:
        """The filter changed: the selected session stays selected if it is still shown; the
        best matches come first, and the header says so by showing no sort of its own."""
        token = self.selected_token()
        self.sessions.set_filter_text(text)
        self.horizontalHeader().setSortIndicatorShown(not self.sessions.ranking)
        if token is not None:
            self.select(token)
        self.update_empty_label()

    def _cell_clicked(self, index: QModelIndex) -> None:
        if index.column() != CLOSE_COLUMN or not index.data(CLOSABLE_ROLE):
            return
        token = str(index.siblingAtColumn(0).data(TOKEN_ROLE))
        self.select(token)  # the row the question is about is the one highlighted
        self.close_clicked.emit(token)

    # -- no rows ----------------------------------------------------------------------------

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.resize(self.viewport().size())

    def update_empty_label(self) -> None:
        self.empty_label.setVisible(self.sessions.rowCount() == 0)
        self.empty_label.resize(self.viewport().size())
