"""The session panel in the window: shown and hidden with View → Session panel (Ctrl+P, its
choice and width remembered), following the selected row, reading only while it is on screen
(app.control.tail), its ages ticking every second; and the same chart in the single-session
close confirmation, which never waits for it.

The panel and its reader are made on first use: a window that never shows them pays nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMainWindow

from app.control.console import Console
from app.jobs import JobRunner
from app.sessions.book import Changes
from app.settings import SESSION_PANEL, SESSION_PANEL_WIDTH, Settings
from app.ui.appearance import Appearance
from app.ui.session_table import SessionTable

if TYPE_CHECKING:
    from app.control.tail import TailFollower, TailView
    from app.ui.confirm_close import ConfirmCloseDialog
    from app.ui.session_panel import SessionPanel

#: Wide enough for the list's columns at the system's text size.
DEFAULT_WIDTH = 420


class PanelFlow(QObject):
    def __init__(
        self,
        window: QMainWindow,
        console: Console,
        runner: JobRunner,
        settings: Settings,
        *,
        table: SessionTable,
        appearance: Appearance,
        action: QAction,
        live_within: Callable[[], timedelta],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._console = console
        self._runner = runner
        self._settings = settings
        self._table = table
        self._action = action
        self._live_within = live_within
        self._font = QFont(table.font())
        self.panel: SessionPanel | None = None
        self._follower: TailFollower | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        action.setChecked(settings.get(SESSION_PANEL))
        action.toggled.connect(self._toggled)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        console.rows_changed.connect(self._rows_changed)
        appearance.zoomed.connect(lambda: self._zoomed(table.font()))
        appearance.scheme_changed.connect(self._recolour)
        if action.isChecked():
            self._toggled(True)

    @property
    def follower(self) -> TailFollower:
        if self._follower is None:
            from app.control.tail import TailFollower  # noqa: PLC0415  (on first use)

            self._follower = TailFollower(self._runner, self._console)
            self._follower.changed.connect(self._changed)
        return self._follower

    # -- shown or not -------------------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        self._settings.set(SESSION_PANEL, on)
        if on:
            self._build().show()
            self._selection_changed()
        elif self.panel is not None:
            self.panel.hide()

    def _build(self) -> SessionPanel:
        if self.panel is None:
            from app.ui.session_panel import SessionPanel  # noqa: PLC0415  (on first use)

            panel = SessionPanel(self._window)
            panel.zoom(self._font)
            self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
            width = self._settings.get(SESSION_PANEL_WIDTH) or DEFAULT_WIDTH
            self._window.resizeDocks([panel], [width], Qt.Orientation.Horizontal)
            panel.visibilityChanged.connect(self._visibility_changed)
            self.panel = panel
        return self.panel

    def _visibility_changed(self, visible: bool) -> None:
        """On screen or not (its own close button, the menu, a tab behind another): nothing
        is read while nobody can see it."""
        panel = self.panel
        if panel is None:
            return
        if not visible and panel.isHidden() and self._action.isChecked():
            self._action.setChecked(False)  # closed with its own button
        self.follower.live_within = self._live_within()
        self.follower.set_active(visible)
        if visible:
            self._ticker.start()
            self._tick()
        else:
            self._ticker.stop()

    def save(self) -> None:
        """The panel's width, for the next start (the window is closing)."""
        if self.panel is not None and self.panel.isVisible():
            self._settings.set(SESSION_PANEL_WIDTH, self.panel.width())

    # -- what it follows ----------------------------------------------------------------------

    def _selection_changed(self) -> None:
        panel = self.panel
        if panel is None or not self._action.isChecked():
            return
        tokens = self._table.selected_tokens()
        token = tokens[0] if len(tokens) == 1 else None
        self._show_row(token)
        self.follower.follow(token)

    def _show_row(self, token: str | None) -> None:
        panel = self.panel
        if panel is None:
            return
        row = self._console.book.get(token) if token is not None else None
        panel.show_row(
            row, self.follower.now(), self._live_within(), self._console.book.shared_names()
        )

    def _rows_changed(self, changes: Changes) -> None:
        """A refresh re-read the session (its device's battery, its last passing…)."""
        token = self._follower.token if self._follower is not None else None
        if token is not None and (token in changes.updated or token in changes.removed):
            self._show_row(token)

    def _changed(self, view: TailView) -> None:
        if self.panel is not None:
            follower = self.follower
            self.panel.show_view(view, follower.now(), self._live_within(), follower.interval_s())

    def _tick(self) -> None:
        if self.panel is not None and self._follower is not None:
            follower = self._follower
            follower.live_within = self._live_within()
            self.panel.tick(
                follower.view(), follower.now(), self._live_within(), follower.interval_s()
            )

    # -- how it looks -------------------------------------------------------------------------

    def _zoomed(self, font: QFont) -> None:
        self._font = QFont(font)
        if self.panel is not None:
            self.panel.zoom(font)

    def _recolour(self) -> None:
        if self.panel is not None:
            self.panel.recolour()

    # -- the close confirmation ---------------------------------------------------------------

    def fill_confirmation(self, dialog: ConfirmCloseDialog) -> None:
        """The single-session confirmation's chart: what the panel has, at once, or read in
        a worker and shown when it comes, if the question is still open."""
        if dialog.rate_chart is None:
            return
        answered: list[bool] = []
        dialog.finished.connect(lambda: answered.append(True))

        def done(view: TailView) -> None:
            if not answered:
                dialog.show_rates(view)

        if not self.follower.rates_for(dialog.tokens[0], done):
            dialog.show_rates(None)
