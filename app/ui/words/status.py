"""The status bar's own sentences: the account at a glance, how fresh the list is, what a
listing could not read and what was closed elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from app.ui.words import translate
from app.ui.words.times import span

#: At most this many names in one sentence; the rest are counted.
NAMED_AT_MOST = 5


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


def names_list(names: Sequence[str]) -> str:
    """ "KM 5, KM 10 and 3 more"."""
    text = ", ".join(names[:NAMED_AT_MOST])
    if len(names) > NAMED_AT_MOST:
        text += " " + translate("Wording", "and %1 more").replace(
            "%1", str(len(names) - NAMED_AT_MOST)
        )
    return text


def closed_elsewhere(names: Sequence[str]) -> str:
    return translate("Wording", "Closed elsewhere since the last refresh: %1").replace(
        "%1", names_list(names)
    )


def not_read(names: Sequence[str]) -> str:
    return translate("Wording", "INCOMPLETE: could not read %1").replace("%1", ", ".join(names))


def clock(offset: timedelta) -> tuple[str, str]:
    """RUFUS's clock is off the computer's: a short note, and what it means on hover. To the
    minute: RUFUS tells its time to the second, and each answer takes its time to come."""
    distance = span(timedelta(minutes=round(abs(offset).total_seconds() / 60)))
    if offset < timedelta(0):
        note = translate("Wording", "RUFUS's clock: %1 behind").replace("%1", distance)
        meaning = translate(
            "Wording",
            "RUFUS's clock is %1 behind this computer's. Ages, live and stale are judged by "
            "RUFUS's clock; check this computer's date, time and time zone.",
        )
    else:
        note = translate("Wording", "RUFUS's clock: %1 ahead").replace("%1", distance)
        meaning = translate(
            "Wording",
            "RUFUS's clock is %1 ahead of this computer's. Ages, live and stale are judged by "
            "RUFUS's clock; check this computer's date, time and time zone.",
        )
    return note, meaning.replace("%1", distance)


def list_not_refreshed(reason: str) -> str:
    return translate("Wording", "The list could not be refreshed: %1").replace("%1", reason)
