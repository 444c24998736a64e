"""What lasts between runs (and what never does), and quitting while RUFUS is still busy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud, Fault, FaultKind
from app.rufus import Timeouts
from app.ui.main_window import MainWindow
from app.ui.session_model import Column
from tests.conftest import wait_until
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    click_close_button,
    listed,
)

#: Only close() can end a request this patient early.
PATIENT = Timeouts(connect=2.0, read=120.0)


def test_geometry_columns_and_sort_are_remembered_and_the_key_is_not(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, settings_file: Path
) -> None:
    first = make_window(race)
    listed(qtbot, first)
    first.resize(760, 460)  # within the offscreen screen's 800 x 600
    first.table.sortByColumn(Column.PASSINGS, Qt.SortOrder.DescendingOrder)
    first.table.horizontalHeader().resizeSection(Column.SESSION, 222)
    first.close()

    second = make_window(race)
    header = second.table.horizontalHeader()
    assert (second.size().width(), second.size().height()) == (760, 460)
    assert header.sortIndicatorSection() == Column.PASSINGS
    assert header.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder
    assert header.sectionSize(Column.SESSION) == 222
    listed(qtbot, second)
    passings = [second.proxy.index(r, Column.PASSINGS).data() for r in range(3)]
    assert passings[0] == max(passings, key=lambda text: int("".join(filter(str.isdigit, text))))

    stored = settings_file.read_bytes()
    assert race.read_write_key.encode() not in stored
    assert b"key" not in stored.lower().replace(b"keyring", b"")


def quit_while_busy(qtbot: QtBot, window: MainWindow) -> None:
    window.close()
    assert window.stopped_cleanly  # every worker ended within the quit allowance


def test_quitting_during_a_listing_stops_at_once(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race, timeouts=PATIENT))
    race.inject(Fault(FaultKind.SLOW, "GET", "/devices", delay_s=120.0))
    with qtbot.waitSignal(window.console.listing_started, timeout=WAIT_MS):
        qtbot.keyClick(window.table, Qt.Key.Key_F5)
    wait_until(lambda: len(race.requests("GET", "/devices")) == 2)

    quit_while_busy(qtbot, window)


def test_quitting_during_a_close_stops_at_once(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race, timeouts=PATIENT))
    token = race.state.open_sessions()[0].token_session
    race.inject(Fault(FaultKind.SLOW, "PATCH", "/sessions/close/*", delay_s=120.0))
    click_close_button(qtbot, window, token)
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
    assert window.confirmation is not None
    window.confirmation.close_button.click()
    wait_until(lambda: race.requests("PATCH"))

    quit_while_busy(qtbot, window)
    session = race.state.session(token)
    assert session is not None and session.active  # not carried out, and not claimed


def test_after_quitting_no_new_work_starts(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    window.close()
    before = len(race.requests())
    window.console.refresh()
    window.console.close_session(race.state.open_sessions()[0].token_session)
    assert len(race.requests()) == before
    assert not window.console.refreshing
