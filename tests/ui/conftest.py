"""Windows on the simulated cloud: real sockets, real worker threads, offscreen Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud
from app.keystore import DemoVault, KeyVault
from app.settings import Settings
from app.ui.console import Connection
from app.ui.launch import Target, build
from app.ui.main_window import MainWindow
from app.ui.session_model import Column, RowState
from tests.conftest import TEST_TIMEOUTS

#: Every wait in a window test is bounded; a hang fails the test instead of the run.
WAIT_MS = 10_000


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, settings_file: Path) -> WindowFactory:
    """`make_window(cloud, vault=…, timeouts=…)`: a shown window that has not started yet."""

    def make(cloud: DemoCloud, vault: KeyVault | None = None, **connection: object) -> MainWindow:
        options: dict[str, object] = {"timeouts": TEST_TIMEOUTS, "backoff": 0.01}
        options.update(connection)
        target = Target(
            Connection(cloud.url, **options),  # type: ignore[arg-type]
            vault or DemoVault(cloud.read_write_key),
            demo=False,
        )
        window = build(target, settings_at(settings_file))
        qtbot.addWidget(window)  # closed at teardown, which stops its workers
        window.show()
        return window

    return make


@pytest.fixture
def race() -> Iterator[DemoCloud]:
    """The seeded race day in G2, the generation the real API serves today."""
    with DemoCloud() as cloud:
        yield cloud


def listed(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window once its first listing, started as the app starts it, has finished."""
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        window.console.start()
    return window


def refresh(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        qtbot.keyClick(window.table, Qt.Key.Key_F5)


def shown_tokens(window: MainWindow) -> list[str]:
    return [window.model.row_at(row).token for row in range(window.model.rowCount())]


def view_row(window: MainWindow, token: str) -> int:
    for row in range(window.proxy.rowCount()):
        if window.proxy.mapToSource(window.proxy.index(row, 0)).row() == _model_row(window, token):
            return row
    raise AssertionError(f"{token} is not in the view")


def _model_row(window: MainWindow, token: str) -> int:
    return shown_tokens(window).index(token)


def click_close_button(qtbot: QtBot, window: MainWindow, token: str) -> None:
    """A real mouse click on the painted button of the row that shows `token`."""
    index = window.proxy.index(view_row(window, token), Column.CLOSE)
    window.table.scrollTo(index)
    centre = window.table.visualRect(index).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def state_of(window: MainWindow, token: str) -> RowState | None:
    row = window.model.row_of(token)
    return None if row is None else row.state


def close_requests(cloud: DemoCloud, token: str | None = None) -> list[str]:
    paths = [r.path for r in cloud.requests("PATCH", "/sessions/close/")]
    return [p for p in paths if token is None or p.endswith("/" + token)]
