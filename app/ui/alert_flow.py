"""Alerts in the window: the controller's part fed by each listing (app/control/alerts.py), the
list that keeps them until acknowledged (Alerts → Show alerts…, Ctrl+Shift+A), their count
in the status bar, the mark on their rows, the tray's notifications, and the Alerts menu that
switches each kind on or off. Alerts come from refreshes: while automatic refresh is off,
the status bar and the list say that alerts are paused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from app.control.alerts import AlertCentre, Raised
from app.control.console import Console
from app.sessions.alerts import Topic
from app.settings import SILENT_AFTER_MINUTES, Settings
from app.ui.alert_tray import AlertTray
from app.ui.words import alerts as words
from app.ui.words.times import span_seconds

if TYPE_CHECKING:
    from app.ui.alerts_window import AlertsWindow
    from app.ui.main_window import MainWindow


class AlertFlow(QObject):
    def __init__(self, window: MainWindow, console: Console, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self.centre = AlertCentre(console, settings, window.runner, self)
        self.tray = AlertTray(self)
        self.list_window: AlertsWindow | None = None
        self.show_alerts = QAction(self.tr("&Show alerts…"), self)
        self.show_alerts.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_A)
        )
        self.show_alerts.setToolTip(
            self.tr("Every alert, newest first; those not acknowledged marked (Ctrl+Shift+A)")
        )
        self.menu = self._menu(settings)
        menus = window.menuBar()
        menus.insertMenu(window.commands.help_menu.menuAction(), self.menu)

        self.show_alerts.triggered.connect(self.show_list)
        self.centre.raised.connect(self._raised)
        self.centre.changed.connect(self.update)
        self.tray.open_window.connect(self._bring_window)
        self.tray.open_alerts.connect(self.show_list)
        window.commands.refresh_choices.triggered.connect(self.update)
        window.appearance.scheme_changed.connect(self._recolour)
        self.update()

    def _menu(self, settings: Settings) -> QMenu:
        menu = QMenu(self.tr("Ale&rts"), self._window)
        menu.addAction(self.show_alerts)
        menu.addSeparator()
        kinds = menu.addMenu(self.tr("Alert &kinds"))
        self.topics: dict[Topic, QAction] = {}
        for topic in Topic:
            action = kinds.addAction(words.topic_name(topic))
            action.setCheckable(True)
            action.setChecked(self.centre.topic_on(topic))
            action.toggled.connect(lambda on, topic=topic: self.centre.switch(topic, on))
            self.topics[topic] = action
        silent = menu.addMenu(self.tr("A live session is &silent after"))
        self.silent_choices = QActionGroup(self)
        chosen = settings.get(SILENT_AFTER_MINUTES)
        for minutes in SILENT_AFTER_MINUTES.choices:
            action = silent.addAction(span_seconds(minutes * 60))
            action.setCheckable(True)
            action.setChecked(minutes == chosen)
            action.setData(minutes)
            self.silent_choices.addAction(action)
        self.silent_choices.triggered.connect(
            lambda action: self.centre.silent_after(int(action.data()))
        )
        return menu

    # -- what the official sees ----------------------------------------------------------------

    @property
    def paused(self) -> bool:
        """Automatic refresh is off: no alert comes by itself."""
        return self._window.listing.auto_refresh.chosen_s <= 0

    def update(self) -> None:
        """The count, the rows' marks, the tray's tooltip and the paused notice."""
        waiting = len(self.centre.unacknowledged())
        texts, details = [], []
        if waiting:
            texts.append(words.count(waiting))
            details.append(words.count_detail(waiting))
        if self.paused:
            texts.append(words.paused())
            details.append(words.paused_detail())
        self._window.status_bar.show_alerts(" · ".join(texts), "\n\n".join(details))
        self._window.model.mark_alerts(self.centre.marked_tokens())
        self.tray.count(waiting)
        if self.list_window is not None:
            self.list_window.set_paused(self.paused)

    def show_list(self) -> None:
        if self.list_window is None:
            from app.ui.alerts_window import AlertsWindow  # noqa: PLC0415  (on first use)

            self.list_window = AlertsWindow(self.centre, self._window)
            self.list_window.show_session.connect(self._show_session)
            self.list_window.set_paused(self.paused)
        self.list_window.show()
        self.list_window.raise_()
        self.list_window.activateWindow()

    def release(self) -> None:
        """The window is closing: the tray icon goes with it."""
        self.tray.release()

    def _raised(self, raised: list[Raised]) -> None:
        self.tray.notify(raised)

    def _show_session(self, token: str) -> None:
        self._bring_window()
        if self._window.model.position_of(token) is None:
            self._window.status_bar.say(words.not_in_table())
            return
        self._window.table.select(token)

    def _bring_window(self) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def _recolour(self) -> None:
        self._window.status_bar.recolour()
        if self.list_window is not None:
            self.list_window.recolour()
