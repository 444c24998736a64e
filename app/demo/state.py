"""The simulated cloud's memory: keys, devices, sessions. Thread-safe; no HTTP here."""

from __future__ import annotations

import enum
import random
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime


class AccessType(enum.Enum):
    READ = "READ"
    WRITE = "WRITE"
    READ_WRITE = "READ_WRITE"

    @property
    def can_read(self) -> bool:
        return self in (AccessType.READ, AccessType.READ_WRITE)

    @property
    def can_write(self) -> bool:
        return self in (AccessType.WRITE, AccessType.READ_WRITE)


@dataclass(frozen=True)
class ApiKey:
    key: str = field(repr=False)
    access: AccessType
    alias: str = ""
    #: "Allow Unbind Device": only meaningful on WRITE and READ_WRITE keys.
    unbind: bool = False


@dataclass(frozen=True)
class DemoDevice:
    deviceid: str
    type: str
    model: str
    alias: str
    serial_number: str
    firmware: str | None
    creation_date: datetime
    last_seen: datetime | None
    status: str | None = None
    battery_percentage: int | None = None
    charging: bool | None = None


@dataclass(frozen=True)
class DemoSession:
    token_session: str
    deviceid: str
    alias: str
    creation_date: datetime
    active: bool = True
    passings: int = 0
    first: datetime | None = None
    last: datetime | None = None


class CloudState:
    """One company account. Creating a session closes the device's open one, as RUFUS does."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or random.Random()  # noqa: S311 - ids of a simulation, not secrets
        self._lock = threading.Lock()
        self._keys: dict[str, ApiKey] = {}
        self._devices: dict[str, DemoDevice] = {}
        self._sessions: dict[str, DemoSession] = {}
        #: Each device's session tokens, oldest first: an account of thousands of devices
        #: must not be scanned whole for every device's request.
        self._by_device: dict[str, list[str]] = {}

    # -- keys ---------------------------------------------------------------------------------

    def add_key(
        self, key: str, access: AccessType, *, alias: str = "", unbind: bool = False
    ) -> str:
        with self._lock:
            self._keys[key] = ApiKey(key, access, alias, unbind)
        return key

    def key(self, key: str | None) -> ApiKey | None:
        with self._lock:
            return self._keys.get(key) if key else None

    # -- devices ------------------------------------------------------------------------------

    def bind_device(
        self,
        *,
        type: str,
        model: str,
        serial_number: str,
        alias: str = "",
        firmware: str | None = None,
        now: datetime,
        status: str | None = None,
        battery_percentage: int | None = None,
        charging: bool | None = None,
    ) -> DemoDevice:
        with self._lock:
            for device in self._devices.values():
                if (device.model, device.serial_number) == (model, serial_number):
                    return device
            device = DemoDevice(
                deviceid=self._new_id(),
                type=type,
                model=model,
                alias=alias,
                serial_number=serial_number,
                firmware=firmware,
                creation_date=now,
                last_seen=now,
                status=status,
                battery_percentage=battery_percentage,
                charging=charging,
            )
            self._devices[device.deviceid] = device
            return device

    def unbind_device(self, deviceid: str) -> bool:
        """Removes the device with every session of it, as RUFUS's DELETE does."""
        with self._lock:
            if self._devices.pop(deviceid, None) is None:
                return False
            for token in self._by_device.pop(deviceid, []):
                del self._sessions[token]
            return True

    def devices(self) -> list[DemoDevice]:
        with self._lock:
            return list(self._devices.values())

    def device(self, deviceid: str) -> DemoDevice | None:
        with self._lock:
            return self._devices.get(deviceid)

    # -- sessions -----------------------------------------------------------------------------

    def create_session(self, deviceid: str, alias: str, *, now: datetime) -> DemoSession | None:
        with self._lock:
            if deviceid not in self._devices:
                return None
            tokens = self._by_device.setdefault(deviceid, [])
            for token in tokens:
                if self._sessions[token].active:
                    self._sessions[token] = replace(self._sessions[token], active=False)
            session = DemoSession(self._new_id(), deviceid, alias, creation_date=now)
            self._sessions[session.token_session] = session
            tokens.append(session.token_session)
            return session

    def close_session(self, token: str) -> DemoSession | None:
        """The closed session, or None when there is no such open session."""
        with self._lock:
            session = self._sessions.get(token)
            if session is None or not session.active:
                return None
            closed = replace(session, active=False)
            self._sessions[token] = closed
            return closed

    def record_passings(self, token: str, times: list[datetime]) -> DemoSession | None:
        with self._lock:
            session = self._sessions.get(token)
            if session is None or not session.active or not times:
                return None
            updated = replace(
                session,
                passings=session.passings + len(times),
                first=session.first or min(times),
                last=max([*times, session.last] if session.last else times),
            )
            self._sessions[token] = updated
            return updated

    def load_passings(self, token: str, *, count: int, first: datetime, last: datetime) -> None:
        """Sets a session's passing summary at once: a seeded race stores no single passings."""
        with self._lock:
            session = self._sessions[token]
            self._sessions[token] = replace(session, passings=count, first=first, last=last)

    def session(self, token: str) -> DemoSession | None:
        with self._lock:
            return self._sessions.get(token)

    def sessions_of(self, deviceid: str) -> list[DemoSession]:
        with self._lock:
            return [self._sessions[t] for t in self._by_device.get(deviceid, ())]

    def open_sessions(self) -> list[DemoSession]:
        with self._lock:
            return [s for s in self._sessions.values() if s.active]

    def _new_id(self) -> str:
        return f"{self._rng.getrandbits(256):064X}"
