"""What the console knows about devices and sessions, independent of either API generation."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from app.rufus.errors import RufusError


@dataclass(frozen=True)
class Device:
    deviceid: str
    alias: str = ""
    model: str = ""
    type: str = ""
    serial_number: str = ""
    firmware: str | None = None
    #: Number of sessions RUFUS holds for the device; None when the answer does not say (G1).
    sessions: int | None = None
    #: G1 `last_seen`, G2 `last_login`.
    last_seen: datetime | None = None
    #: G2 `device_status`, as RUFUS words it ("ONLINE", "OFFLINE"…).
    status: str | None = None
    battery_percentage: int | None = None
    charging: bool | None = None
    #: G2 `last_telemetry_at`: when the device last reported its health.
    last_telemetry: datetime | None = None
    #: Times RUFUS sent that could not be read, by field ("last_seen", "last_telemetry"):
    #: such a time is "unknown", not "never".
    unreadable: frozenset[str] = frozenset()

    @property
    def last_heard(self) -> datetime | None:
        """When the device was last heard from: its telemetry, or its last login."""
        times = [t for t in (self.last_telemetry, self.last_seen) if t is not None]
        return max(times, default=None)

    @property
    def last_heard_unknown(self) -> bool:
        """Whether the device sent a time of life that could not be read, and none that could."""
        return self.last_heard is None and bool(self.unreadable)


@dataclass(frozen=True)
class Session:
    token_session: str
    alias: str = ""
    creation_date: datetime | None = None
    #: None when RUFUS left the field out; the `/active` endpoint implies True.
    active: bool | None = None
    passings: int | None = None
    first: datetime | None = None
    last: datetime | None = None
    #: Undocumented and, despite its name, a timestamp in the examples: shown raw, never used.
    duration: str | None = None
    #: Times RUFUS sent that could not be read, by field name ("creation_date", "first",
    #: "last"): such a time is "unknown", which is not "never" (a None with no such name).
    unreadable: frozenset[str] = frozenset()

    @property
    def last_unknown(self) -> bool:
        """Whether the last passing's time is unknown: RUFUS sent one that cannot be read, or
        counts passings and sends no time for them. Such a session may be timing now."""
        if self.last is not None:
            return False
        return "last" in self.unreadable or bool(self.passings)

    @property
    def opened_unknown(self) -> bool:
        return self.creation_date is None and "creation_date" in self.unreadable


@dataclass(frozen=True, slots=True)
class Passing:
    """One chip passing of a session, with every field RUFUS sent (rufus-api.md §4.2).

    Values are kept as RUFUS sent them, so that a saved file carries what RUFUS said: text
    stays text (None where RUFUS sent null or left the field out), and nothing is validated.
    """

    token_session: str
    num_passing: int | None
    #: None when RUFUS sent no time, or one the console cannot read (see `timestamp_text`).
    timestamp: datetime | None
    #: The timestamp exactly as RUFUS sent it.
    timestamp_text: str
    bib: str | None = None
    chip: str | None = None
    participant_id: str | None = None
    status: str | None = None
    #: G1 sends coordinates as text ("0.0"), G2 as numbers: a number whenever it reads as
    #: one (so "-3.7" stays a number, not text), otherwise the text as sent.
    latitude: float | str | None = None
    longitude: float | str | None = None
    timezone: str | None = None
    gender: str | None = None
    deviceid: str | None = None
    #: Fields RUFUS sent that its documentation does not name: (name, value as JSON).
    other: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class OpenSession:
    """An open session together with the device it belongs to: one row of the console."""

    session: Session
    device: Device
    #: Other devices that list the same token as their open session. RUFUS should never do
    #: this; when it does, nobody can tell which device times into the session, and every
    #: question about closing it must name them all.
    also_on: tuple[Device, ...] = ()

    @property
    def token(self) -> str:
        return self.session.token_session

    @property
    def devices(self) -> tuple[Device, ...]:
        """Every device that lists the session: its own first."""
        return (self.device, *self.also_on)


@dataclass(frozen=True)
class DeviceSessions:
    """The answer for one device while listing an account: its open sessions, or why not."""

    device: Device
    sessions: tuple[OpenSession, ...] = ()
    error: RufusError | None = None
    #: Not asked this time: a light listing judged it unchanged since it was last asked
    #: and without sessions then (see app.rufus.listing.ListingMemory). Not an answer.
    skipped: bool = False


@dataclass(frozen=True)
class DeviceList:
    """The account's devices as its list's pages gave them, and why it may miss some."""

    devices: tuple[Device, ...]
    #: Empty when the pages added up; otherwise what went wrong ("its total changed from
    #: 12 to 11 between pages", "more than 4 pages…"): the list may be missing devices.
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionListing:
    devices: tuple[Device, ...]
    sessions: tuple[OpenSession, ...]
    #: Devices whose open session could not be read; their rows are "unknown", not absent.
    failures: tuple[DeviceSessions, ...] = field(default=())

    @property
    def complete(self) -> bool:
        return not self.failures

    @property
    def listed_twice(self) -> tuple[OpenSession, ...]:
        """Sessions whose token more than one device lists."""
        return tuple(entry for entry in self.sessions if entry.also_on)


class KeyRights(enum.Enum):
    """What a key may do beyond listing, as far as RUFUS has let the console learn."""

    CAN_CLOSE = "can close"
    READ_ONLY = "read only"
    UNKNOWN = "unknown"
