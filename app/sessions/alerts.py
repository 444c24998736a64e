"""Alerts that find the official: what changed between two listings that may cost results.
Qt-free, so that the window, the tray and `rufus-console watch` raise the same alerts.

Each listing is compared with what earlier ones showed, and each event raises one alert, not
one per refresh:

- a device with an open session goes offline, and comes back;
- its battery falls to or below the low threshold, and rises above it again;
- a session seen LIVE has had no passing for a while (ten minutes by default) while other
  sessions of the account are still LIVE: a mat fallen silent mid-race;
- a session opens on a device that had none;
- a session closes elsewhere (not by this console).

Race-day rule 7: only what was seen is claimed. A device whose sessions could not be read
raises nothing and keeps what was known of it; a refresh that failed is never shown to the
watch at all; a status or a battery RUFUS did not send is unknown, which is no change. The
first listing only teaches: nothing happened before it that anybody saw.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from app.rufus.models import Device, OpenSession
from app.sessions.activity import LIVE_WITHIN, Activity, activity
from app.sessions.health import battery_low, offline
from app.sessions.names import shared_names

#: A session seen LIVE that has had no passing for this long, while others are still LIVE,
#: has fallen silent (a setting in the window, an option of `watch`).
SILENT_AFTER = timedelta(minutes=10)


class Topic(enum.Enum):
    """What the official may switch off, one switch per kind of event."""

    OFFLINE = "offline"
    BATTERY = "battery"
    SILENT = "silent"
    OPENED = "opened"
    CLOSED_ELSEWHERE = "closed-elsewhere"


class AlertKind(enum.Enum):
    OFFLINE = "offline"
    BACK_ONLINE = "back-online"
    BATTERY_LOW = "battery-low"
    BATTERY_RECOVERED = "battery-recovered"
    SILENT = "silent"
    OPENED = "opened"
    CLOSED_ELSEWHERE = "closed-elsewhere"

    @property
    def topic(self) -> Topic:
        return _TOPICS[self]

    @property
    def good_news(self) -> bool:
        """Something that was wrong is right again."""
        return self in (AlertKind.BACK_ONLINE, AlertKind.BATTERY_RECOVERED)


_TOPICS = {
    AlertKind.OFFLINE: Topic.OFFLINE,
    AlertKind.BACK_ONLINE: Topic.OFFLINE,
    AlertKind.BATTERY_LOW: Topic.BATTERY,
    AlertKind.BATTERY_RECOVERED: Topic.BATTERY,
    AlertKind.SILENT: Topic.SILENT,
    AlertKind.OPENED: Topic.OPENED,
    AlertKind.CLOSED_ELSEWHERE: Topic.CLOSED_ELSEWHERE,
}

EVERY_TOPIC = frozenset(Topic)


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    #: When the console saw it, on RUFUS's clock.
    at: datetime
    #: The session it is about (for a device's alert, the device's open session), as the
    #: listing that raised it showed it.
    entry: OpenSession
    #: The device it is about: the session's own, or for a device's alert the device itself.
    device: Device
    #: Another device of the account has the same name: show the serial beside it.
    told_apart: bool = False

    @property
    def token(self) -> str:
        return self.entry.token


@dataclass(frozen=True)
class Sighting:
    """One listing that succeeded, as the watch is shown it."""

    #: When it was read, on RUFUS's clock (RufusClient.server_now).
    at: datetime
    #: Every device of the account, with its health, from the device list.
    devices: Sequence[Device]
    #: The open sessions. Those of devices in `unread` may be older knowledge, or missing.
    sessions: Sequence[OpenSession]
    #: Devices whose open sessions could not be read this time (by id): nothing is said about
    #: them, and what was known of them is kept.
    unread: frozenset[str] = frozenset()
    #: Sessions this listing found closed by someone else, when the caller knows (the
    #: window's row book decides it). None: the watch works it out, leaving out `closed_here`.
    closed_elsewhere: Sequence[OpenSession] | None = None
    #: Sessions this console closed (only read when `closed_elsewhere` is None).
    closed_here: Collection[str] = frozenset()


class _Known(NamedTuple):
    """What was last seen of a device whose sessions were read. A tuple, not a dataclass:
    one is made per device per listing, and ten thousand frozen dataclasses cost 30 ms of
    the GUI thread."""

    #: Offline by RUFUS's word: True or False once a status was seen, None before.
    offline: bool | None
    #: At or below the low threshold: None until a percentage was seen.
    low: bool | None
    #: The tokens of its open sessions.
    open: frozenset[str]


class AlertWatch:
    """Compares each listing with what earlier ones showed; one per account (another key:
    `forget`). Not thread-safe: one listing at a time, in order."""

    def __init__(
        self,
        *,
        silent_after: timedelta = SILENT_AFTER,
        live_within: timedelta = LIVE_WITHIN,
        topics: frozenset[Topic] = EVERY_TOPIC,
    ) -> None:
        self.silent_after = silent_after
        self.live_within = live_within
        #: The topics raised; the others are watched all the same, so that switching one on
        #: later does not raise, at once, everything that happened while it was off.
        self.topics = topics
        self._devices: dict[str, _Known] = {}
        #: Every device id of the last listing: one absent from it is new to the account.
        self._listed: frozenset[str] | None = None
        #: The open sessions as last seen (those of unread devices as they were).
        self._open: dict[str, OpenSession] = {}
        #: Sessions seen LIVE since they last fell silent.
        self._was_live: set[str] = set()

    def forget(self) -> None:
        """Another key, another account: nothing seen so far applies."""
        self._devices.clear()
        self._listed = None
        self._open.clear()
        self._was_live.clear()

    def observe(self, sighting: Sighting) -> list[Alert]:
        """The alerts this listing raises, in the order: devices, sessions, closes."""
        first = self._listed is None
        unread = sighting.unread
        open_by_device = _open_by_device(sighting.sessions)
        gone = self._closed_elsewhere(sighting)
        shared = shared_names(
            {d.deviceid: d.alias for d in (*sighting.devices, *_devices_of(gone))}.values()
        )

        def raised(kind: AlertKind, entry: OpenSession, device: Device) -> Alert:
            return Alert(kind, sighting.at, entry, device, device.alias in shared)

        alerts: list[Alert] = []
        known: dict[str, _Known] = {}
        for device in sighting.devices:
            deviceid = device.deviceid
            before = self._devices.get(deviceid)
            if deviceid in unread:
                if before is not None:
                    known[deviceid] = before  # unknown is not a change: kept as it was
                continue
            entries = open_by_device.get(deviceid)
            if not entries:
                # Its health matters only with a session open: nothing to compare it with
                # once one opens (most devices of a big account, most of the time).
                known[deviceid] = _WITHOUT_SESSION
                continue
            now = _Known(
                offline=_offline(device, before),
                low=_low(device, before),
                open=frozenset(entry.token for entry in entries),
            )
            known[deviceid] = now
            if before is not None:
                alerts += [raised(kind, entries[0], device) for kind in _crossings(before, now)]
            if not first and self._had_none(deviceid, before):
                alerts += [raised(AlertKind.OPENED, entry, device) for entry in entries]
        alerts += [
            raised(AlertKind.SILENT, entry, entry.device) for entry in self._fallen_silent(sighting)
        ]
        alerts += [raised(AlertKind.CLOSED_ELSEWHERE, entry, entry.device) for entry in gone]

        self._devices = known
        self._listed = frozenset(device.deviceid for device in sighting.devices)
        self._open = self._still_open(sighting, gone)
        return [alert for alert in alerts if alert.kind.topic in self.topics]

    # -- the rules ----------------------------------------------------------------------------

    def _had_none(self, deviceid: str, before: _Known | None) -> bool:
        """Whether the device was seen without an open session: read last time and empty, or
        not yet in the account then. Never read: not known, so not said."""
        if before is not None:
            return not before.open
        return self._listed is not None and deviceid not in self._listed

    def _fallen_silent(self, sighting: Sighting) -> list[OpenSession]:
        read = [entry for entry in sighting.sessions if not _unread(entry, sighting.unread)]
        live = {
            entry.token
            for entry in read
            if activity(entry.session, sighting.at, self.live_within) is Activity.LIVE
        }
        silent = []
        for entry in read:
            token = entry.token
            if token in live:
                self._was_live.add(token)
                continue
            last = entry.session.last
            if (
                token in self._was_live
                and last is not None
                and sighting.at - last >= self.silent_after
                and live - {token}
            ):
                silent.append(entry)
                self._was_live.discard(token)  # once, until it is LIVE again
        open_now = {entry.token for entry in sighting.sessions}
        self._was_live &= open_now
        return silent

    def _closed_elsewhere(self, sighting: Sighting) -> list[OpenSession]:
        if self._listed is None:
            return []
        if sighting.closed_elsewhere is not None:
            return list(sighting.closed_elsewhere)
        open_now = {entry.token for entry in sighting.sessions}
        return [
            entry
            for token, entry in self._open.items()
            if token not in open_now
            and token not in sighting.closed_here
            and not _unread(entry, sighting.unread)
        ]

    def _still_open(self, sighting: Sighting, gone: list[OpenSession]) -> dict[str, OpenSession]:
        """The sessions seen open now, and those of unread devices not seen gone."""
        now = {entry.token: entry for entry in sighting.sessions}
        left = {entry.token for entry in gone} | set(sighting.closed_here)
        for token, entry in self._open.items():
            if token not in now and token not in left and _unread(entry, sighting.unread):
                now[token] = entry
        return now


#: A device read without an open session: what is known of it (nothing about its health).
_WITHOUT_SESSION = _Known(offline=None, low=None, open=frozenset())


def _unread(entry: OpenSession, unread: frozenset[str]) -> bool:
    """Whether a device that lists the session could not be read."""
    if not unread:
        return False
    return entry.device.deviceid in unread or any(d.deviceid in unread for d in entry.also_on)


def _open_by_device(sessions: Iterable[OpenSession]) -> dict[str, list[OpenSession]]:
    """Each device's open sessions (a session two devices list is under both)."""
    found: dict[str, list[OpenSession]] = {}
    for entry in sessions:
        for device in entry.devices:
            found.setdefault(device.deviceid, []).append(entry)
    return found


def _devices_of(entries: Iterable[OpenSession]) -> list[Device]:
    return [device for entry in entries for device in entry.devices]


def _offline(device: Device, before: _Known | None) -> bool | None:
    """Offline now by RUFUS's word; with no status sent, what was known before."""
    if device.status is None or not device.status.strip():
        return before.offline if before is not None else None
    return offline(device)


def _low(device: Device, before: _Known | None) -> bool | None:
    if device.battery_percentage is None:
        return before.low if before is not None else None
    return battery_low(device.battery_percentage)


def _crossings(before: _Known, now: _Known) -> list[AlertKind]:
    """A device's health that changed side: each crossing once, both ways."""
    kinds = []
    if before.offline is not None and now.offline is not None and before.offline != now.offline:
        kinds.append(AlertKind.OFFLINE if now.offline else AlertKind.BACK_ONLINE)
    if before.low is not None and now.low is not None and before.low != now.low:
        kinds.append(AlertKind.BATTERY_LOW if now.low else AlertKind.BATTERY_RECOVERED)
    return kinds
