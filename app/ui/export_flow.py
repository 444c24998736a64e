"""Passings saved without a close: Sessions → Export passings… on the selected session, and
Sessions → Passings folder…, where closes save them first. The saving runs in a worker; the
window hears how far it got through `said`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.control.console import Console
from app.settings import PASSINGS_FOLDER, Settings
from app.ui.csv_style import passings_style
from app.ui.words.errors import error_text
from app.ui.words.names import entry_name
from app.ui.words.times import count

if TYPE_CHECKING:
    from app.records.passings_export import SavedPassings


class ExportFlow(QObject):
    #: A message for the status bar, and whether it reports a failure.
    said = Signal(str, bool)
    #: Files were saved in this folder (right after the message that says so).
    saved_in = Signal(str)

    def __init__(
        self,
        window: QWidget,
        console: Console,
        settings: Settings,
        folder: Callable[[], Path],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._console = console
        self._settings = settings
        self._folder = folder

    def ask_where(self, token: str | None) -> None:
        """Asks for a file name, in the passings folder by default, then saves there."""
        row = self._console.book.get(token) if token is not None else None
        if row is None:
            self.said.emit(self.tr("Select a session first."), False)
            return
        from app.records.passings_export import passings_file_name  # noqa: PLC0415

        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export passings"),
            str(_made(self._folder()) / passings_file_name(row.entry)),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export(row.token, Path(path))

    def export(self, token: str, path: Path) -> None:
        """Saves the session's passings to `path` in a worker; the session stays open."""
        book = self._console.book
        row = book.get(token)
        if row is None:
            return
        name = entry_name(row.entry, book.shared_names())
        total = row.entry.session.passings

        def saving(saved_so_far: int) -> None:
            text = self.tr("Saving the passings of %1: %2").replace("%1", name)
            amount = count(saved_so_far)
            if total:
                amount = self.tr("%1 of %2").replace("%1", amount).replace("%2", count(total))
            self.said.emit(text.replace("%2", amount) + "…", False)

        def saved(result: SavedPassings) -> None:
            self.said.emit(
                self.tr("%Ln passing(s) of %1 saved in %2", "", result.count)
                .replace("%1", name)
                .replace("%2", result.path.name),
                False,
            )
            self.saved_in.emit(str(result.path.parent))

        def failed(error: object) -> None:
            self.said.emit(
                self.tr("The passings of %1 were not saved: %2")
                .replace("%1", name)
                .replace("%2", error_text(error)),
                True,
            )

        self.said.emit(self.tr("Saving the passings of %1…").replace("%1", name), False)
        if not self._console.export_passings(
            token,
            path,
            progress=saving,
            succeeded=saved,
            failed=failed,
            style=passings_style(self._settings),
        ):
            self.said.emit(self.tr("Enter an API key first."), True)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Passings folder"), str(_made(self._folder()))
        )
        if folder:
            self._settings.set(PASSINGS_FOLDER, folder)
            self.said.emit(self.tr("Passings will be saved in %1").replace("%1", folder), False)


def _made(folder: Path) -> Path:
    """The folder, made if need be, so that a file dialog opens in it (not in whatever folder
    the app was started from); the nearest folder that exists when it cannot be made."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        while not folder.is_dir() and folder != folder.parent:
            folder = folder.parent
    return folder
