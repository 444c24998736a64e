"""A crash never vanishes: it is written to the log file and shown with the file's location."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import app.__main__ as entry
from app.demo import DemoCloud
from app.logfile import FILE_NAME, start_log_file
from app.logsetup import redactor
from app.ui.crash_report import CrashDialog, CrashReporter
from tests.ui.conftest import WAIT_MS, WindowFactory

# pytest-qt would otherwise catch the exceptions these tests raise on purpose.
pytestmark = pytest.mark.qt_no_exception_capture


class Boom(Exception):
    pass


@pytest.fixture(autouse=True)
def crashes_are_expected(expect_log_warnings: Callable[[str], None]) -> None:
    expect_log_warnings("unexpected error")
    expect_log_warnings("stopped on an unexpected error")
    expect_log_warnings("could not show the crash dialog")


@pytest.fixture
def log_path(tmp_path: Path, root_logger: logging.Logger) -> Path:
    path = start_log_file(tmp_path / "logs")
    assert path is not None
    return path


@pytest.fixture
def reporter(qtbot: QtBot, log_path: Path) -> Iterator[CrashReporter]:
    reporter = CrashReporter(log_path)
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.done(0)


def raise_boom() -> None:
    raise Boom("the table model tripped over a row")


def test_an_error_in_a_slot_is_logged_and_shown_and_the_window_keeps_working(
    qtbot: QtBot,
    reporter: CrashReporter,
    log_path: Path,
    make_window: WindowFactory,
    race: DemoCloud,
) -> None:
    window = make_window(race)
    reporter.setParent(window)

    with qtbot.waitSignal(reporter.shown, timeout=WAIT_MS) as shown:
        QTimer.singleShot(0, raise_boom)

    dialog = shown.args[0]
    assert isinstance(dialog, CrashDialog)
    assert dialog.isVisible()
    assert "unexpected problem" in dialog.text()
    assert str(log_path) in dialog.informativeText()
    text = log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "Boom: the table model tripped over a row" in text

    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.keep_button.click()
    assert window.isVisible(), "keeping on working leaves the window open"

    with qtbot.waitSignal(reporter.shown, timeout=WAIT_MS) as again:
        QTimer.singleShot(0, raise_boom)
    assert again.args[0].isVisible(), "a later error gets its own dialog"


def test_an_error_on_another_thread_reaches_the_dialog_on_the_gui_thread(
    qtbot: QtBot, reporter: CrashReporter, log_path: Path
) -> None:
    worker = threading.Thread(target=raise_boom, name="stray-worker")
    with qtbot.waitSignal(reporter.shown, timeout=WAIT_MS) as shown:
        worker.start()
    worker.join(5)

    dialog = shown.args[0]
    app = QApplication.instance()
    assert app is not None
    assert dialog.thread() is app.thread()
    assert "unexpected error in thread stray-worker" in log_path.read_text(encoding="utf-8")


def test_a_second_error_is_logged_without_a_second_dialog(
    qtbot: QtBot, reporter: CrashReporter, log_path: Path
) -> None:
    with qtbot.waitSignal(reporter.shown, timeout=WAIT_MS) as first:
        QTimer.singleShot(0, raise_boom)
    shown: list[object] = []
    reporter.shown.connect(shown.append)

    sys.excepthook(Boom, Boom("again"), None)
    qtbot.waitUntil(lambda: "Boom: again" in log_path.read_text(encoding="utf-8"))
    QApplication.processEvents()

    assert shown == []
    assert first.args[0].isVisible()


def test_the_key_is_masked_in_the_logged_traceback(
    qtbot: QtBot, reporter: CrashReporter, log_path: Path
) -> None:
    key = "ror-5e5e5e5e5e5e5e5e5e5e"
    redactor.add(key)

    def leak() -> None:
        raise Boom(f"request with header {key} failed")

    with qtbot.waitSignal(reporter.shown, timeout=WAIT_MS) as shown:
        QTimer.singleShot(0, leak)

    text = log_path.read_text(encoding="utf-8")
    assert "request with header «redacted» failed" in text
    assert key not in text
    assert key not in shown.args[0].informativeText() + shown.args[0].text()


def test_an_error_that_stops_the_window_is_logged_shown_and_exits_70(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, root_logger: logging.Logger
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def broken_start(*args: object, **kwargs: object) -> int:
        raise Boom("the window could not be built")

    shown: list[str] = []
    monkeypatch.setattr("app.ui.launch.run_window", broken_start)
    # The dialog is real; only its blocking exec() is replaced, by a look at what it says.
    monkeypatch.setattr(CrashDialog, "exec", lambda dialog: shown.append(dialog.informativeText()))

    code = entry.main(["--demo"])

    log_file = tmp_path / "state" / "rufus-console" / FILE_NAME
    assert code == entry.EXIT_CRASHED == 70
    assert "Boom: the window could not be built" in log_file.read_text(encoding="utf-8")
    assert len(shown) == 1
    assert str(log_file) in shown[0]
