"""The command line end to end: real processes, a simulated cloud in another process."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.__main__ import main
from app.demo import CloudState, DemoCloud, Fault, FaultKind, Generation
from app.demo.faults import Shape
from app.records.close_record import Outcome
from app.records.history import CloseHistory
from tests.conftest import MemoryKeyring, interruptible_children, wait_until

CONSOLE = str(Path(sys.executable).with_name("rufus-console"))


@dataclass
class ServerProcess:
    url: str
    keys: dict[str, str]
    process: subprocess.Popen[str]


def quiet_environment(**extra: str) -> dict[str, str]:
    """No real keyring and no inherited key for the child processes."""
    env = {k: v for k, v in os.environ.items() if k != "RUFUS_API_KEY"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.update(extra)
    return env


@pytest.fixture
def server() -> Iterator[ServerProcess]:
    process = subprocess.Popen(
        [CONSOLE, "demo-server", "--port", "0", "--generation", "g1", "--devices", "12"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=quiet_environment(),
    )
    assert process.stdout is not None
    banner = []
    for line in process.stdout:
        banner.append(line)
        if line.startswith("Press Ctrl+C"):
            break
    text = "".join(banner)
    url = re.search(r"at (http://127\.0\.0\.1:\d+/v0)", text)
    keys = dict(re.findall(r"^  (READ_WRITE|READ|WRITE)\s+(ror-[0-9a-f]{20})$", text, re.M))
    assert url, text
    yield ServerProcess(url.group(1), keys, process)
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=10)  # reads and closes both pipes
    assert process.returncode == 0


def console(
    *args: str, key: str | None = None, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    if key is not None:
        env["RUFUS_API_KEY"] = key
    return subprocess.run(
        [CONSOLE, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=quiet_environment(**env),
        timeout=60,
        check=False,
    )


def listed(server: ServerProcess) -> list[dict[str, object]]:
    done = console("--base-url", server.url, "sessions", "--json", key=server.keys["READ_WRITE"])
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, object]] = json.loads(done.stdout)
    return rows


def test_demo_server_prints_its_address_and_keys(server: ServerProcess) -> None:
    assert set(server.keys) == {"READ_WRITE", "READ", "WRITE"}


def test_sessions_json_lists_the_open_sessions(server: ServerProcess) -> None:
    rows = listed(server)
    assert len(rows) == 9
    for row in rows:
        assert {"token_session", "alias", "deviceid", "device_alias", "passings"} <= set(row)
        assert {"creation_date", "last"} <= set(row)
    assert {row["device_alias"] for row in rows} >= {"Start / Finish", "Finish", "KM 30"}
    assert sorted(str(r["alias"]) for r in rows).count("MARATHON 42K") == 4


def test_sessions_table_names_devices_and_counts(server: ServerProcess) -> None:
    done = console("sessions", "--base-url", server.url, key=server.keys["READ"])
    assert done.returncode == 0, done.stderr
    assert "Judge — Marta" in done.stdout
    assert done.stdout.rstrip().endswith("9 open sessions on 12 devices")


def test_close_with_yes_closes_and_the_session_leaves_the_list(server: ServerProcess) -> None:
    token = str(listed(server)[0]["token_session"])

    done = console("--base-url", server.url, "close", token, "--yes", key=server.keys["READ_WRITE"])

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Closed: “MARATHON 42K”")
    assert token not in {r["token_session"] for r in listed(server)}
    again = console(
        "--base-url", server.url, "close", token, "--yes", key=server.keys["READ_WRITE"]
    )
    assert again.returncode == 0
    assert again.stdout.startswith("Already closed")


def test_close_without_a_terminal_asks_for_yes_and_closes_nothing(server: ServerProcess) -> None:
    token = str(listed(server)[0]["token_session"])
    done = console("--base-url", server.url, "close", token, key=server.keys["READ_WRITE"])
    assert done.returncode == 1
    assert done.stderr == (
        "rufus-console: not closing: no terminal to confirm on. Add --yes to close without "
        "asking.\n"
    )
    assert token in {r["token_session"] for r in listed(server)}


def run_on_terminal(args: list[str], answer: bytes, env: dict[str, str]) -> tuple[int, str]:
    """Runs the console with a pseudo-terminal as stdin/stdout and answers its question."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [CONSOLE, *args], stdin=terminal, stdout=terminal, stderr=terminal, env=env
    )
    os.close(terminal)
    output = b""
    answered = False
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
        if not answered and b"Type '" in output:
            os.write(controller, answer)
            answered = True
    os.close(controller)
    return process.wait(timeout=30), output.decode()


@pytest.mark.parametrize(
    ("answer", "closes"),
    [
        (b"yes\n", True),
        (b"\n", False),
        (b"no\n", False),
        (b"y\n", False),
        (b"Y\n", False),
        (b" yes \n", False),
        (b"YES\n", False),
    ],
)
def test_close_on_a_terminal_names_the_session_and_takes_only_yes(
    server: ServerProcess, answer: bytes, closes: bool
) -> None:
    row = listed(server)[0]
    token = str(row["token_session"])
    env = quiet_environment(RUFUS_API_KEY=server.keys["READ_WRITE"])

    code, output = run_on_terminal(["--base-url", server.url, "close", token], answer, env)

    assert "Close this session?" in output
    assert "session   MARATHON 42K" in output
    assert "device    Start / Finish — CloudBox" in output
    assert f"passings  {row['passings']}" in output
    assert "serial    CB-" in output
    assert "cannot be undone" in output
    still_open = token in {r["token_session"] for r in listed(server)}
    assert still_open is not closes
    assert code == (0 if closes else 1)


def test_a_read_key_is_refused_before_asking(server: ServerProcess) -> None:
    token = str(listed(server)[0]["token_session"])
    done = console("--base-url", server.url, "close", token, "--yes", key=server.keys["READ"])
    assert done.returncode == 1
    assert done.stderr.startswith(
        "rufus-console: this key can list sessions but not close them (it is READ-only)"
    )
    assert len(done.stderr.splitlines()) == 1
    assert token in {r["token_session"] for r in listed(server)}


def test_a_write_key_says_the_read_before_the_close_was_refused(server: ServerProcess) -> None:
    token = str(listed(server)[0]["token_session"])
    done = console("--base-url", server.url, "close", token, "--yes", key=server.keys["WRITE"])
    assert done.returncode == 1
    assert done.stderr.startswith(
        "rufus-console: RUFUS refused to read the sessions before closing (HTTP 403)"
    )
    assert "Closing needs a READ_WRITE key" in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_verbose_logs_never_show_the_key(server: ServerProcess) -> None:
    key = server.keys["READ_WRITE"]
    done = console("-v", "--base-url", server.url, "sessions", key=key)
    assert done.returncode == 0
    assert "GET /devices" in done.stderr
    assert key not in done.stderr + done.stdout


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--base-url", "ftp://x", "sessions"], 1, "must start with https://"),
        (["--base-url", "http://example.com/v0", "sessions"], 1, "not encrypted"),
        (["sessions"], 1, "No API key"),
        (["frobnicate"], 2, "invalid choice"),
        (["demo-server", "--port", "http"], 2, "not a whole number"),
        (["demo-server", "--latency-ms", "-3"], 2, "must be 0 or more"),
        (["close"], 2, "required: TOKEN"),
        (["--base-url", "http://example.com/v0"], 2, "not encrypted"),  # the window's check
    ],
)
def test_bad_input_gets_one_clear_line_and_no_traceback(
    args: list[str], code: int, words: str
) -> None:
    done = console(*args)
    assert done.returncode == code
    assert words in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith("rufus-console: ")


def test_no_key_in_a_keyring_less_system_says_what_to_do() -> None:
    done = console("sessions")
    assert "no system keyring" in done.stderr
    assert "RUFUS_API_KEY" in done.stderr


def test_nobody_listening_is_one_line() -> None:
    with DemoCloud() as cloud:
        url, key = cloud.url, cloud.read_write_key
    done = console("--base-url", url, "sessions", key=key)
    assert done.returncode == 1
    assert done.stderr.startswith("rufus-console: Could not connect to RUFUS at 127.0.0.1:")
    assert len(done.stderr.splitlines()) == 1


def test_version() -> None:
    from app import __version__

    done = console("--version")
    assert done.stdout.strip() == f"rufus-console {__version__}"


def test_demo_flag_lists_the_built_in_cloud() -> None:
    done = console("--demo", "sessions")
    assert done.returncode == 0, done.stderr
    assert "DEMO — simulated RUFUS cloud" in done.stderr
    assert "16 open sessions on 19 devices" in done.stdout


def test_an_incomplete_list_says_so_and_exits_3() -> None:
    with DemoCloud() as cloud:
        victim = cloud.state.open_sessions()[0]
        from app.demo import Fault, FaultKind

        cloud.inject(
            Fault(
                FaultKind.ERROR_STATUS,
                "GET",
                f"/sessions/device/{victim.deviceid}/active",
                times=None,
            )
        )
        done = console("--base-url", cloud.url, "sessions", key=cloud.read_write_key)
    assert done.returncode == 3
    assert "INCOMPLETE" in done.stderr
    assert "could not read Start / Finish: RUFUS had a problem answering (HTTP 500)" in done.stderr


# -- the key command, in-process with the in-memory keyring ------------------------------------


def run_main(
    args: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = ""
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    code = main(args)
    return code, out.getvalue(), err.getvalue()


def test_key_set_checks_the_key_then_stores_it(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    with DemoCloud() as cloud:
        code, out, _ = run_main(
            ["--base-url", cloud.url, "key", "set"], monkeypatch, cloud.read_write_key + "\n"
        )
        assert code == 0
        assert "stored in the system keyring" in out
        assert list(memory_keyring.passwords.values()) == [cloud.read_write_key]

        code, out, _ = run_main(["--base-url", cloud.url, "sessions", "--json"], monkeypatch)
        assert code == 0
        assert len(json.loads(out)) == 9

        code, out, _ = run_main(["key", "forget"], monkeypatch)
        assert code == 0
        assert memory_keyring.passwords == {}


def test_key_set_refuses_a_key_rufus_does_not_know(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    with DemoCloud() as cloud:
        code, _, err = run_main(
            ["--base-url", cloud.url, "key", "set"], monkeypatch, "ror-00000000000000000000\n"
        )
    assert code == 1
    assert "does not recognise this API key" in err
    assert memory_keyring.passwords == {}


def test_key_status_names_the_source(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    code, out, _ = run_main(["key", "status"], monkeypatch)
    assert (code, out) == (1, "Nothing is stored in the system keyring yet.\n")
    monkeypatch.setenv("RUFUS_API_KEY", "ror-x")
    code, out, _ = run_main(["key", "status"], monkeypatch)
    assert (code, out) == (0, "The API key comes from the RUFUS_API_KEY variable.\n")


# -- issue 9: never wrong about a session ---------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", "/v1", "/api/v0"])
def test_a_wrong_server_address_is_never_an_empty_account(suffix: str) -> None:
    with DemoCloud() as cloud:
        root = cloud.url.removesuffix("/v0")
        done = console("--base-url", root + suffix, "sessions", key=cloud.read_write_key)
        closing = console(
            "--base-url", root + suffix, "close", "A" * 64, "--yes", key=cloud.read_write_key
        )
    for result in (done, closing):
        assert result.returncode == 1
        assert result.stderr == (
            "rufus-console: RUFUS answered 404 for the device list: check the server "
            "address; it normally ends in /v0.\n"
        )
        assert result.stdout == ""


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:70000/v0", "http://127.0.0.1:0/v0", "http://[::1/v0"]
)
def test_an_impossible_address_is_a_configuration_error_at_once(url: str) -> None:
    done = console("--base-url", url, "sessions", key="ror-00000000000000000000")
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1
    assert "Could not" not in done.stderr, "not a network error after retries"
    assert "not a valid web address" in done.stderr or "port 0" in done.stderr


HOSTILE = "KM\x1b[2J 10\r\nFAKE ROW\t\u202eevil\u200b"


def hostile_cloud() -> DemoCloud:
    state = CloudState()
    now = datetime.now(UTC)
    device = state.bind_device(
        type="CUSTOM_CHRONO", model="Timing\x07Soft", serial_number="S\x1b1", alias=HOSTILE, now=now
    )
    state.create_session(device.deviceid, HOSTILE, now=now)
    return DemoCloud(state)


def test_text_from_the_cloud_never_drives_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    with hostile_cloud() as cloud:
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, _ = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
        token = cloud.state.open_sessions()[0].token_session
        closed, closed_out, _ = run_main(
            ["--base-url", cloud.url, "close", token, "--yes"], monkeypatch
        )
    assert (code, closed) == (0, 0)
    for text in (out, closed_out):
        assert not set(text) & {"\x1b", "\r", "\t", "\x07", "\u202e", "\u200b"}
        assert "KM\\x1b[2J 10\\x0d\\x0aFAKE ROW\\x09\\u202eevil\\u200b" in text
    assert len(out.splitlines()) == 3, "one header, one row, one count: no line split"
    assert closed_out.startswith("Closed: “KM\\x1b")


def test_the_confirmation_escapes_what_it_quotes() -> None:
    with hostile_cloud() as cloud:
        token = cloud.state.open_sessions()[0].token_session
        env = quiet_environment(RUFUS_API_KEY=cloud.read_write_key)
        code, output = run_on_terminal(["--base-url", cloud.url, "close", token], b"no\n", env)
    assert code == 1
    question = output.split("Close this session?")[1]
    assert "\x1b[2J" not in question and "\u202e" not in question
    assert "KM\\x1b[2J 10" in question


@pytest.mark.parametrize(
    ("shape", "generation", "words"),
    [
        (Shape.RESULT_OBJECT, Generation.G1, "the result is an object, not a list"),
        (Shape.RESULT_TEXT, Generation.G2, "the result is a text, not a list"),
        (Shape.RESULT_NUMBER, Generation.G1, "the result is a number, not a list"),
        (Shape.ITEMS_NOT_OBJECTS, Generation.G2, "an item is a text, not an object"),
        (Shape.ITEMS_WITHOUT_ID, Generation.G1, "an item without deviceid"),
        (Shape.TOTAL_TOO_LARGE, Generation.G2, "12 devices on its pages, 15 in its total"),
    ],
)
def test_a_device_list_of_the_wrong_shape_is_incomplete_not_shorter(
    monkeypatch: pytest.MonkeyPatch, shape: Shape, generation: Generation, words: str
) -> None:
    with DemoCloud(generation=generation) as cloud:
        cloud.inject(Fault(FaultKind.WRONG_SHAPE, "GET", "/devices", times=None, shape=shape))
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
        tries = len([r for r in cloud.requests("GET") if r.path == "/devices"])
    assert code == 3
    assert out == ""
    assert err.startswith(
        "rufus-console: the list is INCOMPLETE: RUFUS sent an answer the console cannot read "
        f"(the device list: {words})"
    )
    assert len(err.splitlines()) == 1
    assert tries == 3, "read again like a 5xx before giving up"


def test_a_wrong_shape_once_is_read_again_unnoticed(monkeypatch: pytest.MonkeyPatch) -> None:
    with DemoCloud() as cloud:
        cloud.inject(Fault(FaultKind.WRONG_SHAPE, "GET", "/devices", shape=Shape.RESULT_OBJECT))
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, _ = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
    assert code == 0
    assert out.rstrip().endswith("9 open sessions on 12 devices")


def test_an_unknown_outcome_has_its_own_exit_code_and_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("app.cli.commands.RECHECK_SCHEDULE", (0.0, 0.1))
    with DemoCloud() as cloud:
        token = cloud.state.open_sessions()[0].token_session
        # after=1: the key's rights probe (a PATCH for a token that cannot exist) goes first.
        cloud.inject(
            Fault(FaultKind.ERROR_STATUS, "PATCH", "/sessions/close/*", status=502, after=1)
        )
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(["--base-url", cloud.url, "close", token, "--yes"], monkeypatch)
        patches = len(cloud.requests("PATCH", f"/sessions/close/{token}"))
    assert code == 4
    assert out == ""
    assert err.startswith("rufus-console: OUTCOME UNKNOWN: “MARATHON 42K”")
    assert "RUFUS has not confirmed this close. It was still open at the last check." in err
    assert "still open; you can try again" not in err
    assert len(err.splitlines()) == 1, "no log line beside the outcome without -v"
    assert patches == 1


def test_a_close_confirmed_late_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.cli.commands.RECHECK_SCHEDULE", (0.0, 0.5, 1.5))
    with DemoCloud() as cloud:
        token = cloud.state.open_sessions()[0].token_session
        cloud.inject(
            Fault(FaultKind.RESET, "PATCH", "/sessions/close/*", effect_after_s=0.3, after=1)
        )
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(["--base-url", cloud.url, "close", token, "--yes"], monkeypatch)
    assert (code, err) == (0, "")
    assert out.startswith("Closed: “MARATHON 42K”")
    assert "confirmed" in out and "after the close request went unanswered" in out


def test_several_tokens_close_one_at_a_time_and_the_worst_outcome_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with DemoCloud() as cloud:
        first, second, third = (s.token_session for s in cloud.state.open_sessions()[:3])
        cloud.state.close_session(second)
        cloud.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", f"/sessions/close/{third}", status=409))
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(
            ["--base-url", cloud.url, "close", first, second, third, "--yes"], monkeypatch
        )
        history = CloseHistory().rows()
    assert code == 1
    assert out.startswith("Already closed:")
    assert "Closed: “" in out
    assert err.startswith("rufus-console: Not closed (refused; still open)")
    assert [row.outcome for row in history] == [Outcome.REFUSED, Outcome.CLOSED]


def test_ctrl_c_during_a_close_says_it_may_be_closed() -> None:
    with DemoCloud() as cloud:
        token = cloud.state.open_sessions()[0].token_session
        cloud.inject(Fault(FaultKind.SLOW, "PATCH", "/sessions/close/*", delay_s=30.0, after=1))
        with interruptible_children():
            process = subprocess.Popen(
                [CONSOLE, "--base-url", cloud.url, "close", token, "--yes"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=quiet_environment(RUFUS_API_KEY=cloud.read_write_key),
            )
        wait_until(lambda: cloud.requests("PATCH", f"/sessions/close/{token}"), timeout=30)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert out == ""
    assert err.startswith("rufus-console: interrupted while closing “MARATHON 42K”")
    assert "may have reached RUFUS, so the session may be closed" in err
    assert "rufus-console sessions" in err


# -- issue 11: race day at a glance on the command line ------------------------------------------


@pytest.mark.parametrize("generation", [Generation.G1, Generation.G2])
def test_sessions_show_classes_and_device_health(
    monkeypatch: pytest.MonkeyPatch, generation: Generation
) -> None:
    from app.demo.seed import DEMO_DEVICES

    with DemoCloud(generation=generation, devices=DEMO_DEVICES) as cloud:
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        _, everything, _ = run_main(["--base-url", cloud.url, "sessions", "--json"], monkeypatch)
        _, stale, _ = run_main(["--base-url", cloud.url, "sessions", "--stale"], monkeypatch)
        _, live, _ = run_main(
            ["--base-url", cloud.url, "sessions", "--live", "--json"], monkeypatch
        )
        opened = len(cloud.state.open_sessions())
    rows = json.loads(everything)
    assert len(rows) == opened
    for row in rows:
        assert {
            "serial_number",
            "device_status",
            "battery_percentage",
            "charging",
            "last_seen",
            "state_class",
        } <= set(row)
        assert row["state_class"] in ("live", "idle", "stale", "unused")
    old = next(row for row in rows if row["alias"] == "MARATHON 42K 2025")
    assert old["state_class"] == "stale"
    if generation is Generation.G2:
        assert (old["device_status"], old["battery_percentage"]) == ("OFFLINE", 4)
    else:
        assert (old["device_status"], old["battery_percentage"]) == (None, None)
    assert all(row["state_class"] == "live" for row in json.loads(live))
    assert json.loads(live)
    lines = stale.splitlines()
    assert "CLASS" in lines[0] and "SERIAL" in lines[0] and "BATTERY" in lines[0]
    assert len(lines) == 2 + 3, "a header, three stale sessions, the count"
    assert lines[-1].startswith(f"3 open sessions (of {opened}) on 19 devices")
    assert all("STALE" in line for line in lines[1:-1])


def test_live_and_stale_cannot_be_asked_together() -> None:
    done = console("sessions", "--live", "--stale")
    assert done.returncode == 2
    assert "not allowed with argument" in done.stderr
