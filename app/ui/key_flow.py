"""The key as the official meets it: where it comes from (the status bar), the dialog that asks
for one when there is none, Key → Forget, and what the window says when the keyring fails."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from app.control.console import Console
from app.keystore import KeyLookup
from app.ui.session_table import SessionTable
from app.ui.status_bar import StatusBar
from app.ui.words.errors import error_text
from app.ui.words.keys import key_state

if TYPE_CHECKING:
    from app.ui.key_dialog import KeyDialog


class KeyFlow(QObject):
    def __init__(
        self,
        window: QWidget,
        console: Console,
        status_bar: StatusBar,
        table: SessionTable,
        forget_action: QAction,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._console = console
        self._status = status_bar
        self._table = table
        self._forget_action = forget_action
        #: The key dialog, while it is open.
        self.dialog: KeyDialog | None = None
        console.key_changed.connect(self._key_changed)
        console.key_needed.connect(self._key_needed)
        console.key_not_forgotten.connect(self._not_forgotten)

    def ask(self) -> None:
        """Key → Enter or change API key…, and whenever there is no usable key."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        # Loaded on first use: a dialog nobody has asked for yet costs start-up time.
        from app.ui.key_dialog import KeyDialog  # noqa: PLC0415

        dialog = KeyDialog(self._console, self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(self._dialog_done)
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()

    def _dialog_done(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def forget(self) -> None:
        answer = QMessageBox.question(
            self._window,
            self.tr("Forget the API key?"),
            self.tr(
                "Remove the API key from this computer's keyring? You will need to enter it "
                "again to use the console."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._console.forget_key()

    # -- what the console reports -----------------------------------------------------------

    def _key_changed(self, lookup: KeyLookup) -> None:
        label, explanation = key_state(lookup)
        self._status.show_key(label, explanation)
        self._forget_action.setEnabled(lookup.usable)
        if not lookup.usable:
            self._status.idle()
            self._table.set_empty_text(explanation)
            self._status.say(explanation, error=True)

    def _key_needed(self, lookup: KeyLookup) -> None:
        _, explanation = key_state(lookup)
        self._status.say(explanation, error=True)
        self.ask()

    def _not_forgotten(self, error: object) -> None:
        self._status.say(
            self.tr(
                "The key could not be removed from the system keyring, so it may still be "
                "stored: %1 Try again, or remove it with the desktop's own keyring tool."
            ).replace("%1", error_text(error)),
            error=True,
        )
