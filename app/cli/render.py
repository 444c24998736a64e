"""Sessions as text for a terminal, or as JSON for a script."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.display import local_time, short_token
from app.rufus.models import OpenSession, Session, SessionListing
from app.rufus.parsing import format_time

JSON_FIELDS = (
    "token_session",
    "alias",
    "deviceid",
    "device_alias",
    "device_model",
    "device_type",
    "passings",
    "creation_date",
    "first",
    "last",
)


def as_json_objects(listing: SessionListing) -> list[dict[str, Any]]:
    return [_json_object(row) for row in listing.sessions]


def _json_object(row: OpenSession) -> dict[str, Any]:
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
    }


def _iso(moment: datetime | None) -> str | None:
    return format_time(moment) if moment else None


def age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return ""
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return f"{seconds} s ago"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min ago"


def session_table(listing: SessionListing, now: datetime) -> str:
    header = ("DEVICE", "KIND", "SESSION", "PASSINGS", "LAST PASSING", "OPENED", "TOKEN")
    rows = [header]
    for row in listing.sessions:
        session, device = row.session, row.device
        last = local_time(session.last)
        if session.last:
            last += f" ({age(session.last, now)})"
        rows.append(
            (
                device.alias or device.deviceid[:8],
                device.model or device.type,
                session.alias,
                "—" if session.passings is None else str(session.passings),
                last,
                local_time(session.creation_date),
                short_token(session.token_session),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    count = len(listing.sessions)
    noun = "open session" if count == 1 else "open sessions"
    lines.append(f"{count} {noun} on {len(listing.devices)} devices")
    return "\n".join(lines)


def failures_text(listing: SessionListing) -> list[str]:
    return [
        f"could not read {answer.device.alias or answer.device.deviceid}: {answer.error}"
        for answer in listing.failures
    ]


def describe(session: Session, now: datetime) -> str:
    passings = "no passings" if not session.passings else f"{session.passings} passings"
    last = ""
    if session.last:
        last = f", last passing {local_time(session.last)} ({age(session.last, now)})"
    return (
        f"“{session.alias or '(no name)'}” ({short_token(session.token_session)}, {passings}{last})"
    )
