"""The console window: the open sessions, a Close button on each, and a status bar that
always says what is happening.

It renders what the Qt-free layers decide (app.sessions): which row may be closed, what a
close record means. It holds no such rule of its own.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QByteArray,
    QElapsedTimer,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.display import short_token
from app.jobs import JobRunner
from app.keystore import KeyLookup
from app.records.close_record import CloseRecord
from app.rufus.models import Device, DeviceSessions, KeyRights, OpenSession
from app.sessions.activity import Activity
from app.sessions.book import Changes, Row
from app.settings import AUTO_REFRESH, LANGUAGE, LIVE_WITHIN_MINUTES, Settings
from app.ui import colours, screen_fit, wording
from app.ui.appearance import Appearance
from app.ui.auto_refresh import AutoRefresh
from app.ui.cell_tooltips import CellTooltips
from app.ui.close_flow import CloseFlow
from app.ui.colours import Tone
from app.ui.columns import COLUMNS, GIVE_WAY, KEYS, position
from app.ui.console import Console, ListingDone
from app.ui.export_flow import ExportFlow
from app.ui.heap import Heap
from app.ui.session_model import ACTIVITY_ROLE, CLOSABLE_ROLE, TOKEN_ROLE, SessionTableModel
from app.ui.window_commands import WindowCommands

if TYPE_CHECKING:
    from app.ui.confirm_close import ConfirmCloseDialog
    from app.ui.history_window import HistoryWindow
    from app.ui.key_dialog import KeyDialog

#: How often the "4 min ago" texts are brought up to date.
AGE_TICK_MS = 15_000
#: The progress bar and its text are brought up to date at most this often during a listing.
PROGRESS_TICK_MS = 250
#: How long a session new since the last refresh stays marked.
HIGHLIGHT_MS = 10_000
#: How long quitting waits for requests in flight before giving up on them.
QUIT_WAIT_MS = 3000

CLOSE_COLUMN = position("close")
#: Names the remembered column layout: another set of columns starts from its defaults.
COLUMNS_ID = format(zlib.crc32(",".join(KEYS).encode()), "08x")
_CLOSE_COLUMN_WIDTH = 90
_BANNER_STYLE = (
    "background: #b71c1c; color: white; font-weight: bold; padding: 6px 8px; border-radius: 3px;"
)
_DEMO_STYLE = (
    "background: #ff8f00; color: black; font-weight: bold; padding: 4px 8px; border-radius: 3px;"
)
_SERVER_STYLE = (
    "background: #0d47a1; color: white; font-weight: bold; padding: 4px 8px; border-radius: 3px;"
)


class MainWindow(QMainWindow):
    def __init__(
        self, console: Console, runner: JobRunner, settings: Settings, *, demo: bool = False
    ) -> None:
        super().__init__()
        self.console = console
        self._runner = runner
        self._settings = settings
        self._demo = demo
        self.key_dialog: KeyDialog | None = None
        self.history_window: HistoryWindow | None = None
        #: False when quitting left a worker running (see JobRunner.shutdown).
        self.stopped_cleanly = True
        self._closed = False
        #: The official chose to wait for closes in flight before quitting.
        self._quit_when_closed = False
        #: The question asked when quitting with a close in flight, while it is open.
        self.quit_question: QMessageBox | None = None
        #: Rows the current listing found closed by someone else.
        self._gone: list[Row] = []
        #: Whether this run has made sure the Close column is in view.
        self._room_made = False
        #: The status bar's message is to stay through automatic refreshes (see _say).
        self._kept = False
        #: The listing under way was started by the auto-refresh (and the next one will be).
        self._quiet_listing = False
        self._next_listing_quiet = False
        #: The status bar's message is an error (its colour follows the scheme).
        self._status_tone: Tone | None = None

        self.setWindowTitle(self._title())
        self.model = SessionTableModel()
        self.book = self.model.book
        self.close_flow = CloseFlow(self, console, self.model, settings, self._entry_name)
        self.close_flow.said.connect(lambda text, error: self._say(text, error=error, keep=True))
        self.close_flow.question_closed.connect(self._question_closed)
        self.close_flow.settled.connect(self._closes_settled)
        self.export_flow = ExportFlow(
            self, console, settings, self.close_flow.passings_folder, self._entry_name
        )
        self.export_flow.said.connect(lambda text, error: self._say(text, error=error, keep=True))
        self.table = self._build_table()
        self.appearance = Appearance(self.table, settings)
        self.tooltips = CellTooltips(self.table, self.model)
        self.table.clicked.connect(self._cell_clicked)
        self.filter_edit = QLineEdit()
        self._heap = Heap()
        self.auto_refresh = AutoRefresh(self)
        self.auto_refresh.paused = self.close_flow.busy
        self.auto_refresh.due.connect(self._refresh_on_its_own)
        self.commands = WindowCommands(self)
        self._build_actions()
        self._build_central()
        self._build_status_bar()
        self._restore_settings()
        self.appearance.scheme_changed.connect(self._scheme_changed)
        self.appearance.zoomed.connect(self._zoomed)
        self._zoomed()

        self._start_clocks()
        self._listen_to(console)

    def _start_clocks(self) -> None:
        """Ages that grow older, "updated … ago" that ticks, new rows' marks that fade."""
        self._age_timer = QTimer(self)
        self._age_timer.timeout.connect(self._times_pass)
        self._age_timer.start(AGE_TICK_MS)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._show_freshness)
        self._clock.start(1000)
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.timeout.connect(self.model.clear_highlights)

    def _listen_to(self, console: Console) -> None:
        console.key_changed.connect(self._key_changed)
        console.key_needed.connect(self._key_needed)
        console.rights_changed.connect(self._rights_changed)
        console.listing_started.connect(self._listing_started)
        console.devices_found.connect(self._devices_found)
        console.devices_answered.connect(self._devices_answered)
        console.listing_finished.connect(self._listing_finished)
        console.listing_failed.connect(self._listing_failed)
        console.close_progress.connect(self._close_progress)
        console.closes_finished.connect(self._closes_finished)
        console.earlier_closes_settled.connect(self.close_flow.earlier_closes_settled)

    @property
    def confirmation(self) -> ConfirmCloseDialog | None:
        """The close confirmation, while it is open."""
        return self.close_flow.confirmation

    # -- building -----------------------------------------------------------------------------

    def _title(self) -> str:
        if self._demo:
            return self.tr("Rufus Console — DEMO — simulated cloud")
        if not self.console.factory.production:
            return self.tr("Rufus Console — NOT PRODUCTION: %1").replace("%1", self._server())
        return self.tr("Rufus Console")

    def _server(self) -> str:
        return urlsplit(self.console.factory.base_url).netloc or self.console.factory.base_url

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl-click and Ctrl+A (within the filter) for a bulk close.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setMouseTracking(True)  # cells light up under the pointer
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(
            table.verticalHeader().defaultSectionSize() + 6
        )
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(position("state"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CLOSE_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(CLOSE_COLUMN, _CLOSE_COLUMN_WIDTH)
        header.setSortIndicator(position("device"), Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        table.setAccessibleName(self.tr("Open sessions"))
        table.setAccessibleDescription(
            self.tr(
                "One row per open session of the account. Delete closes the selected sessions "
                "after a confirmation; Ctrl+C copies the token; F5 refreshes."
            )
        )
        return table

    def _column_menu(self, where: QPoint) -> None:
        self.columns_menu().popup(self.table.horizontalHeader().mapToGlobal(where))

    def columns_menu(self, menu: QMenu | None = None) -> QMenu:
        """The header's menu (and View → Columns): every column that may be hidden, ticked
        when shown. Filled when it opens, so that the ticks are the header's of the moment."""
        header = self.table.horizontalHeader()
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

    def _build_actions(self) -> None:
        commands = self.commands
        commands.refresh.triggered.connect(self.refresh)
        commands.close.triggered.connect(self.close_selected)
        commands.select_stale.triggered.connect(self.select_stale)
        commands.export_passings.triggered.connect(self._ask_where_to_export)
        commands.copy_token.triggered.connect(self.copy_selected_token)
        commands.find.triggered.connect(self._focus_filter)
        commands.history.triggered.connect(self.show_history)
        commands.passings_folder.triggered.connect(self.export_flow.choose_folder)
        commands.activity_filter.triggered.connect(self._activity_filter_changed)
        commands.refresh_choices.triggered.connect(self._refresh_choice_changed)
        commands.change_key.triggered.connect(self.ask_for_key)
        commands.forget_key.triggered.connect(self._forget_key)
        commands.quit.triggered.connect(self.close)
        commands.about.triggered.connect(self._about)
        commands.zoom_in.triggered.connect(self.appearance.zoom_in)
        commands.zoom_out.triggered.connect(self.appearance.zoom_out)
        commands.zoom_reset.triggered.connect(self.appearance.zoom_reset)
        commands.outdoor.toggled.connect(self.appearance.set_outdoor)
        commands.languages.triggered.connect(self._language_chosen)
        self.table.addActions(commands.for_the_table())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        commands.fill_menus(self)
        columns = commands.view_menu.addMenu(self.tr("&Columns"))
        columns.aboutToShow.connect(lambda: self.columns_menu(columns))
        commands.fill_toolbar(self, self.filter_edit)
        self.filter_edit.textChanged.connect(self._filter)
        leave_filter = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        leave_filter.setContext(Qt.ShortcutContext.WidgetShortcut)
        leave_filter.activated.connect(self._leave_filter)
        # Enter or Down in the filter: on to the first row it shows.
        self.filter_edit.returnPressed.connect(self._enter_results)
        to_results = QShortcut(QKeySequence(Qt.Key.Key_Down), self.filter_edit)
        to_results.setContext(Qt.ShortcutContext.WidgetShortcut)
        to_results.activated.connect(self._enter_results)

    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        if self._demo:
            banner = QLabel(
                self.tr("DEMO — simulated cloud. Nothing here touches a real race or account.")
            )
            banner.setStyleSheet(_DEMO_STYLE)
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.demo_banner = banner
            layout.addWidget(banner)
        self.rights_banner = QLabel()
        self.rights_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.rights_banner.setWordWrap(True)
        self.rights_banner.setStyleSheet(_BANNER_STYLE)
        self.rights_banner.setAccessibleName(self.tr("Key warning"))
        self.rights_banner.hide()
        layout.addWidget(self.rights_banner)
        layout.addWidget(self.table)
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self._set_empty_text(self.tr("Not listed yet."))
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel(self.tr("Starting…"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._progress_clock = QElapsedTimer()
        self._progress_clock.start()
        self.status_label.setAccessibleName(self.tr("Status"))
        self.progress.setAccessibleName(self.tr("Devices read"))
        self.key_label = QLabel()
        self.key_label.setAccessibleName(self.tr("API key in use"))
        self.freshness_label = QLabel()
        self.freshness_label.setAccessibleName(self.tr("Last refresh"))
        self.freshness_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.close_flow.stop_button)
        bar.addPermanentWidget(self.freshness_label)
        bar.addPermanentWidget(self.key_label)
        if self._demo:
            marker = QLabel(self.tr("DEMO"))
            marker.setStyleSheet(_DEMO_STYLE)
            marker.setToolTip(self.tr("This window talks to a simulated RUFUS cloud."))
            bar.addPermanentWidget(marker)
        elif not self.console.factory.production:
            self.server_label = QLabel(self.tr("Server: %1").replace("%1", self._server()))
            self.server_label.setTextFormat(Qt.TextFormat.PlainText)
            self.server_label.setStyleSheet(_SERVER_STYLE)
            self.server_label.setToolTip(
                self.tr("Not the production RUFUS (%1): this window talks to %2.")
                .replace("%1", "api.runonrufus.com")
                .replace("%2", self.console.factory.base_url)
            )
            bar.addPermanentWidget(self.server_label)

    # -- settings -----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        self._place_on_screen(self._settings.window_geometry)
        self.commands.outdoor.setChecked(self.appearance.outdoor)
        language = self._settings.get(LANGUAGE)
        for action in self.commands.languages.actions():
            action.setChecked(action.data() == language)
        header = self.table.horizontalHeader()
        saved = self._settings.table_header(COLUMNS_ID)
        # Widths come from the settings, or from the first list's contents.
        self._sized = saved is not None and header.restoreState(saved)
        if not self._sized:
            for number, column in enumerate(COLUMNS):
                header.setSectionHidden(number, not column.shown_by_default)
        # The applied sort is the view's, not the header's: apply what was restored.
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        chosen = self._settings.get(AUTO_REFRESH)
        self.auto_refresh.choose(chosen)
        for action in self.commands.refresh_choices.actions():
            action.setChecked(action.data() == chosen)
        self.model.live_within = timedelta(minutes=self._settings.get(LIVE_WITHIN_MINUTES))

    def _save_settings(self) -> None:
        self._settings.window_geometry = self.saveGeometry()
        self._settings.set_table_header(COLUMNS_ID, self.table.horizontalHeader().saveState())
        self._settings.sync()

    # -- what the official does ---------------------------------------------------------------

    def refresh(self) -> None:
        self.console.refresh()

    def selected_token(self) -> str | None:
        """The first selected session; None when no row is selected. Never the table's
        current index alone: it is invisible, and Delete must not act on a row nobody chose."""
        selected = self.selected_tokens()
        return selected[0] if selected else None

    def selected_tokens(self) -> list[str]:
        """Every selected session, in the table's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.token_at(row) for row in rows]

    def close_selected(self) -> None:
        tokens = self.selected_tokens()
        if not tokens:
            token = self.selected_token()
            tokens = [token] if token is not None else []
        if not tokens:
            self._say(self.tr("Select a session first."))
            return
        self.close_flow.request(tokens)

    def select_stale(self) -> None:
        """Selects every stale session the filter shows that can be closed now."""
        selection = QItemSelection()
        activity_column = position("activity")
        last = self.model.columnCount() - 1
        for row in range(self.model.rowCount()):
            stale = self.model.index(row, activity_column).data(ACTIVITY_ROLE)
            if stale == Activity.STALE.value and self.model.index(row, CLOSE_COLUMN).data(
                CLOSABLE_ROLE
            ):
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        count = len(self.selected_tokens())
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._say(
            self.tr(
                "%n stale session(s) selected: Delete closes them, after a confirmation.", "", count
            )
            if count
            else self.tr("No stale session to select in the list shown.")
        )

    def _selection_changed(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.commands.close.setText(
            self.tr("&Close %n selected…", "", count) if count > 1 else self.tr("&Close selected…")
        )
        self.commands.export_passings.setEnabled(count <= 1)

    def _cell_clicked(self, index: QModelIndex) -> None:
        if index.column() != CLOSE_COLUMN or not index.data(CLOSABLE_ROLE):
            return
        token = str(index.siblingAtColumn(0).data(TOKEN_ROLE))
        self._select(token)  # the row the question is about is the one highlighted
        self.request_close(token)

    def request_close(self, token: str) -> None:
        """Opens the confirmation; the close itself starts only when the official confirms."""
        self.close_flow.request([token])

    def _question_closed(self) -> None:
        self.activateWindow()  # the keyboard goes back to the table for the next row
        self.table.setFocus()

    def _closes_settled(self) -> None:
        self.auto_refresh.resume()

    def show_history(self) -> None:
        """Sessions → Close history…: a window of its own, read from disk by a worker."""
        if self.history_window is None:
            from app.records.history import CloseHistory  # noqa: PLC0415  (see request_close)
            from app.ui.history_window import HistoryWindow  # noqa: PLC0415

            history = CloseHistory(self.console.factory.history_path)
            self.history_window = HistoryWindow(self._runner, history, self)
        self.history_window.load()
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()

    def export_passings(self, token: str, path: Path) -> None:
        """Saves one session's passings to `path` in a worker; the session stays open."""
        row = self.book.get(token)
        if row is not None:
            self.export_flow.export(row.entry, path)

    def _ask_where_to_export(self) -> None:
        token = self.selected_token()
        row = self.book.get(token) if token is not None else None
        self.export_flow.ask_where(row.entry if row is not None else None)

    def copy_selected_token(self) -> None:
        token = self.selected_token()
        if token is None:
            self._say(self.tr("Select a session first."))
            return
        QGuiApplication.clipboard().setText(token)
        self._say(
            self.tr("Token of %1 copied to the clipboard.").replace("%1", self._name_of(token))
        )

    def ask_for_key(self) -> None:
        if self.key_dialog is not None:
            self.key_dialog.raise_()
            return
        from app.ui.key_dialog import KeyDialog  # noqa: PLC0415  (see request_close)

        dialog = KeyDialog(self._runner, self.console, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.key_accepted.connect(self.console.use_key)
        dialog.finished.connect(self._key_dialog_done)
        self.key_dialog = dialog
        dialog.open()
        dialog.activateWindow()

    def _key_dialog_done(self) -> None:
        if self.key_dialog is not None:
            self.key_dialog.deleteLater()
            self.key_dialog = None

    def _forget_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Forget the API key?"),
            self.tr(
                "Remove the API key from this computer's keyring? You will need to enter it "
                "again to use the console."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.console.forget_key()

    def _filter(self, text: str) -> None:
        """The selected session stays selected if the filter still shows it."""
        token = self.selected_token()
        self.model.set_filter_text(text)
        if token is not None:
            self._select(token)
        self._update_empty_label()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _enter_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        first = self.model.index(0, 0)
        self.table.selectionModel().setCurrentIndex(
            first,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _leave_filter(self) -> None:
        """Esc in the filter box: show every row again and go back to the table."""
        self.filter_edit.clear()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _language_chosen(self, action: QAction) -> None:
        self._settings.set(LANGUAGE, action.data())
        if not action.data():
            self._say(
                self.tr("From its next start, Rufus Console follows the system's language."),
                keep=True,
            )
            return
        self._say(
            self.tr("“%1” will be the language the next time Rufus Console starts.").replace(
                "%1", action.text()
            ),
            keep=True,
        )

    def _scheme_changed(self) -> None:
        """Light, dark or outdoor: what is coloured by hand follows."""
        self.model.recolour()
        self.status_label.setStyleSheet(colours.text_style(self._status_tone))

    def _zoomed(self) -> None:
        """Bigger text needs wider columns: fitted again, the least useful giving way."""
        if self._sized and self.model.rowCount():
            self._fit_columns()
        else:
            self.table.horizontalHeader().resizeSection(CLOSE_COLUMN, self._close_column_width())

    def _close_column_width(self) -> int:
        return round(_CLOSE_COLUMN_WIDTH * self.appearance.scale)

    def _place_on_screen(self, geometry: QByteArray | None) -> None:
        """Where the window was, if a screen is still there; else sized to the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if geometry is not None and self.restoreGeometry(geometry):
            screens = [s.availableGeometry() for s in QGuiApplication.screens()]
            if screen_fit.reachable(self.geometry(), screens):
                return
        self.setGeometry(screen_fit.first_geometry(screen.availableGeometry()))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Rufus Console"),
            self.tr("Rufus Console %1\nEvery open RUFUS timing session, closed safely.").replace(
                "%1", __version__
            ),
        )

    # -- what the console reports -------------------------------------------------------------

    def _key_changed(self, lookup: KeyLookup) -> None:
        label, explanation = wording.key_state(lookup)
        self.key_label.setText(label)
        self.key_label.setToolTip(wording.plain_tip(explanation))
        self.commands.forget_key.setEnabled(lookup.usable)
        if not lookup.usable:
            self._show(self.book.clear())
            self.progress.hide()
            self._set_empty_text(explanation)
            self._say(explanation, error=True)

    def _key_needed(self, lookup: KeyLookup) -> None:
        _, explanation = wording.key_state(lookup)
        self._say(explanation, error=True)
        self.ask_for_key()

    def _rights_changed(self, rights: KeyRights) -> None:
        self.book.rights = rights
        read_only = rights is KeyRights.READ_ONLY
        self.rights_banner.setText(wording.read_only_text() if read_only else "")
        self.rights_banner.setVisible(read_only)
        self.commands.close.setEnabled(not read_only)
        if read_only:
            self.close_flow.read_only()
        # Every Close button and its tooltip depend on the key's rights.
        self.model.closability_changed()

    def _listing_started(self) -> None:
        self._gone = []
        self.book.begin_refresh()
        self.auto_refresh.listing_started()
        self.progress.setRange(0, 0)  # busy until the devices are counted
        self.progress.show()
        self._quiet_listing, self._next_listing_quiet = self._next_listing_quiet, False
        self._tell(self.tr("Refreshing… asking RUFUS for the account's devices"))

    def _devices_found(self, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self._progress_clock.start()
        self._tell(self._progress_text(0))

    def _devices_answered(self, answers: Sequence[DeviceSessions], answered: int) -> None:
        changes = self.book.apply(answers)
        self._show(changes)
        if changes.inserted and self.book.generation > 1:
            # New since the last refresh: briefly marked, so that the eye finds them.
            self.model.highlight(changes.inserted)
            self._highlight_timer.start(HIGHLIGHT_MS)
        # QProgressBar repaints itself at once on every new value (~10 ms): at most a few
        # times a second, then, however fast the devices answer.
        if (
            self._progress_clock.elapsed() >= PROGRESS_TICK_MS
            or answered >= self.progress.maximum()
        ):
            self._progress_clock.restart()
            self.progress.setValue(answered)
            self._tell(self._progress_text(answered))

    def _progress_text(self, answered: int) -> str:
        return (
            self.tr("Refreshing… %1 of %2 devices")
            .replace("%1", str(answered))
            .replace("%2", str(self.progress.maximum()))
        )

    def _listing_finished(self, done: ListingDone) -> None:
        changes = self.book.keep_devices(done.devices)
        self._show(changes)
        self.model.flush()  # the summary, the columns' widths and the tests see every row
        self._update_empty_label()
        self._heap.settle(len(self.book))
        self.progress.hide()
        if not self._sized:  # first list of a first run: fit the columns to real data
            self._sized = True
            self._fit_columns()
        elif not self._room_made:  # first list of this run, on whatever screen it is
            self._make_room_for_close()
        self._room_made = True
        self.auto_refresh.listing_ended(sum(1 for d in done.devices if d.sessions != 0))
        self._show_freshness()
        text = self._summary()
        if self._gone:
            text += " · " + self._closed_elsewhere_text()
        if done.failures:
            shared = self.book.shared_names() | _twins(a.device for a in done.failures)
            names = ", ".join(
                wording.with_serial(a.device)
                if a.device.alias in shared
                else wording.device_name(a.device)
                for a in done.failures
            )
            text += " · " + self.tr("INCOMPLETE: could not read %1").replace("%1", names)
        devices = len(done.devices)
        self._set_empty_text(
            self.tr("No open session on the account's %Ln device(s).", "", devices)
        )
        self._tell(text, error=bool(done.failures))

    def _summary(self) -> str:
        """ "144 open · 3 live · 120 stale"."""
        context = self.model.context()
        activities = Counter(context.activity(row) for row in self.book.rows())
        return wording.summary(
            self.book.open_count(), activities[Activity.LIVE], activities[Activity.STALE]
        )

    def _times_pass(self) -> None:
        self.model.refresh_times()

    def _show_freshness(self) -> None:
        """ "Updated 12 s ago · next in 18 s" in the status bar, every second."""
        self.freshness_label.setText(
            wording.freshness(
                self.auto_refresh.seconds_since_listing(),
                self.auto_refresh.seconds_to_next(),
                round(self.auto_refresh.interval_s) if self.auto_refresh.stretched else None,
            )
        )

    def _refresh_on_its_own(self) -> None:
        # Never asks for a key or opens anything: without one there is nothing to refresh.
        if self.console.key_lookup.usable and not self.console.refreshing:
            self._next_listing_quiet = True
            self.console.refresh()

    def _refresh_choice_changed(self, action: QAction) -> None:
        seconds = int(action.data())
        self._settings.set(AUTO_REFRESH, seconds)
        self.auto_refresh.choose(seconds)
        self._show_freshness()

    def _activity_filter_changed(self) -> None:
        only = (
            Activity.LIVE
            if self.commands.live_only.isChecked()
            else Activity.STALE
            if self.commands.stale_only.isChecked()
            else None
        )
        token = self.selected_token()
        self.model.set_activity_filter(only)
        if token is not None:
            self._select(token)
        self._update_empty_label()

    def _listing_failed(self, error: object) -> None:
        self.progress.hide()
        self.auto_refresh.listing_ended(self.auto_refresh.devices_with_sessions)
        if isinstance(error, Exception):
            self._show(self.book.mark_all_stale(error))
        text = self.tr("The list could not be refreshed: %1").replace(
            "%1", wording.error_text(error)
        )
        self._set_empty_text(text)
        self._say(text, error=True)

    def _close_progress(self, record: CloseRecord) -> None:
        self._show(self.book.apply_record(record))
        self.close_flow.progress(record)

    def _closes_finished(self, records: list[CloseRecord]) -> None:
        if self._quit_when_closed and not self.console.closing():
            self.close()
            return
        self.close_flow.finished(records)
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.load()

    # -- helpers ------------------------------------------------------------------------------

    def status_text(self) -> str:
        return self.status_label.text()

    def _show(self, changes: Changes) -> None:
        if not changes:
            return
        if changes.removed:
            self._keep_selection(changes)
        empty = self.model.rowCount() == 0
        self.model.show(changes)
        if changes.closed_elsewhere:
            self._say_closed_elsewhere(changes.closed_elsewhere)
        if empty != (self.model.rowCount() == 0):
            self._update_empty_label()

    def _update_empty_label(self) -> None:
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.empty_label.resize(self.table.viewport().size())

    def _keep_selection(self, changes: Changes) -> None:
        """A refresh that removes the selected row leaves nothing selected, so that Delete
        can never reach its neighbour."""
        token = self.selected_token()
        if token is not None and token in changes.removed:
            self.table.selectionModel().clear()
            self.table.setCurrentIndex(self.model.index(-1, -1))

    def _say_closed_elsewhere(self, rows: list[Row]) -> None:
        self._gone += rows
        self._say(self._closed_elsewhere_text())

    def _closed_elsewhere_text(self) -> str:
        rows = self._gone
        names = ", ".join(self._row_name(row) for row in rows[:5])
        if len(rows) > 5:
            names += " " + self.tr("and %1 more").replace("%1", str(len(rows) - 5))
        return self.tr("Closed elsewhere since the last refresh: %1").replace("%1", names)

    def _select(self, token: str) -> None:
        place = self.model.position_of(token)
        if place is not None:
            self.table.selectRow(place)

    def _fit_columns(self) -> None:
        """Columns sized to the rows on screen, not to every row: fitting 5 000 rows would
        freeze the window for a moment."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                self.table.resizeColumnToContents(column)
        header.resizeSection(CLOSE_COLUMN, self._close_column_width())
        self._make_room_for_close()

    def _make_room_for_close(self) -> None:
        """A narrow screen (or widths remembered from a wider one): the least useful columns
        give way, so that Close stays in view."""
        header = self.table.horizontalHeader()
        # The State column stretches into whatever is left: what it needs is room for a
        # state while closing, not the width it happens to have.
        state = self.table.fontMetrics().horizontalAdvance(wording.waiting_to_close()) + 24
        widths = [
            state if c == position("state") else header.sectionSize(c)
            for c in range(self.model.columnCount())
        ]
        hidden = {c for c in range(len(widths)) if header.isSectionHidden(c)}
        room = self.table.viewport().width()
        for column in screen_fit.columns_to_hide(widths, GIVE_WAY, hidden, room):
            header.setSectionHidden(column, True)

    def _set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.resize(self.table.viewport().size())

    def _name_of(self, token: str) -> str:
        row = self.book.get(token)
        return short_token(token) if row is None else self._row_name(row)

    def _row_name(self, row: Row) -> str:
        return self._entry_name(row.entry)

    def _entry_name(self, entry: OpenSession) -> str:
        """“KM 30 S3” on KM 30, with the serial when another device has that name too."""
        device = wording.device_name(entry.device)
        if entry.device.alias in self.book.shared_names():
            device = wording.with_serial(entry.device)
        return (
            self.tr("“%1” on %2")
            .replace("%1", wording.session_name(entry.session.alias))
            .replace("%2", device)
        )

    def _say(self, text: str, *, error: bool = False, keep: bool = False) -> None:
        """The status bar's message (whole on hover, when it does not fit). An error, or with
        `keep` a close's outcome, stays until something the official does replaces it: an
        automatic refresh does not."""
        shown = ("⚠ " if error else "") + text
        self.status_label.setText(shown)
        self.status_label.setToolTip(wording.plain_tip(shown))
        self._kept = error or keep
        self._status_tone = Tone.BAD if error else None
        self.status_label.setStyleSheet(colours.text_style(self._status_tone))

    def _tell(self, text: str, *, error: bool = False) -> None:
        """A listing's progress and summary: said unless an automatic refresh would hide a
        message kept for the official (its errors are said all the same)."""
        if self._quiet_listing and self._kept and not error:
            return
        self._say(text, error=error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.table.hasFocus():
            self.table.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed and self.console.closing() and not self._confirm_quit():
            event.ignore()
            return
        if not self._closed:  # once, though Qt may deliver it again on quit
            self._closed = True
            self._save_settings()
            self.appearance.release()
            self._age_timer.stop()
            self.stopped_cleanly = self._runner.shutdown(QUIT_WAIT_MS)
        event.accept()

    def _confirm_quit(self) -> bool:
        """A close in flight: waiting for it is the default. Quitting anyway leaves its
        record for the next start, which reads the session back and says what became of it."""
        if self._quit_when_closed:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("A close is in progress"))
        box.setText(self.tr("A session is being closed. Wait for RUFUS to answer before quitting?"))
        box.setInformativeText(
            self.tr(
                "If you quit now, the session may or may not end up closed. The next start "
                "reads it back and says what became of it."
            )
        )
        wait = box.addButton(self.tr("&Wait, then quit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Quit now"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(wait)
        box.setEscapeButton(cancel)
        self.quit_question = box
        box.exec()
        self.quit_question = None
        clicked = box.clickedButton()
        if clicked is wait:
            self._quit_when_closed = True
            waiting = len(self.console.closing()) - 1
            if waiting > 0:  # a bulk close: the one under way finishes, the rest are not sent
                self.close_flow.stop_after_this_one()
            self._say(self.tr("Quitting once the close in progress has finished…"))
            return False
        return clicked is not cancel


def _twins(devices: Iterable[Device]) -> frozenset[str]:
    names = Counter(device.alias for device in devices)
    return frozenset(name for name, count in names.items() if count > 1)
