"""The close history as a CSV file: every column back as written, nothing a spreadsheet runs."""

from __future__ import annotations

import csv
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.records.close_record import CloseContext, CloseRecord, Outcome
from app.records.csv_file import ENCODING
from app.records.csv_safe import safe_cell
from app.records.history import CloseHistory, HistoryRow
from app.records.history_csv import COLUMNS, write_history_csv
from app.rufus import Device, OpenSession, Session

REQUESTED = datetime(2026, 5, 10, 9, 30, 1, 250_000, tzinfo=UTC)
CONTEXT = CloseContext("https://api.runonrufus.com/v0", "keyring", "marta", "laptop-1", "1.4.0")


def record(
    alias: str,
    device_alias: str,
    *,
    minutes: int = 0,
    outcome: Outcome | None = Outcome.CLOSED,
    reason: str = "",
) -> CloseRecord:
    entry = OpenSession(
        Session(
            f"{minutes:02d}" + "A" * 62,
            alias=alias,
            creation_date=REQUESTED - timedelta(hours=2),
            passings=1843,
            last=REQUESTED - timedelta(seconds=40),
        ),
        Device("D" * 64, alias=device_alias, model="CloudBox", serial_number="CB-020277"),
    )
    requested = REQUESTED + timedelta(minutes=minutes)
    confirmed = replace_active(entry.session) if outcome is Outcome.CLOSED else None
    return CloseRecord(
        entry,
        CONTEXT,
        requested,
        outcome=outcome,
        finished_at=requested + timedelta(seconds=2) if outcome else None,
        statuses=("GET 200", "PATCH 200", "GET 200") if outcome else ("GET 200",),
        reason=reason,
        confirmed=confirmed,
        passings_file="/home/marta/Documents/Rufus Console/passings/x.csv" if outcome else None,
    )


def replace_active(session: Session) -> Session:
    return Session(
        session.token_session,
        alias=session.alias,
        active=False,
        passings=1844,
        last=REQUESTED - timedelta(seconds=1),
    )


def read_back(path: Path) -> list[dict[str, str]]:
    with path.open(encoding=ENCODING, newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == list(COLUMNS)
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]


def iso(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def expected_cells(row: HistoryRow) -> dict[str, str]:
    """What each cell must hold: the row's own value, as text, neutralised."""
    cells = {}
    for name in COLUMNS:
        value = getattr(row, name)
        if isinstance(value, datetime):
            cells[name] = iso(value.astimezone(UTC))
        elif name == "outcome":
            cells[name] = value.value if value else "interrupted"
        else:
            cells[name] = safe_cell(value)
    return cells


def test_every_column_of_every_row_comes_back(history: CloseHistory, tmp_path: Path) -> None:
    history.write(record("MARATHON 42K", "Start / Finish"))
    history.write(record("HALF 21K", "Finish", minutes=5, outcome=None))
    history.write(
        record("10K", "KM 5", minutes=9, outcome=Outcome.REFUSED, reason="RUFUS refused (403)")
    )
    rows = history.rows()
    path = tmp_path / "history.csv"

    assert write_history_csv(rows, path) == 3

    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    back = read_back(path)
    assert back == [expected_cells(row) for row in rows]
    assert [row["session_alias"] for row in back] == ["10K", "HALF 21K", "MARATHON 42K"]
    newest, interrupted, closed = back
    assert newest["outcome"] == "refused" and newest["reason"] == "RUFUS refused (403)"
    assert interrupted["outcome"] == "interrupted" and interrupted["finished_at"] == ""
    assert closed["requested_at"] == "2026-05-10T09:30:01.250Z"
    assert closed["passings_seen"] == "1843" and closed["passings_confirmed"] == "1844"
    assert closed["statuses"] == "GET 200, PATCH 200, GET 200"
    assert closed["token"] == "00" + "A" * 62
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # who closed what, where: owner only


@pytest.mark.parametrize(
    ("alias", "cell"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tTAB=1", "'\\x09TAB=1"),
        ("\r=1", "'\\x0d=1"),
        ("\x1b[2JFinish", "\\x1b[2JFinish"),
        ("\u202eHSINIF", "\\u202eHSINIF"),
    ],
)
def test_hostile_names_are_neutralised(
    history: CloseHistory, tmp_path: Path, alias: str, cell: str
) -> None:
    history.write(record(alias, alias))
    path = tmp_path / "history.csv"
    write_history_csv(history.rows(), path)
    (row,) = read_back(path)
    assert row["session_alias"] == cell
    assert row["device_alias"] == cell


def test_an_empty_history_is_a_header(history: CloseHistory, tmp_path: Path) -> None:
    path = tmp_path / "history.csv"
    assert write_history_csv(history.rows(), path) == 0
    assert read_back(path) == []


def test_a_failed_write_leaves_nothing(history: CloseHistory, tmp_path: Path) -> None:
    history.write(record("10K", "KM 5"))
    folder = tmp_path / "out"
    folder.mkdir()

    def rows_then_failure() -> Iterator[HistoryRow]:
        yield from history.rows()
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_history_csv(rows_then_failure(), folder / "history.csv")
    assert list(folder.iterdir()) == []
