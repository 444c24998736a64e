"""Every sentence the window says about a close: the row's state while it runs and after, the
status bar's words for each step and outcome, a batch's tally, an earlier run's close read
back. What counts as failed is decided once, in app.sessions.outcomes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import PurePath

from app.records.close_record import CloseRecord, Outcome, Step
from app.rufus import errors
from app.rufus.models import KeyRights
from app.sessions.book import BUSY, Row, RowBook, RowState
from app.sessions.outcomes import Tally
from app.ui.words import translate
from app.ui.words.errors import error_text, read_only_text
from app.ui.words.names import hostile
from app.ui.words.times import count, short_time, span, span_seconds

# -- the row's State cell ----------------------------------------------------------------------


def waiting_to_close() -> str:
    return translate("SessionTableModel", "◌ Waiting to close…")


def closing_step(step: Step) -> str:
    match step:
        case Step.CHECKING_BEFORE:
            return translate("SessionTableModel", "◌ Checking before closing…")
        case Step.SAVING_PASSINGS:
            return translate("SessionTableModel", "◌ Saving passings…")
        case Step.SENDING | Step.RECHECKING | Step.DONE:
            return translate("SessionTableModel", "◌ Closing…")
        case Step.QUEUED:
            return waiting_to_close()


def checking() -> str:
    return translate("SessionTableModel", "◌ Outcome unknown — checking…")


def closed(record: CloseRecord | None) -> str:
    if record is not None and record.outcome is Outcome.ALREADY_CLOSED:
        return translate("SessionTableModel", "Already closed ✓")
    if record is not None and record.confirmed is None:
        return translate("SessionTableModel", "Closed ✓ (not re-checked)")
    if record is not None and record.late:
        return translate("SessionTableModel", "Closed ✓ (confirmed %1 later)").replace(
            "%1", span(timedelta(seconds=record.confirmed_after_s or 0.0))
        )
    if record is not None and record.finished_at is not None:
        return translate("SessionTableModel", "Closed ✓ %1").replace(
            "%1", short_time(record.finished_at)
        )
    return translate("SessionTableModel", "Closed ✓")


def not_closed(record: CloseRecord | None) -> str:
    return translate("SessionTableModel", "⚠ Not closed: %1").replace("%1", reason(record))


def unconfirmed() -> str:
    return translate(
        "SessionTableModel", "⚠ RUFUS has not confirmed this close. Refresh before closing again."
    )


def reason(record: CloseRecord | None) -> str:
    """Why a close did not end closed, in the window's words."""
    if record is None:
        return ""
    match record.outcome:
        case Outcome.STOPPED:
            return translate(
                "SessionTableModel", "the bulk close was stopped before its turn; nothing was sent."
            )
        case Outcome.STILL_OPEN:
            return translate(
                "SessionTableModel", "RUFUS reports it open: the close did not take effect."
            )
        case Outcome.REFUSED if type(record.error) in (errors.Refused, errors.RateLimited):
            return translate(
                "SessionTableModel",
                "RUFUS refused to close it (HTTP %1): the session is still open.",
            ).replace("%1", str(record.error.status if record.error else "?"))
        case Outcome.UNKNOWN if record.still_open_seen:
            return translate(
                "SessionTableModel",
                "RUFUS accepted the close or left it unanswered, and still reported the "
                "session open at the last check.",
            )
        case _:
            return error_text(record.error) if record.error is not None else ""


def checking_text(record: CloseRecord) -> str:
    return (
        translate(
            "SessionTableModel",
            "The close request got no clear answer. Reading the session back: check %1, the "
            "next in %2 s. The request is never sent twice.",
        )
        .replace("%1", str(record.checks + 1))
        .replace("%2", str(round(record.next_check_in_s or 0)))
    )


def outcome_name(outcome: Outcome) -> str:
    match outcome:
        case Outcome.CLOSED:
            return translate("Wording", "closed")
        case Outcome.ALREADY_CLOSED:
            return translate("Wording", "already closed")
        case Outcome.REFUSED:
            return translate("Wording", "refused")
        case Outcome.NOT_SENT:
            return translate("Wording", "not sent")
        case Outcome.UNKNOWN:
            return translate("Wording", "outcome unknown")
        case Outcome.STILL_OPEN:
            return translate("Wording", "still open")
        case Outcome.STOPPED:
            return translate("Wording", "stopped")


def close_button_tip(row: Row, book: RowBook) -> str | None:
    if book.rights is KeyRights.READ_ONLY and row.state not in BUSY:
        return read_only_text()
    if book.closable(row):
        return translate("SessionTableModel", "Close this session (Delete)")
    if row.state in BUSY:
        return translate("SessionTableModel", "This session is being closed.")
    if row.state is RowState.UNCONFIRMED:
        return translate(
            "SessionTableModel", "RUFUS has not confirmed the last close: refresh (F5) first."
        )
    return None


# -- the status bar --------------------------------------------------------------------------


def step_text(record: CloseRecord, name: str) -> str:
    """The step under way, as its row says it, with the session's name and the count saved."""
    match record.step:
        case Step.SAVING_PASSINGS if record.entry.session.passings:
            return (
                translate("CloseFlow", "Saving the passings of %1: %2 of %3…")
                .replace("%1", name)
                .replace("%2", count(record.saved))
                .replace("%3", count(record.entry.session.passings))
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
                .replace("%2", span_seconds(record.confirmed_after_s))
            )
        case Outcome.CLOSED if record.passings_file is not None:
            return saved_text(record, name, hostile(PurePath(record.passings_file).name))
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
                .replace("%2", reason(record))
            )


def saved_text(record: CloseRecord, name: str, file: str) -> str:
    """A close whose passings were saved first: the file is said complete only when RUFUS's
    count after the close matches it."""
    saved, missing = record.saved, record.passings_not_in_file
    if missing == 0:
        return (
            translate("CloseFlow", "Closed %1; its %Ln passing(s) are in %2.", "", saved)
            .replace("%1", name)
            .replace("%2", file)
        )
    if missing is None:
        return (
            translate(
                "CloseFlow",
                "Closed %1; %Ln passing(s) saved in %2. RUFUS's count after the close could "
                "not be read: compare the file with RUFUS before relying on it.",
                "",
                saved,
            )
            .replace("%1", name)
            .replace("%2", file)
        )
    return (
        translate(
            "CloseFlow",
            "Closed %1; %2 holds %3 of its passings: %Ln that arrived while it closed are NOT "
            "in the file (they stay readable in RUFUS).",
            "",
            missing,
        )
        .replace("%1", name)
        .replace("%2", file)
        .replace("%3", count(saved))
    )


def held_elsewhere(name: str) -> str:
    """An earlier close another console on this computer is still running: left alone."""
    return translate(
        "CloseFlow",
        "%1 is being closed by another Rufus Console on this computer (a window or the "
        "command line): this one leaves it alone. Refresh (F5) once it is done.",
    ).replace("%1", name)


def batch_summary(records: Sequence[CloseRecord]) -> str:
    """ "118 closed, 2 already closed, 1 failed — see Close history (Ctrl+H)"."""
    tally = Tally.of(records)
    # Plain names: pyside6-lupdate skips a plural whose count is an attribute.
    closed, already, failed = tally.closed, tally.already_closed, tally.failed
    unknown, stopped = tally.unknown, tally.stopped
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


def earlier_close(record: CloseRecord, name: str) -> str:
    """A close an earlier run left without an outcome, read back now."""
    return (
        translate(
            "CloseFlow",
            "When the console last stopped, the close of %1 had no known outcome: %2.",
        )
        .replace("%1", name)
        .replace(
            "%2",
            translate("CloseFlow", "RUFUS now reports it closed")
            if record.outcome is Outcome.CLOSED
            else translate("CloseFlow", "RUFUS reports it still open: it was not closed"),
        )
    )


def permanence(count: int) -> str:
    """What closing means, said before every close."""
    if count == 1:
        return translate(
            "ConfirmClose",
            "Closing cannot be undone: the device will not be able to send more passings into "
            "this session.",
        )
    return translate(
        "ConfirmClose",
        "Closing cannot be undone: the devices will not be able to send more passings into "
        "these sessions.",
    )
