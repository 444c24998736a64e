"""Closing from the window: the confirmation, the closes it queues, what the status bar says
while they run and when they end, "Stop after this one", and the second, explicit question
when a session's passings could not be saved.

The closes themselves run in the close pipeline (app.sessions.closing) on a worker; this
class only asks, queues and tells.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from app.control.console import Console
from app.places import passings_folder
from app.records.close_record import CloseRecord, Step
from app.records.passings_errors import PassingsNotSaved
from app.rufus.models import KeyRights, OpenSession
from app.sessions.outcomes import Tally
from app.settings import PASSINGS_FOLDER, Settings
from app.ui.csv_style import passings_style
from app.ui.session_model import SessionTableModel
from app.ui.words import closes
from app.ui.words.errors import error_text, read_only_text
from app.ui.words.names import entry_name
from app.ui.words.rows import row_state

if TYPE_CHECKING:
    from app.ui.confirm_close import ConfirmCloseDialog

translate = QCoreApplication.translate

#: At most this many sessions are named in the "Close without saving?" question.
NAMED_IN_QUESTION = 8


class CloseFlow(QObject):
    """`said(text, error)` for the status bar; `idle` when nothing waits on the official or
    on RUFUS any more (auto-refresh may go on)."""

    said = Signal(str, bool)
    #: Said in passing: the next listing's summary may replace it.
    told = Signal(str)
    #: Passings were saved in this folder (right after the message that says so).
    saved_in = Signal(str)
    idle = Signal()
    #: A question (the confirmation, "Close without saving?") was answered or dismissed.
    question_closed = Signal()
    #: The close confirmation has opened (ConfirmCloseDialog): what it shows may be filled in.
    confirmation_opened = Signal(object)

    def __init__(
        self,
        window: QWidget,
        console: Console,
        model: SessionTableModel,
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._console = console
        self._model = model
        self._book = console.book
        self._settings = settings
        self.confirmation: ConfirmCloseDialog | None = None
        #: The confirmation was taken back by the console, not cancelled by the official.
        self._withdrawn = False
        #: "Close without saving?", while it is open.
        self.save_question: QMessageBox | None = None
        self.stop_button = QPushButton(translate("CloseFlow", "S&top after this one"))
        self.stop_button.setToolTip(
            translate(
                "CloseFlow",
                "The session being closed finishes; the sessions after it are not sent.",
            )
        )
        self.stop_button.clicked.connect(self.stop_after_this_one)
        self.stop_button.hide()
        console.close_progress.connect(self.progress)
        console.closes_finished.connect(self.finished)
        console.earlier_closes_settled.connect(self.earlier_closes_settled)
        console.closes_held_elsewhere.connect(self._held_elsewhere)
        console.rights_changed.connect(self._rights_changed)

    def _name(self, entry: OpenSession) -> str:
        return entry_name(entry, self._book.names_shared_with(entry.devices))

    # -- asking -------------------------------------------------------------------------------

    def busy(self) -> bool:
        """A question is open or a close is queued: the list should hold still."""
        return (
            self.confirmation is not None
            or self.save_question is not None
            or bool(self._console.closing())
        )

    def passings_folder(self) -> Path:
        chosen = self._settings.get(PASSINGS_FOLDER)
        if chosen:
            return Path(chosen)
        return _default_passings_folder(str(Path.home()), os.environ.get("XDG_CONFIG_HOME", ""))

    def request(self, tokens: Sequence[str]) -> None:
        """Opens the confirmation for the sessions among `tokens` that can be closed now; the
        closes start only when the official confirms."""
        if self.confirmation is not None or self.save_question is not None:
            return  # one question at a time
        if self._book.rights is KeyRights.READ_ONLY:
            self.said.emit(read_only_text(), True)
            return
        rows = [row for row in map(self._book.get, tokens) if row is not None]
        closable = [row for row in rows if self._book.closable(row)]
        if not closable:
            if len(rows) > 1:
                self.said.emit(
                    translate("CloseFlow", "None of the selected sessions can be closed now."),
                    True,
                )
            elif rows:
                # Its row says why (being closed, closed, not re-read): point there.
                self.said.emit(
                    translate("CloseFlow", "%1 cannot be closed now: %2")
                    .replace("%1", self._name(rows[0].entry))
                    .replace("%2", row_state(rows[0])),
                    False,
                )
            return
        # Loaded on first use: a dialog nobody has asked for yet costs start-up time.
        from app.ui.confirm_close import ConfirmCloseDialog  # noqa: PLC0415

        dialog = ConfirmCloseDialog(
            [row.entry for row in closable],
            self._console.now(),
            self._window,
            shared=self._book.shared_names(),
            live_within=self._model.live_within,
            folder=self.passings_folder(),
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.confirmed.connect(self._confirmed)
        dialog.finished.connect(self._confirmation_done)
        self.confirmation = dialog
        dialog.open()
        dialog.activateWindow()  # keyboard focus on the question, with or without a WM
        self.confirmation_opened.emit(dialog)

    def _confirmed(self, tokens: list[str], save_passings: bool) -> None:
        folder = self.passings_folder() if save_passings else None
        self._queue(tokens, folder)

    def _queue(self, tokens: Sequence[str], folder: Path | None) -> None:
        queued = self._console.close_sessions(
            tokens, save_passings_to=folder, csv_style=passings_style(self._settings)
        )
        if not queued:
            if tokens and all(token in self._console.closing() for token in tokens):
                text = translate("CloseFlow", "Nothing new to close: those are being closed.")
            else:
                text = translate("CloseFlow", "Nothing was closed: the key in use cannot close.")
            self.said.emit(text, True)
            return
        if len(self._console.closing()) > 1:
            self.stop_button.show()
            self.stop_button.setEnabled(True)

    def _confirmation_done(self, result: int) -> None:
        withdrawn, self._withdrawn = self._withdrawn, False
        if result != QDialog.DialogCode.Accepted.value and not withdrawn:
            # Said, as an Enter that reached Cancel instead of Close would otherwise pass unseen.
            self.told.emit(self._cancelled_words())
        if self.confirmation is not None:
            self.confirmation.deleteLater()
            self.confirmation = None
        self.question_closed.emit()
        self._tell_if_idle()

    def _cancelled_words(self) -> str:
        entries = self.confirmation.entries if self.confirmation is not None else []
        if len(entries) == 1:
            return translate("CloseFlow", "Cancelled: %1 was not closed.").replace(
                "%1", self._name(entries[0])
            )
        count = len(entries)  # lupdate skips a plural whose count is a call
        return translate("CloseFlow", "Cancelled: none of the %n sessions was closed.", "", count)

    def stop_after_this_one(self) -> None:
        self._console.stop_after_current()
        self.stop_button.setEnabled(False)
        self.said.emit(
            translate("CloseFlow", "Stopping after the session being closed now…"), False
        )

    def _rights_changed(self, rights: KeyRights) -> None:
        """The key turned out READ-only: no question about closing stays open."""
        if rights is KeyRights.READ_ONLY and self.confirmation is not None:
            self._withdrawn = True  # not the official's cancel: the read-only banner says why
            self.confirmation.reject()

    # -- telling ------------------------------------------------------------------------------

    def progress(self, record: CloseRecord) -> None:
        """One step of one close, already shown in its row: the status bar says it too."""
        if record.step is Step.QUEUED and record.outcome is None:
            return  # its row says it is waiting; the status bar follows the one under way
        name = self._name(record.entry)
        done = record.outcome is not None
        text = closes.outcome_text(record, name) if done else closes.step_text(record, name)
        place = self._console.place_in_batch(record.token)
        if place is not None:
            text = (
                translate("CloseFlow", "%1 of %2: %3")
                .replace("%1", str(place[0]))
                .replace("%2", str(place[1]))
                .replace("%3", text)
            )
        self.said.emit(text, record.outcome is not None and not record.outcome.closed)
        if done and record.passings_file:
            self.saved_in.emit(str(Path(record.passings_file).parent))

    def finished(self, records: list[CloseRecord]) -> None:
        """A batch ended: what became of it, and the question about unsaved passings."""
        if not self._console.closing():
            self.stop_button.hide()
        tally = Tally.of(records)
        if len(records) > 1 or tally.stopped:
            # Sessions stopped before their turn are what the official asked for, not a fault.
            self.said.emit(closes.batch_summary(records), tally.troubled)
            saved = [r.passings_file for r in records if r.passings_file]
            if saved:
                self.saved_in.emit(str(Path(saved[0]).parent))
        unsaved = [r for r in records if isinstance(r.error, PassingsNotSaved)]
        if unsaved:
            self._ask_to_close_without_saving(unsaved)
        self._tell_if_idle()

    def _ask_to_close_without_saving(self, records: list[CloseRecord]) -> None:
        """The second, explicit step: these sessions stay open unless the official says so."""
        n = len(records)
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("CloseFlow", "Passings not saved"))
        box.setText(
            self.tr("%n session(s) not closed: their passings could not all be saved.", "", n)
        )
        lines = [
            translate("CloseFlow", "%1: %2")
            .replace("%1", self._name(record.entry))
            .replace("%2", error_text(record.error))
            for record in records[:NAMED_IN_QUESTION]
        ]
        if len(records) > NAMED_IN_QUESTION:
            lines.append(
                translate("CloseFlow", "and %1 more").replace(
                    "%1", str(len(records) - NAMED_IN_QUESTION)
                )
            )
        lines.append(
            translate(
                "CloseFlow",
                "Close them anyway? Their passings stay readable in RUFUS after the close.",
            )
        )
        box.setInformativeText("\n\n".join(lines))
        box.setTextFormat(Qt.TextFormat.PlainText)
        close = box.addButton(
            translate("CloseFlow", "Close &without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("CloseFlow", "&Keep them open"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        tokens = [record.token for record in records]
        box.finished.connect(lambda _: self._answered(box, box.clickedButton() is close, tokens))
        self.save_question = box
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    def _answered(self, box: QMessageBox, close: bool, tokens: list[str]) -> None:
        self.save_question = None
        box.deleteLater()
        if close:
            self._queue(tokens, None)
        self.question_closed.emit()
        self._tell_if_idle()

    def earlier_closes_settled(self, records: list[CloseRecord]) -> None:
        lines = [closes.earlier_close(record, self._name(record.entry)) for record in records]
        self.said.emit(" ".join(lines), Tally.of(records).troubled)

    def _held_elsewhere(self, records: list[CloseRecord]) -> None:
        lines = [closes.held_elsewhere(self._name(record.entry)) for record in records]
        self.said.emit(" ".join(lines), False)

    def _tell_if_idle(self) -> None:
        if not self.busy():
            self.idle.emit()


@functools.cache
def _default_passings_folder(home: str, config_home: str) -> Path:
    """Looked up once per home folder: it reads the desktop's folder names from disk, and
    each confirmation asks for it on the GUI thread."""
    environ = {"XDG_CONFIG_HOME": config_home} if config_home else {}
    return passings_folder(environ=environ, home=Path(home))
