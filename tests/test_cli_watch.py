"""`rufus-console watch`: a real process watching a simulated cloud that changes under it. One
line per alert as it happens, none for a listing that failed, hostile names inert, and
Ctrl+C ends it with the other commands' exit code for an interruption."""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import IO

import pytest

from app.cli.watch import alert_line
from app.demo import CloudState, DemoCloud, Fault, FaultKind
from app.demo.state import DemoDevice
from app.rufus.models import Device, OpenSession, Session
from app.sessions.alerts import Alert, AlertKind
from tests.conftest import interruptible_children, online_cloudbox, wait_until
from tests.test_cli import CONSOLE, quiet_environment

#: Bound on every wait for a line: a loaded CI machine lists slowly.
LINE_WAIT_S = 20.0
HOSTILE = "Evil\x1b[2J\u202eKM"


@dataclass
class Race:
    cloud: DemoCloud
    km5: DemoDevice
    finish_a: DemoDevice
    finish_b: DemoDevice
    timing: DemoDevice
    hostile: DemoDevice
    tokens: dict[str, str] = field(default_factory=dict)


@pytest.fixture
def race() -> Iterator[Race]:
    state = CloudState()
    now = datetime.now(UTC)

    def bind(alias: str, serial: str) -> DemoDevice:
        return online_cloudbox(state, alias, serial, now)

    race = Race(
        DemoCloud(state),
        bind("KM 5", "CB-0005"),
        bind("Finish", "CB-1001"),
        bind("Finish", "CB-1002"),
        bind("KM 10", "CB-0010"),
        bind(HOSTILE, "CB-6666"),
    )
    for name, device in (("km5", race.km5), ("km10", race.timing), ("evil", race.hostile)):
        session = state.create_session(device.deviceid, f"Marathon {name}", now=now)
        assert session is not None
        race.tokens[name] = session.token_session
    with race.cloud:
        yield race


class Watcher:
    """The command running, its lines read as they come."""

    def __init__(self, cloud: DemoCloud, *options: str) -> None:
        with interruptible_children():
            self.process = subprocess.Popen(
                [CONSOLE, "--base-url", cloud.url, "watch", "--interval", "0.2", *options],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=quiet_environment(RUFUS_API_KEY=cloud.read_write_key),
            )
        self.out: queue.Queue[bytes] = queue.Queue()
        self.err: queue.Queue[bytes] = queue.Queue()
        self._readers = [
            threading.Thread(target=_read, args=(stream, lines), daemon=True)
            for stream, lines in ((self.process.stdout, self.out), (self.process.stderr, self.err))
        ]
        for reader in self._readers:
            reader.start()

    def line(self) -> bytes:
        return self.out.get(timeout=LINE_WAIT_S)

    def alert(self) -> dict[str, object]:
        found: dict[str, object] = json.loads(self.line())
        return found

    def note(self, containing: str) -> bytes:
        while True:
            line = self.err.get(timeout=LINE_WAIT_S)
            if containing.encode() in line:
                return line

    def interrupt(self) -> tuple[int, bytes]:
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(timeout=LINE_WAIT_S)
        self.stop()
        rest = b""
        while not self.err.empty():
            rest += self.err.get_nowait()
        return code, rest

    def stop(self) -> None:
        """Ends the process if it still runs, and lets its pipes go."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=LINE_WAIT_S)
        for reader in self._readers:
            reader.join(timeout=LINE_WAIT_S)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def _read(stream: IO[bytes] | None, lines: queue.Queue[bytes]) -> None:
    assert stream is not None
    for line in stream:
        lines.put(line)


@pytest.fixture
def watching(race: Race) -> Iterator[Watcher]:
    watcher = Watcher(race.cloud, "--json")
    yield watcher
    watcher.stop()


def listings(cloud: DemoCloud) -> int:
    return len(cloud.requests("GET", "/devices"))


def after_a_listing(cloud: DemoCloud) -> None:
    """Waits until a listing has started after this moment, so that the one before it has
    been seen by the watch."""
    seen = listings(cloud)
    wait_until(lambda: listings(cloud) >= seen + 2, timeout=LINE_WAIT_S)


def test_watch_json_says_each_event_once_and_nothing_for_a_failed_listing(
    race: Race, watching: Watcher
) -> None:
    state = race.cloud.state
    watching.note("watching the account")
    after_a_listing(race.cloud)

    state.set_health(race.km5.deviceid, status="OFFLINE", battery_percentage=80)
    went = watching.alert()
    assert (went["kind"], went["token_session"], went["device_alias"]) == (
        "offline",
        race.tokens["km5"],
        "KM 5",
    )
    assert went["device_status"] == "OFFLINE"
    assert str(went["at"]).endswith("Z")

    # RUFUS fails while the device comes back: nothing is said until a listing succeeds,
    # and what was known is not forgotten (the first listing after is no fresh start).
    race.cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", "/devices", times=3, status=500))
    watching.note("could not be read")
    state.set_health(race.km5.deviceid, status="ONLINE", battery_percentage=15)
    watching.note("RUFUS answers again")
    back = [watching.alert(), watching.alert()]
    assert sorted(str(alert["kind"]) for alert in back) == ["back-online", "battery-low"]
    assert {alert["battery_percentage"] for alert in back} == {15}

    # A twin opens a session: named by its serial.
    state.create_session(race.finish_b.deviceid, "Finish line", now=datetime.now(UTC))
    opened = watching.alert()
    assert (opened["kind"], opened["session_alias"], opened["told_apart"]) == (
        "opened",
        "Finish line",
        True,
    )
    assert opened["serial_number"] == "CB-1002"
    assert "[serial CB-1002]" in str(opened["text"])

    # A device that cannot be read: its session is not "closed elsewhere", and nothing is
    # said of it until it can be read again.
    km10 = race.timing.deviceid
    race.cloud.inject(
        Fault(FaultKind.ERROR_STATUS, "GET", f"/sessions/device/{km10}/active", times=3)
    )
    watching.note("could not read KM 10")
    watching.note("every device could be read again")
    assert watching.out.empty()

    # A hostile name, closed elsewhere: exact for a script, inert for a terminal.
    state.close_session(race.tokens["evil"])
    raw = watching.line()
    assert b"\x1b" not in raw and "\u202e".encode() not in raw
    closed = json.loads(raw)
    assert (closed["kind"], closed["device_alias"]) == ("closed-elsewhere", HOSTILE)
    assert "\\x1b" in str(closed["text"])

    after_a_listing(race.cloud)
    after_a_listing(race.cloud)
    assert watching.out.empty(), "an event said twice"

    code, rest = watching.interrupt()
    assert code == 130
    assert rest.endswith(b"rufus-console: interrupted\n")


def test_watch_says_a_live_session_fallen_silent_while_others_time(race: Race) -> None:
    """KM 5 timed 110 s ago (LIVE: within 2 min); KM 10 keeps timing. Silent after 2 min."""
    state = race.cloud.state
    now = datetime.now(UTC)
    state.record_passings(race.tokens["km5"], [now - timedelta(seconds=110)])
    state.record_passings(race.tokens["km10"], [now])
    watcher = Watcher(race.cloud, "--json", "--silent-after", "2")
    try:
        watcher.note("watching the account")
        keep_timing = threading.Event()

        def timing() -> None:
            while not keep_timing.wait(0.5):
                state.record_passings(race.tokens["km10"], [datetime.now(UTC)])

        threading.Thread(target=timing, daemon=True).start()
        silent = watcher.alert()
        keep_timing.set()
        assert (silent["kind"], silent["token_session"]) == ("silent", race.tokens["km5"])
        assert "no passing for 2 min" in str(silent["text"])
        assert watcher.interrupt()[0] == 130
    finally:
        watcher.stop()


def test_a_refused_key_ends_the_watch_at_once(race: Race) -> None:
    done = subprocess.run(
        [CONSOLE, "--base-url", race.cloud.url, "watch", "--interval", "0.2"],
        capture_output=True,
        text=True,
        env=quiet_environment(RUFUS_API_KEY="ror-00000000000000000000"),
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines()[-1].startswith("rufus-console: ")


def test_a_line_names_the_device_its_serial_when_needed_and_escapes_what_it_quotes() -> None:
    at = datetime(2026, 5, 10, 8, 2, 3, tzinfo=UTC)
    device = Device("D1", alias=HOSTILE, serial_number="CB-6666", status="OFFLINE")
    entry = OpenSession(Session("2A19294B" * 8, alias="Half\u202e"), device)
    line = alert_line(Alert(AlertKind.OFFLINE, at, entry, device, told_apart=True))
    assert "OFFLINE" in line
    assert "Evil\\x1b[2J\\u202eKM [serial CB-6666] went OFFLINE" in line
    assert "“Half\\u202e” (2A1929…294B)" in line
    assert line.isprintable()
