"""What the table shows: the filter box (Ctrl+F; Enter or Down to the best match, Esc to every
row again), Live only and Stale only, and how many rows they show while they hide some."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit

from app.control.console import Console
from app.sessions.activity import Activity
from app.ui.session_table import SessionTable
from app.ui.status_bar import StatusBar
from app.ui.window_commands import WindowCommands


class Filters(QObject):
    def __init__(
        self,
        edit: QLineEdit,
        table: SessionTable,
        commands: WindowCommands,
        status_bar: StatusBar,
        console: Console,
    ) -> None:
        super().__init__(table)
        self._edit = edit
        self._table = table
        self._commands = commands
        self._status = status_bar
        edit.textChanged.connect(table.filtered)
        edit.textChanged.connect(self.count_shown)
        console.listing_finished.connect(self.count_shown)
        commands.find.triggered.connect(self._focus)
        commands.activity_filter.triggered.connect(self._activity_changed)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), edit)
        leave.setContext(Qt.ShortcutContext.WidgetShortcut)
        leave.activated.connect(self._leave)
        # Enter or Down in the filter: on to the row it means most.
        edit.returnPressed.connect(table.enter_best)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), edit)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(table.enter_best)

    def _focus(self) -> None:
        self._edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._edit.selectAll()

    def _leave(self) -> None:
        """Esc in the filter box: show every row again and go back to the table."""
        self._edit.clear()
        self._table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _activity_changed(self) -> None:
        commands = self._commands
        only = (
            Activity.LIVE
            if commands.live_only.isChecked()
            else Activity.STALE
            if commands.stale_only.isChecked()
            else None
        )
        token = self._table.selected_token()
        self._table.sessions.set_activity_filter(only)
        if token is not None:
            self._table.select(token)
        self._table.update_empty_label()
        self.count_shown()

    def count_shown(self) -> None:
        """How many rows the filters show, said while they hide some."""
        model = self._table.sessions
        only = self._commands.activity_filter.checkedAction()
        self._status.show_filtered(
            model.rowCount(),
            model.sourceModel().rowCount(),
            only.text().replace("&", "") if only is not None else "",
        )
