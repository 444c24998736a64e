"""`rufus-console tail TOKEN [--follow]`: a session's latest passings on the terminal, oldest
first and newest last, as `tail` prints a file's last lines; with --follow, new ones as they
come, until Ctrl+C.

Only the tail is read (app.sessions.tail): the session's count picks the last N numbers, then
each poll asks only for what is newer than the highest read. Text from the device is made
inert (`visible`): a bib can never move the cursor, clear the screen or reorder a line.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from app.cli.arguments import DEFAULT_LINES, FOLLOW_EVERY_S
from app.display import age_text, in_local_zone, short_token, visible, zone_text
from app.rufus.errors import (
    AuthenticationError,
    ConfigurationError,
    NotFound,
    PermissionDenied,
    RufusError,
)
from app.rufus.models import Passing, Session
from app.sessions.tail import PassingTail, Read, read_range

if TYPE_CHECKING:
    from app.rufus.client import RufusClient


#: Errors that asking again cannot mend: following ends on them. Any other (a 5xx, a cut
#: connection, an answer that ran out of time) is said, and the next poll asks again.
_HOPELESS = (NotFound, AuthenticationError, PermissionDenied, ConfigurationError)


class Stopped(Exception):
    """--follow was ended (Ctrl+C): how many new passings it had printed."""

    def __init__(self, printed: int) -> None:
        super().__init__(printed)
        self.printed = printed


def passing_line(passing: Passing) -> str:
    """One passing: number, local date and time to the millisecond with the zone, bib, chip,
    status and position, the device's text escaped."""
    number = "?" if passing.num_passing is None else str(passing.num_passing)
    return "  ".join(
        (
            f"{number:>7}",
            _time(passing),
            f"bib {visible(passing.bib or '') or '-':<6}",
            f"chip {visible(passing.chip or '') or '-':<24}",
            visible(passing.status or "") or "-",
            _position(passing),
        )
    ).rstrip()


def _time(passing: Passing) -> str:
    moment = passing.timestamp
    local = in_local_zone(moment) if moment is not None else None
    if local is None:
        # RUFUS sent a time the console cannot read (shown as sent), or none.
        return f"unknown ({visible(passing.timestamp_text)})" if passing.timestamp_text else "-"
    return f"{local:%Y-%m-%d %H:%M:%S}.{local.microsecond // 1000:03d} {zone_text(local)}"


def _position(passing: Passing) -> str:
    latitude, longitude = passing.latitude, passing.longitude
    if latitude is None or longitude is None:
        return ""
    if isinstance(latitude, float) and isinstance(longitude, float):
        return "" if latitude == longitude == 0.0 else f"{latitude:.5f},{longitude:.5f}"
    return visible(f"{latitude},{longitude}")


def heading(session: Session, now: datetime, shown: int) -> str:
    """For stderr: which session, how many passings RUFUS counts, whether it is open."""
    name = visible(session.alias) or "(no name)"
    state = "CLOSED" if session.active is False else "open" if session.active else "open or closed?"
    count = "an unknown number of" if session.passings is None else f"{session.passings}"
    last = age_text(session.last, now, unreadable=session.last_unknown)
    text = f"“{name}” ({visible(short_token(session.token_session))}): {count} passings, {state}"
    if last:
        text += f", last passing {last}"
    return text + (f"; the latest {shown}:" if shown else "; none yet")


def print_tail(
    client: RufusClient,
    token: str,
    out: TextIO,
    err: TextIO,
    *,
    lines: int = DEFAULT_LINES,
    follow: bool = False,
    every_s: float = FOLLOW_EVERY_S,
    wait: Callable[[float], object] | None = None,
) -> None:
    """Prints the latest `lines` passings; with `follow`, then every new one until Ctrl+C
    (raises Stopped). A read that fails while following is said on `err` and asked again at
    the next poll; one that can never succeed (a token RUFUS no longer knows, a refused key)
    ends it. `wait` stands in for time.sleep between polls (tests)."""
    session = client.session(token)  # its count picks the tail; an unknown token stops here
    tail = PassingTail(token, size=lines, kept=lines)
    read = read_range(client, token, tail.next_range(session.passings))
    tail.add(read)
    while tail.behind:  # a count behind the truth: on to the newest, a few pages at a time
        read = _next(client, tail)
        tail.add(read)
    shown = tail.latest()[::-1]
    err.write(heading(session, read.now, len(shown)) + "\n")
    _write(out, shown)
    if not follow:
        return
    err.write(f"following: new passings every {every_s:g} s; Ctrl+C ends\n")
    err.flush()
    pause = wait or time.sleep
    printed = 0
    try:
        while True:
            if not tail.behind:
                pause(every_s)
            try:
                read = _next(client, tail)
            except RufusError as error:
                if isinstance(error, _HOPELESS):
                    raise
                err.write(f"rufus-console: new passings could not be read: {error} ")
                err.write(f"(asking again in {every_s:g} s)\n")
                err.flush()
                continue
            tail.add(read)
            printed += len(read.passings)  # before they are written: Ctrl+C may come then
            _write(out, read.passings)
    except KeyboardInterrupt:
        raise Stopped(printed) from None


def _next(client: RufusClient, tail: PassingTail) -> Read:
    return read_range(client, tail.token, tail.next_range(None))


def _write(out: TextIO, passings: tuple[Passing, ...]) -> None:
    if passings:
        out.write("".join(passing_line(passing) + "\n" for passing in passings))
        out.flush()
