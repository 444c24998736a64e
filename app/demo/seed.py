"""A realistic race day for the simulated cloud, the same every time for the same seed.

The first twelve devices tell a story an official recognises: a marathon and a half on the
same morning, mats at the kilometre marks, two judges with the Race App, a TasTimer reader
as finish backup, a spare CloudBox that only ran yesterday's test. Asked for more devices, it
adds checkpoints of every kind, about half of them timing.
"""

from __future__ import annotations

import hashlib
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.demo.state import AccessType, CloudState


@dataclass(frozen=True)
class DeviceKind:
    type: str
    model: str
    firmware: str | None
    serial_prefix: str


CLOUDBOX = DeviceKind("CLOUDBOX", "CloudBox", "3.2.1", "CB")
ONE4ALL = DeviceKind("ONE4ALL", "One4All 5", "5.8.0", "O4A")
RACE_APP = DeviceKind("RACE_APP", "Race App", "2.14.0", "APP")
# What TasTimer sends when it binds a third-party reader.
TASTIMER = DeviceKind("CUSTOM_CHRONO", "TimingSoft", None, "TT")
KINDS = (CLOUDBOX, ONE4ALL, RACE_APP, TASTIMER)


@dataclass(frozen=True)
class SessionPlan:
    alias: str
    started_min_ago: int
    passings: int
    last_min_ago: float | None
    open: bool = True


@dataclass(frozen=True)
class DevicePlan:
    kind: DeviceKind
    alias: str
    sessions: tuple[SessionPlan, ...] = ()
    #: Health as the device last reported it; None: made up from the seed.
    status: str | None = None
    battery: int | None = None
    charging: bool | None = None


def _open(alias: str, started: int, passings: int, last: float | None) -> SessionPlan:
    return SessionPlan(alias, started, passings, last if passings else None)


def _closed(alias: str, started: int, passings: int) -> SessionPlan:
    return SessionPlan(alias, started, passings, started - 90, open=False)


YESTERDAY = 24 * 60
RACE_DAY: tuple[DevicePlan, ...] = (
    DevicePlan(CLOUDBOX, "Start / Finish", (_open("MARATHON 42K", 135, 1843, 0.7),)),
    DevicePlan(
        CLOUDBOX,
        "Finish",
        (_closed("Test run", YESTERDAY, 14), _open("HALF 21K", 120, 2210, 0.2)),
    ),
    DevicePlan(ONE4ALL, "KM 10", (_open("MARATHON 42K", 130, 612, 3.5),)),
    DevicePlan(ONE4ALL, "KM 21", (_open("MARATHON 42K", 128, 540, 1.1),)),
    # The leaders have not reached kilometre 30 yet: an open session without passings.
    DevicePlan(ONE4ALL, "KM 30", (_open("MARATHON 42K", 126, 0, None),)),
    DevicePlan(RACE_APP, "Judge — Marta", (_open("Penalties", 110, 3, 26.0),)),
    DevicePlan(RACE_APP, "Judge — Jordi"),
    # A second device called "Finish": the reader TasTimer drives as finish-line backup.
    DevicePlan(TASTIMER, "Finish", (_open("HALF 21K backup", 121, 2198, 0.3),)),
    DevicePlan(CLOUDBOX, "Spare", (_closed("Test run", YESTERDAY + 30, 9),)),
    DevicePlan(ONE4ALL, "KM 5 (10K course)", (_open("10K", 95, 1320, 12.0),)),
    DevicePlan(RACE_APP, "Photo point"),
    DevicePlan(
        CLOUDBOX,
        "Start 10K",
        (_closed("10K warm-up", 150, 41), _open("10K", 100, 1297, 48.0)),
    ),
)


#: The story above, and nothing more: what tests build on.
DEFAULT_DEVICES = len(RACE_DAY)

DAY = 24 * 60
#: What `--demo` adds, so that every kind of row shows: sessions forgotten days and a year
#: ago, devices with the same name told apart only by their serial, devices offline or low
#: on battery.
SHOWCASE: tuple[DevicePlan, ...] = (
    DevicePlan(
        ONE4ALL,
        "KM 35",
        (_open("MARATHON 42K 2025", 365 * DAY + 200, 1611, 365 * DAY + 60),),
        status="OFFLINE",
        battery=4,
    ),
    DevicePlan(CLOUDBOX, "Start 5K", (_open("Saturday 5K", 2 * DAY + 300, 842, 2 * DAY + 200),)),
    DevicePlan(RACE_APP, "Judge — Pau", (_open("Penalties Sat", 3 * DAY, 0, None),), battery=63),
    # Three readers on the river bridge, each with its own serial and the same names.
    DevicePlan(ONE4ALL, "BRIDGE", (_open("BRIDGE S4", 90, 211, 4.0),), battery=17, charging=True),
    DevicePlan(ONE4ALL, "BRIDGE", (_open("BRIDGE S4", 91, 208, 0.1),), battery=76),
    DevicePlan(ONE4ALL, "BRIDGE", (_open("BRIDGE S4", 92, 0, None),), status="OFFLINE", battery=9),
    DevicePlan(CLOUDBOX, "KM 30", (_open("MARATHON 42K", 125, 0, None),), battery=88),
)

#: The race day with the showcase: what `--demo` and `demo-server` show.
DEMO_DEVICES = len(RACE_DAY) + len(SHOWCASE)


def _checkpoint(number: int, rng: random.Random) -> DevicePlan:
    kind = KINDS[number % len(KINDS)]
    alias = f"Checkpoint {number}"
    if rng.random() < 0.45:
        return DevicePlan(kind, alias)
    passings = rng.choice((0, rng.randrange(1, 4000)))
    return DevicePlan(kind, alias, (_open(f"ULTRA 100K · CP{number}", 300, passings, 2.0),))


def _quiet_for(plan: DevicePlan, rng: random.Random) -> timedelta:
    """How long ago the device last reported: moments for one at work, hours for one off."""
    if plan.status == "OFFLINE" or not plan.sessions or not plan.sessions[-1].open:
        return timedelta(hours=rng.randrange(3, 30))
    return timedelta(seconds=rng.randrange(2, 90))


def race_day_plan(devices: int, rng: random.Random) -> list[DevicePlan]:
    plan = list((RACE_DAY + SHOWCASE)[:devices])
    plan += [_checkpoint(n, rng) for n in range(len(plan) + 1, devices + 1)]
    return plan


def demo_key(access: AccessType) -> str:
    """Well-known keys of the simulated cloud, shaped like real ones (ror- + 20 hex)."""
    digest = hashlib.sha256(f"rufus-console demo {access.value}".encode()).hexdigest()
    return f"ror-{digest[:20]}"


def add_demo_keys(state: CloudState) -> dict[AccessType, str]:
    keys = {access: demo_key(access) for access in AccessType}
    for access, key in keys.items():
        state.add_key(key, access, alias=f"demo {access.value}", unbind=access.can_write)
    return keys


def seed_race(
    state: CloudState, *, devices: int = DEFAULT_DEVICES, now: datetime | None = None, seed: int = 7
) -> None:
    """Fills `state` with `devices` devices and their sessions, timed relative to `now`."""
    now = now or datetime.now(UTC)
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)  # RUFUS keeps milliseconds
    rng = random.Random(seed)  # noqa: S311 - a reproducible simulation, not secrets
    for number, plan in enumerate(race_day_plan(devices, rng), start=1):
        device = state.bind_device(
            type=plan.kind.type,
            model=plan.kind.model,
            serial_number=f"{plan.kind.serial_prefix}-{20240 + number * 37:06d}",
            alias=plan.alias,
            firmware=plan.kind.firmware,
            now=now - timedelta(days=200 - number),
            status=plan.status
            or ("ONLINE" if plan.sessions and plan.sessions[-1].open else "OFFLINE"),
            battery_percentage=plan.battery if plan.battery is not None else rng.randrange(18, 101),
            charging=plan.charging if plan.charging is not None else rng.random() < 0.2,
            last_seen=now - _quiet_for(plan, rng),
        )
        for session_plan in plan.sessions:
            started = now - timedelta(minutes=session_plan.started_min_ago)
            session = state.create_session(device.deviceid, session_plan.alias, now=started)
            assert session is not None
            if session_plan.passings and session_plan.last_min_ago is not None:
                first = started + timedelta(minutes=4)
                last = now - timedelta(minutes=session_plan.last_min_ago)
                state.load_passings(
                    session.token_session,
                    count=session_plan.passings,
                    first=first,
                    last=last,
                    seed=seed,
                )
            if not session_plan.open:
                state.close_session(session.token_session)


def zone_where_it_is_midday() -> str:
    """A fixed-offset time zone (for `TZ`) in which it is about noon now. The race day opened
    its sessions hours ago and whether a session is stale depends on the local date: shown
    just after midnight, the whole race day would be yesterday's. Tests and screenshots run in
    this zone."""
    hours_east = (12 - time.gmtime().tm_hour + 12) % 24 - 12
    # Named as the offset ("+05"), as zones without a name of their own are; POSIX counts
    # the offset itself west of Greenwich.
    return f"<{hours_east:+03d}>{-hours_east:+d}"
