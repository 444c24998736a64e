"""The close history as a CSV file: every column of every row, newest first.

UTF-8 with a byte-order mark, one header row (the history's column names), times in ISO 8601
UTC, every cell neutralised by `safe_cell`. An attempt whose outcome was never known says
"interrupted" in `outcome`. Written under a temporary name and renamed once complete.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from app.display import iso_utc
from app.records.csv_file import MACHINE, AtomicCsv, CsvStyle
from app.records.history import HistoryRow

#: HistoryRow's fields, in order: the history's own columns.
COLUMNS = tuple(field.name for field in dataclasses.fields(HistoryRow))
#: What `outcome` says for an attempt whose outcome nobody saw.
INTERRUPTED = "interrupted"


def write_history_csv(rows: Iterable[HistoryRow], path: Path, style: CsvStyle = MACHINE) -> int:
    """Writes the rows to `path` (replacing it) and returns how many; raises OSError.

    Readable by its owner only, like the history itself: it says who closed what, where."""
    count = 0
    with AtomicCsv(path.parent, private=True, delimiter=style.delimiter) as out:
        out.row(style.header_row(COLUMNS))
        for row in rows:
            out.row(_cells(row))
            count += 1
        out.commit(path)
    return count


def _cells(row: HistoryRow) -> list[object]:
    cells: list[object] = []
    for name in COLUMNS:
        value = getattr(row, name)
        if isinstance(value, datetime):
            value = iso_utc(value)
        elif name == "outcome":
            value = value.value if value is not None else INTERRUPTED
        cells.append(value)
    return cells
