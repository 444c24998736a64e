"""What the window says about times, devices and errors, every sentence translatable.

The client's own messages are English for the command line; the window words each error
kind here, through Qt's translation, so that a Spanish window needs no code change.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtGui import QColor

from app.display import local_time, visible
from app.jobs import UnexpectedError
from app.keystore import KeyLookup, KeyState
from app.records.close_record import CloseRecord, HistoryUnavailable, Outcome, Step
from app.records.passings_errors import NotSavedBecause, PassingsIncomplete, PassingsNotSaved
from app.rufus import errors
from app.rufus.models import Device, KeyRights
from app.sessions.activity import Activity
from app.sessions.book import BUSY, Row, RowBook, RowState
from app.ui import colours
from app.ui.colours import Tone

#: Qt's translation, spelled so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


def exact_time(moment: datetime | None) -> str:
    """For a tooltip: local date and time with the zone, then UTC."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return (
        translate("Wording", "%1 %2 (%3 UTC)")
        .replace("%1", local.strftime("%Y-%m-%d"))
        .replace("%2", local_time(moment))
        .replace("%3", moment.astimezone(UTC).strftime("%H:%M:%S"))
    )


def when(moment: datetime) -> str:
    """A moment in a list of them, written as the table writes dates: "Thu 26 Nov 2026 12:05
    CET", in the language's own words."""
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    zone = moment.astimezone().strftime("%Z")
    return f"{QLocale().toString(local, _DATE_AND_TIME)} {zone}".rstrip()


def key_source(source: str) -> str:
    """Which key a close used, as the history records it ("keyring", "environment"…)."""
    names = {
        "keyring": lambda: translate("Wording", "system keyring"),
        "environment": lambda: translate("Wording", "RUFUS_API_KEY"),
        "demo": lambda: translate("Wording", "demo"),
        "this run only": lambda: translate("Wording", "this run only"),
    }
    return names[source]() if source in names else hostile(source)


def age(moment: datetime | None, now: datetime) -> str:
    """How long ago, at the scale that reads at a glance: "12 s ago", "3 min ago",
    "2 h 5 min ago", "3 days ago", "1 year ago"."""
    if moment is None:
        return translate("Wording", "never")
    return translate("Wording", "%1 ago").replace("%1", span(now - moment))


def span(elapsed: timedelta) -> str:
    seconds = max(0, int(elapsed.total_seconds()))
    if seconds < 60:
        return translate("Wording", "%1 s").replace("%1", str(seconds))
    if seconds < 3600:
        return translate("Wording", "%1 min").replace("%1", str(seconds // 60))
    if seconds < 86400:
        return (
            translate("Wording", "%1 h %2 min")
            .replace("%1", str(seconds // 3600))
            .replace("%2", str(seconds % 3600 // 60))
        )
    days = seconds // 86400
    if days < 365:
        return translate("Wording", "%n day(s)", "", days)
    # Worked out apart: pyside6-lupdate reads "//" inside a call as a C++ comment.
    years = days // 365
    return translate("Wording", "%n year(s)", "", years)


def span_seconds(seconds: float | None) -> str:
    return span(timedelta(seconds=seconds or 0.0))


def opened(moment: datetime | None, now: datetime) -> str:
    """The time alone for today (local), the date and time otherwise; with the zone."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    zone = local.strftime("%Z")
    if local.date() == now.astimezone().date():
        return local_time(moment)
    when = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return f"{QLocale().toString(when, _DATE_AND_TIME)} {zone}".rstrip()


_DATE_AND_TIME = "ddd d MMM yyyy HH:mm"


def count(number: int | None) -> str:
    """A passings count with the locale's digit grouping: "1,234"."""
    return "—" if number is None else QLocale().toString(number)


def plain_tip(text: str) -> str:
    """A tooltip that shows exactly its text. Qt renders a tooltip that looks like HTML as
    HTML, and a name from a device is hostile (race-day rule 8): escaped, and kept whole."""
    if not text:
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def hostile(text: str) -> str:
    """Text from a device or the cloud, with anything that could reorder, hide or fake its
    neighbours shown as a visible marker (race-day rule 8)."""
    return visible(text, terminal=False)


def device_name(device: Device) -> str:
    return hostile(device.alias) or translate("Wording", "(unnamed device %1)").replace(
        "%1", device.deviceid[:8]
    )


def with_serial(device: Device) -> str:
    """The device's name with what tells it from another of the same name."""
    if not device.serial_number:
        return (
            translate("Wording", "%1 (device %2)")
            .replace("%1", device_name(device))
            .replace("%2", device.deviceid[:8])
        )
    return (
        translate("Wording", "%1 (serial %2)")
        .replace("%1", device_name(device))
        .replace("%2", hostile(device.serial_number))
    )


def device_kind(device: Device) -> str:
    return hostile(device.model or device.type) or translate("Wording", "unknown kind")


def session_name(alias: str) -> str:
    return hostile(alias) or translate("Wording", "(unnamed session)")


def error_text(error: object) -> str:
    """What went wrong and what to do, for the row and the status bar."""
    if isinstance(error, PassingsNotSaved):
        return passings_not_saved(error)
    status = getattr(error, "status", None)
    for kind, text in _ERROR_TEXTS:
        if isinstance(error, kind):
            return text().replace("%1", str(status))
    if isinstance(error, errors.RufusError):
        if status is not None:
            return translate(
                "Wording",
                "RUFUS refused the request (HTTP %1). Refresh the list (F5) and try again.",
            ).replace("%1", str(status))
        return str(error)
    return translate(
        "Wording", "Something unexpected went wrong. The details are in the log; try again."
    )


def passings_not_saved(error: PassingsNotSaved) -> str:
    place = hostile(str(error.place or ""))
    match error.because:
        case NotSavedBecause.READ:
            return translate(
                "Wording",
                "The passings could not be read from RUFUS (%1); the session was not closed. "
                "Try again, or close it without saving the passings.",
            ).replace("%1", error_text(error.detail))
        case NotSavedBecause.WRITE:
            return (
                translate(
                    "Wording",
                    "The passings could not be saved in %1: %2. Check that the folder exists "
                    "and is writable, that the disk is not full, and that the file is not open "
                    "in a spreadsheet.",
                )
                .replace("%1", place)
                .replace("%2", str(error.detail))
            )
        case NotSavedBecause.FOLDER:
            return (
                translate("Wording", "The passings folder %1 could not be created: %2.")
                .replace("%1", place)
                .replace("%2", str(error.detail))
            )
        case NotSavedBecause.STOPPED:
            return translate("Wording", "Saving the passings was stopped; no file was kept.")
    assert isinstance(error, PassingsIncomplete)
    return (
        translate(
            "Wording",
            "The passings file is INCOMPLETE: RUFUS counts %1 passings in this session but "
            "sent %2; what was read is in %3. If the session is still receiving passings, "
            "save it again; otherwise try again later.",
        )
        .replace("%1", count(error.reported))
        .replace("%2", count(error.written))
        .replace("%3", place)
    )


# Functions, not strings: the translation is looked up when the text is shown. Subclasses
# come before their bases.
_ERROR_TEXTS: tuple[tuple[type[BaseException], Callable[[], str]], ...] = (
    (
        errors.AuthenticationError,
        lambda: translate(
            "Wording",
            "RUFUS does not recognise this API key: it may have been deleted or mistyped. "
            "Choose Key → Enter or change API key… and enter a READ_WRITE key.",
        ),
    ),
    (
        errors.ReadOnlyKey,
        lambda: translate(
            "Wording",
            "This key is READ-only: closing needs a READ_WRITE key. Create one in RUFUS "
            "Cloud → API Keys, then choose Key → Enter or change API key…",
        ),
    ),
    (
        errors.WriteOnlyKey,
        lambda: translate(
            "Wording",
            "RUFUS refused to list with this key: it is WRITE-only or has been deleted. "
            "The console needs a READ_WRITE key: choose Key → Enter or change API key…",
        ),
    ),
    (
        errors.SessionNotFound,
        lambda: translate(
            "Wording", "RUFUS has no such session for this account any more. Refresh the list (F5)."
        ),
    ),
    (
        errors.RateLimited,
        lambda: translate(
            "Wording", "RUFUS is limiting requests from this key. Wait a minute and try again."
        ),
    ),
    (
        errors.WrongAddress,
        lambda: translate(
            "Wording",
            "RUFUS answered 404 for the device list: check the server address; it normally "
            "ends in /v0.",
        ),
    ),
    (
        HistoryUnavailable,
        lambda: translate(
            "Wording",
            "The close history could not be written, so the close was not sent: every close "
            "is recorded first. Check that the disk is not full, then try again.",
        ),
    ),
    (
        errors.ShuttingDown,
        lambda: translate("Wording", "The console is quitting; the request was abandoned."),
    ),
    (
        errors.Redirected,
        lambda: translate(
            "Wording",
            "Something other than RUFUS answered (HTTP %1): check the server address; a "
            "venue Wi-Fi login page can cause this too.",
        ),
    ),
    (
        errors.ServerError,
        lambda: translate(
            "Wording",
            "RUFUS had a problem answering (HTTP %1). Wait a moment and try again; if it "
            "keeps happening, RUFUS may be down.",
        ),
    ),
    (
        errors.RequestTimeout,
        lambda: translate(
            "Wording", "RUFUS did not answer in time. Check the internet connection and try again."
        ),
    ),
    (
        errors.NetworkError,
        lambda: translate(
            "Wording",
            "Could not reach RUFUS. Check the internet connection (on venue Wi-Fi, sign in "
            "with a browser first) and try again.",
        ),
    ),
    (
        errors.BadResponse,
        lambda: translate(
            "Wording",
            "RUFUS's answer could not be read (a Wi-Fi login page, or a change in RUFUS). Try "
            "again; if it keeps happening, sign in to the network with a browser, or update "
            "Rufus Console.",
        ),
    ),
    (
        UnexpectedError,
        lambda: translate(
            "Wording", "Something unexpected went wrong. The details are in the log; try again."
        ),
    ),
)


def key_state(lookup: KeyLookup) -> tuple[str, str]:
    """A short label for the status bar and a longer explanation for its tooltip."""
    run_only = translate("Wording", "Kept for this run only, never written to a file.")
    match lookup.state:
        case KeyState.STORED:
            return translate("Wording", "Key: system keyring"), translate(
                "Wording", "The API key is stored in the system keyring."
            )
        case KeyState.FROM_ENVIRONMENT:
            return translate("Wording", "Key: RUFUS_API_KEY"), translate(
                "Wording",
                "The API key comes from the RUFUS_API_KEY environment variable, which "
                "overrides the keyring.",
            )
        case KeyState.DEMO:
            return translate("Wording", "Key: demo"), translate(
                "Wording", "The simulated cloud's demo key (READ_WRITE)."
            )
        case KeyState.NOT_STORED:
            return translate("Wording", "Key: none"), translate(
                "Wording", "No API key is stored yet: choose Key → Enter or change API key…"
            )
        case KeyState.NO_KEYRING:
            why = translate("Wording", "This computer has no system keyring.")
            if lookup.usable:
                return translate("Wording", "Key: this run only"), f"{why} {run_only}"
            return translate("Wording", "Key: no keyring"), why
        case KeyState.LOCKED:
            why = translate(
                "Wording",
                "The system keyring is locked: unlock it (log in to the desktop) and restart.",
            )
            if lookup.usable:
                return translate("Wording", "Key: this run only"), f"{why} {run_only}"
            return translate("Wording", "Key: keyring locked"), why
        case KeyState.UNAVAILABLE:
            why = translate("Wording", "The system keyring could not be opened.")
            if lookup.usable:
                return translate("Wording", "Key: this run only"), f"{why} {run_only}"
            return translate("Wording", "Key: keyring unavailable"), why
        case KeyState.NOT_KEPT:
            why = translate(
                "Wording",
                "The system keyring accepted the key but did not keep it: it will be asked "
                "for again at the next start.",
            )
            return translate("Wording", "Key: this run only"), f"{why} {run_only}"


# -- rows ---------------------------------------------------------------------------------------

#: Colour goes with text and a symbol, never alone (race-day rule 4).
_STATE_TONES = {
    RowState.OPEN: Tone.GOOD,
    RowState.CLOSING: Tone.BUSY,
    RowState.CHECKING: Tone.BUSY,
    RowState.CLOSED: Tone.MUTED,
    RowState.NOT_CLOSED: Tone.BAD,
    RowState.UNCONFIRMED: Tone.BAD,
    RowState.STALE: Tone.CAUTION,
}


def state_tone(state: RowState) -> Tone:
    return _STATE_TONES[state]


_ACTIVITY_TONES = {
    Activity.LIVE: Tone.LIVE,
    Activity.STALE: Tone.CAUTION,
    Activity.UNUSED: Tone.MUTED,
    Activity.IDLE: Tone.CALM,
}


def activity_tone(activity: Activity) -> Tone:
    return _ACTIVITY_TONES[activity]


#: A low battery, an offline device, a warning in a dialog: what must not be missed.
ALERT = Tone.BAD


def warning_colour() -> QColor:
    return colours.tone(ALERT)


def row_state(row: Row) -> str:
    """The State cell: what the console knows of the session right now."""
    record = row.record
    match row.state:
        case RowState.OPEN:
            return translate("SessionTableModel", "● Open")
        case RowState.CLOSING:
            return _closing_step(record.step if record else Step.QUEUED)
        case RowState.CHECKING:
            return translate("SessionTableModel", "◌ Outcome unknown — checking…")
        case RowState.CLOSED:
            return _closed_text(record)
        case RowState.NOT_CLOSED:
            return translate("SessionTableModel", "⚠ Not closed: %1").replace(
                "%1", record_reason(record)
            )
        case RowState.UNCONFIRMED:
            return translate(
                "SessionTableModel",
                "⚠ RUFUS has not confirmed this close. Refresh before closing again.",
            )
        case RowState.STALE:
            return translate("SessionTableModel", "? Not re-read: %1").replace(
                "%1", error_text(row.problem)
            )


def waiting_to_close() -> str:
    return translate("SessionTableModel", "◌ Waiting to close…")


def _closing_step(step: Step) -> str:
    match step:
        case Step.CHECKING_BEFORE:
            return translate("SessionTableModel", "◌ Checking before closing…")
        case Step.SAVING_PASSINGS:
            return translate("SessionTableModel", "◌ Saving passings…")
        case Step.SENDING | Step.RECHECKING | Step.DONE:
            return translate("SessionTableModel", "◌ Closing…")
        case Step.QUEUED:
            return waiting_to_close()


def _closed_text(record: CloseRecord | None) -> str:
    if record is not None and record.outcome is Outcome.ALREADY_CLOSED:
        return translate("SessionTableModel", "Already closed ✓")
    if record is not None and record.confirmed is None:
        return translate("SessionTableModel", "Closed ✓ (not re-checked)")
    if record is not None and record.late:
        return translate("SessionTableModel", "Closed ✓ (confirmed %1 later)").replace(
            "%1", span(timedelta(seconds=record.confirmed_after_s or 0.0))
        )
    return translate("SessionTableModel", "Closed ✓")


def record_reason(record: CloseRecord | None) -> str:
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
        case _:
            return error_text(record.error) if record.error is not None else record.reason


def row_state_detail(row: Row, book: RowBook) -> str | None:
    """The State cell's tooltip: the whole story, including a close tried before a refresh."""
    lines = []
    if row.state is RowState.STALE and row.problem is not None:
        lines.append(error_text(row.problem))
    record = row.record
    if record is not None and record.outcome is not None:
        lines.append(
            translate("SessionTableModel", "Last close attempt, %1: %2")
            .replace("%1", local_time(record.requested_at))
            .replace("%2", outcome_name(record.outcome))
        )
        reason = record_reason(record)
        if reason and not record.outcome.closed:
            lines.append(reason)
    if row.state is RowState.CHECKING and record is not None:
        lines.append(checking_text(record))
    return "\n".join(lines) or None


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


def read_only_text() -> str:
    return translate(
        "Wording",
        "This key can list sessions but not close them: it is READ-only. To close sessions, "
        "create a READ_WRITE key in RUFUS Cloud → your account name (top right) → API Keys, "
        "then choose Key → Enter or change API key…",
    )


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


# -- activity and device health -------------------------------------------------------------------


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


#: At or below this a battery is shown as low.
LOW_BATTERY = 20


def battery(percentage: int | None, charging: bool | None) -> str:
    if percentage is None:
        return "—"
    text = translate("Wording", "%1 %").replace("%1", QLocale().toString(percentage))
    if charging:
        text += " ⚡"
    if percentage <= LOW_BATTERY:
        text = "▼ " + text
    return text


# -- the status bar --------------------------------------------------------------------------------


def summary(open_count: int, live: int, stale: int) -> str:
    """ "144 open · 3 live · 120 stale": three counts, each agreeing with its own number."""
    return " · ".join(
        (
            translate("Wording", "%Ln open", "", open_count),
            translate("Wording", "%Ln live", "", live),
            translate("Wording", "%Ln stale", "", stale),
        )
    )


def freshness(since_s: int | None, next_s: int | None, stretched_to_s: int | None) -> str:
    """ "Updated 12 s ago · next in 18 s"; with a big account, why the wait is longer."""
    if since_s is None:
        return ""
    text = translate("Wording", "Updated %1 ago").replace("%1", span(timedelta(seconds=since_s)))
    if next_s is not None:
        text += " · " + translate("Wording", "next in %1").replace(
            "%1", span(timedelta(seconds=next_s))
        )
    if stretched_to_s is not None:
        text += " · " + translate(
            "Wording", "every %1 for this account's size, to spare RUFUS"
        ).replace("%1", span(timedelta(seconds=stretched_to_s)))
    return text


def refresh_choice(seconds: int) -> str:
    if seconds <= 0:
        return translate("Wording", "Off")
    return translate("Wording", "Every %1").replace("%1", span(timedelta(seconds=seconds)))
