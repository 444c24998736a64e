"""How the window names what it shows: sessions, devices and text from the cloud, which is
hostile (race-day rule 8) and told apart when names repeat (rule 10)."""

from __future__ import annotations

import html
from collections.abc import Collection

from app.display import visible
from app.rufus.models import Device, OpenSession
from app.ui.words import translate


def plain_tip(text: str) -> str:
    """A tooltip that shows exactly its text. Qt renders a tooltip that looks like HTML as
    HTML, and a name from a device is hostile (race-day rule 8): escaped, and kept whole."""
    if not text:
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def hostile(text: str) -> str:
    """Text from a device or the cloud, with anything that could reorder, hide or fake its
    neighbours shown as a visible marker (race-day rule 8)."""
    return visible(text, terminal=False)


def device_name(device: Device) -> str:
    return hostile(device.alias) or translate("Wording", "(unnamed device %1)").replace(
        "%1", device.deviceid[:8]
    )


def with_serial(device: Device) -> str:
    """The device's name with what tells it from another of the same name."""
    if not device.serial_number:
        return (
            translate("Wording", "%1 (device %2)")
            .replace("%1", device_name(device))
            .replace("%2", device.deviceid[:8])
        )
    return (
        translate("Wording", "%1 (serial %2)")
        .replace("%1", device_name(device))
        .replace("%2", hostile(device.serial_number))
    )


def device_told_apart(device: Device, shared: Collection[str]) -> str:
    """The device's name, with its serial when another device has that name too."""
    return with_serial(device) if device.alias in shared else device_name(device)


def device_kind(device: Device) -> str:
    return hostile(device.model or device.type) or translate("Wording", "unknown kind")


def session_name(alias: str) -> str:
    return hostile(alias) or translate("Wording", "(unnamed session)")


def entry_name(entry: OpenSession, shared: Collection[str]) -> str:
    """“KM 30 S3” on KM 30, with the serial when another device has that name too; every
    device when RUFUS lists the session under several."""
    return (
        translate("Wording", "“%1” on %2")
        .replace("%1", session_name(entry.session.alias))
        .replace("%2", devices_told_apart(entry, shared))
    )


def devices_told_apart(entry: OpenSession, shared: Collection[str]) -> str:
    """The session's device; "KM 10 and KM 21" when RUFUS lists it under two (each with its
    serial, since they must be told apart)."""
    if not entry.also_on:
        return device_told_apart(entry.device, shared)
    return translate("Wording", " and ").join(with_serial(device) for device in in_order(entry))


def in_order(entry: OpenSession) -> list[Device]:
    """The devices that list a session, always in the same order (whichever answered first
    is no better a guess of the one timing into it)."""
    return sorted(entry.devices, key=lambda d: (d.alias.casefold(), d.serial_number, d.deviceid))


def listed_twice(entry: OpenSession) -> str:
    """Why a session listed under several devices needs a second look before closing."""
    count = len(entry.devices)  # lupdate skips a plural whose count is a call
    return translate(
        "Wording",
        "RUFUS lists this session under %n devices: %1. Check which one is timing into it "
        "before closing it; the close ends it for all of them.",
        "",
        count,
    ).replace("%1", translate("Wording", " and ").join(with_serial(d) for d in in_order(entry)))


def key_source(source: str) -> str:
    """Which key a close used, as the history records it ("keyring", "environment"…)."""
    names = {
        "keyring": lambda: translate("Wording", "system keyring"),
        "environment": lambda: translate("Wording", "RUFUS_API_KEY"),
        "demo": lambda: translate("Wording", "demo"),
        "this run only": lambda: translate("Wording", "this run only"),
    }
    return names[source]() if source in names else hostile(source)
