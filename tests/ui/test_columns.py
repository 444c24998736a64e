"""Columns that give way and come back: the window hides the least useful columns for want of
room (Passings and Last passing last), gives them back when room returns, and never forgets
or overrides a column the official hid by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud
from app.ui.columns import GIVE_WAY, KEYS, position
from app.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, listed

DEFAULT_HIDDEN = ["last-seen", "token"]


def hidden(window: MainWindow) -> list[str]:
    header = window.table.horizontalHeader()
    return [key for n, key in enumerate(KEYS) if header.isSectionHidden(n)]


def resized(qtbot: QtBot, window: MainWindow, width: int) -> list[str]:
    with qtbot.waitSignal(window.table.columns.fitted, timeout=WAIT_MS):
        window.resize(width, 700)
    return hidden(window)


def zoom(qtbot: QtBot, window: MainWindow, key: Qt.Key, times: int = 1) -> list[str]:
    for _ in range(times):
        with qtbot.waitSignal(window.table.columns.fitted, timeout=WAIT_MS):
            QTest.keyClick(window.table, key, Qt.KeyboardModifier.ControlModifier)
    return hidden(window)


def close_in_view(window: MainWindow) -> bool:
    header = window.table.horizontalHeader()
    close = position("close")
    right = header.sectionViewportPosition(close) + header.sectionSize(close)
    return not header.isSectionHidden(close) and right <= window.table.viewport().width()


def given_way(keys: list[str]) -> list[str]:
    """The columns the window hid, checked to be the first ones of the give-way order."""
    made_room = [key for key in keys if key not in DEFAULT_HIDDEN]
    order = [KEYS[n] for n in GIVE_WAY]
    assert made_room == sorted(made_room, key=KEYS.index)
    assert set(made_room) == set(order[: len(made_room)]), made_room
    return made_room


def test_a_narrow_window_hides_the_least_useful_and_a_wide_one_gives_them_back(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    assert resized(qtbot, window, 1800) == DEFAULT_HIDDEN

    narrow = given_way(resized(qtbot, window, 760))
    assert narrow and close_in_view(window)
    assert "passings" not in narrow or set(narrow) >= set(KEYS[n] for n in GIVE_WAY[:-1])

    assert resized(qtbot, window, 1800) == DEFAULT_HIDDEN  # room again: every column back
    assert close_in_view(window)


def test_zooming_in_hides_and_zooming_back_gives_back(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    resized(qtbot, window, 1100)
    before = hidden(window)
    zoomed_in = given_way(zoom(qtbot, window, Qt.Key.Key_Equal, times=8))
    assert len(zoomed_in) > len(given_way(before)) and close_in_view(window)
    assert zoom(qtbot, window, Qt.Key.Key_0) == before


def test_a_column_hidden_by_hand_stays_hidden_one_hidden_by_the_window_does_not(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    [battery] = [a for a in window.table.columns.columns_menu().actions() if a.text() == "Battery"]
    battery.setChecked(False)
    zoom(qtbot, window, Qt.Key.Key_Equal, times=8)
    resized(qtbot, window, 700)
    assert "battery" in hidden(window)
    window.close()

    again = listed(qtbot, make_window(race))  # the next start, on a wide window
    # Still zoomed in (remembered): what else is hidden is only what the zoom leaves no room for.
    wide = set(resized(qtbot, again, 1900))
    made_room = {KEYS[n] for n in again.table.columns.made_room}
    assert "battery" not in made_room, "hidden by hand, not for want of room"
    assert wide == {"battery", *DEFAULT_HIDDEN} | made_room
    assert zoom(qtbot, again, Qt.Key.Key_0) == ["battery", *DEFAULT_HIDDEN]
