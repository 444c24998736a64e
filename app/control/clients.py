"""What the controller's jobs are made of, Qt-free: where RUFUS is and how patient to be with it
(the client factory), the listing as a job reports it, and the key's check."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.control.heap import limit_malloc_arenas
from app.keystore import KeyLookup, KeyState
from app.rufus.courtesy import Courtesy
from app.rufus.endpoint import DEFAULT_TIMEOUTS, PRODUCTION_URL, Timeouts
from app.rufus.listing import ListingMemory
from app.rufus.models import Device, DeviceSessions, KeyRights
from app.sessions.book import Row
from app.sessions.recheck import RECHECK_SCHEDULE

if TYPE_CHECKING:
    from app.rufus.client import RufusClient

#: Devices per page of the device list, for the window: decoding a page's JSON holds the
#: interpreter (the window with it) in one piece, about 10 ms per 1 000 devices; RUFUS's
#: largest page, 5 000, would freeze the window for 50 ms or more at each page.
WINDOW_DEVICE_PAGE = 1000

#: Device answers reach the window at most this often while a listing runs, in batches: the
#: table takes them in a few signals instead of one per device.
BATCH_INTERVAL_S = 0.05


@dataclass(frozen=True)
class ClientFactory:
    """Where RUFUS is and how patient to be with it: makes a client for a key."""

    base_url: str
    timeouts: Timeouts = DEFAULT_TIMEOUTS
    backoff: float = 0.5
    #: When a close's unknown outcome is read back (see app.sessions.closing).
    recheck_schedule: tuple[float, ...] = RECHECK_SCHEDULE
    #: The close history's file; None for the platform's data folder.
    history_path: Path | None = None

    @property
    def production(self) -> bool:
        return self.base_url.rstrip("/") == PRODUCTION_URL

    #: Turns the window takes on the interpreter's lock, shared by every client it makes.
    courtesy: Courtesy = field(default_factory=Courtesy, compare=False)

    def client(self, key: str) -> RufusClient:
        from app.rufus.client import RufusClient  # noqa: PLC0415  (see `prepare`)

        return RufusClient(
            key,
            self.base_url,
            timeouts=self.timeouts,
            backoff=self.backoff,
            courtesy=self.courtesy,
            device_page_limit=WINDOW_DEVICE_PAGE,
        )

    @staticmethod
    def prepare() -> None:
        """Loads the HTTP stack and the close pipeline (`requests` alone takes ~150 ms to
        import), and caps the memory arenas before the listing's threads start. The console
        does it on a worker, after the window is on screen."""
        limit_malloc_arenas()
        importlib.import_module("app.rufus.client")
        importlib.import_module("app.sessions.closing")


@dataclass(frozen=True)
class ListingProgress:
    """How far a listing has got: how many devices it asks (None until they are counted) and
    how many have answered."""

    devices: int | None
    answered: int


@dataclass(frozen=True)
class ListingDone:
    devices: tuple[Device, ...]
    #: How many devices the next light listing will ask, as far as can be told now (what an
    #: automatic refresh costs RUFUS: app.rufus.listing).
    light_asks: int = 0
    #: Devices whose open sessions could not be read: their rows are "not re-read".
    failures: tuple[DeviceSessions, ...] = field(default=())
    #: Rows this listing dropped because their device no longer lists them, though this
    #: console did not close them: closed elsewhere (another official, the device itself).
    closed_elsewhere: tuple[Row, ...] = field(default=())


@dataclass(frozen=True)
class ListingStep:
    """What the listing job reports as it goes: first the devices it will ask, then batches of
    their answers."""

    devices: tuple[Device, ...] | None = None
    answers: Sequence[DeviceSessions] = ()


def list_sessions(
    client: RufusClient,
    report: Callable[[ListingStep], None],
    devices: Sequence[Device] | None = None,
    *,
    memory: ListingMemory | None = None,
    light: bool = False,
) -> ListingDone:
    """Runs in a worker: every device's open sessions, reported in batches as they arrive.
    `devices`, when given, were just read (by the key's check) and are not asked for again.
    A `light` listing asks only the devices `memory` says may have opened a session since
    they were last asked (app.rufus.listing has the rule)."""
    listed = tuple(client.devices() if devices is None else devices)
    report(ListingStep(devices=listed))
    failures = []
    for batch in client.iter_open_session_batches(
        listed, BATCH_INTERVAL_S, memory=memory, light=light
    ):
        report(ListingStep(answers=batch))
        failures += [answer for answer in batch if answer.error is not None]
    asks = len(listed) if memory is None else sum(not memory.may_skip(d) for d in listed)
    return ListingDone(listed, asks, tuple(failures))


@dataclass(frozen=True)
class KeyAccepted:
    """RUFUS accepted the key for listing; the vault has it (or it is kept for this run only,
    as `lookup` says), and it is in use."""

    lookup: KeyLookup
    rights: KeyRights


@dataclass(frozen=True)
class KeyIsReadOnly:
    """The key can list but not close: it is stored only if the official asks again."""


def key_source(lookup: KeyLookup) -> str:
    """Which key a close used, as the close history records it."""
    match lookup.state:
        case KeyState.FROM_ENVIRONMENT:
            return "environment"
        case KeyState.DEMO:
            return "demo"
        case KeyState.STORED:
            return "keyring"
        case _:
            return "this run only"
