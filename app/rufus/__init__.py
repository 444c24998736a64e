"""The RUFUS cloud client. Pure Python: never imports Qt.

`RufusClient` is loaded on first use: it brings in `requests`, which the window loads on a
worker thread after it has shown itself, not before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.rufus.endpoint import PRODUCTION_URL, Timeouts
from app.rufus.errors import RufusError
from app.rufus.models import (
    Device,
    DeviceSessions,
    KeyRights,
    OpenSession,
    Passing,
    Session,
    SessionListing,
)

if TYPE_CHECKING:
    from app.rufus.client import RufusClient

__all__ = [
    "PRODUCTION_URL",
    "Device",
    "DeviceSessions",
    "KeyRights",
    "OpenSession",
    "Passing",
    "RufusClient",
    "RufusError",
    "Session",
    "SessionListing",
    "Timeouts",
]


def __getattr__(name: str) -> object:
    if name == "RufusClient":
        from app.rufus.client import RufusClient  # noqa: PLC0415

        return RufusClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
