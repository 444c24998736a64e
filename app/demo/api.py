"""RUFUS's REST semantics over `CloudState`, in either documented generation. No sockets here.

G1 answers flat (`{"description", "result"}`) and leaves 400/403 bodies empty; G2 wraps every
answer in `{"body": …}`, paginates lists and answers 500 with `{"body": null}`. The key is
read from `api_key`, or in G2 also from `x-api-key`.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import unquote

from app.demo.passings import DemoPassing
from app.demo.state import ApiKey, CloudState, DemoDevice, DemoSession

Json = dict[str, Any]


class Generation(enum.Enum):
    G1 = "g1"
    G2 = "g2"


class TimeStyle(enum.Enum):
    """How the cloud writes its times: RUFUS's documented form, or another that RFC 3339
    allows (G2 declares `format: date-time`) and a server may well send."""

    #: "2023-02-03T15:31:40.000Z"
    RUFUS = "rufus"
    #: "2023-02-03t15:31:40.000z"
    LOWERCASE = "lowercase"
    #: "2023-02-03T16:31:40.000+01:00"
    OFFSET = "offset"
    #: "2023-02-03T16:31:40.000+0100"
    OFFSET_WITHOUT_COLON = "offset-without-colon"
    #: "2023-02-03T15:31:40.000" (UTC, as RUFUS documents every time)
    NO_ZONE = "no-zone"
    #: "2023-02-03T15:31:40.000000000Z": nanoseconds
    LONG_FRACTION = "long-fraction"
    #: "2023-02-03T15:31:40Z"
    NO_FRACTION = "no-fraction"


@dataclass(frozen=True)
class Answer:
    status: int
    #: The payload before the generation's envelope; None is an empty body.
    payload: Json | None = None


@dataclass(frozen=True)
class ApiOptions:
    generation: Generation = Generation.G2
    #: The most items one G2 page holds; RUFUS's own maximum for devices is 5000.
    page_limit: int = 5000
    #: Undocumented: what RUFUS answers to an unknown or missing key (401 or 403).
    unknown_key_status: int = 401
    #: Undocumented: what RUFUS answers when closing a session that is already closed.
    closed_close_status: int = 404
    #: The most passings one page holds: RUFUS documents 5000 (G1 always, G2 at most).
    passings_page_limit: int = 5000
    #: Undocumented: what RUFUS answers for a page of passings with none on it (past the
    #: last page, or a session without passings): 200 with an empty list, or 404.
    no_passings_status: int = 200
    time_style: TimeStyle = TimeStyle.RUFUS


class DemoApi:
    def __init__(
        self,
        state: CloudState,
        options: ApiOptions = ApiOptions(),
        clock: Callable[[], datetime] = lambda: to_milliseconds(datetime.now(UTC)),
    ) -> None:
        self.state = state
        self.options = options
        self._clock = clock

    def answer(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        body: bytes,
        key: ApiKey | None,
    ) -> Answer:
        """`path` is below the base URL, e.g. "/sessions/close/ABC…" (still URL-encoded);
        `key` is what `authenticate` made of the request's headers."""
        if key is None:
            return Answer(self.options.unknown_key_status, {"description": "Unauthorized"})
        segments = [unquote(part) for part in path.strip("/").split("/")]
        handler = self._route(method, segments)
        if handler is None:
            return Answer(404, {"description": "Not found"})
        allowed = {
            "GET": key.access.can_read,
            "POST": key.access.can_write,
            "PATCH": key.access.can_write,
            "DELETE": key.access.can_write and key.unbind,
        }
        if not allowed.get(method, False):
            return Answer(403)
        try:
            return handler(query, _json_body(body))
        except _BadRequest as bad:
            return Answer(400, {"description": str(bad)} if str(bad) else None)

    def now(self) -> datetime:
        """The time on the cloud's own clock."""
        return self._clock()

    def authenticate(self, headers: Mapping[str, str]) -> ApiKey | None:
        """The key a request carries (header names lower-case), or None when unknown."""
        sent = headers.get("api_key")
        if not sent and self.options.generation is Generation.G2:
            sent = headers.get("x-api-key")  # G2's alternate header
        return self.state.key(sent)

    def envelope(self, answer: Answer) -> bytes:
        """The body bytes for an answer, in this generation's shape."""
        if self.options.generation is Generation.G2:
            payload = None if answer.status >= 500 else (answer.payload or {})
            return json.dumps({"body": payload}).encode()
        if answer.payload is None:
            return b""
        return json.dumps(answer.payload).encode()

    # -- routing ------------------------------------------------------------------------------

    def _route(self, method: str, segments: list[str]) -> _Handler | None:
        match method, segments:
            case "GET", ["devices"]:
                return self._list_devices
            case "POST", ["devices"]:
                return self._bind_device
            case "GET", ["devices", deviceid]:
                return lambda q, b: self._device_info(deviceid)
            case "DELETE", ["devices", deviceid]:
                return lambda q, b: self._unbind_device(deviceid)
            case "POST", ["sessions"]:
                return self._create_session
            case "GET", ["sessions", "device", deviceid]:
                return lambda q, b: self._device_sessions(deviceid, q)
            case "GET", ["sessions", "device", deviceid, "active"]:
                return lambda q, b: self._active_session(deviceid)
            case "PATCH", ["sessions", "close", token]:
                return lambda q, b: self._close_session(token)
            case "PATCH", ["sessions", "close"]:
                return lambda q, b: self._close_session("")
            case "GET", ["sessions", token]:
                return lambda q, b: self._session_info(token)
            case "POST", ["passings"]:
                return self._insert_passings
            case "GET", ["passings", "session", token]:
                return lambda q, b: self._session_passings(token, q)
        return None

    # -- devices ------------------------------------------------------------------------------

    def _list_devices(self, query: Mapping[str, str], body: Json) -> Answer:
        items = [self._device_summary(d) for d in self.state.devices()]
        return self._listed(items, query)

    def _device_info(self, deviceid: str) -> Answer:
        device = self.state.device(deviceid)
        if device is None:
            return Answer(404, {"description": "Device not found"})
        return Answer(200, {"description": "Success", "result": self._device_summary(device)})

    def _bind_device(self, query: Mapping[str, str], body: Json) -> Answer:
        model, serial = _required_text(body, "model"), _required_text(body, "serial_number")
        device = self.state.bind_device(
            type=str(body.get("type") or "CUSTOM_CHRONO"),
            model=model,
            serial_number=serial,
            alias=str(body.get("alias") or ""),
            firmware=body.get("firmware"),
            now=self._clock(),
        )
        return Answer(
            200, {"description": "Device binded succesfully", "deviceid": device.deviceid}
        )

    def _unbind_device(self, deviceid: str) -> Answer:
        if not self.state.unbind_device(deviceid):
            return Answer(404, {"description": "Device not found", "deviceid": deviceid})
        return Answer(200, {"description": "Device unbinded succesfully", "deviceid": deviceid})

    def _device_summary(self, device: DemoDevice) -> Json:
        sessions = self.state.sessions_of(device.deviceid)
        summary: Json = {
            "deviceid": device.deviceid,
            "type": device.type,
            "model": device.model,
            "alias": device.alias,
            "firmware": device.firmware,
            "serial_number": device.serial_number,
            "creation_date": self._time(device.creation_date),
            "sessions": (
                len(sessions) if device.reported_sessions is None else device.reported_sessions
            ),
        }
        last_seen = self._time(device.last_seen) if device.last_seen else None
        if self.options.generation is Generation.G1:
            summary["passings"] = sum(s.passings for s in sessions)
            summary["last_seen"] = last_seen
        else:
            summary["last_login"] = last_seen
            summary["device_status"] = device.status
            summary["battery_percentage"] = device.battery_percentage
            summary["charging"] = device.charging
            summary["last_telemetry_at"] = last_seen
        return summary

    # -- sessions -----------------------------------------------------------------------------

    def _create_session(self, query: Mapping[str, str], body: Json) -> Answer:
        deviceid = _required_text(body, "deviceid")
        session = self.state.create_session(
            deviceid, str(body.get("alias") or ""), now=self._clock()
        )
        if session is None:
            return Answer(404, {"description": "Device not found", "deviceid": deviceid})
        return Answer(
            200,
            {"description": "Session inserted succesfully", "token_session": session.token_session},
        )

    def _device_sessions(self, deviceid: str, query: Mapping[str, str]) -> Answer:
        sessions = self.state.sessions_of(deviceid)
        if not sessions:
            return Answer(404, {"description": "Sessions not found", "deviceid": deviceid})
        items = [self._session_item(s, detailed=False) for s in sessions]
        return self._listed(items, query)

    def _active_session(self, deviceid: str) -> Answer:
        active = self.state.active_sessions_listed(deviceid)
        if not active:
            return Answer(404, {"description": "Sessions not found", "deviceid": deviceid})
        items = [self._session_item(session) for session in active]
        return Answer(200, {"description": "Success", "result": items})

    def _session_info(self, token: str) -> Answer:
        session = self.state.session(token)
        if session is None:
            return Answer(404, {"description": "Session not found", "token_session": token})
        return Answer(200, {"description": "Success", "result": [self._session_item(session)]})

    def _close_session(self, token: str) -> Answer:
        if not token:
            raise _BadRequest("")
        existing = self.state.session(token)
        if existing is None:
            return Answer(404, {"description": "Session not found", "token_session": token})
        if self.state.close_session(token) is None:
            return Answer(
                self.options.closed_close_status,
                {"description": "Session not found", "token_session": token},
            )
        return Answer(200, {"description": "Session closed succesfully", "token_session": token})

    # -- passings -----------------------------------------------------------------------------

    def _insert_passings(self, query: Mapping[str, str], body: Json) -> Answer:
        token = _required_text(body, "token_session")
        sent = body.get("passings_list")
        if not isinstance(sent, list) or not sent:
            raise _BadRequest("passings_list is required")
        existing = self.state.session(token)
        numbered = existing.passings if existing else 0
        passings = [_inserted(item, numbered + n) for n, item in enumerate(sent, start=1)]
        if any(p is None for p in passings):
            raise _BadRequest("every passing needs a timestamp")
        session = self.state.insert_passings(token, [p for p in passings if p is not None])
        if session is None:
            return Answer(
                404, {"description": "Session not found or closed", "token_session": token}
            )
        payload: Json = {
            "description": "Passings inserted succesfully",
            "token_session": token,
            "inserted_count": len(passings),
        }
        if self.options.generation is Generation.G2:
            payload["duplicate_count"] = 0
        return Answer(200, payload)

    def _session_passings(self, token: str, query: Mapping[str, str]) -> Answer:
        """Session passings by range (rufus-api.md §4.2), at most a page at a time."""
        first = _optional_int(query, "first")
        last = _optional_int(query, "last")
        page = _positive_int(query, "page", default=1)
        limit = self.options.passings_page_limit
        if self.options.generation is Generation.G2:
            limit = min(_positive_int(query, "limit", default=limit), limit)
        found = self.state.passings_page(
            token, first=first, last=last, offset=(page - 1) * limit, limit=limit
        )
        if found is None:
            return Answer(404, {"description": "Session not found", "token_session": token})
        if not found.passings and self.options.no_passings_status == 404:
            return Answer(404, {"description": "Passings not found", "token_session": token})
        deviceid = found.session.deviceid
        items = [self._passing_item(p, token, deviceid) for p in found.passings]
        payload: Json = {"description": "Success", "result": items}
        if self.options.generation is Generation.G2:
            payload["pagination"] = {
                "page": page,
                "limit": limit,
                "total": found.total,
                "has_more": page * limit < found.total,
            }
        return Answer(200, payload)

    def _passing_item(self, passing: DemoPassing, token: str, deviceid: str) -> Json:
        # G1 documents coordinates as text ("0.0"), G2 as numbers or null.
        coordinate = _coordinate_text if self.options.generation is Generation.G1 else _number
        return {
            "token_session": token,
            "timestamp": self._time(passing.timestamp),
            "num_passing": passing.num_passing,
            "latitude": coordinate(passing.latitude),
            "longitude": coordinate(passing.longitude),
            "status": passing.status,
            "participant_id": passing.participant_id,
            "chip": passing.chip,
            "bib": passing.bib,
            "timezone": passing.timezone,
            "gender": passing.gender,
            "deviceid": deviceid,
        }

    def _session_item(self, session: DemoSession, *, detailed: bool = True) -> Json:
        item: Json = {
            "token_session": session.token_session,
            "alias": session.alias,
            "creation_date": self._time(session.creation_date),
            "active": session.active,
            "passings": session.passings,
        }
        if detailed:
            # Undocumented; the example is creation + 2 h, so that is what the simulation sends.
            try:
                item["duration"] = self._time(session.creation_date + timedelta(hours=2))
            except OverflowError:  # a session opened at the end of time has no duration
                item["duration"] = None
            item["first"] = self._time(session.first) if session.first else None
            item["last"] = self._time(session.last) if session.last else None
        return item

    def _time(self, moment: datetime) -> str:
        return _styled(moment, self.options.time_style)

    # -- pagination ---------------------------------------------------------------------------

    def _listed(self, items: list[Json], query: Mapping[str, str]) -> Answer:
        if self.options.generation is Generation.G1:
            return Answer(200, {"description": "Success", "result": items})
        page = _positive_int(query, "page", default=1)
        limit = min(
            _positive_int(query, "limit", default=self.options.page_limit), self.options.page_limit
        )
        chunk = items[(page - 1) * limit : page * limit]
        return Answer(
            200,
            {
                "description": "Success",
                "result": chunk,
                "pagination": {
                    "page": page,
                    "limit": limit,
                    "total": len(items),
                    "has_more": page * limit < len(items),
                },
            },
        )


_Handler = Callable[[Mapping[str, str], Json], Answer]


class _BadRequest(Exception):
    pass


def _json_body(body: bytes) -> Json:
    if not body.strip():
        return {}
    try:
        decoded = json.loads(body)
    except ValueError:
        raise _BadRequest("the body is not JSON") from None
    if not isinstance(decoded, dict):
        raise _BadRequest("the body is not a JSON object")
    return decoded


def _required_text(body: Json, name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise _BadRequest(f"{name} is required")
    return value


def _positive_int(query: Mapping[str, str], name: str, *, default: int) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise _BadRequest(f"{name} must be an integer") from None
    if value < 1:
        raise _BadRequest(f"{name} must be at least 1")
    return value


def _optional_int(query: Mapping[str, str], name: str) -> int | None:
    raw = query.get(name)
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        raise _BadRequest(f"{name} must be an integer") from None


def _inserted(item: object, number: int) -> DemoPassing | None:
    """A passing of a POST /passings body; None when it has no usable timestamp."""
    if not isinstance(item, dict):
        return None
    moment = _parsed_time(item.get("timestamp"))
    if moment is None:
        return None
    sent_number = item.get("num_passing")
    if isinstance(sent_number, int) and not isinstance(sent_number, bool):
        number = sent_number
    return DemoPassing(
        num_passing=number,
        timestamp=moment,
        bib=_optional_text(item.get("bib")) or "",
        # G1's parameter table calls it `chips`; its example and G2 call it `chip`.
        chip=_optional_text(item.get("chip", item.get("chips"))),
        participant_id=_optional_text(item.get("participant_id")),
        status=_optional_text(item.get("status")),
        latitude=_sent_coordinate(item.get("latitude")),
        longitude=_sent_coordinate(item.get("longitude")),
        timezone=_optional_text(item.get("timezone")),
        gender=_optional_text(item.get("gender")),
    )


def _optional_text(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    return str(value) if isinstance(value, str | int | float) else None


def _sent_coordinate(value: object) -> float | str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return value if isinstance(value, str) else None


def _coordinate_text(value: float | str | None) -> str | None:
    return None if value is None else str(value)


def _number(value: float | str | None) -> float | None:
    try:
        number = float(value) if value is not None else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def to_milliseconds(moment: datetime) -> datetime:
    """RUFUS keeps times to the millisecond; so does the simulation."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


# The simulation keeps its own time format, written apart from the client's parser: a
# mistake made identically on both sides would pass every test.


def _iso(moment: datetime) -> str:
    """RUFUS's documented form: UTC, milliseconds, Z ("2023-02-03T15:31:40.000Z")."""
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}-" + utc.strftime("%m-%dT%H:%M:%S.%f")[:-3] + "Z"


#: The zone OFFSET styles write times in: the simulated race's own (Madrid in winter).
_VENUE_OFFSET = timezone(timedelta(hours=1))


def _styled(moment: datetime, style: TimeStyle) -> str:
    """The time in one of the forms RFC 3339 allows."""
    rufus = _iso(moment)
    match style:
        case TimeStyle.RUFUS:
            return rufus
        case TimeStyle.LOWERCASE:
            return rufus.replace("T", "t").replace("Z", "z")
        case TimeStyle.NO_ZONE:
            return rufus.removesuffix("Z")
        case TimeStyle.LONG_FRACTION:
            return rufus.removesuffix("Z") + "000000Z"
        case TimeStyle.NO_FRACTION:
            return rufus[:-5] + "Z"
        case TimeStyle.OFFSET | TimeStyle.OFFSET_WITHOUT_COLON:
            try:
                local = moment.astimezone(_VENUE_OFFSET)
            except OverflowError:  # the last hour of year 9999 has no later zone
                return rufus
            zone = "+0100" if style is TimeStyle.OFFSET_WITHOUT_COLON else "+01:00"
            return f"{local.year:04d}-" + local.strftime("%m-%dT%H:%M:%S.%f")[:-3] + zone


def _parsed_time(value: object) -> datetime | None:
    """A passing's timestamp as RUFUS documents it, with or without the milliseconds."""
    if not isinstance(value, str):
        return None
    for form in ("%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ"):
        try:
            return datetime.strptime(value, form).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None
