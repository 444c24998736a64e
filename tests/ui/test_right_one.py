"""The right one, every time: what the official types finds names first, Enter goes to the
best match, and the history's filter follows the same rule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud
from app.demo.state import CloudState
from app.display import local_time
from app.ui import colours
from app.ui.columns import position
from app.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, cell, confirmation_of, listed, shown_tokens

NOW = datetime.now(UTC)
#: (session, device, serial): the checkpoints of the slips seen on race day.
CHECKPOINTS = (
    ("KM 10", "KM 10", "CB-1100"),
    ("KM 100", "KM 100", "CB-1200"),
    ("10K course", "KM 5", "OA-3350"),
    ("KM 21", "KM 21", "CB-3521"),
    ("KM 30", "KM 30", "CB-0300"),
    ("KM 35", "KM 35", "CB-0350"),
)


@pytest.fixture
def checkpoints() -> Iterator[DemoCloud]:
    state = CloudState()
    for session, device, serial in CHECKPOINTS:
        bound = state.bind_device(
            type="CLOUDBOX", model="CloudBox", serial_number=serial, alias=device, now=NOW
        )
        state.create_session(bound.deviceid, session, now=NOW - timedelta(hours=1))
    with DemoCloud(state) as cloud:
        yield cloud


def sessions_shown(window: MainWindow) -> list[str]:
    return [cell(window, token, "session") for token in shown_tokens(window)]


def test_a_checkpoint_name_finds_itself_first_and_enter_goes_to_it(
    qtbot: QtBot, make_window: WindowFactory, checkpoints: DemoCloud
) -> None:
    window = listed(qtbot, make_window(checkpoints))
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a sort that hides the best
    QTest.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(window.filter_edit, "KM 10")

    assert sessions_shown(window) == ["KM 10", "KM 100", "10K course"]
    assert not window.table.horizontalHeader().isSortIndicatorShown()
    QTest.keyClick(window.filter_edit, Qt.Key.Key_Return)
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    dialog = confirmation_of(qtbot, window)
    assert "“KM 10” on KM 10" in dialog.heading.text()
    dialog.reject()


def test_digits_never_bring_up_a_checkpoint_through_its_serial(
    qtbot: QtBot, make_window: WindowFactory, checkpoints: DemoCloud
) -> None:
    window = listed(qtbot, make_window(checkpoints))
    window.filter_edit.setText("KM 3")
    assert sessions_shown(window) == ["KM 30", "KM 35"]  # not KM 21 (CB-3521), not KM 10
    window.filter_edit.setText("CB-35")
    assert sessions_shown(window) == ["KM 21"]  # what looks like a serial finds one


def test_a_header_clicked_while_filtering_sorts_as_asked_and_clearing_restores_it(
    qtbot: QtBot, make_window: WindowFactory, checkpoints: DemoCloud
) -> None:
    window = listed(qtbot, make_window(checkpoints))
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    window.filter_edit.setText("KM 10")
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert sessions_shown(window) == ["KM 100", "KM 10", "10K course"]
    assert window.table.horizontalHeader().isSortIndicatorShown()
    window.filter_edit.clear()
    assert sessions_shown(window) == ["KM 100", "KM 35", "KM 30", "KM 21", "KM 10", "10K course"]


@pytest.fixture
def one_offline() -> Iterator[DemoCloud]:
    """KM 42's device went offline two hours ago with passings in its session; KM 41 is fine;
    a session opened yesterday on KM 40 is stale."""
    state = CloudState()
    now = datetime.now(UTC)
    for alias, status, seen, opened in (
        ("KM 40", "ONLINE", now, now - timedelta(days=1)),
        ("KM 41", "ONLINE", now, now - timedelta(hours=3)),
        ("KM 42", "OFFLINE", now - timedelta(hours=2, seconds=30), now - timedelta(hours=3)),
    ):
        device = state.bind_device(
            type="CLOUDBOX",
            model="CloudBox",
            serial_number=f"CB-{alias[-2:]}",
            alias=alias,
            now=now,
            status=status,
            last_seen=seen,
        )
        session = state.create_session(device.deviceid, alias, now=opened)
        assert session is not None
        state.record_passings(session.token_session, [opened + timedelta(minutes=5)] * 3)
    with DemoCloud(state) as cloud:
        yield cloud


def token_of(window: MainWindow, session: str) -> str:
    [token] = [t for t in shown_tokens(window) if cell(window, t, "session") == session]
    return token


def test_closing_a_session_of_an_offline_device_warns_that_passings_may_be_lost(
    qtbot: QtBot, make_window: WindowFactory, one_offline: DemoCloud
) -> None:
    window = listed(qtbot, make_window(one_offline))
    window.request_close(token_of(window, "KM 42"))
    dialog = confirmation_of(qtbot, window)
    row = window.console.book.get(token_of(window, "KM 42"))
    assert row is not None and row.device.last_heard is not None
    since = local_time(row.device.last_heard)
    assert dialog.reach_warning.isVisible()
    assert dialog.reach_warning.text().startswith(f"Device offline since {since} — it may still")
    assert "Device status: Offline" in dialog.words()
    assert "Last seen: " in dialog.words() and "(2 h 0 min ago)" in dialog.words()
    dialog.reject()

    window.request_close(token_of(window, "KM 41"))
    dialog = confirmation_of(qtbot, window)
    assert not dialog.reach_warning.isVisible()
    assert "Device status: Online" in dialog.words()
    dialog.reject()


def test_the_bulk_confirmation_shows_kind_health_and_why_each_is_there(
    qtbot: QtBot, make_window: WindowFactory, one_offline: DemoCloud
) -> None:
    window = listed(qtbot, make_window(one_offline))
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    dialog = confirmation_of(qtbot, window)
    assert dialog.reach_warning.isVisible()
    assert dialog.reach_warning.text().startswith("1 of these sessions is on a device offline")
    table = dialog.details
    assert isinstance(table, QTableView)
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = {
        line.split("\t")[0]: dict(zip(headers, line.split("\t"), strict=True))
        for line in dialog.words().splitlines()[-3:]
    }
    assert rows["KM 42"]["Kind"] == "CloudBox" and rows["KM 42"]["Device status"] == "Offline"
    assert rows["KM 42"]["To weigh"] == "⚠ device offline"
    assert rows["KM 40"]["To weigh"].startswith("◷ STALE: opened ")
    assert "quiet for" in rows["KM 40"]["To weigh"]
    assert rows["KM 41"]["To weigh"] == ""
    assert headers[:2] == ["Session", "To weigh"], "why each is there, next to its name"
    assert list(rows) == ["KM 42", "KM 40", "KM 41"], "out of reach first, before the rest"
    dialog.reject()


def test_a_closed_row_stays_greyed_through_automatic_refreshes_for_a_minute(
    qtbot: QtBot, make_window: WindowFactory, checkpoints: DemoCloud
) -> None:
    window = listed(qtbot, make_window(checkpoints))
    before = shown_tokens(window)
    token = before[2]
    window.request_close(token)
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        confirmation_of(qtbot, window).close_button.click()

    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        window.listing.auto_refresh.due.emit()  # an automatic refresh
    assert shown_tokens(window) == before, "no row moved up under the pointer"
    assert cell(window, token, "state").startswith("Closed ✓ ")
    muted = colours.tone(colours.Tone.MUTED)
    shown = window.model.index(window.model.position_of(token) or 0, position("session"))
    assert shown.data(Qt.ItemDataRole.ForegroundRole).color() == muted

    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        QTest.keyClick(window.table, Qt.Key.Key_F5)  # the official asks: RUFUS as it is
    assert token not in shown_tokens(window)


def test_a_closed_row_leaves_at_the_first_automatic_refresh_after_a_minute(
    qtbot: QtBot,
    make_window: WindowFactory,
    checkpoints: DemoCloud,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("app.control.console.KEEP_CLOSED_ROWS", timedelta(0))
    window = listed(qtbot, make_window(checkpoints))
    token = shown_tokens(window)[0]
    window.request_close(token)
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        confirmation_of(qtbot, window).close_button.click()
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        window.listing.auto_refresh.due.emit()
    assert token not in shown_tokens(window)
