"""Windows on the simulated cloud: real sockets, real worker threads, offscreen Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, TypedDict, Unpack

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.control.clients import ClientFactory
from app.demo import DemoCloud
from app.keystore import DemoVault, KeyVault
from app.rufus import Timeouts
from app.sessions.book import RowState
from app.settings import Settings
from app.ui.columns import position
from app.ui.confirm_close import ConfirmCloseDialog
from app.ui.launch import Target, build
from app.ui.main_window import MainWindow
from app.ui.translation import install
from tests.conftest import TEST_SCHEDULE, TEST_TIMEOUTS

#: Every wait in a window test is bounded; a hang fails the test instead of the run.
WAIT_MS = 10_000


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> None:
    """The window in English, as an English system shows it (its plural forms included)."""
    install("en")


@pytest.fixture(autouse=True)
def no_live_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """The live guard's countdown is tested on its own (test_race_day.py); elsewhere a live
    session closes without the wait."""
    monkeypatch.setattr("app.ui.confirm_close.LIVE_WAIT_S", 0)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


class FactoryOptions(TypedDict, total=False):
    """What a test may set of the window's ClientFactory."""

    timeouts: Timeouts
    backoff: float
    recheck_schedule: tuple[float, ...]
    history_path: Path | None


class WindowFactory(Protocol):
    def __call__(
        self, cloud: DemoCloud, vault: KeyVault | None = None, **factory: Unpack[FactoryOptions]
    ) -> MainWindow: ...


@pytest.fixture
def make_window(qtbot: QtBot, settings_file: Path) -> Iterator[WindowFactory]:
    """`make_window(cloud, vault=…, timeouts=…)`: a shown window that has not started yet.
    Each is kept alive and closed (its workers stopped) when the test ends: qtbot alone holds
    only a weak reference, and a window collected mid-test would never stop its workers."""
    windows: list[MainWindow] = []

    def make(
        cloud: DemoCloud, vault: KeyVault | None = None, **factory: Unpack[FactoryOptions]
    ) -> MainWindow:
        options: FactoryOptions = {
            "timeouts": TEST_TIMEOUTS,
            "backoff": 0.01,
            "recheck_schedule": TEST_SCHEDULE,
            **factory,
        }
        target = Target(
            ClientFactory(cloud.url, **options),
            vault or DemoVault(cloud.read_write_key),
            demo=False,
        )
        window = build(target, settings_at(settings_file))
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def race() -> Iterator[DemoCloud]:
    """The seeded race day in G2, the generation the real API serves today."""
    with DemoCloud() as cloud:
        yield cloud


def listed(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window once its first listing, started as the app starts it, has finished, and
    the probe of the key's rights that follows it has answered."""
    signals = [window.console.listing_finished, window.console.rights_changed]
    with qtbot.waitSignals(signals, timeout=WAIT_MS):
        window.console.start()
    return window


def refresh(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        QTest.keyClick(window.table, Qt.Key.Key_F5)


def shown_tokens(window: MainWindow) -> list[str]:
    """Every shown row's token, in the table's order."""
    return [window.model.token_at(row) for row in range(window.model.rowCount())]


def view_row(window: MainWindow, token: str) -> int:
    row = window.model.position_of(token)
    assert row is not None, f"{token} is not shown (unknown, or filtered out)"
    return row


def cell(window: MainWindow, token: str, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    """What the view shows in column `key` of the row of `token` (its tooltip with the
    ToolTipRole, as the pointer resting on it would show)."""
    index = window.model.index(view_row(window, token), position(key))
    if role == Qt.ItemDataRole.ToolTipRole:
        return str(window.model.tooltip(index))
    return str(index.data(role))


def click_close_button(qtbot: QtBot, window: MainWindow, token: str) -> None:
    """A real mouse click on the painted button of the row that shows `token`."""
    index = window.model.index(view_row(window, token), position("close"))
    window.table.scrollTo(index)
    centre = window.table.visualRect(index).center()
    QTest.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def state_of(window: MainWindow, token: str) -> RowState | None:
    row = window.model.row_of(token)
    return None if row is None else row.state


def close_requests(cloud: DemoCloud, token: str | None = None) -> list[str]:
    """Close requests for real sessions: the probe of a key's rights asks to close a token
    that cannot exist, and is not counted."""
    paths = [r.path for r in cloud.requests("PATCH", "/sessions/close/")]
    real = [p for p in paths if cloud.state.session(p.rsplit("/", 1)[1]) is not None]
    return [p for p in real if token is None or p.endswith("/" + token)]


def confirmation_of(qtbot: QtBot, window: MainWindow) -> ConfirmCloseDialog:
    """The close confirmation, once it has opened."""
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
    dialog = window.confirmation
    assert dialog is not None
    return dialog
