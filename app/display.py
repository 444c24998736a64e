"""Ways of showing values that need no words, shared by the command line and the window."""

from __future__ import annotations

import unicodedata
from datetime import datetime

#: Unicode categories that move the cursor, clear a screen, reorder or hide text: controls,
#: format characters (bidi overrides, zero-width spaces), and line or paragraph separators.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def local_time(moment: datetime | None) -> str:
    """Wall-clock time at the venue with its zone, as an official reads it: "07:59:00 CET"."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    return f"{local:%H:%M:%S} {zone_text(local)}"


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


def short_token(token: str) -> str:
    """Enough of a token to tell rows apart; the full one is a credential of a kind."""
    return token if len(token) <= 12 else f"{token[:6]}…{token[-4:]}"


def visible(text: str, *, terminal: bool = True) -> str:
    """Text from a device or the cloud, made harmless to show: every character that could
    drive a terminal, reorder its neighbours or hide itself is shown as what it is.

    For a terminal, as an escape ("\\x1b", "\\u202e") the way JSON would write it; for a
    window, as a visible marker ("␛", "⟨U+202E⟩").
    """
    if text.isprintable():  # the usual case: nothing to do
        return text
    return "".join(_marked(c, terminal) if _hidden(c) else c for c in text)


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
    return f"⟨U+{code:04X}⟩"
