"""Issue 25, cases 10, 13 and 15: a close another console is running is left alone; half an
emoji from a device is shown marked and stored safely; a read-only data folder is read, and
a close that cannot record its intent sends nothing."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from socket import gethostname

import pytest

from app.__main__ import main
from app.demo import CloudState, DemoCloud, Fault, FaultKind, Generation
from app.display import visible
from app.places import data_folder
from app.records.close_record import (
    BeingClosedElsewhere,
    CloseContext,
    CloseRecord,
    Outcome,
    Step,
)
from app.records.history import CloseHistory
from app.rufus.models import OpenSession
from app.sessions.closing import CloseService
from app.sessions.recheck import SETTLED_LATER
from tests.conftest import client_for, wait_until
from tests.test_close_records import CONSOLE, quiet_environment

# -- case 10: another console's close in flight -------------------------------------------------


def run_main(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    return main(args), out.getvalue(), err.getvalue()


@pytest.fixture
def other_console() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Consoles started in other processes, killed at the end whatever happened."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)


def test_a_close_another_console_is_running_is_left_alone(
    generation: Generation,
    monkeypatch: pytest.MonkeyPatch,
    other_console: list[subprocess.Popen[bytes]],
) -> None:
    """The fault hunt's case: a second run read back a close the first still had in flight,
    told its official "it was not closed", and the first then closed it."""
    with DemoCloud(generation=generation) as cloud:
        token, other = (s.token_session for s in cloud.state.open_sessions()[:2])
        cloud.inject(Fault(FaultKind.SLOW, "PATCH", f"/sessions/close/{token}", delay_s=30))
        other_console.append(
            subprocess.Popen(
                [CONSOLE, "--base-url", cloud.url, "close", token, "--yes"],
                env=quiet_environment(cloud.read_write_key),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_until(lambda: cloud.requests("PATCH", f"/sessions/close/{token}"), timeout=30)
        reads_before = len(cloud.requests("GET", f"/sessions/{token}"))
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)

        code, out, err = run_main(["--base-url", cloud.url, "close", other, "--yes"], monkeypatch)
        assert code == 0 and out.startswith("Closed: ")
        assert "is being closed by another window (or command) on this computer" in err
        assert "it was not closed" not in err
        assert len(cloud.requests("GET", f"/sessions/{token}")) == reads_before, "not read back"

        again, _, refused = run_main(
            ["--base-url", cloud.url, "close", token, "--yes"], monkeypatch
        )
        assert again == 1
        assert "Not closed (nothing was sent)" in refused
        assert "being closed by another window" in refused
        assert len(cloud.requests("PATCH", f"/sessions/close/{token}")) == 1, "never twice"
        outcomes = [(row.token, row.outcome) for row in CloseHistory().rows()]
        assert (token, None) in outcomes, "its own close is still to say how it ended"
        assert (token, Outcome.NOT_SENT) in outcomes


def test_the_window_gets_the_record_to_word(
    monkeypatch: pytest.MonkeyPatch, other_console: list[subprocess.Popen[bytes]]
) -> None:
    from app.sessions.closing import CloseService
    from tests.conftest import client_for

    with DemoCloud() as cloud:
        token = cloud.state.open_sessions()[0].token_session
        cloud.inject(Fault(FaultKind.SLOW, "PATCH", f"/sessions/close/{token}", delay_s=30))
        other_console.append(
            subprocess.Popen(
                [CONSOLE, "--base-url", cloud.url, "close", token, "--yes"],
                env=quiet_environment(cloud.read_write_key),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_until(lambda: cloud.requests("PATCH", f"/sessions/close/{token}"), timeout=30)
        service = CloseService(CloseHistory())
        with client_for(cloud) as client:
            found = service.settle_all(client, service.history.unfinished(cloud.url))
    assert found.settled == []
    [record] = found.elsewhere
    assert record.token == token and record.outcome is None
    assert isinstance(record.error, BeingClosedElsewhere)
    assert record.error.pid == other_console[0].pid


def test_a_stuck_consoles_close_is_settled_once_its_heartbeat_is_old(
    monkeypatch: pytest.MonkeyPatch, other_console: list[subprocess.Popen[bytes]]
) -> None:
    monkeypatch.setattr("app.records.history.HEARTBEAT_FRESH", timedelta(0))
    with DemoCloud() as cloud:
        token, other = (s.token_session for s in cloud.state.open_sessions()[:2])
        cloud.inject(Fault(FaultKind.SLOW, "PATCH", f"/sessions/close/{token}", delay_s=30))
        other_console.append(
            subprocess.Popen(
                [CONSOLE, "--base-url", cloud.url, "close", token, "--yes"],
                env=quiet_environment(cloud.read_write_key),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_until(lambda: cloud.requests("PATCH", f"/sessions/close/{token}"), timeout=30)
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, _, err = run_main(["--base-url", cloud.url, "close", other, "--yes"], monkeypatch)
    assert code == 0
    assert "An earlier close had no known outcome" in err


# -- case 13: half an emoji ------------------------------------------------------------------------

HALF = "HALF 21K \ud83c"  # the first half of 🏃 (U+1F3C3) alone


def emoji_cloud(generation: Generation) -> DemoCloud:
    state = CloudState()
    now = datetime.now(UTC)
    device = state.bind_device(
        type="CLOUDBOX", model="CloudBox", serial_number="CB-\udfc3", alias="Finish \ud83c", now=now
    )
    session = state.create_session(device.deviceid, HALF, now=now - timedelta(hours=1))
    assert session is not None
    state.load_passings(
        session.token_session, count=12, first=now - timedelta(minutes=50), last=now
    )
    return DemoCloud(state, generation=generation)


def run_strict(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    """As on a terminal: UTF-8 streams that refuse what cannot be encoded."""
    out, err = io.BytesIO(), io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="utf-8", write_through=True))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="utf-8", write_through=True))
    code = main(args)
    return code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


def test_half_an_emoji_is_shown_marked_and_stored_safely(
    generation: Generation, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with emoji_cloud(generation) as cloud:
        token = cloud.state.open_sessions()[0].token_session
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        base = ["--base-url", cloud.url]
        listed, table, _ = run_strict([*base, "sessions"], monkeypatch)
        as_json, document, _ = run_strict([*base, "sessions", "--json"], monkeypatch)
        closed, said, err = run_strict(
            [*base, "close", token, "--yes", "--save-passings", str(tmp_path)], monkeypatch
        )
        history, rows, _ = run_strict(["history"], monkeypatch)
        exported, _, _ = run_strict(["history", "--csv", str(tmp_path / "h.csv")], monkeypatch)

    assert (listed, as_json, closed, history, exported) == (0, 0, 0, 0, 0), err
    assert "HALF 21K \\ud83c" in table and "Finish \\ud83c" in table
    [row] = json.loads(document)
    assert (row["alias"], row["device_alias"]) == (HALF, "Finish \ud83c"), "as RUFUS sent it"
    assert said.startswith("Closed: “HALF 21K \\ud83c” on Finish \\ud83c")
    [saved] = [path for path in tmp_path.glob("*.csv") if path.name != "h.csv"]
    assert "_Finish_HALF 21K_" in saved.name, "half an emoji is no part of a file name"
    assert len(saved.read_text(encoding="utf-8-sig").splitlines()) == 13
    [recorded] = CloseHistory().rows()
    assert (recorded.session_alias, recorded.outcome) == ("HALF 21K \\ud83c", Outcome.CLOSED)
    assert "HALF 21K \\ud83c" in rows
    with (tmp_path / "h.csv").open(encoding="utf-8-sig", newline="") as file:
        [header, line] = list(csv.reader(file))
    assert line[header.index("device_serial")] == "CB-\\udfc3"


def test_the_window_shows_half_an_emoji_as_a_replacement_mark() -> None:
    assert visible(HALF, terminal=False) == "HALF 21K \ufffd"
    assert visible(HALF) == "HALF 21K \\ud83c"


# -- case 15: a read-only data folder --------------------------------------------------------------


def read_only_run(
    folder: Path, args: list[str], env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Runs the console with `folder` read-only: a read-only mount as root (permissions do
    not stop root), the folder's permissions otherwise."""
    command = [CONSOLE, *args]
    if os.geteuid() == 0:
        if shutil.which("unshare") is None:
            pytest.skip("needs unshare(1) to mount a folder read-only")
        command = [
            "unshare",
            "--mount",
            "sh",
            "-c",
            'mount --bind -o ro "$0" "$0" && exec "$@"',
            str(folder),
            *command,
        ]
        return subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=60, check=False
        )
    modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
    for path in modes:
        path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        return subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=60, check=False
        )
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def test_a_read_only_data_folder_is_read_and_closes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with DemoCloud() as cloud:
        first, second = (s.token_session for s in cloud.state.open_sessions()[:2])
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, _, _ = run_main(["--base-url", cloud.url, "close", first, "--yes"], monkeypatch)
        assert code == 0
        folder = data_folder()
        env = quiet_environment(cloud.read_write_key)
        asked = len(cloud.requests())

        history = read_only_run(folder, ["history"], env)
        closing = read_only_run(folder, ["--base-url", cloud.url, "close", second, "--yes"], env)

        assert (history.returncode, history.stderr) == (0, "")
        assert "closed" in history.stdout and "MARATHON 42K" in history.stdout
        assert closing.returncode == 1
        assert closing.stdout == ""
        assert closing.stderr.startswith("rufus-console: nothing was closed: the close history at")
        assert "cannot be written (Read-only file system)" in closing.stderr or (
            "cannot be written (" in closing.stderr
        )
        assert len(closing.stderr.splitlines()) == 1, "one line, no traceback"
        assert len(cloud.requests()) == asked, "nothing was sent"
        assert second in {s.token_session for s in cloud.state.open_sessions()}


def test_a_history_from_before_the_heartbeat_is_carried_on(tmp_path: Path) -> None:
    """A history written by the version before (schema 1) gains its new columns in place."""
    import sqlite3
    from dataclasses import replace as changed

    from app.records import history as module
    from app.records.close_record import CloseContext, CloseRecord, Step
    from app.rufus.models import Device, OpenSession, Session

    path = tmp_path / "close-history.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(module._CREATE)
    old.execute("PRAGMA user_version = 1")
    old.execute(
        "INSERT INTO closes (requested_at, token, outcome) VALUES (?, ?, ?)",
        ("2026-05-01T08:00:00.000Z", "OLD", "closed"),
    )
    old.commit()
    old.close()

    history = CloseHistory(path)
    entry = OpenSession(Session("NEW", alias="HALF"), Device("D1", alias="Finish"))
    context = CloseContext("https://example.invalid/v0", "test", "official", "laptop", "0")
    record = CloseRecord(entry, context, datetime.now(UTC), step=Step.SENDING)
    written = history.write_intent(record)
    history.write(changed(written, outcome=Outcome.CLOSED))

    assert [(row.token, row.outcome) for row in history.rows()] == [
        ("NEW", Outcome.CLOSED),
        ("OLD", Outcome.CLOSED),
    ]


# -- who holds a close, as the history tells it -------------------------------------------------


def intent_of(
    history: CloseHistory, entry: OpenSession, server: str, *, host: str | None = None
) -> CloseRecord:
    """A close in flight as a console (on `host`, this computer by default) wrote it."""
    context = CloseContext(server, "profile: finish line", "timer", host or gethostname(), "0.9")
    record = CloseRecord(
        entry,
        context,
        datetime(2031, 5, 4, 9, 0, tzinfo=UTC),
        step=Step.SENDING,
        statuses=("GET 200", "PATCH timeout"),
        reason="RUFUS did not answer within 10 s.",
        passings_file="/race/passings/finish.csv",
    )
    return history.write(record)


def held_by(history: CloseHistory, intent: CloseRecord, pid: int) -> None:
    """The intent as the process `pid` on this computer wrote it."""
    with contextlib.closing(sqlite3.connect(history.path)) as db, db:
        db.execute("UPDATE closes SET pid = ? WHERE id = ?", (pid, intent.record_id))


@pytest.fixture
def listed(cloud: DemoCloud) -> list[OpenSession]:
    with client_for(cloud) as client:
        return list(client.open_sessions().sessions)


def test_the_next_start_changes_only_what_it_learnt(
    cloud: DemoCloud, history: CloseHistory, listed: list[OpenSession]
) -> None:
    entry = listed[0]
    intent_of(history, entry, cloud.url)
    [before] = history.rows()
    cloud.state.close_session(entry.token)

    with client_for(cloud) as client:
        [settled] = CloseService(history).settle(client, history.unfinished(cloud.url))

    [after] = history.rows()
    assert settled.outcome is after.outcome is Outcome.CLOSED
    learnt = {"outcome", "finished_at", "statuses", "passings_confirmed", "last_passing_confirmed"}
    kept = {name: value for name, value in asdict(before).items() if name not in learnt}
    assert {name: getattr(after, name) for name in kept} == kept
    assert after.statuses == f"GET 200, PATCH timeout, GET 200, {SETTLED_LATER}"
    assert after.passings_confirmed == entry.session.passings
    assert after.last_passing_confirmed == entry.session.last


def test_an_unknown_outcome_another_computer_wrote_is_read_back(
    cloud: DemoCloud, history: CloseHistory, listed: list[OpenSession]
) -> None:
    """Its close ended (unknown is an outcome): nothing runs it any more, whoever wrote it."""
    entry = listed[0]
    intent = intent_of(history, entry, cloud.url, host="timing-tent-2")
    history.write(replace(intent, step=Step.DONE, outcome=Outcome.UNKNOWN))

    with client_for(cloud) as client:
        found = CloseService(history).settle_all(client, history.unfinished(cloud.url))

    assert found.elsewhere == []
    assert [(r.token, r.outcome) for r in found.settled] == [(entry.token, Outcome.STILL_OPEN)]


@pytest.fixture
def child() -> Iterator[subprocess.Popen[bytes]]:
    """Another process on this computer, standing in for a console that runs."""
    process = subprocess.Popen(["sleep", "60"])
    yield process
    process.kill()
    process.wait(timeout=10)


def test_asking_whether_another_console_runs_never_disturbs_it(
    cloud: DemoCloud,
    history: CloseHistory,
    listed: list[OpenSession],
    child: subprocess.Popen[bytes],
) -> None:
    held_by(history, intent_of(history, listed[0], cloud.url), child.pid)
    [row] = history.rows()

    holder = history.held_elsewhere(row)

    assert holder is not None and (holder.pid, holder.host) == (child.pid, gethostname())
    # Had the question sent it a signal that ends it, that signal would come first.
    child.terminate()
    assert child.wait(timeout=10) == -signal.SIGTERM


def test_a_close_whose_console_is_gone_is_read_back(
    cloud: DemoCloud, history: CloseHistory, listed: list[OpenSession]
) -> None:
    finished = subprocess.Popen(["true"])
    finished.wait(timeout=10)  # its process id now names nothing
    entry = listed[0]
    held_by(history, intent_of(history, entry, cloud.url), finished.pid)

    with client_for(cloud) as client:
        found = CloseService(history).settle_all(client, history.unfinished(cloud.url))

    assert found.elsewhere == []
    assert [(r.token, r.outcome) for r in found.settled] == [(entry.token, Outcome.STILL_OPEN)]


def test_a_history_that_is_not_a_database_is_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = CloseHistory().path
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database, but a file that happens to be there" * 100)

    code, out, err = run_main(["history"], monkeypatch)

    assert (code, out) == (1, "")
    assert err == (
        "rufus-console: the close history could not be read: the close history at "
        f"{path} failed: file is not a database\n"
    )


def test_a_history_that_cannot_be_made_closes_nothing_and_says_why(
    cloud: DemoCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = CloseHistory().path
    path.mkdir(parents=True)  # a folder where the file should be
    token = cloud.state.open_sessions()[0].token_session
    monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)

    code, out, err = run_main(["--base-url", cloud.url, "close", token, "--yes"], monkeypatch)

    assert (code, out) == (1, "")
    assert err == (
        f"rufus-console: nothing was closed: the close history at {visible(str(path))} cannot "
        "be written (Is a directory), and every close is recorded before it is sent. Make its "
        "folder writable (or free some disk space), then try again.\n"
    )
    assert cloud.requests() == []


def test_a_close_held_elsewhere_leaves_the_next_ones_to_be_read_back(
    cloud: DemoCloud,
    history: CloseHistory,
    listed: list[OpenSession],
    child: subprocess.Popen[bytes],
) -> None:
    held, other = listed[0], listed[1]
    held_by(history, intent_of(history, held, cloud.url), child.pid)
    intent_of(history, other, cloud.url)

    with client_for(cloud) as client:
        found = CloseService(history).settle_all(client, history.unfinished(cloud.url))

    assert [(r.token, getattr(r.error, "pid", None)) for r in found.elsewhere] == [
        (held.token, child.pid)
    ]
    assert [(r.token, r.outcome) for r in found.settled] == [(other.token, Outcome.STILL_OPEN)]


def test_a_close_this_console_has_queued_leaves_the_next_ones_to_be_read_back(
    cloud: DemoCloud, history: CloseHistory, listed: list[OpenSession]
) -> None:
    queued, other = listed[0], listed[1]
    intent_of(history, queued, cloud.url)
    intent_of(history, other, cloud.url)
    service = CloseService(history)
    service.accept([queued])

    with client_for(cloud) as client:
        found = service.settle_all(client, history.unfinished(cloud.url))

    assert found.elsewhere == []
    assert [(r.token, r.outcome) for r in found.settled] == [(other.token, Outcome.STILL_OPEN)]
    assert [row.token for row in history.unfinished(cloud.url)] == [queued.token]
