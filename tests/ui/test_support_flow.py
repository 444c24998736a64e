"""Help → Save diagnostics… and Help → Copy the log, from the window: the zip holds what the
command line's does plus what only Qt knows, is written by a worker, and holds no key and no
whole token or device id; the log's tail reaches the clipboard scrubbed."""

from __future__ import annotations

import json
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud
from app.logfile import FILE_NAME
from app.places import log_folder
from app.records import diagnostics
from app.rufus.request_log import recent_requests
from tests.test_diagnostics import FILES, leaks, secrets_of
from tests.ui.conftest import WAIT_MS, WindowFactory, listed


@pytest.fixture
def leaky_log(race: DemoCloud) -> Path:
    """A log that holds the key and a whole token, as if something had not masked them."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    token = race.state.open_sessions()[0].token_session
    path = folder / FILE_NAME
    path.write_text(
        f"2026-05-10 INFO app: first line\n2026-05-10 INFO app: {race.read_write_key} {token}\n",
        encoding="utf-8",
    )
    return path


def test_save_diagnostics_writes_the_window_s_zip_in_a_worker_without_a_secret(
    qtbot: QtBot,
    make_window: WindowFactory,
    race: DemoCloud,
    leaky_log: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recent_requests.clear()
    window = listed(qtbot, make_window(race))
    threads = []
    writing = diagnostics.write_diagnostics

    def write(
        path: Path, sources: diagnostics.Sources, scrub: diagnostics.Scrubber | None = None
    ) -> Path:
        threads.append(threading.current_thread())
        return writing(path, sources, scrub)

    monkeypatch.setattr(diagnostics, "write_diagnostics", write)
    out = leaky_log.parent / "support" / "diag.zip"
    window.support.save(out)
    qtbot.waitUntil(
        lambda: window.status_bar.text().startswith("Diagnostics saved"), timeout=WAIT_MS
    )
    assert window.status_bar.text() == "Diagnostics saved in diag.zip (no API key in it)"
    assert window.status_bar.open_folder.isVisible()
    assert threads and threads[0] is not threading.main_thread()

    assert leaks(out, secrets_of(race)) == []
    with zipfile.ZipFile(out) as archive:
        assert set(archive.namelist()) == FILES - {"check.json"}
        system = json.loads(archive.read("system.json"))
        requests = json.loads(archive.read("requests.json"))
        settings = json.loads(archive.read("settings.json"))["values"]
        log = archive.read("log.txt").decode()
    assert system["qt"]["version"]
    assert system["qt"]["platform"] == "offscreen"
    assert system["screens"] and system["screens"][0]["geometry"][2] > 0
    assert system["qt_locale"]["in_use"]
    assert len(requests) == min(200, len(race.state.devices()) + 2)  # the list, each device,
    assert {r["method"] for r in requests} <= {"GET", "PATCH"}  # the probe of the key
    assert all("…" in r["path"] for r in requests if r["path"].startswith("/sessions/"))
    assert "window/geometry" not in settings or settings["window/geometry"].startswith("<")
    assert "«redacted»" in log and "first line" in log


def test_a_zip_that_cannot_be_written_says_why_and_crashes_nothing(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, tmp_path: Path
) -> None:
    window = listed(qtbot, make_window(race))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    with qtbot.assertNotEmitted(window.runner.unexpected, wait=0):
        window.support.save(blocked / "diag.zip")
        qtbot.waitUntil(
            lambda: window.status_bar.text().startswith("⚠ The diagnostics were not saved"),
            timeout=WAIT_MS,
        )


def test_copy_the_log_puts_its_scrubbed_tail_on_the_clipboard(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, leaky_log: Path
) -> None:
    window = listed(qtbot, make_window(race))
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    window.support.copy_log.trigger()
    qtbot.waitUntil(lambda: "first line" in clipboard.text(), timeout=WAIT_MS)
    copied = clipboard.text()
    assert race.read_write_key not in copied
    assert all(secret not in copied for secret in secrets_of(race))
    assert "«redacted»" in copied
    assert window.status_bar.text() == "2 lines from the end of the log copied to the clipboard."
