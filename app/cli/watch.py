"""`rufus-console watch`: the alerts of app.sessions.alerts as they happen, one line each, for
a terminal or (with --json, one object a line) a script. The window raises the same alerts.

Every text from a device or the cloud is made inert: escaped on a text line, and in JSON
written as the escape JSON itself allows, so that a script reads it exactly and a terminal
shows it harmlessly.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from datetime import datetime, timedelta
from typing import Any, NoReturn

from app.cli import render
from app.cli.commands import Terminal, connected
from app.display import (
    in_local_zone,
    iso_utc,
    local_time,
    short_span,
    short_token,
    visible,
    zone_text,
)
from app.rufus import RufusClient
from app.rufus.errors import (
    AuthenticationError,
    ConfigurationError,
    PermissionDenied,
    RufusError,
    WrongAddress,
)
from app.rufus.models import SessionListing
from app.sessions.alerts import Alert, AlertKind, AlertWatch, Sighting
from app.sessions.health import LOW_BATTERY

#: The default pause between two listings, as the window's auto-refresh.
EVERY_S = 30.0
#: Listings of a big account are spaced out to at most this many requests a second on
#: average, as the window's auto-refresh does (app.control.auto_refresh).
REQUESTS_PER_SECOND = 10

#: Errors that another listing will not cure: the key, the address.
_FOR_GOOD = (AuthenticationError, PermissionDenied, WrongAddress, ConfigurationError)

LABELS = {
    AlertKind.OFFLINE: "OFFLINE",
    AlertKind.BACK_ONLINE: "BACK ONLINE",
    AlertKind.BATTERY_LOW: "BATTERY LOW",
    AlertKind.BATTERY_RECOVERED: "BATTERY OK",
    AlertKind.SILENT: "SILENT",
    AlertKind.OPENED: "OPENED",
    AlertKind.CLOSED_ELSEWHERE: "CLOSED ELSEWHERE",
}


def watch(args: argparse.Namespace, terminal: Terminal) -> NoReturn:
    """Runs until Ctrl+C (KeyboardInterrupt: exit code 130) or a refused key."""
    alerts = AlertWatch(silent_after=timedelta(minutes=args.silent_after))
    with connected(args, terminal) as rufus:
        client = rufus.client
        terminal.err.write(
            f"rufus-console: watching the account every {args.interval:g} s, one line per "
            "alert; Ctrl+C ends it\n"
        )
        terminal.err.flush()
        watching = _Watching(client, alerts, terminal, as_json=args.json)
        while True:
            started = time.monotonic()
            devices = watching.once()
            pause = max(args.interval, devices / REQUESTS_PER_SECOND)
            time.sleep(max(0.0, pause - (time.monotonic() - started)))


class _Watching:
    """One listing after another: its alerts on stdout, what went wrong on stderr, each
    problem said when it starts and when it ends, not on every listing."""

    def __init__(
        self, client: RufusClient, alerts: AlertWatch, terminal: Terminal, *, as_json: bool
    ) -> None:
        self._client = client
        self._alerts = alerts
        self._terminal = terminal
        self._as_json = as_json
        self._failing = False
        self._unread: frozenset[str] = frozenset()
        self._clock_said = False

    def once(self) -> int:
        """Lists, says what it raises, and returns how many devices the account has."""
        try:
            listing = self._client.open_sessions()
        except _FOR_GOOD:
            raise
        except RufusError as error:
            if not self._failing:
                self._note(
                    f"the list could not be read: {error} Watching on: nothing is said "
                    "until RUFUS answers."
                )
            self._failing = True  # rule 7: a failed listing raises nothing, forgets nothing
            return 0
        if self._failing:
            self._note("RUFUS answers again.")
            self._failing = False
        self._say_clock()
        self._say_unread(listing)
        sighting = Sighting(
            self._client.server_now(),
            listing.devices,
            listing.sessions,
            frozenset(answer.device.deviceid for answer in listing.failures),
        )
        for alert in self._alerts.observe(sighting):
            self._terminal.out.write(
                (json_line(alert) if self._as_json else alert_line(alert)) + "\n"
            )
        self._terminal.out.flush()
        return len(listing.devices)

    def _say_unread(self, listing: SessionListing) -> None:
        unread = frozenset(answer.device.deviceid for answer in listing.failures)
        if unread == self._unread:
            return
        self._unread = unread
        if unread:
            names = ", ".join(
                render.device_name(answer.device.alias, answer.device, render.Twins(()))
                for answer in listing.failures
            )
            self._note(f"could not read {names}: nothing is said of them until they can be read.")
        else:
            self._note("every device could be read again.")

    def _say_clock(self) -> None:
        note = render.clock_note(self._client.clock_offset())
        if note is not None and not self._clock_said:
            self._clock_said = True
            self._note(note)

    def _note(self, text: str) -> None:
        moment = _local_moment(self._client.server_now())
        self._terminal.err.write(f"rufus-console: {moment} {text}\n")
        self._terminal.err.flush()


# -- one alert as a line ----------------------------------------------------------------------


def alert_line(alert: Alert) -> str:
    """ "2026-05-10 10:02:03 CEST  OFFLINE           KM 21 went OFFLINE; …"."""
    return f"{_local_moment(alert.at)}  {LABELS[alert.kind]:<16}  {alert_text(alert)}"


def alert_text(alert: Alert) -> str:
    device = _device(alert)
    session = _session(alert)
    battery = alert.device.battery_percentage
    match alert.kind:
        case AlertKind.OFFLINE:
            return f"{device} went OFFLINE; its session {session} is open"
        case AlertKind.BACK_ONLINE:
            return f"{device} is back online; its session {session} is open"
        case AlertKind.BATTERY_LOW:
            return f"{device}: battery low ({battery} %); its session {session} is open"
        case AlertKind.BATTERY_RECOVERED:
            return (
                f"{device}: battery back above {LOW_BATTERY} % ({battery} %); its session "
                f"{session} is open"
            )
        case AlertKind.SILENT:
            last = alert.entry.session.last
            quiet = short_span(alert.at - last) if last is not None else "a while"
            return (
                f"{session} on {device}: no passing for {quiet} (the last at "
                f"{local_time(last)}) while other sessions are LIVE"
            )
        case AlertKind.OPENED:
            return f"{session} opened on {device}, which had no open session"
        case AlertKind.CLOSED_ELSEWHERE:
            return f"{session} on {device} was closed elsewhere (not by this console)"


def _device(alert: Alert) -> str:
    device = alert.device
    twins = render.Twins([device.alias, device.alias] if alert.told_apart else [])
    return render.device_name(device.alias, device, twins)


def _session(alert: Alert) -> str:
    session = alert.entry.session
    name = visible(session.alias) if session.alias else "(no name)"
    return f"“{name}” ({visible(short_token(session.token_session))})"


def _local_moment(moment: datetime) -> str:
    local = in_local_zone(moment)
    if local is None:
        return "unknown time"
    return f"{local:%Y-%m-%d %H:%M:%S} {zone_text(local)}"


# -- one alert as JSON ------------------------------------------------------------------------


def json_line(alert: Alert) -> str:
    return inert_json(alert_object(alert))


def alert_object(alert: Alert) -> dict[str, Any]:
    session, device = alert.entry.session, alert.device
    return {
        "at": _iso(alert.at),
        "kind": alert.kind.value,
        "topic": alert.kind.topic.value,
        "token_session": session.token_session,
        "session_alias": session.alias,
        "deviceid": device.deviceid,
        "device_alias": device.alias,
        "serial_number": device.serial_number,
        # Another device has the same name: tell them apart by the serial.
        "told_apart": alert.told_apart,
        "device_status": device.status,
        "battery_percentage": device.battery_percentage,
        "last_passing": _iso(session.last),
        "text": alert_text(alert),
    }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else iso_utc(moment)


#: Where a character that could drive a terminal may hide: beyond printable ASCII (JSON
#: already escapes the controls below it).
_BEYOND_ASCII = re.compile("[^\x00-\x7e]")


def inert_json(document: object) -> str:
    """One line of JSON that decodes to exactly `document`, in which no character can move a
    terminal's cursor or reorder its line: controls, bidi and zero-width characters, line
    separators and half an emoji are written as JSON escapes; other text stays readable."""
    text = json.dumps(document, ensure_ascii=False)
    return _BEYOND_ASCII.sub(_escaped_if_hidden, text)


def _escaped_if_hidden(found: re.Match[str]) -> str:
    character = found.group()
    if unicodedata.category(character) not in ("Cc", "Cf", "Zl", "Zp", "Cs"):
        return character
    code = ord(character)
    if code > 0xFFFF:  # JSON escapes it as the two halves UTF-16 would use
        high, low = divmod(code - 0x10000, 0x400)
        return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"
    return f"\\u{code:04x}"
