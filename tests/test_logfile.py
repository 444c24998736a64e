"""The window's log file: in the platform's log folder, secrets masked, never fatal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from app.logfile import FILE_NAME, MAX_BYTES, start_log_file
from app.logsetup import redactor
from app.places import log_folder, passings_folder

HOME = Path("/home/official")


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, HOME / ".local/state/rufus-console"),
        ("linux", {"XDG_STATE_HOME": "/data/state"}, Path("/data/state/rufus-console")),
        # The XDG spec says a relative path is to be ignored.
        ("linux", {"XDG_STATE_HOME": "state"}, HOME / ".local/state/rufus-console"),
        ("darwin", {}, HOME / "Library/Logs/Rufus Console"),
        (
            "win32",
            {"LOCALAPPDATA": r"C:\Users\official\AppData\Local"},
            Path(r"C:\Users\official\AppData\Local") / "Rufus Console" / "Logs",
        ),
        ("win32", {}, HOME / "AppData/Local/Rufus Console/Logs"),
    ],
)
def test_the_log_folder_is_where_each_platform_keeps_logs(
    platform: str, environ: dict[str, str], expected: Path
) -> None:
    assert log_folder(platform, environ, HOME) == expected


def test_the_log_file_gets_information_and_errors_but_never_a_secret(
    tmp_path: Path, root_logger: logging.Logger
) -> None:
    root_logger.setLevel(logging.WARNING)
    path = start_log_file(tmp_path / "logs")
    assert path == tmp_path / "logs" / FILE_NAME
    secret = "ror-0123456789abcdef0123"
    redactor.add(secret)

    logging.getLogger("tests.logfile").info("started")
    logging.getLogger("tests.logfile").debug("too chatty for the file")
    try:
        raise RuntimeError(f"a message that carries {secret}")
    except RuntimeError:
        logging.getLogger("tests.logfile").critical("it broke", exc_info=True)

    text = path.read_text(encoding="utf-8")
    assert "INFO tests.logfile: started" in text
    assert "too chatty" not in text
    assert "CRITICAL tests.logfile: it broke" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: a message that carries «redacted»" in text
    assert secret not in text
    assert (tmp_path / "logs").stat().st_mode & 0o077 == 0, "only the official reads the logs"


def test_a_folder_that_cannot_be_written_leaves_the_app_running_without_a_file(
    tmp_path: Path,
    root_logger: logging.Logger,
    caplog: pytest.LogCaptureFixture,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("no log file in")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    handlers = len(root_logger.handlers)

    assert start_log_file(blocker / "logs") is None

    assert len(root_logger.handlers) == handlers
    assert any("no log file in" in record.getMessage() for record in caplog.records)


def test_a_full_log_file_is_rotated_at_start_keeping_three_old_ones(
    tmp_path: Path, root_logger: logging.Logger
) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    current = folder / FILE_NAME
    for number in (1, 2, 3):
        (folder / f"{FILE_NAME}.{number}").write_text(f"run before last, number {number}\n")
    current.write_text("x" * MAX_BYTES)

    start_log_file(folder)
    logging.getLogger("tests.logfile").warning("a new day")

    assert "a new day" in current.read_text(encoding="utf-8")
    assert len(current.read_text(encoding="utf-8")) < 1000
    assert (folder / f"{FILE_NAME}.1").read_text() == "x" * MAX_BYTES
    assert (folder / f"{FILE_NAME}.2").read_text() == "run before last, number 1\n"
    assert (folder / f"{FILE_NAME}.3").read_text() == "run before last, number 2\n"
    assert not (folder / f"{FILE_NAME}.4").exists(), "the oldest is dropped"


def test_a_small_log_file_is_appended_to(tmp_path: Path, root_logger: logging.Logger) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / FILE_NAME).write_text("yesterday\n")

    start_log_file(folder)
    logging.getLogger("tests.logfile").warning("today")

    assert (folder / FILE_NAME).read_text(encoding="utf-8").startswith("yesterday\n")
    assert not (folder / f"{FILE_NAME}.1").exists()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('XDG_DOCUMENTS_DIR="$HOME/Documentos"', "Documentos"),
        ('XDG_DOCUMENTS_DIR="$HOME/"', "Documents"),  # switched off: the usual name
        (None, "Documents"),  # no xdg-user-dirs at all
    ],
)
def test_passings_go_to_the_desktops_own_documents_folder(
    tmp_path: Path, line: str | None, expected: str
) -> None:
    config = tmp_path / ".config"
    config.mkdir()
    if line is not None:
        (config / "user-dirs.dirs").write_text(
            f'# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR="$HOME/Escritorio"\n{line}\n'
        )
    folder = passings_folder("linux", {}, tmp_path)
    assert folder == tmp_path / expected / "Rufus Console" / "passings"
    assert passings_folder("darwin", {}, tmp_path) == tmp_path / "Documents/Rufus Console/passings"
