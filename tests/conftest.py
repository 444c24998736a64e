"""Shared fixtures: a simulated cloud on loopback, a client for it, an in-memory keyring."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TypedDict, Unpack

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from app import logsetup
from app.demo import CloudState, DemoCloud, Generation
from app.demo.seed import zone_where_it_is_midday
from app.demo.state import DemoDevice, DemoSession
from app.logfile import stop_native_log
from app.records.history import CloseHistory
from app.rufus import RufusClient, Timeouts
from app.rufus.courtesy import Courtesy
from app.sessions.closing import CloseService

ROOT = Path(__file__).resolve().parent.parent


SCREENS = ROOT / "tests" / "screens"


def offscreen(screen: str) -> str:
    """Qt's offscreen platform with a screen of a known size (tests/screens/*.json)."""
    return f"offscreen:configfile={SCREENS / screen}.json"


# Windows open on a desktop-sized screen unless a test says otherwise (the offscreen
# platform's own is 800 by 600, where the window makes room by hiding columns).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = offscreen("desktop")

# The race day opened its sessions two hours ago: a run just after midnight would see it as
# yesterday's (stale). Child processes inherit the zone. Windows has no tzset and reads TZ in
# another syntax: its tests (tests/portable.py) run in the machine's zone.
if hasattr(time, "tzset"):
    os.environ["TZ"] = zone_where_it_is_midday()
    time.tzset()


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The window's catalogues compiled, as packaging/devenv.sh does before anything runs."""
    folder = ROOT / "resources" / "translations"
    stale = [
        ts
        for ts in folder.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "translations.py"), "build"], check=True
        )


@pytest.fixture(autouse=True)
def private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Settings, logs, the close history and saved passings go to a throwaway home: no test
    reads or writes the developer's own (child processes inherit it)."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))  # Windows' logs
    return home


@pytest.fixture(autouse=True)
def fresh_redactor() -> Iterator[logsetup.SecretRedactor]:
    """Each test starts with a redactor that knows no key: none leaks from one test into the
    next, so a test that forgets to register its key cannot pass on an earlier one's."""
    logsetup.redactor.forget_all()
    yield logsetup.redactor
    logsetup.redactor.forget_all()


class UnexpectedWarnings(logging.Handler):
    """Collects WARNING records from the app's loggers; a test that expects some says so with
    `expect_log_warnings`."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.expected: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith("app"):
            return
        if any(fragment in record.getMessage() for fragment in self.expected):
            return
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_unexpected_log_warnings() -> Iterator[UnexpectedWarnings]:
    """Like qutebrowser: a WARNING from the app's own logging that the test did not expect
    fails it, so that a degraded path cannot hide behind a passing test."""
    handler = UnexpectedWarnings()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    unexpected = [f"{r.name}: {r.getMessage()}" for r in handler.records]
    assert not unexpected, f"unexpected log warnings: {unexpected}"


@pytest.fixture
def expect_log_warnings(
    no_unexpected_log_warnings: UnexpectedWarnings,
) -> Callable[[str], None]:
    """`expect_log_warnings("fragment")`: a warning containing it is part of the test."""
    return no_unexpected_log_warnings.expected.append


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
    stop_native_log()


#: Short enough that failure tests finish quickly, long enough for a loaded CI machine.
TEST_TIMEOUTS = Timeouts(connect=2.0, read=3.0)


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only: tests never reach the desktop's keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
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


class ClientOptions(TypedDict, total=False):
    """What a test may set of RufusClient's keyword arguments."""

    timeouts: Timeouts
    max_workers: int
    device_page_limit: int
    passing_page_limit: int
    retries: int
    backoff: float
    courtesy: Courtesy


def client_for(
    cloud: DemoCloud, key: str | None = None, **options: Unpack[ClientOptions]
) -> RufusClient:
    settings: ClientOptions = {"timeouts": TEST_TIMEOUTS, "backoff": 0.01, **options}
    return RufusClient(key or cloud.read_write_key, cloud.url, **settings)


@pytest.fixture
def client(cloud: DemoCloud) -> Iterator[RufusClient]:
    with client_for(cloud) as rufus:
        yield rufus


def online_cloudbox(state: CloudState, alias: str, serial: str, now: datetime) -> DemoDevice:
    """A CloudBox bound to the account, online, its battery well charged."""
    return state.bind_device(
        type="CLOUDBOX",
        model="CloudBox",
        serial_number=serial,
        alias=alias,
        now=now,
        status="ONLINE",
        battery_percentage=80,
    )


def held_session(state: CloudState, token: str) -> DemoSession:
    """The simulated cloud's session `token`, open or closed, which the test knows it holds."""
    session = state.session(token)
    assert session is not None, f"the simulated cloud holds no session {token}"
    return session


def wait_until(condition: Callable[[], object], timeout: float = 5.0) -> None:
    """Polls a condition from a plain thread (Qt tests use qtbot.waitUntil instead)."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {condition}")
        pause.wait(0.01)


@contextlib.contextmanager
def interruptible_children() -> Iterator[None]:
    """Processes started inside can be interrupted like a console in a terminal, even when
    these tests run with SIGINT ignored (a shell's background job, mutmut's workers): an
    ignored signal stays ignored across exec, and Python then installs no Ctrl-C handler."""
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


#: Quick enough for tests, in the same shape as the real schedule: at once, then later.
TEST_SCHEDULE = (0.0, 0.2, 0.4)


@pytest.fixture
def history(tmp_path: Path) -> CloseHistory:
    return CloseHistory(tmp_path / "history.sqlite3")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where passings are saved; the history is beside it, in tmp_path."""
    made = tmp_path / "passings"
    made.mkdir()
    return made


@pytest.fixture
def service(history: CloseHistory) -> Iterator[CloseService]:
    closes = CloseService(history, schedule=TEST_SCHEDULE)
    yield closes
    closes.quit()
