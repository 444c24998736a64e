"""Sessions → Close history…: every close attempt this computer made, newest first, with a
filter and "Export CSV…". The history is read and written by workers (it is on disk)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path, PurePath

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.display import short_token
from app.jobs import JobRunner, Report
from app.records.close_record import Outcome
from app.records.history import CloseHistory, HistoryRow
from app.sessions import search
from app.sessions.recheck import SETTLED_LATER
from app.settings import Settings
from app.ui import colours, filtering
from app.ui.csv_style import history_style
from app.ui.words import closes, names, times
from app.ui.words.errors import error_text

translate = QCoreApplication.translate

_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
_SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class HistoryWindow(QDialog):
    """`loaded` rows are shown as they come; `export` writes what the filter shows, and says
    `exported(count)` when the file is written."""

    exported = Signal(int)

    def __init__(
        self,
        runner: JobRunner,
        history: CloseHistory,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._runner = runner
        self._history = history
        self.rows: list[HistoryRow] = []
        #: Reads asked for so far: a read's rows are shown only if none was asked after it.
        self._loads = 0
        self.setWindowTitle(self.tr("Close history"))
        self.resize(1100, 520)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by session, device, serial, token…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the close history"))
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)

        self.cells = QStandardItemModel(0, len(_HEADERS), self)
        self.cells.setHorizontalHeaderLabels([header() for header in _HEADERS])
        self.shown = QSortFilterProxyModel(self)
        self.shown.setSourceModel(self.cells)
        self.shown.setFilterRole(_SEARCH_ROLE)
        self.shown.setSortRole(_SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.shown)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Close attempts, newest first"))
        self.filter_edit.textChanged.connect(self._filter)

        self.status = QLabel(self.tr("Reading the close history…"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.clicked.connect(self._ask_where)
        self.export_button.setEnabled(False)
        self.folder_button = self._folder_button()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.filter_edit.setFocus()

    def load(self) -> None:
        """Reads the history again (it is shown afresh, not added to); of two reads that
        overlap, only the later one's rows are shown."""
        self._loads += 1
        load = self._loads
        self._runner.start(
            "read close history",
            lambda report: self._history.rows(),
            succeeded=lambda rows: self._loaded(load, rows),
            failed=lambda error: self._unreadable(load, error),
        )

    def _loaded(self, load: int, rows: list[HistoryRow]) -> None:
        if load != self._loads:
            return
        self.rows = rows
        self.cells.removeRows(0, self.cells.rowCount())
        for row in rows:
            self.cells.appendRow(_items(row))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        self.export_button.setEnabled(bool(rows))
        self.status.setText(
            self.tr("%n close attempt(s).", "", len(rows))
            if rows
            else self.tr("No close attempt yet: every close is recorded here.")
        )

    def _unreadable(self, load: int, error: object) -> None:
        if load == self._loads:
            self.status.setText(error_text(error))

    def _filter(self, text: str) -> None:
        self.shown.setFilterRegularExpression(filtering.expression(search.Query.of(text)))
        shown, every = self.shown.rowCount(), self.cells.rowCount()
        self.export_button.setText(
            self.tr("&Export %n shown…", "", shown) if shown < every else self.tr("&Export CSV…")
        )
        self.export_button.setEnabled(shown > 0)

    def _folder_button(self) -> QPushButton:
        button = QPushButton(self.tr("&Open passings folder"))
        button.setToolTip(
            self.tr("The folder of the selected attempt's passings file, in the file manager")
        )
        button.clicked.connect(self._open_folder)
        button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        return button

    def selected_file(self) -> str | None:
        """The passings file of the selected attempt, if it saved one."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        by_id = {row.id: row for row in self.rows}
        chosen = by_id.get(rows[0].siblingAtColumn(0).data(Qt.ItemDataRole.UserRole))
        return chosen.passings_file if chosen is not None else None

    def _selected(self) -> None:
        self.folder_button.setEnabled(bool(self.selected_file()))

    def _open_folder(self) -> None:
        path = self.selected_file()
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(PurePath(path).parent)))

    def shown_rows(self) -> list[HistoryRow]:
        """The attempts the filter shows, in the table's order."""
        by_id = {row.id: row for row in self.rows}
        ids = (
            self.shown.index(n, 0).data(Qt.ItemDataRole.UserRole)
            for n in range(self.shown.rowCount())
        )
        return [by_id[row_id] for row_id in ids]

    def _ask_where(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the close history"),
            str(Path.home() / f"close-history-{datetime.now():%Y-%m-%d}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Writes the attempts the filter shows to `path`, in a worker."""
        from app.records.history_csv import write_history_csv  # noqa: PLC0415

        rows = self.shown_rows()
        style = history_style(self._settings)
        self.export_button.setEnabled(False)

        def write(report: Report) -> int:
            try:
                return write_history_csv(rows, path, style)
            except OSError as error:
                raise NotWritten(error) from error

        # Beside the closes, not after them: a bulk close may hold their turn long.
        self._runner.start(
            "export close history",
            write,
            succeeded=lambda count: self._exported(path, count),
            failed=self._export_failed,
        )

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self.exported.emit(count)
        self.status.setText(
            self.tr("%Ln attempt(s) written to %1", "", count).replace("%1", str(path))
        )

    def _export_failed(self, error: object) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("The CSV file could not be written: %1").replace(
                "%1", error.reason if isinstance(error, NotWritten) else error_text(error)
            )
        )


# What an official looks for first (when, what became of it, why, which session) comes
# first; the full token and the passings file are on hover of the short token.
_HEADERS: tuple[Callable[[], str], ...] = (
    lambda: translate("HistoryWindow", "When"),
    lambda: translate("HistoryWindow", "Outcome"),
    lambda: translate("HistoryWindow", "Reason, as recorded"),
    lambda: translate("HistoryWindow", "Session"),
    lambda: translate("HistoryWindow", "Device"),
    lambda: translate("HistoryWindow", "Serial"),
    lambda: translate("HistoryWindow", "Passings"),
    lambda: translate("HistoryWindow", "Passings file"),
    lambda: translate("HistoryWindow", "Token"),
    lambda: translate("HistoryWindow", "Key"),
    lambda: translate("HistoryWindow", "Computer"),
    lambda: translate("HistoryWindow", "HTTP"),
)
_PASSINGS = 6
_FILE = 7
_TOKEN = 8


def _items(row: HistoryRow) -> list[QStandardItem]:
    outcome = (
        closes.outcome_name(row.outcome)
        if row.outcome is not None
        else translate("HistoryWindow", "interrupted")
    )
    if row.outcome is not None and SETTLED_LATER in row.statuses:
        outcome = translate("HistoryWindow", "%1 (interrupted; read back later)").replace(
            "%1", outcome
        )
    passings = row.passings_confirmed if row.passings_confirmed is not None else row.passings_seen
    texts = (
        times.when(row.requested_at),
        outcome,
        names.hostile(row.reason),
        names.hostile(row.session_alias),
        names.hostile(row.device_alias),
        names.hostile(row.device_serial),
        times.count(passings),
        names.hostile(PurePath(row.passings_file).name) if row.passings_file else "",
        names.hostile(short_token(row.token)),
        names.key_source(row.key_source),
        f"{row.os_user}@{row.host}",
        row.statuses,
    )
    items = [QStandardItem(text) for text in texts]
    items[0].setData(row.requested_at.timestamp(), _SORT_ROLE)
    items[0].setToolTip(times.exact_time(row.requested_at))
    for item, text in zip(items[1:], texts[1:], strict=True):
        item.setData(text.casefold(), _SORT_ROLE)
    items[_PASSINGS].setData(passings if passings is not None else -1, _SORT_ROLE)
    if row.passings_file:
        items[_FILE].setToolTip(names.plain_tip(names.hostile(row.passings_file)))
    items[_TOKEN].setToolTip(names.plain_tip(names.hostile(row.token)))
    items[0].setData(row.id, Qt.ItemDataRole.UserRole)
    # Found as in the session table: names by what is typed, the serial and the full token
    # (though the cell shows its short form) only by what looks like them.
    named = (row.session_alias, row.device_alias, texts[1], texts[2])
    items[0].setData(search.search_text(named, row.device_serial, row.token), _SEARCH_ROLE)
    if row.outcome is not None and not row.outcome.closed and row.outcome is not Outcome.STOPPED:
        items[1].setForeground(colours.warning_colour())
    return items


class NotWritten(Exception):
    """The CSV file could not be written: the system's reason, for the official (a full
    disk, a folder that cannot be written), not a fault in the console."""

    expected = True

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.reason = error.strerror or str(error)
