"""Turns decoded JSON from either API generation into models, in one place.

G1 answers are flat (`{"description", "result"}`), G2 answers wrap the same in `{"body": …}`
and may add `pagination`. `result` may be an object, a list, a one-element list or missing,
depending on the endpoint.
Field values are read leniently (a count sent as a string is still a count), but anything
that is not a RUFUS answer at all raises `BadResponse`, never a `KeyError` or `TypeError`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from app.rufus.errors import BadResponse
from app.rufus.models import Device, Passing, Session

JsonObject = dict[str, Any]

_UNREADABLE = (
    "RUFUS sent an answer the console cannot read ({what}). Try again; if it keeps "
    "happening, the RUFUS API may have changed — update Rufus Console."
)


def unreadable(what: str) -> BadResponse:
    error = BadResponse(_UNREADABLE.format(what=what))
    error.detail = what
    return error


@dataclass(frozen=True)
class Pagination:
    page: int
    limit: int | None
    total: int | None
    has_more: bool


def payload_of(document: object) -> JsonObject:
    """The object that holds `result`, `pagination` and friends, whichever generation.

    An answer is understood only in the envelope its generation sends: G2's `body`, or G1's
    flat object with its `description`. Anything else (`{}`, `{"result": …}` alone) is not a
    RUFUS answer, so it can never pass for an empty list."""
    if not isinstance(document, dict):
        raise unreadable("not a JSON object")
    if "body" in document:
        body = document["body"]
        if not isinstance(body, dict):
            raise unreadable("empty body")
        return body
    if "description" not in document:
        raise unreadable("no description and no body: not a RUFUS answer")
    return document


def list_items(payload: JsonObject, what: str) -> list[JsonObject]:
    """`result` of a list endpoint: a list of objects. Only a missing `result` (which G2
    allows) means an empty list; any other shape is unreadable, never a shorter list."""
    if "result" not in payload:
        return []
    result = payload["result"]
    if not isinstance(result, list):
        raise unreadable(f"{what}: the result is {_kind(result)}, not a list")
    return _objects(result, what)


def object_items(payload: JsonObject, what: str) -> list[JsonObject]:
    """`result` of an endpoint about one thing: an object, or (G1) a list holding it."""
    if "result" not in payload:
        return []
    result = payload["result"]
    if isinstance(result, dict):
        return [result]
    if isinstance(result, list):
        return _objects(result, what)
    raise unreadable(f"{what}: the result is {_kind(result)}")


def _objects(items: list[Any], what: str) -> list[JsonObject]:
    for item in items:
        if not isinstance(item, dict):
            raise unreadable(f"{what}: an item is {_kind(item)}, not an object")
    return items


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def pagination_of(payload: JsonObject) -> Pagination | None:
    if "pagination" not in payload:
        return None
    raw = payload["pagination"]
    if not isinstance(raw, dict):
        raise unreadable(f"the pagination is {_kind(raw)}")
    page = lenient_int(raw.get("page"))
    limit = lenient_int(raw.get("limit"))
    total = lenient_int(raw.get("total"))
    has_more = lenient_bool(raw.get("has_more"))
    if has_more is None:
        # The documented fallback when `has_more` is absent: more while page*limit < total.
        has_more = (
            page is not None and limit is not None and total is not None and page * limit < total
        )
    return Pagination(page=page or 1, limit=limit, total=total, has_more=has_more)


def parse_device(item: JsonObject) -> Device:
    times = _Times()
    return Device(
        deviceid=required_id(item, "deviceid"),
        alias=lenient_text(item.get("alias")),
        model=lenient_text(item.get("model")),
        type=lenient_text(item.get("type")),
        serial_number=lenient_text(item.get("serial_number")),
        firmware=lenient_text(item.get("firmware")) or None,
        sessions=lenient_int(item.get("sessions")),
        last_seen=times.read("last_seen", item.get("last_seen", item.get("last_login"))),
        status=lenient_text(item.get("device_status")) or None,
        battery_percentage=_percentage(item.get("battery_percentage")),
        charging=lenient_bool(item.get("charging")),
        last_telemetry=times.read("last_telemetry", item.get("last_telemetry_at")),
        unreadable=times.unreadable(),
    )


def _percentage(value: object) -> int | None:
    number = lenient_int(value)
    return number if number is not None and 0 <= number <= 100 else None


def parse_session(item: JsonObject) -> Session:
    times = _Times()
    return Session(
        token_session=required_id(item, "token_session"),
        alias=lenient_text(item.get("alias")),
        creation_date=times.read("creation_date", item.get("creation_date")),
        active=lenient_bool(item.get("active")),
        passings=lenient_int(item.get("passings")),
        first=times.read("first", item.get("first")),
        last=times.read("last", item.get("last")),
        duration=lenient_text(item.get("duration")) or None,
        unreadable=times.unreadable(),
    )


class _Times:
    """Reads the times of one item, remembering which were sent but could not be read."""

    __slots__ = ("_unreadable",)

    def __init__(self) -> None:
        self._unreadable: list[str] = []

    def read(self, name: str, value: object) -> datetime | None:
        moment = lenient_time(value)
        if moment is None and _present(value):
            self._unreadable.append(name)
        return moment

    def unreadable(self) -> frozenset[str]:
        return frozenset(self._unreadable) if self._unreadable else _NONE


_NONE: frozenset[str] = frozenset()


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


#: The fields of a passing that RUFUS documents (rufus-api.md §4.2), in its order.
PASSING_FIELDS = (
    "token_session",
    "timestamp",
    "num_passing",
    "latitude",
    "longitude",
    "status",
    "participant_id",
    "chip",
    "bib",
    "timezone",
    "gender",
    "deviceid",
)
_DOCUMENTED_PASSING_FIELDS = frozenset(PASSING_FIELDS)


def parse_passing(item: JsonObject) -> Passing:
    """A passing as RUFUS sent it; no field is required (a passing is data to keep, not to
    judge), and fields RUFUS does not document are kept aside as JSON text."""
    timestamp = item.get("timestamp")
    other: tuple[tuple[str, str], ...] = ()
    if not item.keys() <= _DOCUMENTED_PASSING_FIELDS:
        other = tuple(
            (str(name), json.dumps(value, ensure_ascii=False))
            for name, value in item.items()
            if name not in _DOCUMENTED_PASSING_FIELDS
        )
    return Passing(
        token_session=lenient_text(item.get("token_session")),
        num_passing=lenient_int(item.get("num_passing")),
        timestamp=lenient_time(timestamp),
        timestamp_text=lenient_text(timestamp),
        bib=optional_text(item.get("bib")),
        chip=optional_text(item.get("chip")),
        participant_id=optional_text(item.get("participant_id")),
        status=optional_text(item.get("status")),
        latitude=_coordinate(item.get("latitude")),
        longitude=_coordinate(item.get("longitude")),
        timezone=optional_text(item.get("timezone")),
        gender=optional_text(item.get("gender")),
        deviceid=optional_text(item.get("deviceid")),
        other=other,
    )


def optional_text(value: object) -> str | None:
    """Text as sent; a number becomes its text; null, true/false or a structure is None."""
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return str(value)


def _coordinate(value: object) -> float | str | None:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str):
        return None
    try:
        number = float(value)
    except ValueError:
        return value
    # Only a plain decimal reads as a number: "nan", "1e5" or "٣" stay the text they were.
    if math.isfinite(number) and _is_plain_decimal(value):
        return number
    return value


def _is_plain_decimal(text: str) -> bool:
    digits = text.removeprefix("-").removeprefix("+")
    whole, _, fraction = digits.partition(".")
    return (
        bool(whole or fraction)
        and (not whole or (whole.isascii() and whole.isdigit()))
        and (not fraction or (fraction.isascii() and fraction.isdigit()))
    )


def required_id(item: JsonObject, name: str) -> str:
    """Identifiers are opaque: any non-empty string (or number) is accepted as it is."""
    value = item.get(name)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise unreadable(f"an item without {name}")
    text = str(value).strip()
    if not text:
        raise unreadable(f"an item with an empty {name}")
    return text


def lenient_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    return ""


def lenient_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def lenient_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    return None


#: RFC 3339's date-time, and the forms around it that RUFUS's examples use: `T`, `t` or a
#: space between date and time; a fraction of any length; `Z`, `z`, an offset with or
#: without its colon, or no zone at all (UTC, as RUFUS documents).
_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?"
    r"(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?"
)
#: Years whose moments every time zone can hold: 0001-01-01 in New York is in year 0, and
#: 9999-12-31 in Tokyo in year 10 000. A time outside is unreadable ("unknown").
_FIRST_YEAR, _LAST_YEAR = 2, 9998


def lenient_time(value: object) -> datetime | None:
    """A time RUFUS sent, in UTC; None when there is none or it cannot be read (ask
    `time_unreadable` which). Naive times are UTC (RUFUS documents UTC with Z)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = _RFC3339.fullmatch(text)
    try:
        parsed = _from_match(match) if match else datetime.fromisoformat(text)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        utc = parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    if not _FIRST_YEAR <= utc.year <= _LAST_YEAR:
        return None
    return utc


def time_unreadable(value: object) -> bool:
    """Whether RUFUS sent a time (not null, not empty) that `lenient_time` cannot read: a
    time that is "unknown", which is not "never"."""
    return _present(value) and lenient_time(value) is None


def _from_match(match: re.Match[str]) -> datetime:
    year, month, day, hour, minute, second, fraction, z, sign, zone_h, zone_m = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    leap = int(second) == 60  # RFC 3339's leap second: the last moment of that minute
    moment = datetime(
        int(year),
        int(month),
        int(day),
        int(hour),
        int(minute),
        59 if leap else int(second),
        999_999 if leap else micro,
    )
    if z or not sign:
        return moment.replace(tzinfo=UTC)
    offset = timedelta(hours=int(zone_h), minutes=int(zone_m or 0))
    if offset >= timedelta(hours=24):
        raise ValueError("offset of a day or more")
    return moment.replace(tzinfo=timezone(offset if sign == "+" else -offset))
