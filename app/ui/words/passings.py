"""What the session panel and the confirmation's chart say about a session's latest passings:
the list's columns, how fresh they are, and the passings per minute in words."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.display import local_time
from app.rufus.models import Passing
from app.sessions.tail import Gap, MinuteRates
from app.ui.words import translate
from app.ui.words.errors import error_text
from app.ui.words.names import hostile
from app.ui.words.times import age, count, dated_time, span


def column_names() -> tuple[str, ...]:
    """The list's columns: number, bib, chip, local time, status, position."""
    return (
        translate("SessionPanel", "#"),
        translate("SessionPanel", "Bib"),
        translate("SessionPanel", "Chip"),
        translate("SessionPanel", "Time"),
        translate("SessionPanel", "Status"),
        translate("SessionPanel", "Position"),
    )


def cells(passing: Passing, now: datetime) -> tuple[str, ...]:
    """One passing as the list shows it on the day of `now`; text from the device made inert
    (race-day rule 8)."""
    return (
        "—" if passing.num_passing is None else str(passing.num_passing),
        hostile(passing.bib or "") or "—",
        hostile(passing.chip or "") or "—",
        passing_time(passing, now),
        hostile(passing.status or "") or "—",
        position(passing),
    )


def passing_time(passing: Passing, now: datetime) -> str:
    if passing.timestamp is None:
        # RUFUS sent a time the console cannot read, or none: never a made-up one.
        return translate("SessionPanel", "unknown") if passing.timestamp_text else "—"
    return dated_time(passing.timestamp, now)


def position(passing: Passing) -> str:
    """Where the device was, when it says (G1 sends "0.0" for none)."""
    latitude, longitude = passing.latitude, passing.longitude
    if latitude is None or longitude is None:
        return "—"
    if isinstance(latitude, float) and isinstance(longitude, float):
        if latitude == 0.0 and longitude == 0.0:
            return "—"
        return f"{latitude:.5f}, {longitude:.5f}"
    return hostile(f"{latitude}, {longitude}")


def reading() -> str:
    return translate("SessionPanel", "Reading the latest passings…")


def chart_reading() -> str:
    return translate("SessionPanel", "Reading the last hour's passings…")


def select_one() -> str:
    return translate("SessionPanel", "Select one session to see its latest passings.")


def no_key() -> str:
    return translate("SessionPanel", "No API key: passings cannot be read.")


def freshness(read_until: datetime | None, every_s: float, now: datetime) -> str:
    """ "Read 3 s ago · every 5 s"."""
    if read_until is None:
        return reading()
    return (
        translate("SessionPanel", "Read %1 · every %2")
        .replace("%1", age(read_until, now))
        .replace("%2", span(timedelta(seconds=every_s)))
    )


def not_read_again(problem: object, read_until: datetime | None) -> str:
    """A read failed: what is shown is as of the last one that succeeded, and says so."""
    if read_until is None:
        return translate("SessionPanel", "The passings could not be read: %1").replace(
            "%1", error_text(problem)
        )
    return (
        translate("SessionPanel", "Not re-read since %1: %2")
        .replace("%1", local_time(read_until))
        .replace("%2", error_text(problem))
    )


def last_passing(rates: MinuteRates) -> str:
    if rates.last_passing is None and rates.whole:
        return translate("SessionPanel", "Last passing: none yet")
    if rates.last_passing is None:
        return translate("SessionPanel", "Last passing: none read")
    return (
        translate("SessionPanel", "Last passing: %1 (%2)")
        .replace("%1", age(rates.last_passing, rates.now))
        .replace("%2", dated_time(rates.last_passing, rates.now))
    )


def rate_summary(rates: MinuteRates) -> str:
    """ "This minute: 5 · peak 40/min · longest gap 7 min, from 10:02 CET"."""
    parts = [
        translate("SessionPanel", "This minute: %1").replace(
            "%1", "—" if rates.current is None else count(rates.current)
        ),
        translate("SessionPanel", "peak %1").replace("%1", rate_scale(rates.peak)),
    ]
    gap = rates.longest_gap()
    if gap is not None and gap.minutes >= 2:
        parts.append(gap_text(gap))
    if rates.known < len(rates.counts):
        parts.append(translate("SessionPanel", "hatched: not read"))
    return " · ".join(parts)


def gap_text(gap: Gap) -> str:
    return (
        translate("SessionPanel", "longest gap %1, from %2")
        .replace("%1", span(timedelta(minutes=gap.minutes)))
        .replace("%2", local_time(gap.start))
    )


def undated(number: int) -> str:
    return translate(
        "SessionPanel",
        "%n passing(s) with a time that cannot be read: listed, not charted.",
        "",
        number,
    )


def chart_title(minutes: int) -> str:
    return translate("SessionPanel", "Passings per minute, last %n minute(s)", "", minutes)


def rate_scale(peak: int) -> str:
    """The top of the chart's scale: "40/min"."""
    return translate("SessionPanel", "%1/min").replace("%1", count(peak))


def chart_start(minutes: int) -> str:
    """The chart's left edge: "-60 min"."""
    return translate("SessionPanel", "-%1 min").replace("%1", str(minutes))


def chart_now() -> str:
    return translate("SessionPanel", "now")


def bar_tip(minute: datetime, value: int | None, current: bool) -> str:
    """One minute of the chart, on hover."""
    when = local_time(minute)
    if value is None:
        return translate("SessionPanel", "%1: not read").replace("%1", when)
    text = translate("SessionPanel", "%1: %Ln passing(s)", "", value).replace("%1", when)
    if current:
        text += " " + translate("SessionPanel", "(so far)")
    return text


def chart_description(rates: MinuteRates) -> str:
    """The chart in words, for a screen reader."""
    return "\n".join((chart_title(len(rates.counts)), last_passing(rates), rate_summary(rates)))
