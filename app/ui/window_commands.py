"""The window's commands: every action with its words, shortcut and tooltip, and the menus
and toolbar that offer them. The window connects them to what they do; menus show each
shortcut beside its command, so the keyboard can be learnt from them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QStyle

from app.settings import AUTO_REFRESH, CSV_SEPARATOR
from app.ui import colours, icons
from app.ui.csv_style import separator_name
from app.ui.words.status import refresh_choice

translate = QCoreApplication.translate

#: View → Language: each language in its own name, so that anyone can find theirs; "" is the
#: system's language.
LANGUAGE_NAMES = (("", ""), ("en", "English"), ("es", "Español"), ("ca", "Català"))


class WindowCommands(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        #: Each action's icon, as the style names it: drawn again when the scheme changes.
        self._icons: dict[QAction, QStyle.StandardPixmap] = {}
        self.refresh = self._action(
            translate("WindowCommands", "&Refresh"),
            QKeySequence.StandardKey.Refresh,  # F5
            translate("WindowCommands", "Ask RUFUS for every open session again (F5)"),
            QStyle.StandardPixmap.SP_BrowserReload,
        )
        self.close = self._action(
            translate("WindowCommands", "&Close selected…"),
            QKeySequence(Qt.Key.Key_Delete),
            translate(
                "WindowCommands", "Close the selected sessions, after a confirmation (Delete)"
            ),
            QStyle.StandardPixmap.SP_DialogCloseButton,
        )
        self.select_stale = self._action(
            translate("WindowCommands", "Select &stale sessions"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S),
            translate(
                "WindowCommands",
                "Select every stale session the list shows, to close them together",
            ),
        )
        self.export_passings = self._action(
            translate("WindowCommands", "&Export passings…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E),
            translate(
                "WindowCommands",
                "Save the selected session's passings to a CSV file, without closing it",
            ),
        )
        self.copy_token = self._action(
            translate("WindowCommands", "Copy &token"), QKeySequence.StandardKey.Copy
        )
        self.find = self._action(
            translate("WindowCommands", "&Filter…"), QKeySequence.StandardKey.Find
        )  # Ctrl+F
        self.history = self._action(
            translate("WindowCommands", "Close &history…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H),
            translate("WindowCommands", "Every close attempt made from this computer"),
        )
        self.passings_folder = self._action(
            translate("WindowCommands", "&Passings folder…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_P),
            translate("WindowCommands", "Where passings are saved before a close"),
        )
        self.live_only = self._action(
            translate("WindowCommands", "&Live only"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L),
            translate(
                "WindowCommands", "Show only sessions with a passing in the last minutes (Ctrl+L)"
            ),
        )
        self.stale_only = self._action(
            translate("WindowCommands", "S&tale only"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T),
            translate(
                "WindowCommands",
                "Show only sessions opened before today: most likely forgotten (Ctrl+T)",
            ),
        )
        self.activity_filter = QActionGroup(self)
        self.activity_filter.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for action in (self.live_only, self.stale_only):
            action.setCheckable(True)
            self.activity_filter.addAction(action)

        self.refresh_menu = QMenu(translate("WindowCommands", "Refresh &automatically"), window)
        self.refresh_choices = QActionGroup(self)
        for seconds in AUTO_REFRESH.choices:
            action = self.refresh_menu.addAction(refresh_choice(seconds))
            action.setCheckable(True)
            action.setData(seconds)
            self.refresh_choices.addAction(action)

        self.separator_menu = QMenu(translate("WindowCommands", "CSV &separator"), window)
        self.separator_menu.setToolTip(
            translate(
                "WindowCommands",
                "How the cells of the CSV files the window saves are separated, for the "
                "spreadsheet that opens them",
            )
        )
        self.separators = QActionGroup(self)
        for choice in CSV_SEPARATOR.choices:
            action = self.separator_menu.addAction(separator_name(choice))
            action.setCheckable(True)
            action.setData(choice)
            self.separators.addAction(action)

        self.zoom_in = self._action(translate("WindowCommands", "Zoom &in"))
        # Ctrl+= as well as Ctrl++: on most keyboards "+" needs Shift, "=" is the same key.
        self.zoom_in.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Plus),
            ]
        )
        self.zoom_out = self._action(
            translate("WindowCommands", "Zoom &out"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Minus),
        )
        self.zoom_reset = self._action(
            translate("WindowCommands", "&Actual size"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0),
        )
        self.outdoor = self._action(
            translate("WindowCommands", "Out&door (high contrast)"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_O),
            translate("WindowCommands", "Black on white, bold states, taller rows: for full sun"),
        )
        self.outdoor.setCheckable(True)
        self.session_panel = self._action(
            translate("WindowCommands", "Session &panel"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_P),
            translate(
                "WindowCommands",
                "The selected session's latest passings, live, and their rate per minute (Ctrl+P)",
            ),
        )
        self.session_panel.setCheckable(True)
        self.language_menu = QMenu(translate("WindowCommands", "&Language"), window)
        self.languages = QActionGroup(self)
        for code, name in LANGUAGE_NAMES:
            action = self.language_menu.addAction(
                name or translate("WindowCommands", "The system's language")
            )
            action.setCheckable(True)
            action.setData(code)
            self.languages.addAction(action)

        self.change_key = self._action(
            translate("WindowCommands", "&Enter or change API key…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K),
        )
        self.forget_key = self._action(
            translate("WindowCommands", "&Forget API key"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_K),
        )
        # Ctrl+Q spelt out: desktops without a platform theme have no standard Quit key.
        self.quit = self._action(
            translate("WindowCommands", "&Quit"), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)
        )
        self.about = self._action(
            translate("WindowCommands", "&About Rufus Console"),
            QKeySequence(Qt.Key.Key_F1),
        )

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            self._icons[action] = icon
            action.setIcon(icons.standard(icon, colours.current()))
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip is not None:
            action.setToolTip(tip)
        return action

    def follow_scheme(self) -> None:
        """Icons that show on the scheme's background (app.ui.icons)."""
        for action, which in self._icons.items():
            action.setIcon(icons.standard(which, colours.current()))

    def for_the_table(self) -> list[QAction]:
        """The commands about the selected rows: the table's context menu, and shortcuts that
        work only while the table (or a widget in it) has the keyboard."""
        actions = [self.close, self.export_passings, self.copy_token]
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return actions

    def fill_menus(self, window: QMainWindow) -> None:
        menus = window.menuBar()
        file_menu = menus.addMenu(translate("WindowCommands", "&File"))
        file_menu.addAction(self.quit)
        sessions = menus.addMenu(translate("WindowCommands", "&Sessions"))
        for group in (
            (self.refresh, self.find, self.copy_token),
            (self.close, self.select_stale, self.export_passings),
            (self.history, self.passings_folder),
            (self.live_only, self.stale_only),
        ):
            for action in group:
                sessions.addAction(action)
            sessions.addSeparator()
        sessions.addMenu(self.refresh_menu)
        sessions.addMenu(self.separator_menu)
        self.view_menu = menus.addMenu(translate("WindowCommands", "&View"))
        self.view_menu.addAction(self.session_panel)
        self.view_menu.addSeparator()
        for action in (self.zoom_in, self.zoom_out, self.zoom_reset):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.outdoor)
        self.view_menu.addMenu(self.language_menu)
        self.view_menu.addSeparator()
        key_menu = menus.addMenu(translate("WindowCommands", "&Key"))
        key_menu.addAction(self.change_key)
        key_menu.addAction(self.forget_key)
        self.help_menu = menus.addMenu(translate("WindowCommands", "&Help"))
        self.help_menu.addAction(self.about)

    def fill_toolbar(self, window: QMainWindow, filter_edit: QLineEdit) -> None:
        toolbar = window.addToolBar(translate("WindowCommands", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.refresh)
        toolbar.addAction(self.close)
        toolbar.addSeparator()
        toolbar.addAction(self.live_only)
        toolbar.addAction(self.stale_only)
        toolbar.addSeparator()
        edit = filter_edit
        edit.setPlaceholderText(
            translate("WindowCommands", "Filter sessions, devices, serials, tokens (Ctrl+F)")
        )
        edit.setClearButtonEnabled(True)
        edit.setMaximumWidth(360)
        edit.setAccessibleName(translate("WindowCommands", "Filter"))
        edit.setAccessibleDescription(
            translate(
                "WindowCommands",
                "Shows only the sessions whose session, device, serial or token contain every "
                "word typed. Enter or Down goes to the first one; Esc shows every session.",
            )
        )
        toolbar.addWidget(edit)
