"""Shared fixtures: a simulated cloud on loopback, a client for it, an in-memory keyring."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from app.demo import DemoCloud, Generation
from app.rufus import RufusClient, Timeouts


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    """Whatever a test adds to the root logger (a log file, the app's own set-up) and where
    it sends faulthandler are undone after it."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    faulthandler.enable(sys.__stderr__)


#: Short enough that failure tests finish quickly, long enough for a loaded CI machine.
TEST_TIMEOUTS = Timeouts(connect=2.0, read=3.0)


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only: tests never reach the desktop's keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not stored")


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv("RUFUS_API_KEY", raising=False)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(MemoryKeyring())


@pytest.fixture(params=[Generation.G1, Generation.G2], ids=["g1", "g2"])
def generation(request: pytest.FixtureRequest) -> Generation:
    value: Generation = request.param
    return value


@pytest.fixture
def cloud(generation: Generation) -> Iterator[DemoCloud]:
    """The seeded race, in each API generation, with small G2 pages to force pagination."""
    with DemoCloud(generation=generation, page_limit=5) as running:
        yield running


def client_for(cloud: DemoCloud, key: str | None = None, **options: object) -> RufusClient:
    settings: dict[str, object] = {"timeouts": TEST_TIMEOUTS, "backoff": 0.01}
    settings.update(options)
    return RufusClient(key or cloud.read_write_key, cloud.url, **settings)  # type: ignore[arg-type]


@pytest.fixture
def client(cloud: DemoCloud) -> Iterator[RufusClient]:
    with client_for(cloud) as rufus:
        yield rufus


def wait_until(condition: Callable[[], object], timeout: float = 5.0) -> None:
    """Polls a condition from a plain thread (Qt tests use qtbot.waitUntil instead)."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {condition}")
        pause.wait(0.01)
