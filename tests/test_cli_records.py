"""The `passings` and `history` commands, in-process against the simulated cloud, with the
files they write opened back."""

from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.__main__ import main
from app.demo import DemoCloud, Generation
from app.records.csv_file import ENCODING
from app.records.history import CloseHistory
from tests.test_cli import run_main
from tests.test_history_csv import record
from tests.test_passings import timed_session


class TerminalErr(io.StringIO):
    """stderr as a terminal, for the progress line."""

    def isatty(self) -> bool:
        return True


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding=ENCODING, newline="") as file:
        return list(csv.reader(file))


def saved_path(out: str, count: int) -> Path:
    match = re.fullmatch(rf"{count} passings saved to (.+)\n", out)
    assert match, out
    return Path(match.group(1))


@pytest.fixture
def keyed(cloud: DemoCloud, monkeypatch: pytest.MonkeyPatch) -> DemoCloud:
    monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
    return cloud


# -- passings -------------------------------------------------------------------------------------


def test_passings_are_saved_in_the_passings_folder(
    keyed: DemoCloud, monkeypatch: pytest.MonkeyPatch, private_folders: Path
) -> None:
    token = timed_session(keyed, 5001, alias="HALF 21K", device_alias="Finish")

    code, out, err = run_main(["--base-url", keyed.url, "passings", token], monkeypatch)

    assert (code, err) == (0, "")  # no progress when stderr is not a terminal
    path = saved_path(out, 5001)
    assert path.parent == private_folders / "Documents" / "Rufus Console" / "passings"
    assert re.fullmatch(rf"\d{{4}}-\d\d-\d\d_Finish_HALF 21K_{token[:8]}\.csv", path.name)
    rows = read_csv(path)
    assert len(rows) == 5002
    assert rows[1][0] == "1" and rows[-1][0] == "5001"


def test_passings_go_to_the_file_named(
    keyed: DemoCloud, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    token = timed_session(keyed, 3)
    target = tmp_path / "finish\x1b[2J.csv"

    code, out, err = run_main(
        ["passings", token, "--csv", str(target), "--base-url", keyed.url], monkeypatch
    )

    assert (code, err) == (0, "")
    assert out == f"3 passings saved to {tmp_path}/finish\\x1b[2J.csv\n"  # escaped on screen
    assert [row[0] for row in read_csv(target)] == ["num_passing", "1", "2", "3"]


def test_progress_shows_on_a_terminal_only(
    keyed: DemoCloud, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    token = timed_session(keyed, 5001)
    err = TerminalErr()
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setattr(sys, "stderr", err)

    code = main(["--base-url", keyed.url, "passings", token, "--csv", str(tmp_path / "p.csv")])

    assert code == 0
    assert err.getvalue() == (
        "\r\x1b[2KSaving passings… 5000 of 5001\r\x1b[2KSaving passings… 5001 of 5001\r\x1b[2K"
    )


def test_an_unknown_token_fails_in_one_line(
    keyed: DemoCloud, monkeypatch: pytest.MonkeyPatch, private_folders: Path
) -> None:
    code, out, err = run_main(["--base-url", keyed.url, "passings", "0" * 64], monkeypatch)
    assert (code, out) == (1, "")
    assert err.startswith("rufus-console: RUFUS has no session with this token")
    assert err.count("\n") == 1
    assert not (private_folders / "Documents").exists()


def test_missing_passings_exit_3_and_keep_what_was_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with DemoCloud(generation=Generation.G1, passings_page_limit=1000) as cloud:
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        token = timed_session(cloud, 1500)
        target = tmp_path / "p.csv"
        code, out, err = run_main(
            ["--base-url", cloud.url, "passings", token, "--csv", str(target)], monkeypatch
        )
    partial = tmp_path / "p-INCOMPLETE.csv"
    assert (code, out) == (3, "")
    assert err == (
        "rufus-console: The passings file is INCOMPLETE: RUFUS counts 1500 passings in this "
        "session but sent 1000. If the session is still receiving passings, save it again; "
        f"otherwise try again later. What was read is in {partial}\n"
    )
    assert not target.exists()
    assert len(read_csv(partial)) == 1001


def test_a_session_without_passings_is_an_empty_file(
    keyed: DemoCloud, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    token = timed_session(keyed, 0, device_alias="KM 30")
    code, out, _ = run_main(
        ["--base-url", keyed.url, "passings", token, "--csv", str(tmp_path / "p.csv")], monkeypatch
    )
    assert code == 0
    assert out.startswith("0 passings saved to ")
    assert len(read_csv(tmp_path / "p.csv")) == 1


# -- history --------------------------------------------------------------------------------------


def test_an_empty_history(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_main(["history"], monkeypatch) == (0, "No close attempts recorded.\n", "")


def test_the_history_is_a_table_newest_first_with_hostile_text_escaped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    history = CloseHistory()
    history.write(record("MARATHON 42K", "Start / Finish"))
    history.write(record("\x1b[2JHALF", "Finish\u202e", minutes=5, outcome=None))

    code, out, err = run_main(["history"], monkeypatch)

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == [
        "WHEN",
        "OUTCOME",
        "SESSION",
        "DEVICE",
        "PASSINGS",
        "TOKEN",
        "REASON",
    ]
    assert "interrupted" in lines[1] and "\\x1b[2JHALF" in lines[1] and "Finish\\u202e" in lines[1]
    assert "closed" in lines[2] and "MARATHON 42K" in lines[2]
    assert lines[-1] == "2 close attempts"
    assert "\x1b" not in out and "\u202e" not in out


def test_history_since_a_local_date(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    history = CloseHistory()
    today = datetime.now(UTC)
    history.write(replace(record("OLD", "KM 5"), requested_at=today - timedelta(days=3)))
    history.write(replace(record("RECENT", "KM 5"), requested_at=today))
    since = f"{today.astimezone() - timedelta(days=1):%Y-%m-%d}"

    code, out, _ = run_main(["history", "--since", since], monkeypatch)

    assert code == 0
    assert "RECENT" in out and "OLD" not in out
    assert out.splitlines()[-1] == f"1 close attempt since {since}"

    target = tmp_path / "history.csv"
    code, out, _ = run_main(["history", "--csv", str(target), "--since", since], monkeypatch)
    assert (code, out) == (0, f"1 close attempt written to {target}\n")
    rows = read_csv(target)
    assert [row[rows[0].index("session_alias")] for row in rows[1:]] == ["RECENT"]


def test_history_to_csv_opens_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    history = CloseHistory()
    history.write(record("=cmd|' /C calc'!A0", "@SUM(1)"))
    target = tmp_path / "history.csv"

    code, out, _ = run_main(["history", "--csv", str(target)], monkeypatch)

    assert (code, out) == (0, f"1 close attempt written to {target}\n")
    header, row = read_csv(target)
    cells = dict(zip(header, row, strict=True))
    assert cells["session_alias"] == "'=cmd|' /C calc'!A0"
    assert cells["device_alias"] == "'@SUM(1)"
    assert cells["outcome"] == "closed"


def test_a_bad_date_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    with pytest.raises(SystemExit) as exited:
        main(["history", "--since", "10/05/2026"])
    assert exited.value.code == 2
    assert err.getvalue().startswith("rufus-console: argument --since: 10/05/2026 is not a date")


def test_a_broken_history_fails_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    path = CloseHistory().path
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database, but a file that happens to be there" * 100)

    code, out, err = run_main(["history"], monkeypatch)

    assert (code, out) == (1, "")
    assert err.startswith("rufus-console: the close history could not be read: ")
    assert err.count("\n") == 1
