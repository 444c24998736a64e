"""The simulated cloud's memory: keys, devices, sessions. Thread-safe; no HTTP here."""

from __future__ import annotations

import enum
import random
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime

from app.demo.passings import DemoPassing, SimulatedPassings


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
    #: What the device list says of its session count when it lags behind (None: the truth).
    reported_sessions: int | None = None


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
    #: A seeded session's passings, made up on demand; those a device inserted are kept
    #: one by one beside it.
    simulation: SimulatedPassings | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class PassingsPage:
    """A page of a session's passings: the passings, and how many the whole range holds."""

    session: DemoSession
    passings: list[DemoPassing]
    total: int


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
        #: Passings devices inserted, per session token, in the order they arrived.
        self._inserted: dict[str, list[DemoPassing]] = {}
        #: Open sessions a device's /active lists although they are another device's.
        self._listed_also: dict[str, list[str]] = {}

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
        last_seen: datetime | None = None,
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
                last_seen=last_seen or now,
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
                self._inserted.pop(token, None)
            return True

    def report_sessions(self, deviceid: str, count: int | None) -> None:
        """Makes the device list say `count` sessions for the device, whatever it holds (a
        count that lags behind); None tells the truth again."""
        with self._lock:
            self._devices[deviceid] = replace(self._devices[deviceid], reported_sessions=count)

    def set_health(
        self,
        deviceid: str,
        *,
        status: str | None = None,
        battery_percentage: int | None = None,
    ) -> None:
        """The device reports its health: its status ("ONLINE", "OFFLINE") and battery, as
        the device list will say them (None: RUFUS sends no value)."""
        with self._lock:
            self._devices[deviceid] = replace(
                self._devices[deviceid], status=status, battery_percentage=battery_percentage
            )

    def touch_device(self, deviceid: str, *, now: datetime) -> None:
        """The device was heard from: its last-seen time moves."""
        with self._lock:
            self._devices[deviceid] = replace(self._devices[deviceid], last_seen=now)

    def devices(self) -> list[DemoDevice]:
        with self._lock:
            return list(self._devices.values())

    def device(self, deviceid: str) -> DemoDevice | None:
        with self._lock:
            return self._devices.get(deviceid)

    # -- sessions -----------------------------------------------------------------------------

    def create_session(
        self, deviceid: str, alias: str, *, now: datetime, token: str | None = None
    ) -> DemoSession | None:
        """A new open session (with `token`, or a new one), closing the device's open one."""
        with self._lock:
            if deviceid not in self._devices:
                return None
            tokens = self._by_device.setdefault(deviceid, [])
            for known in tokens:
                if self._sessions[known].active:
                    self._sessions[known] = replace(self._sessions[known], active=False)
            session = DemoSession(token or self._new_id(), deviceid, alias, creation_date=now)
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
        """Inserts passings that have nothing but a time (numbered after the last one)."""
        passings = [DemoPassing(0, moment, bib="") for moment in times]
        return self.insert_passings(token, passings, numbered=False)

    def insert_passings(
        self, token: str, passings: list[DemoPassing], *, numbered: bool = True
    ) -> DemoSession | None:
        """Appends a device's passings to an open session; None when it is unknown or closed.
        Not `numbered`: they are numbered after the session's last, under the lock, so that
        two threads adding passings never give two the same number."""
        with self._lock:
            session = self._sessions.get(token)
            if session is None or not session.active or not passings:
                return None
            if not numbered:
                passings = [
                    replace(passing, num_passing=session.passings + number)
                    for number, passing in enumerate(passings, start=1)
                ]
            times = [p.timestamp for p in passings]
            updated = replace(
                session,
                passings=session.passings + len(passings),
                first=session.first or min(times),
                last=max([*times, session.last] if session.last else times),
            )
            self._sessions[token] = updated
            self._inserted.setdefault(token, []).extend(passings)
            return updated

    def load_passings(
        self, token: str, *, count: int, first: datetime, last: datetime, seed: int = 0
    ) -> None:
        """Sets a session's passing summary at once: a seeded race stores no single passings;
        they are made up from `seed` and this summary when asked for."""
        with self._lock:
            session = self._sessions[token]
            inserted = len(self._inserted.get(token, ()))
            self._sessions[token] = replace(
                session,
                passings=count + inserted,
                first=first,
                last=last,
                simulation=SimulatedPassings(seed, session.alias, count, first, last),
            )

    def passings_page(
        self, token: str, *, first: int | None, last: int | None, offset: int, limit: int
    ) -> PassingsPage | None:
        """Passings whose num_passing is in [first, last], from `offset`, at most `limit`:
        the made-up ones first, then the inserted ones. None for an unknown session."""
        with self._lock:
            session = self._sessions.get(token)
            if session is None:
                return None
            inserted = [
                p
                for p in self._inserted.get(token, ())
                if (first is None or p.num_passing >= first)
                and (last is None or p.num_passing <= last)
            ]
        made_up = session.simulation
        count = made_up.count if made_up else 0
        low = max(first or 1, 1)
        high = count if last is None else min(last, count)
        simulated = max(0, high - low + 1)
        page: list[DemoPassing] = []
        if made_up is not None and offset < simulated:
            start = low + offset
            page = made_up.between(start, min(start + limit, high + 1))
        if len(page) < limit:
            skip = max(0, offset - simulated)
            page += inserted[skip : skip + limit - len(page)]
        return PassingsPage(session, page, simulated + len(inserted))

    def session(self, token: str) -> DemoSession | None:
        with self._lock:
            return self._sessions.get(token)

    def list_also_under(self, token: str, deviceid: str) -> None:
        """Makes `deviceid`'s open session answer list another device's open session too:
        RUFUS listing one token under two devices, which it should never do."""
        with self._lock:
            self._listed_also.setdefault(deviceid, []).append(token)

    def active_sessions_listed(self, deviceid: str) -> list[DemoSession]:
        """What the device's /active answer lists: its open session, and any other device's
        it wrongly lists too."""
        with self._lock:
            own = [self._sessions[t] for t in self._by_device.get(deviceid, ())]
            others = [self._sessions[t] for t in self._listed_also.get(deviceid, ())]
        return [s for s in own if s.active][:1] + [s for s in others if s.active]

    def sessions_of(self, deviceid: str) -> list[DemoSession]:
        with self._lock:
            return [self._sessions[t] for t in self._by_device.get(deviceid, ())]

    def open_sessions(self) -> list[DemoSession]:
        with self._lock:
            return [s for s in self._sessions.values() if s.active]

    def _new_id(self) -> str:
        return f"{self._rng.getrandbits(256):064X}"
