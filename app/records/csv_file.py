"""A CSV file that appears under its name only once it is complete.

Written as UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local code page)
and Excel's own line ends, under a temporary name in the destination folder; `commit` syncs it
to the disk and renames it in one step, so a reader, a crash or a full disk never leaves half
a file under the final name. Cells go through `safe_cell`.
"""

from __future__ import annotations

import contextlib
import csv
import os
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from app.records.csv_safe import safe_cell

ENCODING = "utf-8-sig"
#: Enough for a page of passings in a few writes.
_BUFFER = 1 << 16


@dataclass(frozen=True)
class CsvStyle:
    """How a CSV file is laid out for whoever opens it. The command line's files keep the
    machine's style (commas, RUFUS's field names): scripts read them. The window writes for a
    spreadsheet in the official's language: a semicolon where the decimal separator is a
    comma (otherwise the whole row lands in one column), and headers in that language."""

    delimiter: str = ","
    #: A header for each field name; a name missing here is its own header.
    headers: Mapping[str, str] = field(default_factory=dict)

    def header_row(self, names: Iterable[str]) -> list[str]:
        return [self.headers.get(name, name) for name in names]


#: Commas and field names: stable for scripts.
MACHINE = CsvStyle()


class AtomicCsv:
    """`with AtomicCsv(folder) as out: out.row(...); out.commit(path)`; without a commit, or
    on an error, the temporary file is removed.

    A private file is readable by its owner only; otherwise the user's umask decides, as for
    any file a program saves."""

    def __init__(self, folder: Path, *, private: bool = False, delimiter: str = ",") -> None:
        descriptor, self.temporary = _new_file(folder, 0o600 if private else 0o666)
        self._file = open(  # noqa: SIM115 - closed by commit() or discard()
            descriptor, "w", encoding=ENCODING, newline="", buffering=_BUFFER
        )
        self._writer = csv.writer(self._file, delimiter=delimiter)
        self._done = False

    def row(self, cells: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(cell) for cell in cells])

    def text_rows(self, rows: Iterable[list[str]]) -> None:
        """Rows whose cells already went through `safe_cell`."""
        self._writer.writerows(rows)

    def commit(self, path: Path) -> Path:
        """Gives the file its name, replacing a file of that name; returns the path."""
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self.temporary, path)
        self._done = True
        _sync_folder(path.parent)
        return path

    def commit_new(self, candidates: Iterable[Path]) -> Path:
        """Gives the file the first of `candidates` that no file has yet, never replacing
        one (a hard link is made only where the name is free, in one step); returns it."""
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        for path in candidates:
            if _link_if_free(self.temporary, path):
                with contextlib.suppress(FileNotFoundError):  # renamed rather than linked
                    self.temporary.unlink()
                self._done = True
                _sync_folder(path.parent)
                return path
        raise FileExistsError(f"no free file name in {self.temporary.parent}")

    def discard(self) -> None:
        if self._done:
            return
        self._done = True
        with contextlib.suppress(OSError):
            self._file.close()
        with contextlib.suppress(FileNotFoundError):
            self.temporary.unlink()

    def __enter__(self) -> AtomicCsv:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.discard()


def _new_file(folder: Path, mode: int) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        # Hidden where a leading dot hides, and never taken for a finished CSV file.
        candidate = folder / f".rufus-{secrets.token_hex(6)}.csv.partial"
        try:
            return os.open(candidate, flags, mode), candidate
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def _link_if_free(source: Path, target: Path) -> bool:
    """Puts `source` under the name `target` only if no file has that name (False then)."""
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError:
        # No hard links here (FAT and exFAT memory sticks, some network shares): a rename
        # after a look. Windows refuses to rename onto a file; elsewhere only a file made in
        # between could be replaced.
        if target.exists():
            return False
        try:
            os.rename(source, target)
        except FileExistsError:
            return False
    return True


def _sync_folder(folder: Path) -> None:
    """Makes the rename itself durable (POSIX); Windows cannot open a folder, and needs not."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
