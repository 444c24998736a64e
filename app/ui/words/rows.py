"""A row of the session table in words: its state, its activity, its device's health."""

from __future__ import annotations

from datetime import timedelta

from app.display import local_time
from app.records.close_record import Step
from app.sessions.activity import Activity
from app.sessions.book import Row, RowState
from app.sessions.health import battery_low
from app.ui.words import closes, numbers, translate
from app.ui.words.errors import error_text
from app.ui.words.names import hostile


def row_state(row: Row) -> str:
    """The State cell: what the console knows of the session right now."""
    record = row.record
    match row.state:
        case RowState.OPEN:
            return translate("SessionTableModel", "● Open")
        case RowState.CLOSING:
            return closes.closing_step(record.step if record else Step.QUEUED)
        case RowState.CHECKING:
            return closes.checking()
        case RowState.CLOSED:
            return closes.closed(record)
        case RowState.NOT_CLOSED:
            return closes.not_closed(record)
        case RowState.UNCONFIRMED:
            return closes.unconfirmed()
        case RowState.NOT_RE_READ:
            # Short: why is on hover (row_state_detail). A paragraph here widened the column
            # past the screen's edge and pushed the Close buttons out of view.
            return translate("SessionTableModel", "? Not re-read")


def row_state_detail(row: Row) -> str | None:
    """The State cell's tooltip: the whole story, including a close tried before a refresh."""
    lines = []
    if row.state is RowState.NOT_RE_READ and row.problem is not None:
        lines.append(error_text(row.problem))
    record = row.record
    if record is not None and record.outcome is not None:
        lines.append(
            translate("SessionTableModel", "Last close attempt, %1: %2")
            .replace("%1", local_time(record.requested_at))
            .replace("%2", closes.outcome_name(record.outcome))
        )
        reason = closes.reason(record)
        if reason and not record.outcome.closed:
            lines.append(reason)
    if row.state is RowState.CHECKING and record is not None:
        lines.append(closes.checking_text(record))
    return "\n".join(lines) or None


def activity_name(activity: Activity) -> str:
    match activity:
        case Activity.LIVE:
            return translate("Wording", "● LIVE")
        case Activity.STALE:
            return translate("Wording", "◷ STALE")
        case Activity.UNUSED:
            return translate("Wording", "○ unused")
        case Activity.IDLE:
            return translate("Wording", "idle")


def activity_detail(activity: Activity, live_within: timedelta) -> str:
    minutes = max(1, round(live_within.total_seconds() / 60))
    match activity:
        case Activity.LIVE:
            return translate(
                "Wording",
                "A passing arrived within the last %n minute(s): a device is timing into this "
                "session now.",
                "",
                minutes,
            )
        case Activity.STALE:
            return translate(
                "Wording",
                "Opened before today, and no passing for hours: most likely forgotten. Check "
                "with the race before closing it.",
            )
        case Activity.UNUSED:
            return translate("Wording", "Opened today, no passing yet.")
        case Activity.IDLE:
            return translate("Wording", "Has passings; none in the last %n minute(s).", "", minutes)


_STATUSES = {
    "ONLINE": lambda: translate("Wording", "Online"),
    "OFFLINE": lambda: translate("Wording", "Offline"),
}


def device_status(status: str | None) -> str:
    """RUFUS's device status in the window's words; an unknown one as RUFUS says it."""
    if not status:
        return "—"
    known = _STATUSES.get(status.strip().upper())
    return known() if known else hostile(status)


def battery(percentage: int | None, charging: bool | None) -> str:
    if percentage is None:
        return "—"
    text = translate("Wording", "%1 %").replace("%1", numbers.whole(percentage))
    if charging:
        text += " ⚡"
    if battery_low(percentage):
        text = "▼ " + text
    return text
