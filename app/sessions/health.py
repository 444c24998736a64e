"""A timing device's health as the console judges it, the same in the window and on the command
line: when a battery counts as low, and when a device counts as offline."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.rufus.models import Device

#: At or below this percentage a battery is shown as low.
LOW_BATTERY = 20


def battery_low(percentage: int | None) -> bool:
    return percentage is not None and percentage <= LOW_BATTERY


def offline(device: Device) -> bool:
    """RUFUS says the device is offline: a session may be open only because nobody can reach
    the device, and it may hold passings it has not sent."""
    return device.status is not None and device.status.strip().upper() == "OFFLINE"


#: A device RUFUS has heard nothing from for this long may be out of reach, though no status
#: says it is offline (G1 sends none).
OUT_OF_TOUCH_AFTER = timedelta(minutes=30)


def out_of_reach(device: Device, now: datetime) -> bool:
    """Offline, or silent for long with no status to say otherwise: such a device may still
    hold passings it has not sent, and closing its session loses them for good."""
    if offline(device):
        return True
    heard = device.last_heard
    return device.status is None and heard is not None and now - heard > OUT_OF_TOUCH_AFTER
