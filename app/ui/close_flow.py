"""Closing from the window: the confirmation, the closes it queues, what the status bar says
while they run and when they end, "Stop after this one", and the second, explicit question
when a session's passings could not be saved.

The closes themselves run in the close pipeline (app.sessions.closing) on a worker; this
class only asks, queues and tells.
"""

from __future__ import annotations

import functools
import os
from collections import Counter, deque
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.places import passings_folder
from app.records.close_record import CloseRecord, Outcome, Step
from app.records.passings_errors import PassingsNotSaved
from app.rufus.models import KeyRights, OpenSession
from app.settings import PASSINGS_FOLDER, Settings
from app.ui import wording
from app.ui.console import Console
from app.ui.session_model import SessionTableModel

if TYPE_CHECKING:
    from app.ui.confirm_close import ConfirmCloseDialog

translate = QCoreApplication.translate

#: At most this many sessions are named in the "Close without saving?" question.
NAMED_IN_QUESTION = 8


class CloseFlow(QObject):
    """`said(text, error)` for the status bar; `settled` when nothing waits on the official
    or on RUFUS any more (auto-refresh may go on)."""

    said = Signal(str, bool)
    settled = Signal()
    #: A question (the confirmation, "Close without saving?") was answered or dismissed.
    question_closed = Signal()

    def __init__(
        self,
        window: QWidget,
        console: Console,
        model: SessionTableModel,
        settings: Settings,
        name: Callable[[OpenSession], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._console = console
        self._model = model
        self._book = model.book
        self._settings = settings
        self._name = name
        self.confirmation: ConfirmCloseDialog | None = None
        #: "Close without saving?", while it is open.
        self.save_question: QMessageBox | None = None
        #: The tokens of each queued batch, in the order the pipeline runs them.
        self._batches: deque[list[str]] = deque()
        self.stop_button = QPushButton(translate("CloseFlow", "&Stop after this one"))
        self.stop_button.setToolTip(
            translate(
                "CloseFlow",
                "The session being closed finishes; the sessions after it are not sent.",
            )
        )
        self.stop_button.clicked.connect(self.stop_after_this_one)
        self.stop_button.hide()

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
            self.said.emit(wording.read_only_text(), True)
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
                    .replace("%2", wording.row_state(rows[0])),
                    False,
                )
            return
        # Loaded on first use: a dialog nobody has asked for yet costs start-up time.
        from app.ui.confirm_close import ConfirmCloseDialog  # noqa: PLC0415

        dialog = ConfirmCloseDialog(
            [row.entry for row in closable],
            datetime.now(UTC),
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

    def _confirmed(self, tokens: list[str], save_passings: bool) -> None:
        folder = self.passings_folder() if save_passings else None
        self._queue(tokens, folder)

    def _queue(self, tokens: Sequence[str], folder: Path | None) -> None:
        rows = [row for row in map(self._book.get, tokens) if row is not None]
        queued = self._console.close_sessions([row.entry for row in rows], save_passings_to=folder)
        if not queued:
            if rows and all(row.token in self._console.closing() for row in rows):
                text = translate("CloseFlow", "Nothing new to close: those are being closed.")
            else:
                text = translate("CloseFlow", "Nothing was closed: the key in use cannot close.")
            self.said.emit(text, True)
            return
        self._batches.append([entry.token for entry in queued])
        if len(self._console.closing()) > 1:
            self.stop_button.show()
            self.stop_button.setEnabled(True)

    def _confirmation_done(self) -> None:
        if self.confirmation is not None:
            self.confirmation.deleteLater()
            self.confirmation = None
        self.question_closed.emit()
        self._settle_if_idle()

    def stop_after_this_one(self) -> None:
        self._console.stop_after_current()
        self.stop_button.setEnabled(False)
        self.said.emit(
            translate("CloseFlow", "Stopping after the session being closed now…"), False
        )

    def read_only(self) -> None:
        """The key turned out READ-only: no question about closing stays open."""
        if self.confirmation is not None:
            self.confirmation.reject()

    # -- telling ------------------------------------------------------------------------------

    def progress(self, record: CloseRecord) -> None:
        """One step of one close, already shown in its row: the status bar says it too."""
        if record.step is Step.QUEUED and record.outcome is None:
            return  # its row says it is waiting; the status bar follows the one under way
        name = self._name(record.entry)
        done = record.outcome is not None
        text = outcome_text(record, name) if done else _step_text(record, name)
        place = self._place(record.token)
        if place is not None:
            text = (
                translate("CloseFlow", "%1 of %2: %3")
                .replace("%1", str(place[0]))
                .replace("%2", str(place[1]))
                .replace("%3", text)
            )
        self.said.emit(text, record.outcome is not None and not record.outcome.closed)

    def _place(self, token: str) -> tuple[int, int] | None:
        """Where `token` is in the running batch, when it has more than one session."""
        if not self._batches or len(self._batches[0]) < 2:
            return None
        batch = self._batches[0]
        return (batch.index(token) + 1, len(batch)) if token in batch else None

    def finished(self, records: list[CloseRecord]) -> None:
        """A batch ended: what became of it, and the question about unsaved passings."""
        batch = self._batches.popleft() if self._batches else []
        if not self._console.closing():
            self.stop_button.hide()
        if len(batch) > 1 or any(r.outcome is Outcome.STOPPED for r in records):
            # Sessions stopped before their turn are what the official asked for, not a fault.
            failed = sum(
                1
                for r in records
                if r.outcome is not None
                and not r.outcome.closed
                and r.outcome is not Outcome.STOPPED
            )
            self.said.emit(batch_summary(records), failed > 0)
        unsaved = [r for r in records if isinstance(r.error, PassingsNotSaved)]
        if unsaved:
            self._ask_to_close_without_saving(unsaved)
        self._settle_if_idle()

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
            .replace("%2", wording.error_text(record.error))
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
        self._settle_if_idle()

    def earlier_closes_settled(self, records: list[CloseRecord]) -> None:
        lines = [
            translate(
                "CloseFlow",
                "When the console last stopped, the close of %1 had no known outcome: %2.",
            )
            .replace("%1", self._name(record.entry))
            .replace(
                "%2",
                translate("CloseFlow", "RUFUS now reports it closed")
                if record.outcome is Outcome.CLOSED
                else translate("CloseFlow", "RUFUS reports it still open: it was not closed"),
            )
            for record in records
        ]
        self.said.emit(" ".join(lines), any(r.outcome is not Outcome.CLOSED for r in records))

    def _settle_if_idle(self) -> None:
        if not self.busy():
            self.settled.emit()


@functools.cache
def _default_passings_folder(home: str, config_home: str) -> Path:
    """Looked up once per home folder: it reads the desktop's folder names from disk, and
    each confirmation asks for it on the GUI thread."""
    environ = {"XDG_CONFIG_HOME": config_home} if config_home else {}
    return passings_folder(environ=environ, home=Path(home))


def _step_text(record: CloseRecord, name: str) -> str:
    """The step under way, as its row says it, with the session's name and the count saved."""
    match record.step:
        case Step.SAVING_PASSINGS if record.entry.session.passings:
            return (
                translate("CloseFlow", "Saving the passings of %1: %2 of %3…")
                .replace("%1", name)
                .replace("%2", wording.count(record.saved))
                .replace("%3", wording.count(record.entry.session.passings))
            )
        case Step.SAVING_PASSINGS:
            return translate("CloseFlow", "Saving the passings of %1…").replace("%1", name)
        case Step.CHECKING_BEFORE:
            return translate("CloseFlow", "Checking %1 before closing it…").replace("%1", name)
        case Step.RECHECKING:
            return translate("CloseFlow", "Outcome unknown: reading %1 back from RUFUS…").replace(
                "%1", name
            )
    return translate("CloseFlow", "Closing %1…").replace("%1", name)


def outcome_text(record: CloseRecord, name: str) -> str:
    """What became of one close, in the status bar's words."""
    match record.outcome:
        case Outcome.ALREADY_CLOSED:
            return translate(
                "CloseFlow", "%1 was already closed (elsewhere, or by its device). Nothing to do."
            ).replace("%1", name)
        case Outcome.CLOSED if record.confirmed is None:
            return translate(
                "CloseFlow",
                "RUFUS accepted the close of %1; the check afterwards could not be made. "
                "Refresh (F5) to confirm.",
            ).replace("%1", name)
        case Outcome.CLOSED if record.late:
            return (
                translate(
                    "CloseFlow", "Closed %1: RUFUS confirmed it %2 after the close went unanswered."
                )
                .replace("%1", name)
                .replace("%2", wording.span_seconds(record.confirmed_after_s))
            )
        case Outcome.CLOSED if record.passings_file is not None:
            saved = record.saved
            return (
                translate("CloseFlow", "Closed %1; its %Ln passing(s) are in %2.", "", saved)
                .replace("%1", name)
                .replace("%2", wording.hostile(record.passings_file))
            )
        case Outcome.CLOSED:
            return translate(
                "CloseFlow", "Closed %1. It leaves the list at the next refresh."
            ).replace("%1", name)
        case Outcome.UNKNOWN:
            return translate(
                "CloseFlow",
                "RUFUS has not confirmed the close of %1. Refresh before closing again.",
            ).replace("%1", name)
        case _:
            return (
                translate("CloseFlow", "Could not close %1: %2")
                .replace("%1", name)
                .replace("%2", wording.record_reason(record))
            )


def batch_summary(records: Sequence[CloseRecord]) -> str:
    """ "118 closed, 2 already closed, 1 failed — see Close history (Ctrl+H)"."""
    outcomes = Counter(record.outcome for record in records)
    closed = outcomes[Outcome.CLOSED]
    already = outcomes[Outcome.ALREADY_CLOSED]
    stopped = outcomes[Outcome.STOPPED]
    unknown = outcomes[Outcome.UNKNOWN]
    failed = len(records) - closed - already - stopped - unknown
    parts = [translate("CloseFlow", "%n closed", "", closed)]
    if already:
        parts.append(translate("CloseFlow", "%n already closed", "", already))
    if failed:
        parts.append(translate("CloseFlow", "%n failed", "", failed))
    if unknown:
        parts.append(translate("CloseFlow", "%n not confirmed (refresh to check)", "", unknown))
    if stopped:
        parts.append(translate("CloseFlow", "%n stopped before their turn", "", stopped))
    return translate("CloseFlow", "%1 — see Sessions → Close history (Ctrl+H)").replace(
        "%1", ", ".join(parts)
    )
