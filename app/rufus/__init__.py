"""The RUFUS cloud client. Pure Python: never imports Qt."""

from app.rufus.client import RufusClient
from app.rufus.errors import RufusError
from app.rufus.models import (
    CloseOutcome,
    CloseResult,
    Device,
    DeviceSessions,
    OpenSession,
    Session,
    SessionListing,
)
from app.rufus.transport import PRODUCTION_URL, Timeouts

__all__ = [
    "PRODUCTION_URL",
    "CloseOutcome",
    "CloseResult",
    "Device",
    "DeviceSessions",
    "OpenSession",
    "RufusClient",
    "RufusError",
    "Session",
    "SessionListing",
    "Timeouts",
]
