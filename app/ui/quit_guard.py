"""Quitting while a close is in flight: waiting for it is the default. Quitting anyway leaves
its record for the next start, which reads the session back and says what became of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.control.console import Console
from app.ui.words import status
from app.ui.words.names import entry_name


class QuitGuard(QObject):
    def __init__(
        self,
        window: QWidget,
        console: Console,
        say: Callable[[str], None],
        stop_after_this_one: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._console = console
        self._say = say
        self._stop_after_this_one = stop_after_this_one
        #: The official chose to wait for the closes in flight before quitting.
        self.waiting = False
        #: The question, while it is open.
        self.question: QMessageBox | None = None
        console.closes_finished.connect(self._closes_finished)

    def may_quit(self) -> bool:
        """Asks when a close is in flight; True when the window may close now."""
        if not self._console.closing():
            return True
        if self.waiting:
            return False
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("A close is in progress"))
        box.setText(
            self.tr("Being closed now: %1. Wait for RUFUS to answer before quitting?").replace(
                "%1", self._closing_names()
            )
        )
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
        self.question = box
        box.exec()
        self.question = None
        clicked = box.clickedButton()
        if clicked is wait:
            self.waiting = True
            if len(self._console.closing()) > 1:
                # A bulk close: the one under way finishes, the rest are not sent.
                self._stop_after_this_one()
            self._say(self.tr("Quitting once the close in progress has finished…"))
            return False
        return clicked is not cancel

    def _closing_names(self) -> str:
        """The sessions being closed, named as everywhere else."""
        book = self._console.book
        rows = [row for row in map(book.get, sorted(self._console.closing())) if row is not None]
        named = [entry_name(row.entry, book.names_shared_with(row.entry.devices)) for row in rows]
        return status.names_list(named)

    def _closes_finished(self) -> None:
        if self.waiting and not self._console.closing():
            self._window.close()
