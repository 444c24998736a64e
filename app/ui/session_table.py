"""The session table as the official handles it: the selection (which never jumps to a
neighbour), the Close cell, the filter's best match, and what it says when it has no row to
show. Which columns it shows, and how wide, is app/ui/column_fit.py's."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from app.sessions.activity import Activity
from app.sessions.book import Changes
from app.settings import Settings
from app.ui.cell_tooltips import CellTooltips
from app.ui.cells import ACTIVITY_ROLE, CLOSABLE_ROLE, TOKEN_ROLE
from app.ui.column_fit import ColumnFit
from app.ui.columns import position
from app.ui.session_model import SessionTableModel

CLOSE_COLUMN = position("close")


#: How many rows a column fitted to its contents is measured against: a few screens' worth.
FIT_TO_ROWS = 100


class SessionTable(QTableView):
    #: The official clicked the Close cell of a row that may be closed (its token).
    close_clicked = Signal(str)

    def __init__(
        self, model: SessionTableModel, settings: Settings, parent: QWidget | None = None
    ) -> None:
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
        # Tab goes on to the next control (the panel, the filter), as everywhere else in the
        # window; the arrows move within the table. Qt's default kept Tab cycling through
        # cells: a keyboard could never leave the table.
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(rows.defaultSectionSize() + 6)
        header = self.horizontalHeader()
        # A column fitted to its contents reads the first rows, not thousands (Qt's default
        # of 1 000 held the window 50 ms at the end of a big listing).
        header.setResizeContentsPrecision(FIT_TO_ROWS)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(position("state"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CLOSE_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.setSortIndicator(position("device"), Qt.SortOrder.AscendingOrder)
        self.columns = ColumnFit(self, settings)
        header.resizeSection(CLOSE_COLUMN, self.columns.close_width())
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda where: self.columns.columns_menu().popup(header.mapToGlobal(where))
        )
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

    # -- the selection ----------------------------------------------------------------------

    def selected_tokens(self) -> list[str]:
        """Every selected session, in the table's order. Never the current index alone: it is
        invisible, and Delete must not act on a row nobody chose."""
        # From the selection's ranges: Select All is one range, where selectedRows() would
        # hand Python an index per row (25 ms for 5 000 rows).
        rows: set[int] = set()
        last = self.sessions.columnCount() - 1
        selection = self.selectionModel().selection()
        for selected in (selection.at(n) for n in range(selection.size())):
            if selected.left() == 0 and selected.right() == last:  # whole rows, as selectedRows
                rows.update(range(selected.top(), selected.bottom() + 1))
        return [self.sessions.token_at(row) for row in sorted(rows)]

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
