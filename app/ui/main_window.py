"""The console window: it assembles the parts and wires them to the controller (app.control).

The parts, each with one job: the session table (session_table.py), the status bar
(status_bar.py), the listing as it is shown (listing_view.py), the key (key_flow.py), closing
(close_flow.py), saving passings (export_flow.py), quitting (quit_guard.py), the commands
(window_commands.py) and how it all looks (appearance.py). The window renders what the
controller and the Qt-free layers decide; it holds no rule of its own.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from app import __version__
from app.control.console import Console
from app.jobs import JobRunner
from app.rufus.models import KeyRights
from app.settings import AUTO_REFRESH, CSV_SEPARATOR, LANGUAGE, LIVE_WITHIN_MINUTES, Settings
from app.ui import screen_fit
from app.ui.alert_flow import AlertFlow
from app.ui.appearance import Appearance
from app.ui.close_flow import CloseFlow
from app.ui.export_flow import ExportFlow
from app.ui.filters import Filters
from app.ui.key_flow import KeyFlow
from app.ui.listing_view import ListingView
from app.ui.panel_flow import PanelFlow
from app.ui.quit_guard import QuitGuard
from app.ui.session_model import SessionTableModel
from app.ui.session_table import SessionTable
from app.ui.status_bar import StatusBar
from app.ui.support_flow import SupportFlow
from app.ui.window_commands import WindowCommands
from app.ui.words.errors import read_only_text

if TYPE_CHECKING:
    from app.ui.confirm_close import ConfirmCloseDialog
    from app.ui.history_window import HistoryWindow

#: How long quitting waits for requests in flight before giving up on them.
QUIT_WAIT_MS = 3000

_BANNER_STYLE = (
    "background: #b71c1c; color: white; font-weight: bold; padding: 6px 8px; border-radius: 3px;"
)
_DEMO_STYLE = (
    "background: #ff8f00; color: black; font-weight: bold; padding: 4px 8px; border-radius: 3px;"
)


class MainWindow(QMainWindow):
    def __init__(
        self, console: Console, runner: JobRunner, settings: Settings, *, demo: bool = False
    ) -> None:
        super().__init__()
        self.console = console
        self.runner = runner
        self._settings = settings
        self._demo = demo
        self.history_window: HistoryWindow | None = None
        #: False when quitting left a worker running (see JobRunner.shutdown).
        self.stopped_cleanly = True
        self._closed = False
        #: The status bar's words about the selection, while they are still its message.
        self._said_of_selection = ""
        self.setWindowTitle(self._title())

        self.model = SessionTableModel(
            console.book, now=console.now, courtesy=console.factory.courtesy
        )
        self.table = SessionTable(self.model, settings)
        self.appearance = Appearance(self.table, settings)
        self.status_bar = StatusBar(self)
        self.setStatusBar(self.status_bar)
        self.commands = WindowCommands(self)
        self.filter_edit = QLineEdit()
        self.listing = ListingView(console, self.table, self.status_bar, self)
        self.close_flow = CloseFlow(self, console, self.model, settings)
        self.export_flow = ExportFlow(self, console, settings, self.close_flow.passings_folder)
        self.keys = KeyFlow(self, console, self.status_bar, self.table, self.commands.forget_key)
        self.quit_guard = QuitGuard(
            self, console, self.status_bar.say, self.close_flow.stop_after_this_one
        )
        self.panel = PanelFlow(
            self,
            console,
            runner,
            settings,
            table=self.table,
            appearance=self.appearance,
            action=self.commands.session_panel,
            live_within=lambda: self.model.live_within,
        )
        self.close_flow.confirmation_opened.connect(self.panel.fill_confirmation)
        self._wire()
        self._build_central()
        self._mark_the_cloud()
        self._restore_settings()
        self.alerts = AlertFlow(self, console, settings)
        self.support = SupportFlow(self, runner, settings)

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

    def _wire(self) -> None:
        commands, table = self.commands, self.table
        self._close_tip = commands.close.toolTip()
        say_kept = self._say_kept
        self.close_flow.said.connect(say_kept)
        self.close_flow.told.connect(self.status_bar.say)
        self.export_flow.said.connect(say_kept)
        self.close_flow.saved_in.connect(self.status_bar.offer_folder)
        self.export_flow.saved_in.connect(self.status_bar.offer_folder)
        self.close_flow.question_closed.connect(self._question_closed)
        self.close_flow.idle.connect(self.listing.auto_refresh.resume)
        self.listing.auto_refresh.paused = self.close_flow.busy
        self.status_bar.add_stop_button(self.close_flow.stop_button)
        self.console.rights_changed.connect(self._rights_changed)
        table.close_clicked.connect(self.request_close)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.appearance.scheme_changed.connect(self._scheme_changed)
        self.commands.follow_scheme()  # the scheme may be outdoor, remembered from before
        self.appearance.zoomed.connect(lambda: table.columns.zoomed(self.appearance.scale))
        table.columns.zoomed(self.appearance.scale)

        self._wire_commands()
        table.addActions(commands.for_the_table())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        commands.fill_menus(self)
        columns = commands.view_menu.addMenu(self.tr("&Columns"))
        columns.aboutToShow.connect(lambda: table.columns.columns_menu(columns))
        commands.fill_toolbar(self, self.filter_edit)
        self.filters = Filters(self.filter_edit, table, commands, self.status_bar, self.console)

    def _wire_commands(self) -> None:
        """Each command to what it does."""
        commands, table = self.commands, self.table
        commands.refresh.triggered.connect(self.refresh)
        commands.close.triggered.connect(self.close_selected)
        commands.select_stale.triggered.connect(self.select_stale)
        commands.export_passings.triggered.connect(
            lambda: self.export_flow.ask_where(table.selected_token())
        )
        commands.copy_token.triggered.connect(self.copy_selected_token)
        commands.history.triggered.connect(self.show_history)
        commands.passings_folder.triggered.connect(self.export_flow.choose_folder)
        commands.refresh_choices.triggered.connect(self._refresh_choice_changed)
        commands.separators.triggered.connect(
            lambda action: self._settings.set(CSV_SEPARATOR, str(action.data()))
        )
        commands.change_key.triggered.connect(self.keys.ask)
        commands.forget_key.triggered.connect(self.keys.forget)
        commands.quit.triggered.connect(self.close)
        commands.about.triggered.connect(self._about)
        commands.zoom_in.triggered.connect(self.appearance.zoom_in)
        commands.zoom_out.triggered.connect(self.appearance.zoom_out)
        commands.zoom_reset.triggered.connect(self.appearance.zoom_reset)
        commands.outdoor.toggled.connect(self.appearance.set_outdoor)
        commands.languages.triggered.connect(self._language_chosen)

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
        self.setCentralWidget(central)

    def _mark_the_cloud(self) -> None:
        if self._demo:
            self.status_bar.mark_demo()
        elif not self.console.factory.production:
            self.server_label = self.status_bar.mark_server(
                self._server(), self.console.factory.base_url
            )

    # -- settings -----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        self._place_on_screen(self._settings.window_geometry)
        self.commands.outdoor.setChecked(self.appearance.outdoor)
        language = self._settings.get(LANGUAGE)
        for action in self.commands.languages.actions():
            action.setChecked(action.data() == language)
        self.table.columns.restore()
        chosen = self._settings.get(AUTO_REFRESH)
        self.listing.auto_refresh.choose(chosen)
        for action in self.commands.refresh_choices.actions():
            action.setChecked(action.data() == chosen)
        separator = self._settings.get(CSV_SEPARATOR)
        for action in self.commands.separators.actions():
            action.setChecked(action.data() == separator)
        self.model.live_within = timedelta(minutes=self._settings.get(LIVE_WITHIN_MINUTES))

    def _save_settings(self) -> None:
        self._settings.window_geometry = self.saveGeometry()
        self.panel.save()
        self.table.columns.save()
        self._settings.sync()

    def _place_on_screen(self, geometry: QByteArray | None) -> None:
        """Where the window was, if a screen is still there; else sized to the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if geometry is not None and self.restoreGeometry(geometry):
            screens = [s.availableGeometry() for s in QGuiApplication.screens()]
            if screen_fit.reachable(self.geometry(), screens):
                return
        self.setGeometry(screen_fit.first_geometry(screen.availableGeometry()))

    # -- what the official does ---------------------------------------------------------------

    def refresh(self) -> None:
        self.console.refresh()

    def close_selected(self) -> None:
        tokens = self.table.selected_tokens()
        if not tokens:
            self.status_bar.say(self.tr("Select a session first."))
            return
        self.close_flow.request(tokens)

    def request_close(self, token: str) -> None:
        """Opens the confirmation; the close itself starts only when the official confirms."""
        self.close_flow.request([token])

    def select_stale(self) -> None:
        count = self.table.select_stale()
        self._say_of_selection(
            self.tr(
                "%n stale session(s) selected: Delete closes them, after a confirmation.", "", count
            )
            if count
            else self.tr("No stale session to select in the list shown.")
        )

    def _say_of_selection(self, text: str) -> None:
        self.status_bar.say(text)
        self._said_of_selection = text

    def copy_selected_token(self) -> None:
        token = self.table.selected_token()
        row = self.console.book.get(token) if token is not None else None
        if token is None or row is None:
            self.status_bar.say(self.tr("Select a session first."))
            return
        QGuiApplication.clipboard().setText(token)
        self.status_bar.say(
            self.tr("Token of %1 copied to the clipboard.").replace(
                "%1", self.listing.row_name(row)
            )
        )

    def show_history(self) -> None:
        """Sessions → Close history…: a window of its own, read from disk by a worker."""
        if self.history_window is None:
            from app.records.history import CloseHistory  # noqa: PLC0415  (on first use)
            from app.ui.history_window import HistoryWindow  # noqa: PLC0415

            history = CloseHistory(self.console.factory.history_path)
            self.history_window = HistoryWindow(self.runner, history, self._settings, self)
            self.console.closes_finished.connect(self._closes_finished)
        self.history_window.load()
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()

    def _closes_finished(self) -> None:
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.load()

    def _selection_changed(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.commands.close.setText(
            self.tr("&Close %n selected…", "", count) if count > 1 else self.tr("&Close selected…")
        )
        self.commands.export_passings.setEnabled(count <= 1)
        if self._said_of_selection and self.status_bar.text() == self._said_of_selection:
            # "3 stale sessions selected" must not stay while Ctrl+A selects 144.
            self._say_of_selection(self.tr("%n session(s) selected.", "", count))

    def _question_closed(self) -> None:
        self.activateWindow()  # the keyboard goes back to the table for the next row
        self.table.setFocus()

    def _refresh_choice_changed(self, action: QAction) -> None:
        seconds = int(action.data())
        self._settings.set(AUTO_REFRESH, seconds)
        self.listing.auto_refresh.choose(seconds)
        self.listing.show_freshness()

    def _language_chosen(self, action: QAction) -> None:
        self._settings.set(LANGUAGE, action.data())
        self._say_kept(
            self.tr("“%1” will be the language the next time Rufus Console starts.").replace(
                "%1", action.text()
            )
            if action.data()
            else self.tr("From its next start, Rufus Console follows the system's language."),
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Rufus Console"),
            self.tr("Rufus Console %1\nEvery open RUFUS timing session, closed safely.").replace(
                "%1", __version__
            ),
        )

    # -- what the controller reports -------------------------------------------------------------

    def _rights_changed(self, rights: KeyRights) -> None:
        read_only = rights is KeyRights.READ_ONLY
        self.rights_banner.setText(read_only_text() if read_only else "")
        self.rights_banner.setVisible(read_only)
        # Still pressable: Delete then says why nothing can be closed, instead of nothing.
        self.commands.close.setToolTip(read_only_text() if read_only else self._close_tip)
        # Every Close button and its tooltip depend on the key's rights.
        self.model.closability_changed()

    def _say_kept(self, text: str, error: bool = False) -> None:
        self.status_bar.say(text, error=error, keep=True)

    def _scheme_changed(self) -> None:
        """Light, dark or outdoor: what is coloured by hand follows."""
        self.model.recolour()
        self.status_bar.recolour()
        self.commands.follow_scheme()

    # -- showing and quitting -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.table.hasFocus():
            self.table.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed and not self.quit_guard.may_quit():
            event.ignore()
            return
        if not self._closed:  # once, though Qt may deliver it again on quit
            self._closed = True
            self._save_settings()
            self.appearance.release()
            self.listing.stop()
            self.alerts.release()
            self.stopped_cleanly = self.runner.shutdown(QUIT_WAIT_MS)
        event.accept()
