"""A session's passings saved to a CSV file, streamed a page at a time.

One file per session, `<date>_<device>_<session>_<token>.csv` (the local date the session
opened, the device's and session's names made safe for any file system, the token's first
eight characters), in the passings folder unless the caller names the file. One header row
(`COLUMNS`), then one row per passing with every field RUFUS sent: times in ISO 8601 UTC,
text neutralised by `safe_cell`, fields RUFUS does not document as JSON in `other_fields`.

The file is complete or it is not there: it is written under a temporary name and renamed
only once every page is in and the number of passings is the one the session reports. When
the number differs, `save_passings` raises `PassingsIncomplete` (a caller cannot take it for
success) and keeps what it read beside the final name, as `…-INCOMPLETE.csv`; any other
failure (RUFUS, the disk, a progress callback that raises to stop) leaves no file at all.

A file named here never replaces another: when the name is taken (the same session saved
again, or two sessions whose names, date and first token characters agree), a longer part
of the token, then a counter, tells them apart. Passings that arrive after a file was saved
(between the save and the close) are added to its end by `append_passings`.
"""

from __future__ import annotations

import csv
import json
import os
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.display import in_local_zone, iso_utc
from app.places import passings_folder
from app.records.csv_file import MACHINE, AtomicCsv, CsvStyle
from app.records.csv_safe import safe_cell
from app.records.passings_errors import NotSavedBecause, PassingsIncomplete, PassingsNotSaved
from app.rufus.models import OpenSession, Passing

#: The header row: RUFUS's field names, most useful first, and fields it does not document.
COLUMNS = (
    "num_passing",
    "timestamp",
    "bib",
    "chip",
    "participant_id",
    "gender",
    "status",
    "timezone",
    "latitude",
    "longitude",
    "deviceid",
    "token_session",
    "other_fields",
)
INCOMPLETE_SUFFIX = "-INCOMPLETE"

#: Characters no file name may hold on Windows, macOS or Linux.
_FORBIDDEN = frozenset('/\\:*?"<>|')
#: Controls, bidi and zero-width characters, separators, private-use and unassigned ones.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
#: Bounds per name part: with the date, the token and the separators a file name stays under
#: 255 bytes, the limit of every common file system, even with "-INCOMPLETE" added.
_PART_CHARACTERS = 60
_PART_BYTES = 100


@dataclass(frozen=True)
class SavedPassings:
    """A complete passings file."""

    path: Path
    count: int
    #: The count the session reported, which `count` matched; None when RUFUS did not say,
    #: so that nothing could be checked.
    expected: int | None
    #: The highest num_passing in the file: passings after it are the ones to add later.
    last_number: int | None = None
    #: Its cells' separator: what passings added later are written with.
    delimiter: str = ","


def save_passings(
    pages: Iterable[Sequence[Passing]],
    entry: OpenSession,
    *,
    folder: Path | None = None,
    path: Path | None = None,
    progress: Callable[[int], None] | None = None,
    stop: threading.Event | None = None,
    style: CsvStyle = MACHINE,
) -> SavedPassings:
    """Streams `pages` (normally `client.passing_pages(entry.token)`) into one CSV file.

    `path` names the file (replacing one of that name: the official chose it); otherwise it
    goes in `folder` (default: the passings folder, created if needed) under
    `passings_file_name(entry)`, or a longer name when that one is taken: never over
    another file. The count written is checked against `entry.session.passings`.
    `progress(count)` is called after each page with the passings written so far; `stop`,
    when set, ends the export at the next page with PassingsNotSaved. `style` lays the file
    out for a spreadsheet (app.records.csv_file.CsvStyle); the default is for scripts.

    Raises PassingsIncomplete when the counts differ, PassingsNotSaved when the disk fails,
    and the client's RufusError when RUFUS does.
    """
    named = path is not None
    if path is None:
        folder = folder or passings_folder()
        path = folder / passings_file_name(entry)
        _make_folder(folder)
    expected = entry.session.passings
    last_number: int | None = None
    try:
        with AtomicCsv(path.parent, delimiter=style.delimiter) as out:
            out.row(style.header_row(COLUMNS))
            written = 0
            for page in pages:
                if stop is not None and stop.is_set():
                    raise PassingsNotSaved(
                        "Saving the passings was stopped; no file was kept.",
                        because=NotSavedBecause.STOPPED,
                    )
                out.text_rows([passing_row(passing) for passing in page])
                written += len(page)
                last_number = _highest(page, last_number)
                if progress is not None:
                    progress(written)
            if expected is not None and written != expected:
                partial = (
                    out.commit(_incomplete_path(path))
                    if named
                    else out.commit_new(map(_incomplete_path, _free_names(path.parent, entry)))
                )
                raise PassingsIncomplete(
                    _incomplete_message(written, expected),
                    partial_path=partial,
                    written=written,
                    reported=expected,
                )
            if named:
                out.commit(path)
            else:
                path = out.commit_new(_free_names(path.parent, entry))
    except OSError as error:
        raise PassingsNotSaved(
            f"The passings could not be saved in {path.parent}: {error.strerror or error}. "
            "Check that the folder exists and is writable, that the disk is not full, and "
            "that the file is not open in a spreadsheet.",
            because=NotSavedBecause.WRITE,
            place=path.parent,
            detail=error.strerror or error,
        ) from error
    return SavedPassings(path, written, expected, last_number, style.delimiter)


def append_passings(saved: SavedPassings, pages: Iterable[Sequence[Passing]]) -> SavedPassings:
    """Adds passings to the end of a saved file (those that arrived after it was saved,
    read with `client.passings_range(token, saved.last_number + 1)`); returns the file as it
    is now. Each page is on the disk before the next is read. Raises PassingsNotSaved when
    the disk fails (the rows already added stay: each is a whole passing) and the client's
    RufusError when RUFUS does."""
    count, last_number = saved.count, saved.last_number
    try:
        # Plain UTF-8: the byte-order mark is at the start of the file already.
        with saved.path.open("a", encoding="utf-8", newline="") as file:
            writer = csv.writer(file, delimiter=saved.delimiter)
            for page in pages:
                writer.writerows(passing_row(passing) for passing in page)
                file.flush()
                os.fsync(file.fileno())
                count += len(page)
                last_number = _highest(page, last_number)
    except OSError as error:
        raise PassingsNotSaved(
            f"Passings could not be added to {saved.path}: {error.strerror or error}.",
            because=NotSavedBecause.WRITE,
            place=saved.path.parent,
            detail=error.strerror or error,
        ) from error
    return SavedPassings(saved.path, count, saved.expected, last_number, saved.delimiter)


def _highest(page: Sequence[Passing], highest: int | None) -> int | None:
    numbers = [p.num_passing for p in page if p.num_passing is not None]
    if highest is not None:
        numbers.append(highest)
    return max(numbers, default=None)


def passing_row(passing: Passing) -> list[str]:
    """One passing as the cells of a row, in `COLUMNS` order, already made safe."""
    return [
        safe_cell(passing.num_passing),
        _time_cell(passing),
        safe_cell(passing.bib),
        safe_cell(passing.chip),
        safe_cell(passing.participant_id),
        safe_cell(passing.gender),
        safe_cell(passing.status),
        safe_cell(passing.timezone),
        safe_cell(passing.latitude),
        safe_cell(passing.longitude),
        safe_cell(passing.deviceid),
        safe_cell(passing.token_session),
        safe_cell(_other_fields(passing)),
    ]


def passings_file_name(entry: OpenSession) -> str:
    """`<date>_<device>_<session>_<token>.csv`, safe on Windows, macOS and Linux."""
    session, device = entry.session, entry.device
    opened = in_local_zone(session.creation_date) if session.creation_date else None
    date = opened.strftime("%Y-%m-%d") if opened else "undated"
    device_name = device.alias or device.serial_number or device.deviceid[:8]
    parts = (
        date,
        safe_name_part(device_name, fallback="device"),
        safe_name_part(session.alias, fallback="session"),
        safe_name_part(session.token_session[:8], fallback="token"),
    )
    return "_".join(parts) + ".csv"


#: How many numbered names are tried after the longer tokens, before giving up.
_MOST_COUNTED_NAMES = 999


def _free_names(folder: Path, entry: OpenSession) -> Iterator[Path]:
    """The names a new file of this session may take, first choice first: the usual one,
    then with more of the token (two sessions whose first 8 characters agree), then
    numbered (the same session saved again)."""
    usual = passings_file_name(entry)
    yield folder / usual
    stem = usual.removesuffix(".csv")
    short = safe_name_part(entry.session.token_session[:8], fallback="token")
    for length in (16, 32):
        longer = safe_name_part(entry.session.token_session[:length], fallback="token")
        if longer != short:
            yield folder / (stem.removesuffix(short) + longer + ".csv")
    for number in range(2, _MOST_COUNTED_NAMES + 2):
        yield folder / f"{stem}-{number}.csv"


def safe_name_part(text: str, *, fallback: str) -> str:
    """Text from a device, fit to be part of a file name anywhere: no path separators, no
    characters Windows refuses, no controls or bidi overrides (each becomes `_`), no leading
    or trailing dots or spaces, and at most 60 characters and 100 bytes."""
    cleaned = "".join(
        "_" if c in _FORBIDDEN or unicodedata.category(c) in _HIDDEN_CATEGORIES else c
        for c in unicodedata.normalize("NFC", text)
    )
    cleaned = " ".join(cleaned.split())  # any run of spaces becomes one
    while "__" in cleaned:
        cleaned = cleaned.replace("__", "_")
    cleaned = cleaned[:_PART_CHARACTERS]
    while len(cleaned.encode("utf-8")) > _PART_BYTES:
        cleaned = cleaned[:-1]
    return cleaned.strip(" ._") or fallback


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PassingsNotSaved(
            f"The passings folder {folder} could not be created: {error.strerror or error}.",
            because=NotSavedBecause.FOLDER,
            place=folder,
            detail=error.strerror or error,
        ) from error


def _incomplete_path(path: Path) -> Path:
    return path.with_name(path.stem + INCOMPLETE_SUFFIX + path.suffix)


def _incomplete_message(written: int, expected: int) -> str:
    return (
        f"The passings file is INCOMPLETE: RUFUS counts {expected} passings in this session "
        f"but sent {written}. If the session is still receiving passings, save it again; "
        "otherwise try again later."
    )


def _time_cell(passing: Passing) -> str:
    moment = passing.timestamp
    if moment is None:  # kept as RUFUS sent it
        return safe_cell(passing.timestamp_text or None)
    return iso_utc(moment)


def _other_fields(passing: Passing) -> str | None:
    if not passing.other:
        return None
    fields = (f"{json.dumps(name, ensure_ascii=False)}: {value}" for name, value in passing.other)
    return "{" + ", ".join(fields) + "}"
