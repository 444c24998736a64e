"""Sessions and close records as text for a terminal, or as JSON for a script.

Every text that came from a device or the cloud goes through `visible` before it reaches the
terminal: an alias must never move the cursor, clear the screen or reorder a line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from app.display import (
    age_text,
    in_local_zone,
    iso_utc,
    local_time,
    short_span,
    short_token,
    visible,
)
from app.records.close_record import CloseRecord, Outcome, Step
from app.records.history import HistoryRow
from app.rufus.models import Device, OpenSession, SessionListing
from app.rufus.server_clock import NOTABLE_OFFSET
from app.sessions.activity import activity
from app.sessions.names import shared_names


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else iso_utc(moment)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(document: object) -> str:
    """JSON for scripts, readable as UTF-8: text stays as it is, except half an emoji (a lone
    surrogate, which no UTF-8 stream can carry), written as its JSON escape ("\\ud83d")."""
    text = json.dumps(document, indent=2, ensure_ascii=False)
    return _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def as_json_objects(entries: Iterable[OpenSession], now: datetime) -> list[dict[str, Any]]:
    return [_json_object(row, now) for row in entries]


def _json_object(row: OpenSession, now: datetime) -> dict[str, Any]:
    session, device = row.session, row.device
    unreadable = sorted(session.unreadable | {f"device_{name}" for name in device.unreadable})
    return {
        "token_session": session.token_session,
        "alias": session.alias,
        "deviceid": device.deviceid,
        "device_alias": device.alias,
        "device_model": device.model,
        "device_type": device.type,
        "passings": session.passings,
        "creation_date": _iso(session.creation_date),
        "first": _iso(session.first),
        "last": _iso(session.last),
        "serial_number": device.serial_number,
        "device_status": device.status,
        "battery_percentage": device.battery_percentage,
        "charging": device.charging,
        "last_seen": _iso(device.last_heard),
        "state_class": activity(session, now).value,
        # Times RUFUS sent that could not be read: null in their field, but not "never".
        "unreadable_times": unreadable,
        # Other devices that list the same session (RUFUS should never do this).
        "also_on": [
            {
                "deviceid": other.deviceid,
                "device_alias": other.alias,
                "serial_number": other.serial_number,
            }
            for other in row.also_on
        ],
    }


def age(moment: datetime | None, now: datetime, *, unreadable: bool = False) -> str:
    """ "12 s ago", "in 3 h 0 min" (a time ahead of RUFUS's clock), "unknown", or "" for
    none at all."""
    return age_text(moment, now, unreadable=unreadable)


def last_passing(entry: OpenSession, now: datetime) -> str:
    """The last passing's local time and age, "unknown" when RUFUS's time cannot be read,
    "—" when there is none."""
    session = entry.session
    if session.last is None:
        return "unknown" if session.last_unknown else "—"
    return f"{local_time(session.last)} ({age(session.last, now)})"


def clock_note(offset: timedelta | None) -> str | None:
    """A line for stderr when RUFUS's clock and this computer's disagree by over a minute."""
    if offset is None or abs(offset) <= NOTABLE_OFFSET:
        return None
    ahead = "ahead of" if offset > timedelta(0) else "behind"
    # To the minute: the Date header says the second, the network adds a little.
    minutes = timedelta(minutes=round(abs(offset) / timedelta(minutes=1)))
    return (
        f"RUFUS's clock is {short_span(minutes)} {ahead} this computer's: ages and live or "
        "stale are judged on RUFUS's clock. Check this computer's date, time and time zone."
    )


def shared_token_warnings(entries: Iterable[OpenSession]) -> list[str]:
    """One warning per session that several devices list: nobody can tell which times it."""
    lines = []
    for entry in entries:
        if not entry.also_on:
            continue
        names = _device_list(entry.devices)
        lines.append(
            f"warning: RUFUS lists the session “{visible(entry.session.alias) or '(no name)'}” "
            f"({visible(short_token(entry.token))}) under {len(entry.devices)} devices: "
            f"{names}. Check which device times into it before closing it."
        )
    return lines


def _device_list(devices: tuple[Device, ...]) -> str:
    twins = shared_names(device.alias for device in devices)
    names = [device_name(device.alias, device, twins) for device in devices]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def session_table(listing: SessionListing, entries: list[OpenSession], now: datetime) -> str:
    header = (
        "DEVICE",
        "SERIAL",
        "KIND",
        "SESSION",
        "CLASS",
        "PASSINGS",
        "LAST PASSING",
        "OPENED",
        "STATUS",
        "BATTERY",
        "TOKEN",
    )
    rows = [header]
    for row in entries:
        session, device = row.session, row.device
        rows.append(
            (
                _device_cell(row),
                visible(device.serial_number) or "—",
                visible(device.model or device.type),
                visible(session.alias),
                activity(session, now).value.upper(),
                "—" if session.passings is None else str(session.passings),
                last_passing(row, now),
                opened(session.creation_date, now, unreadable=session.opened_unknown),
                visible(device.status or "—"),
                battery(device.battery_percentage, device.charging),
                visible(short_token(session.token_session)),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    count = len(entries)
    noun = "open session" if count == 1 else "open sessions"
    shown = f"{count} {noun}"
    if count != len(listing.sessions):
        shown += f" (of {len(listing.sessions)})"
    lines.append(f"{shown} on {len(listing.devices)} devices")
    return "\n".join(lines)


def _device_cell(row: OpenSession) -> str:
    name = visible(row.device.alias) or row.device.deviceid[:8]
    if row.also_on:  # RUFUS lists the session under several devices: all are named
        others = ", ".join(visible(d.alias) or d.deviceid[:8] for d in row.also_on)
        name += f" (!! also on {others})"
    return name


def opened(moment: datetime | None, now: datetime, *, unreadable: bool = False) -> str:
    """The time alone for today, the date and time otherwise (local, with the zone)."""
    if moment is None:
        return "unknown" if unreadable else "—"
    local, local_now = in_local_zone(moment), in_local_zone(now)
    if local is None or local_now is None:
        return "unknown"
    if local.date() == local_now.date():
        return local_time(moment)
    return local.strftime("%a %d %b %Y %H:%M %Z")


def battery(percentage: int | None, charging: bool | None) -> str:
    if percentage is None:
        return "—"
    text = f"{percentage} %" + (" charging" if charging else "")
    return f"LOW {text}" if percentage <= 20 else text


def failures_text(listing: SessionListing) -> list[str]:
    named = shared_names(answer.device.alias for answer in listing.failures)
    return [
        f"could not read {device_name(answer.device.alias, answer.device, named)}: {answer.error}"
        for answer in listing.failures
    ]


#: Names more than one device has (app.sessions.names.shared_names): each mention of one
#: adds what tells its devices apart.
Twins = frozenset[str]


def device_name(alias: str, device: Any, twins: Twins | None = None) -> str:
    """The device as an official tells it apart: its name, and its serial when another device
    has the same name (or when it has none)."""
    name = visible(alias) if alias else f"(unnamed device {device.deviceid[:8]})"
    serial = getattr(device, "serial_number", "")
    if serial and (not alias or (twins is not None and alias in twins)):
        name += f" [serial {visible(serial)}]"
    return name


def describe(entry: OpenSession, now: datetime, twins: Twins | None = None) -> str:
    """One session in a line: name, device(s) (serial when needed), passings, last passing."""
    session, device = entry.session, entry.device
    passings = "no passings" if not session.passings else f"{session.passings} passings"
    last = ""
    if session.last is not None or session.last_unknown:
        last = f", last passing {last_passing(entry, now)}"
    name = visible(session.alias) if session.alias else "(no name)"
    on = device_name(device.alias, device, twins)
    if entry.also_on:
        on = _device_list(entry.devices)
    return f"“{name}” on {on} ({visible(short_token(session.token_session))}, {passings}{last})"


def describe_for_confirmation(entry: OpenSession, now: datetime) -> str:
    """Everything that tells this session from any other, for the question before a close."""
    session, device = entry.session, entry.device
    last = _local_date_time(session.last, unreadable=session.last_unknown)
    if session.last is not None:
        last += f" ({age(session.last, now)})"
    lines = [
        f"  session   {visible(session.alias) or '(no name)'}",
        f"  device    {visible(device.alias) or '(unnamed)'} — "
        f"{visible(device.model or device.type) or 'unknown kind'}",
        f"  serial    {visible(device.serial_number) or '—'}",
    ]
    for other in entry.also_on:
        lines.append(
            f"  also on   {visible(other.alias) or '(unnamed)'} — "
            f"{visible(other.model or other.type) or 'unknown kind'}, serial "
            f"{visible(other.serial_number) or '—'}"
        )
    lines += [
        f"  opened    {_local_date_time(session.creation_date, unreadable=session.opened_unknown)}",
        f"  passings  {'—' if session.passings is None else session.passings}",
        f"  last      {last}",
        f"  token     {visible(short_token(session.token_session))}",
    ]
    if entry.also_on:
        lines.append(
            f"  WARNING   RUFUS lists this session under {len(entry.devices)} devices: nobody "
            "can tell which one times into it. Closing it stops every one of them."
        )
    return "\n".join(lines)


def _local_date_time(moment: datetime | None, *, unreadable: bool = False) -> str:
    if moment is None:
        return "unknown" if unreadable else "—"
    local = in_local_zone(moment)
    return "unknown" if local is None else local.strftime("%a %d %b %Y %H:%M:%S %Z")


def outcome_line(record: CloseRecord, now: datetime, twins: Twins | None = None) -> str:
    """How one close ended, for stdout (closed) or stderr (anything else)."""
    target = describe(record.entry, now, twins)
    match record.outcome:
        case Outcome.CLOSED if record.confirmed is None:
            return (
                f"Closed: {target} — RUFUS accepted the close; the check afterwards could not "
                "be made." + _saved(record)
            )
        case Outcome.CLOSED if record.late:
            seconds = record.confirmed_after_s or 0.0
            return (
                f"Closed: {target} — confirmed {seconds:.0f} s after the close request went "
                "unanswered." + _saved(record)
            )
        case Outcome.CLOSED:
            return f"Closed: {target}" + _saved(record)
        case Outcome.ALREADY_CLOSED:
            return f"Already closed: {target}"
        case Outcome.REFUSED:
            return f"Not closed (refused; still open): {target}: {record.reason}"
        case Outcome.NOT_SENT:
            return f"Not closed (nothing was sent): {target}: {record.reason}"
        case Outcome.STOPPED:
            return f"Not closed (stopped before its turn): {target}"
        case Outcome.STILL_OPEN:
            return f"Not closed (still open): {target}"
        case Outcome.UNKNOWN:
            seen = (
                " It was still open at the last check."
                if record.still_open_seen
                else " It could not be read back."
            )
            return (
                f"OUTCOME UNKNOWN: {target}: RUFUS has not confirmed this close.{seen} It may "
                "still be closed by RUFUS: run `rufus-console sessions` before closing again."
            )
        case None:
            return f"Interrupted: {target}: the close request may have reached RUFUS."


def settled_line(record: CloseRecord, now: datetime) -> str:
    """An earlier close that had no known outcome, read back now."""
    became = (
        "RUFUS now reports it closed"
        if record.outcome is Outcome.CLOSED
        else "RUFUS reports it still open: it was not closed"
    )
    return (
        f"An earlier close had no known outcome: {describe(record.entry, now)} — {became}. "
        "The close history now says so."
    )


def _saved(record: CloseRecord) -> str:
    """Where the passings are, and whether the file holds all of them: a file is called
    complete only when RUFUS's count after the close is known and matches."""
    missing = record.passings_not_in_file
    if record.passings_file is None:
        if missing:  # there were none to save before the close, and some came
            return f" — its {missing} passings could not be saved to a file"
        return ""
    where = visible(record.passings_file)
    if missing is None:
        return (
            f" — the {record.saved} passings read before the close are in {where}; RUFUS did "
            "not say how many it holds now, so later ones may be missing"
        )
    if missing:
        return (
            f" — {where} holds {record.saved} of its {record.passings_after_close} passings: "
            f"{missing} that arrived after they were saved are NOT in it"
        )
    return f" — its {record.saved} passings are in {where}"


def progress_line(record: CloseRecord) -> str | None:
    """A line that replaces itself on a terminal while a close waits for an answer."""
    name = visible(record.entry.session.alias) or "(no name)"
    match record.step:
        case Step.CHECKING_BEFORE:
            return f"Checking “{name}” before closing it…"
        case Step.SAVING_PASSINGS:
            return f"Saving the passings of “{name}”: {record.saved}…"
        case Step.SENDING:
            return f"Closing “{name}”…"
        case Step.RECHECKING:
            wait = record.next_check_in_s or 0.0
            return (
                f"Outcome unknown — checking “{name}” again in {wait:.0f} s "
                f"(read-back {record.checks + 1})…"
            )
        case _:
            return None


def elsewhere_line(record: CloseRecord, now: datetime) -> str:
    """An earlier close that another console is still running, left alone."""
    return (
        f"{describe(record.entry, now)} is being closed by another window (or command) on "
        "this computer: left alone, it is not read back or closed from here."
    )


def history_table(rows: list[HistoryRow], since: datetime | None = None) -> str:
    """The close history, newest first, one attempt a line; times local with their zone."""
    after = f" since {since.astimezone():%Y-%m-%d}" if since else ""
    if not rows:
        return f"No close attempts recorded{after}."
    header = ("WHEN", "OUTCOME", "SESSION", "DEVICE", "PASSINGS", "TOKEN", "REASON")
    table = [header]
    twins = shared_names(row.device_alias for row in rows)
    for row in rows:
        table.append(
            (
                _history_time(row.requested_at),
                row.outcome.value if row.outcome else "interrupted",
                visible(row.session_alias) or "(no name)",
                device_name(row.device_alias, row.entry().device, twins),
                "—" if row.passings_seen is None else str(row.passings_seen),
                visible(short_token(row.token)),
                visible(row.reason),
            )
        )
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in table
    ]
    noun = "close attempt" if len(rows) == 1 else "close attempts"
    lines.append(f"{len(rows)} {noun}{after}")
    return "\n".join(lines)


def _history_time(moment: datetime) -> str:
    local = in_local_zone(moment)
    return "unknown" if local is None else local.strftime("%Y-%m-%d %H:%M:%S %Z")
