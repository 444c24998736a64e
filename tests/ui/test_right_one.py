"""The right one, every time: what the official types finds names first, Enter goes to the
best match, and the history's filter follows the same rule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud
from app.demo.state import CloudState
from tests.ui.conftest import WindowFactory, cell, confirmation_of, listed, shown_tokens

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


def sessions_shown(window: object) -> list[str]:
    return [cell(window, token, "session") for token in shown_tokens(window)]  # type: ignore[arg-type]


def test_a_checkpoint_name_finds_itself_first_and_enter_goes_to_it(
    qtbot: QtBot, make_window: WindowFactory, checkpoints: DemoCloud
) -> None:
    window = listed(qtbot, make_window(checkpoints))
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a sort that hides the best
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filter_edit, "KM 10")

    assert sessions_shown(window) == ["KM 10", "KM 100", "10K course"]
    assert not window.table.horizontalHeader().isSortIndicatorShown()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
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
