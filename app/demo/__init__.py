"""The simulated RUFUS cloud: product (``--demo``), training ground and test double in one.

Standard library only; never imports Qt. Its parts load on first use, so that reading a
constant such as `app.demo.seed.DEFAULT_DEVICES` does not start an HTTP server module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.demo.api import Generation, TimeStyle
    from app.demo.faults import Fault, FaultKind
    from app.demo.server import DemoCloud
    from app.demo.state import AccessType, CloudState

_HOMES = {
    "AccessType": "app.demo.state",
    "CloudState": "app.demo.state",
    "DemoCloud": "app.demo.server",
    "Fault": "app.demo.faults",
    "FaultKind": "app.demo.faults",
    "Generation": "app.demo.api",
    "TimeStyle": "app.demo.api",
}

__all__ = [
    "AccessType",
    "CloudState",
    "DemoCloud",
    "Fault",
    "FaultKind",
    "Generation",
    "TimeStyle",
]


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
