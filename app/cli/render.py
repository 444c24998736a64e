"""Sessions and close records as text for a terminal, or as JSON for a script.

Every text that came from a device or the cloud goes through `visible` before it reaches the
terminal: an alias must never move the cursor, clear the screen or reorder a line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from app.display import local_time, short_token, visible
from app.records.close_record import CloseRecord, Outcome, Step
from app.records.history import HistoryRow
from app.rufus.models import OpenSession, SessionListing
from app.sessions.activity import activity


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def as_json_objects(entries: Iterable[OpenSession], now: datetime) -> list[dict[str, Any]]:
    return [_json_object(row, now) for row in entries]


def _json_object(row: OpenSession, now: datetime) -> dict[str, Any]:
    session, device = row.session, row.device
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
    }


def age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return ""
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return f"{seconds} s ago"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min ago"


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
        last = local_time(session.last)
        if session.last:
            last += f" ({age(session.last, now)})"
        rows.append(
            (
                visible(device.alias) or device.deviceid[:8],
                visible(device.serial_number) or "—",
                visible(device.model or device.type),
                visible(session.alias),
                activity(session, now).value.upper(),
                "—" if session.passings is None else str(session.passings),
                last,
                opened(session.creation_date, now),
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


def opened(moment: datetime | None, now: datetime) -> str:
    """The time alone for today, the date and time otherwise (local, with the zone)."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    if local.date() == now.astimezone().date():
        return local_time(moment)
    return local.strftime("%a %d %b %Y %H:%M %Z")


def battery(percentage: int | None, charging: bool | None) -> str:
    if percentage is None:
        return "—"
    text = f"{percentage} %" + (" charging" if charging else "")
    return f"LOW {text}" if percentage <= 20 else text


def failures_text(listing: SessionListing) -> list[str]:
    named = Twins(answer.device.alias for answer in listing.failures)
    return [
        f"could not read {device_name(answer.device.alias, answer.device, named)}: {answer.error}"
        for answer in listing.failures
    ]


class Twins:
    """Names that occur more than once, so that each mention can add what tells them apart."""

    def __init__(self, names: Iterable[str]) -> None:
        self._counts = Counter(names)

    def shared(self, name: str) -> bool:
        return self._counts[name] > 1


def device_name(alias: str, device: Any, twins: Twins | None = None) -> str:
    """The device as an official tells it apart: its name, and its serial when another device
    has the same name (or when it has none)."""
    name = visible(alias) if alias else f"(unnamed device {device.deviceid[:8]})"
    serial = getattr(device, "serial_number", "")
    if serial and (not alias or (twins is not None and twins.shared(alias))):
        name += f" [serial {visible(serial)}]"
    return name


def describe(entry: OpenSession, now: datetime, twins: Twins | None = None) -> str:
    """One session in a line: name, device (serial when needed), passings, last passing."""
    session, device = entry.session, entry.device
    passings = "no passings" if not session.passings else f"{session.passings} passings"
    last = ""
    if session.last:
        last = f", last passing {local_time(session.last)} ({age(session.last, now)})"
    name = visible(session.alias) if session.alias else "(no name)"
    return (
        f"“{name}” on {device_name(device.alias, device, twins)} "
        f"({visible(short_token(session.token_session))}, {passings}{last})"
    )


def describe_for_confirmation(entry: OpenSession, now: datetime) -> str:
    """Everything that tells this session from any other, for the question before a close."""
    session, device = entry.session, entry.device
    lines = [
        f"  session   {visible(session.alias) or '(no name)'}",
        f"  device    {visible(device.alias) or '(unnamed)'} — "
        f"{visible(device.model or device.type) or 'unknown kind'}",
        f"  serial    {visible(device.serial_number) or '—'}",
        f"  opened    {_local_date_time(session.creation_date)}",
        f"  passings  {'—' if session.passings is None else session.passings}",
        f"  last      {_local_date_time(session.last)}"
        + (f" ({age(session.last, now)})" if session.last else ""),
        f"  token     {visible(short_token(session.token_session))}",
    ]
    return "\n".join(lines)


def _local_date_time(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    return moment.astimezone().strftime("%a %d %b %Y %H:%M:%S %Z")


def outcome_line(record: CloseRecord, now: datetime, twins: Twins | None = None) -> str:
    """How one close ended, for stdout (closed) or stderr (anything else)."""
    target = describe(record.entry, now, twins)
    match record.outcome:
        case Outcome.CLOSED if record.confirmed is None:
            return (
                f"Closed: {target} — RUFUS accepted the close; the check afterwards could not "
                "be made."
            )
        case Outcome.CLOSED if record.late:
            seconds = record.confirmed_after_s or 0.0
            return (
                f"Closed: {target} — confirmed {seconds:.0f} s after the close request went "
                "unanswered."
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
    if record.passings_file is None:
        return ""
    return f" — its {record.saved} passings are in {visible(record.passings_file)}"


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


def history_table(rows: list[HistoryRow], since: datetime | None = None) -> str:
    """The close history, newest first, one attempt a line; times local with their zone."""
    after = f" since {since.astimezone():%Y-%m-%d}" if since else ""
    if not rows:
        return f"No close attempts recorded{after}."
    header = ("WHEN", "OUTCOME", "SESSION", "DEVICE", "PASSINGS", "TOKEN", "REASON")
    table = [header]
    twins = Twins(row.device_alias for row in rows)
    for row in rows:
        table.append(
            (
                row.requested_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z"),
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
