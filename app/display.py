"""Ways of showing values that need no words, shared by the command line and the window."""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

#: Unicode categories that move the cursor, clear a screen, reorder or hide text: controls,
#: format characters (bidi overrides, zero-width spaces), line or paragraph separators, and
#: lone UTF-16 surrogates (half an emoji), which no terminal, file or database can encode.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})

#: What the window shows for half an emoji: the mark every text viewer uses for bad text.
REPLACEMENT = "\ufffd"

#: A time this little ahead of now is now: the server's clock is known to a second or so.
CLOCK_SLACK = timedelta(seconds=2)


def local_time(moment: datetime | None) -> str:
    """Wall-clock time at the venue with its zone, as an official reads it: "07:59:00 CET".
    A time the computer's zone cannot hold (year 1 seen from west of Greenwich) is
    "unknown", never an error."""
    if moment is None:
        return "—"
    local = in_local_zone(moment)
    return "unknown" if local is None else f"{clock_time(local)} {zone_text(local)}"


def clock_time(moment: datetime, *, seconds: bool = True) -> str:
    """ "07:59:00" (or "07:59"). Not strftime: it imports a module on every call, and under
    Qt for Python each import costs a hook's ~10 µs, thousands of times in a listing."""
    shown = f"{moment.hour:02d}:{moment.minute:02d}"
    return f"{shown}:{moment.second:02d}" if seconds else shown


def in_local_zone(moment: datetime) -> datetime | None:
    """The moment in the computer's zone; None when that falls outside the years a datetime
    holds (0001-01-01 in New York is in year 0)."""
    try:
        return moment.astimezone()
    except (OverflowError, OSError, ValueError):
        return None


class When(enum.Enum):
    """Where a time stands against now, for "12 s ago", "in 3 h", "never" and "unknown"."""

    #: RUFUS sent no time: nothing happened yet ("never").
    NEVER = "never"
    #: RUFUS sent a time the console cannot read: something happened, when is not known.
    UNKNOWN = "unknown"
    PAST = "past"
    #: Later than now by more than the clocks' uncertainty: "in 3 h", never "0 s ago".
    FUTURE = "future"


@dataclass(frozen=True)
class Relative:
    """A time against now: which side of it, and how far (zero for NEVER and UNKNOWN)."""

    when: When
    distance: timedelta = timedelta(0)


def relative(moment: datetime | None, now: datetime, *, unreadable: bool = False) -> Relative:
    """Where `moment` stands against `now` (pass the server's now: see RufusClient.server_now).

    `unreadable` says that RUFUS sent a time that could not be read, which is "unknown",
    not "never"."""
    if moment is None:
        return Relative(When.UNKNOWN if unreadable else When.NEVER)
    try:
        elapsed = now - moment
    except OverflowError:  # pragma: no cover - datetimes subtract within their range
        return Relative(When.UNKNOWN)
    if elapsed < -CLOCK_SLACK:
        return Relative(When.FUTURE, -elapsed)
    return Relative(When.PAST, max(elapsed, timedelta(0)))


def short_span(distance: timedelta) -> str:
    """A distance in time at the scale that reads at a glance: "12 s", "3 min", "2 h 5 min",
    "3 days", "2 years" (the command line's words; the window has its own)."""
    seconds = int(distance.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h {seconds % 3600 // 60} min"
    days = seconds // 86400
    if days < 730:
        return f"{days} days"
    return f"{days // 365} years"


def age_text(moment: datetime | None, now: datetime, *, unreadable: bool = False) -> str:
    """ "12 s ago", "in 3 h 0 min", "unknown" or "" (never): the command line's words."""
    where = relative(moment, now, unreadable=unreadable)
    match where.when:
        case When.NEVER:
            return ""
        case When.UNKNOWN:
            return "unknown"
        case When.FUTURE:
            return f"in {short_span(where.distance)}"
        case When.PAST:
            return f"{short_span(where.distance)} ago"


def zone_text(moment: datetime) -> str:
    """The zone of an aware time, short enough to sit beside it: its abbreviation when it has
    one ("CET", "EST"), else its offset ("UTC+01:00"). Not strftime's %Z alone: Windows names
    zones in long localised words ("W. Europe Daylight Time", "Hora de verano romance"), and
    a zone with no abbreviation of its own is named by a bare number ("+05")."""
    name = moment.tzname() or ""
    if 2 <= len(name) <= 5 and name.isascii() and name.isalpha():
        return name
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = round(offset.total_seconds() / 60)
    if minutes == 0:
        return "UTC"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{'+' if offset.total_seconds() > 0 else '-'}{hours:02d}:{minutes:02d}"


def iso_utc(moment: datetime) -> str:
    """ "2026-05-10T09:31:00.000Z": the form RUFUS documents for every time, UTC with
    milliseconds; sorts as text and reads in any spreadsheet. The one place the console
    writes a time for a machine (files, JSON, the close history)."""
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}-{utc:%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


def short_token(token: str) -> str:
    """Enough of a token to tell rows apart; the full one is a credential of a kind."""
    return token if len(token) <= 12 else f"{token[:6]}…{token[-4:]}"


def visible(text: str, *, terminal: bool = True) -> str:
    """Text from a device or the cloud, made harmless to show: every character that could
    drive a terminal, reorder its neighbours or hide itself is shown as what it is.

    For a terminal, as an escape ("\\x1b", "\\u202e", "\\ud83d") the way JSON would write it;
    for a window, as a visible marker ("␛", "⟨U+202E⟩", and "�" for half an emoji).
    """
    if text.isprintable():  # the usual case: nothing to do
        return text
    return "".join(_marked(c, terminal) if _hidden(c) else c for c in text)


def storable(text: str) -> str:
    """Text that any UTF-8 file or database can hold: a lone surrogate (half an emoji)
    becomes its escape ("\\ud83d"); everything else stays as it is."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _hidden(character: str) -> bool:
    return unicodedata.category(character) in _HIDDEN_CATEGORIES


def _marked(character: str, terminal: bool) -> str:
    code = ord(character)
    if terminal:
        if code < 0x100:
            return f"\\x{code:02x}"
        return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ ␊ ␍ ␉
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0xD800 <= code <= 0xDFFF:
        return REPLACEMENT
    return f"⟨U+{code:04X}⟩"
