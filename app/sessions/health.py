"""A timing device's health as the console judges it, the same in the window and on the command
line: when a battery counts as low, and when a device counts as offline."""

from __future__ import annotations

from app.rufus.models import Device

#: At or below this percentage a battery is shown as low.
LOW_BATTERY = 20


def battery_low(percentage: int | None) -> bool:
    return percentage is not None and percentage <= LOW_BATTERY


def offline(device: Device) -> bool:
    """RUFUS says the device is offline: a session may be open only because nobody can reach
    the device, and it may hold passings it has not sent."""
    return device.status is not None and device.status.strip().upper() == "OFFLINE"
