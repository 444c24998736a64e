"""The console window: the open sessions, a Close button on each, and a status bar that
always says what is happening."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.display import short_token
from app.jobs import JobRunner
from app.keystore import KeyLookup
from app.rufus.models import CloseOutcome, CloseResult, DeviceSessions, OpenSession
from app.settings import Settings
from app.ui import wording
from app.ui.close_button import CloseButtonDelegate
from app.ui.confirm_close import ConfirmCloseDialog
from app.ui.console import Console, ListingDone
from app.ui.key_dialog import KeyDialog
from app.ui.session_filter import SessionFilter
from app.ui.session_model import TOKEN_ROLE, Column, RowState, SessionTableModel

#: How often the "4 min ago" texts are brought up to date.
AGE_TICK_MS = 15_000
#: How long quitting waits for requests in flight before giving up on them.
QUIT_WAIT_MS = 3000

_CLOSE_COLUMN_WIDTH = 90
_ERROR_STYLE = "color: #b71c1c;"
_DEMO_STYLE = (
    "background: #ff8f00; color: black; font-weight: bold; padding: 4px 8px; border-radius: 3px;"
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
        self.confirmation: ConfirmCloseDialog | None = None
        self.key_dialog: KeyDialog | None = None
        #: False when quitting left a worker running (see JobRunner.shutdown).
        self.stopped_cleanly = True
        self._closed = False

        title = self.tr("Rufus Console")
        if demo:
            title = self.tr("Rufus Console — DEMO — simulated cloud")
        self.setWindowTitle(title)

        self.model = SessionTableModel()
        self.proxy = SessionFilter(self.model)
        self.table = self._build_table()
        self.close_buttons = CloseButtonDelegate()
        self.close_buttons.clicked.connect(self.request_close)
        self.table.setItemDelegateForColumn(Column.CLOSE, self.close_buttons)
        self.filter_edit = QLineEdit()
        self._build_actions()
        self._build_central()
        self._build_status_bar()
        self._restore_settings()

        self._age_timer = QTimer(self)
        self._age_timer.timeout.connect(self.model.refresh_ages)
        self._age_timer.start(AGE_TICK_MS)

        console.key_changed.connect(self._key_changed)
        console.key_needed.connect(self._key_needed)
        console.listing_started.connect(self._listing_started)
        console.devices_found.connect(self._devices_found)
        console.device_answered.connect(self._device_answered)
        console.listing_finished.connect(self._listing_finished)
        console.listing_failed.connect(self._listing_failed)
        console.close_started.connect(self._close_started)
        console.close_finished.connect(self._close_finished)
        console.close_failed.connect(self._close_failed)

    # -- building -----------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setMouseTracking(True)  # the Close button lights up under the pointer
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(
            table.verticalHeader().defaultSectionSize() + 6
        )
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.STATE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.CLOSE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.CLOSE, _CLOSE_COLUMN_WIDTH)
        header.setSortIndicator(Column.DEVICE, Qt.SortOrder.AscendingOrder)
        table.setAccessibleName(self.tr("Open sessions"))
        return table

    def _build_actions(self) -> None:
        style = self.style()
        self.refresh_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("&Refresh"), self
        )
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)  # F5
        self.refresh_action.setToolTip(self.tr("Ask RUFUS for every open session again (F5)"))
        self.refresh_action.triggered.connect(self.console.refresh)

        self.close_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton),
            self.tr("&Close selected session…"),
            self,
        )
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(self.close_selected)
        self.table.addAction(self.close_action)

        self.copy_action = QAction(self.tr("Copy &token"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selected_token)
        self.table.addAction(self.copy_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.find_action = QAction(self.tr("&Filter…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F
        self.find_action.triggered.connect(self._focus_filter)

        self.change_key_action = QAction(self.tr("&Enter or change API key…"), self)
        self.change_key_action.triggered.connect(self.ask_for_key)
        self.forget_key_action = QAction(self.tr("&Forget API key"), self)
        self.forget_key_action.triggered.connect(self._forget_key)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        about_action = QAction(self.tr("&About Rufus Console"), self)
        about_action.triggered.connect(self._about)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(quit_action)
        sessions_menu = menus.addMenu(self.tr("&Sessions"))
        for action in (self.refresh_action, self.find_action, self.copy_action, self.close_action):
            sessions_menu.addAction(action)
        key_menu = menus.addMenu(self.tr("&Key"))
        key_menu.addAction(self.change_key_action)
        key_menu.addAction(self.forget_key_action)
        menus.addMenu(self.tr("&Help")).addAction(about_action)

        self._build_toolbar()

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        self.filter_edit.setPlaceholderText(self.tr("Filter sessions, devices, tokens (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(360)
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        leave_filter = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        leave_filter.setContext(Qt.ShortcutContext.WidgetShortcut)
        leave_filter.activated.connect(self._leave_filter)
        toolbar.addWidget(self.filter_edit)

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
        layout.addWidget(self.table)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel(self.tr("Starting…"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.key_label = QLabel()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.progress)
        bar.addPermanentWidget(self.key_label)
        if self._demo:
            marker = QLabel(self.tr("DEMO"))
            marker.setStyleSheet(_DEMO_STYLE)
            marker.setToolTip(self.tr("This window talks to a simulated RUFUS cloud."))
            bar.addPermanentWidget(marker)

    # -- settings -----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self._settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 560)
        header = self.table.horizontalHeader()
        saved = self._settings.table_header
        # Widths come from the settings, or from the first list's contents.
        self._sized = saved is not None and header.restoreState(saved)
        # The applied sort is the view's, not the header's: apply what was restored.
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _save_settings(self) -> None:
        self._settings.window_geometry = self.saveGeometry()
        self._settings.table_header = self.table.horizontalHeader().saveState()
        self._settings.sync()

    # -- what the official does ---------------------------------------------------------------

    def selected_token(self) -> str | None:
        index = self.table.currentIndex()
        selected = self.table.selectionModel().selectedRows()
        if selected:
            index = selected[0]
        if not index.isValid():
            return None
        return str(index.data(TOKEN_ROLE))

    def close_selected(self) -> None:
        token = self.selected_token()
        if token is not None:
            self.request_close(token)

    def request_close(self, token: str) -> None:
        """Opens the confirmation; the close itself starts only when the official confirms."""
        row = self.model.row_of(token)
        if row is None or not row.closable:  # a closing row is not closable
            return
        if self.confirmation is not None:  # one question at a time
            return
        dialog = ConfirmCloseDialog(row.entry, datetime.now(UTC), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.confirmed.connect(self.console.close_session)
        dialog.finished.connect(self._confirmation_done)
        self.confirmation = dialog
        dialog.open()
        dialog.activateWindow()  # keyboard focus on the question, with or without a WM

    def _confirmation_done(self) -> None:
        if self.confirmation is not None:
            self.confirmation.deleteLater()
            self.confirmation = None
        self.activateWindow()  # the keyboard goes back to the table for the next row
        self.table.setFocus()

    def copy_selected_token(self) -> None:
        token = self.selected_token()
        if token is not None:
            QGuiApplication.clipboard().setText(token)
            self._say(self.tr("Token copied to the clipboard."))

    def ask_for_key(self) -> None:
        if self.key_dialog is not None:
            self.key_dialog.raise_()
            return
        dialog = KeyDialog(self._runner, self.console.verify_and_store, self.console.key, self)
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

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _leave_filter(self) -> None:
        """Esc in the filter box: show every row again and go back to the table."""
        self.filter_edit.clear()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
        self.key_label.setToolTip(explanation)
        self.forget_key_action.setEnabled(lookup.usable)
        if not lookup.usable:
            self.model.clear()
            self.progress.hide()
            self._say(explanation, error=True)

    def _key_needed(self, lookup: KeyLookup) -> None:
        _, explanation = wording.key_state(lookup)
        self._say(explanation, error=True)
        self.ask_for_key()

    def _listing_started(self) -> None:
        self.progress.setRange(0, 0)  # busy until the devices are counted
        self.progress.show()
        self._say(self.tr("Refreshing… asking RUFUS for the account's devices"))

    def _devices_found(self, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self._say(self._progress_text(0))

    def _device_answered(self, answer: DeviceSessions, answered: int) -> None:
        self.model.apply_device(answer)
        self.progress.setValue(answered)
        self._say(self._progress_text(answered))

    def _progress_text(self, answered: int) -> str:
        return (
            self.tr("Refreshing… %1 of %2 devices")
            .replace("%1", str(answered))
            .replace("%2", str(self.progress.maximum()))
        )

    def _listing_finished(self, done: ListingDone) -> None:
        self.model.keep_devices(done.devices)
        self.progress.hide()
        if not self._sized:  # first list of a first run: fit the columns to real data
            self._sized = True
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().resizeSection(Column.CLOSE, _CLOSE_COLUMN_WIDTH)
        count = self.model.open_count()
        sessions = (
            self.tr("1 open session")
            if count == 1
            else self.tr("%1 open sessions").replace("%1", str(count))
        )
        text = (
            self.tr("%1 · updated %2")
            .replace("%1", sessions)
            .replace("%2", datetime.now().strftime("%H:%M:%S"))
        )
        if done.failures:
            names = ", ".join(wording.device_name(answer.device) for answer in done.failures)
            text += " · " + self.tr("INCOMPLETE: could not read %1").replace("%1", names)
        self._say(text, error=bool(done.failures))

    def _listing_failed(self, error: object) -> None:
        self.progress.hide()
        self.model.mark_all_stale(wording.error_text(error))
        self._say(
            self.tr("The list could not be refreshed: %1").replace("%1", wording.error_text(error)),
            error=True,
        )

    def _close_started(self, token: str) -> None:
        self.model.set_state(token, RowState.CLOSING)
        self._say(self.tr("Closing %1…").replace("%1", self._name(token)))

    def _close_finished(self, token: str, result: CloseResult) -> None:
        name = self._name(token)
        if result.outcome is CloseOutcome.ALREADY_CLOSED:
            self.model.set_state(token, RowState.CLOSED, self.tr("Already closed ✓"))
            self._say(
                self.tr(
                    "%1 was already closed (elsewhere, or by its device). Nothing to do."
                ).replace("%1", name)
            )
        elif result.session is None:
            self.model.set_state(token, RowState.CLOSED, self.tr("Closed ✓ (not re-checked)"))
            self._say(
                self.tr(
                    "RUFUS accepted the close of %1; the check afterwards could not be made. "
                    "Refresh (F5) to confirm."
                ).replace("%1", name)
            )
        else:
            self.model.set_state(token, RowState.CLOSED, self.tr("Closed ✓"))
            self._say(
                self.tr("Closed %1. It leaves the list at the next refresh.").replace("%1", name)
            )

    def _close_failed(self, token: str, error: object) -> None:
        text = wording.error_text(error)
        self.model.set_state(token, RowState.FAILED, text)
        self._say(
            self.tr("Could not close %1: %2").replace("%1", self._name(token)).replace("%2", text),
            error=True,
        )

    # -- helpers ------------------------------------------------------------------------------

    def status_text(self) -> str:
        return self.status_label.text()

    def _name(self, token: str) -> str:
        row = self.model.row_of(token)
        if row is None:
            return short_token(token)
        entry: OpenSession = row.entry
        return (
            self.tr("“%1” on %2")
            .replace("%1", wording.session_name(entry.session.alias))
            .replace("%2", wording.device_name(entry.device))
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(("⚠ " if error else "") + text)
        self.status_label.setStyleSheet(_ERROR_STYLE if error else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.table.hasFocus():
            self.table.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:  # once, though Qt may deliver it again on quit
            self._closed = True
            self._save_settings()
            self._age_timer.stop()
            self.stopped_cleanly = self._runner.shutdown(QUIT_WAIT_MS)
        event.accept()
