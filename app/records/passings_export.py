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
"""

from __future__ import annotations

import json
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from app.places import passings_folder
from app.records.csv_file import AtomicCsv
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


def save_passings(
    pages: Iterable[Sequence[Passing]],
    entry: OpenSession,
    *,
    folder: Path | None = None,
    path: Path | None = None,
    progress: Callable[[int], None] | None = None,
    stop: threading.Event | None = None,
) -> SavedPassings:
    """Streams `pages` (normally `client.passing_pages(entry.token)`) into one CSV file.

    `path` names the file; otherwise it goes in `folder` (default: the passings folder,
    created if needed) under `passings_file_name(entry)`, replacing an earlier file of the
    same session. The count written is checked against `entry.session.passings`.
    `progress(count)` is called after each page with the passings written so far; `stop`,
    when set, ends the export at the next page with PassingsNotSaved.

    Raises PassingsIncomplete when the counts differ, PassingsNotSaved when the disk fails,
    and the client's RufusError when RUFUS does.
    """
    if path is None:
        folder = folder or passings_folder()
        path = folder / passings_file_name(entry)
        _make_folder(folder)
    expected = entry.session.passings
    try:
        with AtomicCsv(path.parent) as out:
            out.row(COLUMNS)
            written = 0
            for page in pages:
                if stop is not None and stop.is_set():
                    raise PassingsNotSaved(
                        "Saving the passings was stopped; no file was kept.",
                        because=NotSavedBecause.STOPPED,
                    )
                out.text_rows([passing_row(passing) for passing in page])
                written += len(page)
                if progress is not None:
                    progress(written)
            if expected is not None and written != expected:
                partial = out.commit(_incomplete_path(path))
                raise PassingsIncomplete(
                    _incomplete_message(written, expected),
                    partial_path=partial,
                    written=written,
                    reported=expected,
                )
            out.commit(path)
    except OSError as error:
        raise PassingsNotSaved(
            f"The passings could not be saved in {path.parent}: {error.strerror or error}. "
            "Check that the folder exists and is writable, that the disk is not full, and "
            "that the file is not open in a spreadsheet.",
            because=NotSavedBecause.WRITE,
            place=path.parent,
            detail=error.strerror or error,
        ) from error
    return SavedPassings(path, written, expected)


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
    opened = session.creation_date
    date = opened.astimezone().strftime("%Y-%m-%d") if opened else "undated"
    device_name = device.alias or device.serial_number or device.deviceid[:8]
    parts = (
        date,
        safe_name_part(device_name, fallback="device"),
        safe_name_part(session.alias, fallback="session"),
        safe_name_part(session.token_session[:8], fallback="token"),
    )
    return "_".join(parts) + ".csv"


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
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _other_fields(passing: Passing) -> str | None:
    if not passing.other:
        return None
    fields = (f"{json.dumps(name, ensure_ascii=False)}: {value}" for name, value in passing.other)
    return "{" + ", ".join(fields) + "}"
