"""`rufus-console tail TOKEN [--follow]`: the latest passings, oldest first, read from the tail
alone; new ones while following, until Ctrl+C; text from the device inert."""

from __future__ import annotations

import io
import re
import signal
import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from app.cli.tail import Stopped, print_tail
from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.passings import DemoPassing
from app.demo.state import CloudState
from app.rufus.errors import SessionNotFound
from tests.conftest import client_for, interruptible_children, wait_until
from tests.test_cli import CONSOLE, quiet_environment, run_main

NOW = datetime.now(UTC)


def session_with(count: int, *extra: DemoPassing) -> tuple[CloudState, str]:
    state = CloudState()
    now = datetime.now(UTC)
    device = state.bind_device(type="CLOUDBOX", model="CloudBox", serial_number="CB1", now=now)
    session = state.create_session(device.deviceid, "FINISH", now=now - timedelta(hours=2))
    assert session is not None
    token = session.token_session
    if count:
        state.load_passings(
            token, count=count, first=now - timedelta(hours=1), last=now - timedelta(seconds=5)
        )
    if extra:
        state.insert_passings(token, list(extra))
    return state, token


def numbers(out: str) -> list[int]:
    return [int(line.split()[0]) for line in out.splitlines()]


@pytest.mark.parametrize("generation", [Generation.G1, Generation.G2])
def test_tail_prints_the_latest_oldest_first_from_the_tail_alone(
    monkeypatch: pytest.MonkeyPatch, generation: Generation
) -> None:
    state, token = session_with(150_000)
    with DemoCloud(state, generation=generation) as cloud:
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(["--base-url", cloud.url, "tail", token, "-n", "5"], monkeypatch)
        asked = [(r.path, r.query) for r in cloud.requests("GET")]
    assert code == 0
    assert numbers(out) == [149_996, 149_997, 149_998, 149_999, 150_000]
    assert err.startswith("“FINISH” (")
    assert re.search(r"150000 passings, open, last passing \d+ s ago; the latest 5:\n$", err)
    assert asked == [
        (f"/sessions/{token}", ""),
        (f"/passings/session/{token}", "first=149996&page=1&limit=5000"),
    ]


def test_a_line_says_time_bib_chip_status_and_position() -> None:
    moment = datetime(2026, 5, 10, 8, 1, 2, 345_000, tzinfo=UTC)
    state, token = session_with(
        0,
        DemoPassing(
            1, moment, "1203", chip="E2801160AA", status="Sent", latitude=41.5, longitude=2.25
        ),
    )
    with DemoCloud(state) as cloud, client_for(cloud) as client:
        out, err = io.StringIO(), io.StringIO()
        print_tail(client, token, out, err)
    local = moment.astimezone()
    line = out.getvalue().rstrip("\n")
    assert line.split() == [
        "1",
        local.strftime("%Y-%m-%d"),
        local.strftime("%H:%M:%S") + ".345",
        line.split()[3],  # the zone, as the computer names it
        "bib",
        "1203",
        "chip",
        "E2801160AA",
        "Sent",
        "41.50000,2.25000",
    ]


def test_text_from_the_device_never_drives_the_terminal() -> None:
    hostile = DemoPassing(
        1, NOW, "\x1b[2J\x1b[31m12", chip="\u202eEVIL\x07", status="\r\nOK", latitude="0\x1b"
    )
    state, token = session_with(0, hostile)
    with DemoCloud(state) as cloud, client_for(cloud) as client:
        out, err = io.StringIO(), io.StringIO()
        print_tail(client, token, out, err)
    printed = out.getvalue()
    assert "\x1b" not in printed and "\u202e" not in printed and "\x07" not in printed
    assert printed.count("\n") == 1 and "\r" not in printed
    assert "bib \\x1b[2J\\x1b[31m12" in printed
    assert "chip \\u202eEVIL\\x07" in printed
    assert "\\x0d\\x0aOK" in printed


def test_an_unknown_token_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    state, _ = session_with(10)
    with DemoCloud(state) as cloud:
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(["--base-url", cloud.url, "tail", "F" * 64], monkeypatch)
    assert (code, out) == (1, "")
    assert err.startswith("rufus-console: RUFUS has no session with this token")
    assert err.count("\n") == 1


@pytest.mark.parametrize("arguments", [["-n", "0"], ["-n", "5001"], ["-f", "--every", "0.1"]])
def test_bounds_on_what_is_asked(arguments: list[str]) -> None:
    done = subprocess.run(
        [CONSOLE, "tail", "T", *arguments],
        capture_output=True,
        text=True,
        env=quiet_environment(),
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("rufus-console: argument")


def test_following_asks_only_for_what_is_new_and_carries_on_after_a_fault() -> None:
    state, token = session_with(300)
    calls = 0

    def wait(seconds: float) -> None:
        """Between polls: new passings arrive, a read fails once, and the official stops."""
        nonlocal calls
        calls += 1
        if calls == 1:
            state.record_passings(token, [datetime.now(UTC)] * 2)
        elif calls == 2:
            cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", "/passings/*"))
            state.record_passings(token, [datetime.now(UTC)])
        elif calls == 4:
            raise KeyboardInterrupt

    with DemoCloud(state) as cloud, client_for(cloud, retries=0) as client:
        out, err = io.StringIO(), io.StringIO()
        with pytest.raises(Stopped) as stopped:
            print_tail(client, token, out, err, lines=3, follow=True, wait=wait)
        firsts = [r.query.split("&")[0] for r in cloud.requests("GET", "/passings/")]
    assert numbers(out.getvalue()) == [298, 299, 300, 301, 302, 303]
    assert stopped.value.printed == 3
    assert firsts == ["first=298", "first=301", "first=303", "first=303"]
    assert "rufus-console: new passings could not be read:" in err.getvalue()
    assert "(asking again in 5 s)" in err.getvalue()


def test_following_ends_when_the_session_is_gone() -> None:
    state, token = session_with(20)
    with DemoCloud(state) as cloud, client_for(cloud) as client:
        device = state.devices()[0]

        def wait(seconds: float) -> None:
            state.unbind_device(device.deviceid)

        with pytest.raises(SessionNotFound):
            print_tail(client, token, io.StringIO(), io.StringIO(), follow=True, wait=wait)


def test_ctrl_c_ends_follow_with_the_interrupted_code() -> None:
    state, token = session_with(50)
    with DemoCloud(state) as cloud:
        with interruptible_children():
            follow = ["tail", token, "-n", "2", "-f", "--every", "0.5"]
            process = subprocess.Popen(
                [CONSOLE, "--base-url", cloud.url, *follow],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=quiet_environment(RUFUS_API_KEY=cloud.read_write_key),
            )
        assert process.stdout is not None
        first_lines = [process.stdout.readline(), process.stdout.readline()]
        state.insert_passings(token, [DemoPassing(51, datetime.now(UTC), "4242")])
        arrived = process.stdout.readline()
        process.send_signal(signal.SIGINT)
        rest, err = process.communicate(timeout=30)
        wait_until(lambda: process.returncode is not None)
    assert numbers("".join(first_lines)) == [49, 50]
    assert "bib 4242" in arrived
    assert rest == ""
    assert process.returncode == 130
    assert err.splitlines()[-1] == "rufus-console: stopped following; 1 new passings were printed"
    assert "Traceback" not in err
