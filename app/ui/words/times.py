"""Times as the window writes them: local, with the zone; UTC on hover (race-day rule 4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale

from app.display import When, clock_time, in_local_zone, local_time, relative, zone_text
from app.ui.words import numbers, translate

_DATE_AND_TIME = "ddd d MMM yyyy HH:mm"
_SHORT_DATE = QLocale.FormatType.ShortFormat


def exact_time(moment: datetime | None) -> str:
    """For a tooltip: local date and time with the zone, then UTC."""
    if moment is None:
        return ""
    local = in_local_zone(moment)
    if local is None:
        return unknown()
    return (
        translate("Wording", "%1 %2 (%3 UTC)")
        .replace("%1", local.strftime("%Y-%m-%d"))
        .replace("%2", local_time(moment))
        .replace("%3", moment.astimezone(UTC).strftime("%H:%M:%S"))
    )


def when(moment: datetime) -> str:
    """A moment in a list of them, written as the table writes dates: "Thu 26 Nov 2026 12:05
    CET", in the language's own words."""
    local = in_local_zone(moment)
    if local is None:
        return unknown()
    shown = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return f"{QLocale().toString(shown, _DATE_AND_TIME)} {zone_text(local)}".rstrip()


def short_time(moment: datetime) -> str:
    """Hours and minutes, local: "07:42" (the zone is on hover, where exact_time is)."""
    local = in_local_zone(moment)
    return unknown() if local is None else clock_time(local, seconds=False)


def opened(moment: datetime | None, now: datetime, *, unreadable: bool = False) -> str:
    """The time alone for today (local), the date and time otherwise; with the zone."""
    if moment is None:
        return unknown() if unreadable else "—"
    local, today = in_local_zone(moment), in_local_zone(now)
    if local is None or today is None:
        return unknown()
    if local.date() == today.date():
        return local_time(moment)
    return when(moment)


def dated_time(moment: datetime, now: datetime) -> str:
    """To the second, with the zone; the date too when it is not today's: "07:59:00 CET",
    "26/11/2026 07:59:00 CET" (a passing from a session left open since yesterday must not
    read as this morning's)."""
    local, today = in_local_zone(moment), in_local_zone(now)
    if local is None or today is None:
        return unknown()
    if local.date() == today.date():
        return local_time(moment)
    date = QLocale().toString(QDate(local.year, local.month, local.day), _SHORT_DATE)
    return f"{date} {local_time(moment)}"


def age(moment: datetime | None, now: datetime, *, unreadable: bool = False) -> str:
    """How long ago, at the scale that reads at a glance: "12 s ago", "3 min ago",
    "2 h 5 min ago", "3 days ago", "1 year ago"; "in 3 h" for a time still to come (a clock
    ahead), "never" when there was none, "unknown" when it could not be read. `now` is
    RUFUS's (race-day rule 12)."""
    where = relative(moment, now, unreadable=unreadable)
    match where.when:
        case When.NEVER:
            return translate("Wording", "never")
        case When.UNKNOWN:
            return unknown()
        case When.FUTURE:
            return translate("Wording", "in %1").replace("%1", span(where.distance))
        case When.PAST:
            return translate("Wording", "%1 ago").replace("%1", span(where.distance))


def unknown() -> str:
    """A time RUFUS sent that cannot be read (or that the computer's clock cannot hold)."""
    return translate("Wording", "unknown")


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


def count(number: int | None) -> str:
    """A count with the locale's digit grouping: "1,234"."""
    return "—" if number is None else numbers.whole(number)
