"""Closing from the window: named target, one request, the row's states, every failure said."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud, Fault, FaultKind
from app.demo.state import AccessType
from app.keystore import DemoVault
from app.rufus import Timeouts
from app.rufus.models import KeyRights
from app.sessions.book import RowState
from app.ui.cells import CLOSABLE_ROLE, TOKEN_ROLE
from app.ui.columns import position
from app.ui.confirm_close import ConfirmCloseDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    cell,
    click_close_button,
    close_requests,
    listed,
    refresh,
    shown_tokens,
    state_of,
    view_row,
)


def busiest(cloud: DemoCloud) -> str:
    return max(cloud.state.open_sessions(), key=lambda s: s.passings).token_session


def confirmation(qtbot: QtBot, window: MainWindow) -> ConfirmCloseDialog:
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
    dialog = window.confirmation
    assert dialog is not None
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)  # the keyboard reaches it
    return dialog


def record_states(window: MainWindow, token: str) -> list[RowState | None]:
    """The row's distinct states each time the console reports on the close (after the
    window has shown the report)."""
    states: list[RowState | None] = []

    def seen(record: object) -> None:
        state = state_of(window, token)
        if not states or states[-1] is not state:
            states.append(state)

    window.console.close_progress.connect(seen)
    return states


def close_button_enabled(window: MainWindow, token: str) -> bool:
    return bool(window.model.index(view_row(window, token), position("close")).data(CLOSABLE_ROLE))


def finished(window: MainWindow) -> object:
    """The signal a close's end is waited on with: every record of the batch is in."""
    return window.console.closes_finished


def test_the_close_button_asks_then_closes_exactly_that_session_once(
    qtbot: QtBot, make_window: WindowFactory, cloud: DemoCloud
) -> None:
    window = listed(qtbot, make_window(cloud))
    token = busiest(cloud)
    target = cloud.state.session(token)
    assert target is not None
    device = cloud.state.device(target.deviceid)
    assert device is not None
    states = record_states(window, token)

    click_close_button(qtbot, window, token)
    dialog = confirmation(qtbot, window)

    words = dialog.words()
    assert target.alias in words and device.alias in words and device.model in words
    assert f"Passings: {target.passings}" in words.replace(",", "").replace("\u202f", "")
    assert f"Serial: {device.serial_number}" in words
    assert "Last passing:" in words and "Opened:" in words
    assert "cannot be undone" in words
    assert "will not be able to send more passings" in words
    assert dialog.close_button.text().replace("&", "") == "Close session"
    assert "&" in dialog.close_button.text()  # an Alt mnemonic
    assert dialog.cancel_button.isDefault() and not dialog.close_button.isDefault()
    assert close_requests(cloud) == []  # asking sends nothing

    with qtbot.waitSignal(finished(window), timeout=WAIT_MS):
        QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    assert states == [RowState.CLOSING, RowState.CLOSED]
    assert close_requests(cloud) == [f"/sessions/close/{token}"]
    closed = cloud.state.session(token)
    assert closed is not None and not closed.active
    assert re.fullmatch(r"Closed ✓ \d\d:\d\d", cell(window, token, "state"))
    assert not close_button_enabled(window, token)
    assert "Closed “" in window.status_bar.text()

    click_close_button(qtbot, window, token)  # a closed row's button does nothing
    assert window.confirmation is None
    refresh(qtbot, window)
    assert token not in shown_tokens(window)
    assert len(close_requests(cloud)) == 1


def test_cancel_and_escape_send_nothing(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    token = busiest(race)

    click_close_button(qtbot, window, token)
    QTest.mouseClick(confirmation(qtbot, window).cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.confirmation is None, timeout=WAIT_MS)

    click_close_button(qtbot, window, token)
    dialog = confirmation(qtbot, window)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.confirmation is None, timeout=WAIT_MS)

    click_close_button(qtbot, window, token)
    dialog = confirmation(qtbot, window)
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter takes the default: Cancel
    qtbot.waitUntil(lambda: window.confirmation is None, timeout=WAIT_MS)

    # Said, or an Enter meant for Close would pass unseen.
    session, device = cell(window, token, "session"), cell(window, token, "device")
    assert window.status_bar.text() == f"Cancelled: “{session}” on {device} was not closed."
    assert close_requests(race) == []
    assert state_of(window, token) is RowState.OPEN
    assert all(s.active for s in race.state.open_sessions())


def test_delete_on_the_selected_row_closes_it_from_the_keyboard(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Down)  # keyboard only: move to the first row
    token = str(window.model.index(0, 0).data(TOKEN_ROLE))
    assert window.table.selected_token() == token

    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    dialog = confirmation(qtbot, window)
    focused = set()
    for _ in range(4):  # Tab reaches every control: the save choice and both buttons …
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        focused.add(dialog.focusWidget())
    assert {dialog.close_button, dialog.cancel_button, dialog.save_check} <= focused
    with qtbot.waitSignal(finished(window), timeout=WAIT_MS):
        QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # … and Alt+L

    assert close_requests(race) == [f"/sessions/close/{token}"]
    assert state_of(window, token) is RowState.CLOSED


def test_a_second_click_while_closing_sends_no_second_close(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    token = busiest(race)
    race.inject(Fault(FaultKind.SLOW, "PATCH", f"/sessions/close/{token}", delay_s=1.0))

    click_close_button(qtbot, window, token)
    with qtbot.waitSignal(window.console.close_progress, timeout=WAIT_MS):
        confirmation(qtbot, window).close_button.click()
    assert state_of(window, token) is RowState.CLOSING
    assert not close_button_enabled(window, token)

    click_close_button(qtbot, window, token)
    assert window.confirmation is None  # no second question for a row being closed
    row = window.console.book.get(token)
    assert row is not None
    with qtbot.waitSignal(finished(window), timeout=WAIT_MS):
        # … nor a second request, whatever asks for it
        assert window.console.close_sessions([row.token]) == []

    assert close_requests(race, token) == [f"/sessions/close/{token}"]
    assert state_of(window, token) is RowState.CLOSED


def confirm_close(qtbot: QtBot, window: MainWindow, token: str) -> None:
    click_close_button(qtbot, window, token)
    with qtbot.waitSignal(finished(window), timeout=WAIT_MS):
        confirmation(qtbot, window).close_button.click()


def test_a_read_only_key_is_known_before_the_first_close(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race, DemoVault(race.keys[AccessType.READ])))
    token = busiest(race)

    assert window.rights_banner.isVisible()
    banner = window.rights_banner.text()
    assert banner.startswith("This key can list sessions but not close them")
    assert "create a READ_WRITE key in RUFUS Cloud → your account name (top right) → API Keys" in (
        banner
    )
    assert "Key → Enter or change API key…" in banner
    assert not any(close_button_enabled(window, t) for t in shown_tokens(window))
    tip = window.model.tooltip(window.model.index(view_row(window, token), position("close")))
    assert tip == banner

    click_close_button(qtbot, window, token)
    window.table.setFocus()
    window.table.selectRow(view_row(window, token))
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.confirmation is None, "no question that can only end in a refusal"
    assert close_requests(race) == []
    session = race.state.session(token)
    assert session is not None and session.active


def test_a_403_on_a_real_close_makes_the_key_read_only(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    token = busiest(race)
    race.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", f"/sessions/close/{token}", status=403))

    confirm_close(qtbot, window, token)

    assert state_of(window, token) is RowState.NOT_CLOSED
    assert window.rights_banner.isVisible()
    assert not any(close_button_enabled(window, t) for t in shown_tokens(window))


def test_a_session_closed_elsewhere_meanwhile_ends_already_closed(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    token = busiest(race)
    race.state.close_session(token)  # another official, or the device itself

    confirm_close(qtbot, window, token)

    assert state_of(window, token) is RowState.CLOSED
    assert cell(window, token, "state") == "Already closed ✓"
    assert "was already closed" in window.status_bar.text()
    assert close_requests(race) == []  # the check before closing found it closed


@pytest.mark.parametrize(
    "fault",
    [
        Fault(FaultKind.SLOW, "PATCH", "/sessions/close/*", delay_s=3.0),
        Fault(FaultKind.ERROR_STATUS, "PATCH", "/sessions/close/*", status=500),
        Fault(FaultKind.RESET, "PATCH", "/sessions/close/*"),
    ],
    ids=["timeout", "500", "reset"],
)
def test_an_unanswered_close_is_read_back_and_never_called_still_open(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, fault: Fault
) -> None:
    window = listed(qtbot, make_window(race, timeouts=Timeouts(connect=2.0, read=1.0)))
    token = busiest(race)
    race.inject(fault)
    states = record_states(window, token)

    confirm_close(qtbot, window, token)

    assert states[-2:] == [RowState.CHECKING, RowState.UNCONFIRMED]
    assert cell(window, token, "state") == (
        "⚠ RUFUS has not confirmed this close. Refresh before closing again."
    )
    assert "still open" not in window.status_bar.text()
    assert "Refresh before closing again" in window.status_bar.text()
    assert not close_button_enabled(window, token), "refresh before closing again"
    assert close_requests(race, token) == [f"/sessions/close/{token}"]

    refresh(qtbot, window)  # RUFUS lists it open: the row says so, and it may be closed again
    assert state_of(window, token) is RowState.OPEN
    assert "Last close attempt" in cell(window, token, "state", Qt.ItemDataRole.ToolTipRole)
    confirm_close(qtbot, window, token)
    assert state_of(window, token) is RowState.CLOSED


def test_a_refusal_says_still_open_and_the_button_works_again(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    token = busiest(race)
    race.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", f"/sessions/close/{token}", status=409))

    confirm_close(qtbot, window, token)

    assert state_of(window, token) is RowState.NOT_CLOSED
    assert cell(window, token, "state") == (
        "⚠ Not closed: RUFUS refused to close it (HTTP 409): the session is still open."
    )
    assert window.status_bar.text().startswith("⚠ Could not close “")
    assert close_button_enabled(window, token)
    confirm_close(qtbot, window, token)
    assert state_of(window, token) is RowState.CLOSED


def test_a_close_rufus_applies_late_is_confirmed_late(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(
        qtbot,
        make_window(
            race,
            timeouts=Timeouts(connect=2.0, read=0.5),
            recheck_schedule=(0.0, 0.5, 1.0, 2.0),
        ),
    )
    token = busiest(race)
    race.inject(
        Fault(FaultKind.SLOW, "PATCH", f"/sessions/close/{token}", delay_s=2.0, effect_after_s=0.9)
    )
    states = record_states(window, token)

    confirm_close(qtbot, window, token)

    assert RowState.CHECKING in states and states[-1] is RowState.CLOSED
    assert cell(window, token, "state").startswith("Closed ✓ (confirmed ")
    assert "RUFUS confirmed it" in window.status_bar.text()


def test_a_500_after_the_close_took_effect_is_checked_not_assumed(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    token = busiest(race)
    race.inject(
        Fault(FaultKind.ERROR_STATUS, "PATCH", "/sessions/close/*", status=500, applied=True)
    )

    confirm_close(qtbot, window, token)

    assert state_of(window, token) is RowState.CLOSED
    assert len(close_requests(race)) == 1


def test_the_confirmation_is_a_warning_with_cancel_as_escape(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    click_close_button(qtbot, window, busiest(race))
    dialog = confirmation(qtbot, window)
    assert dialog.windowTitle() == "Close session?"
    assert dialog.cancel_button.hasFocus()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.confirmation is None, timeout=WAIT_MS)
    assert close_requests(race) == []


def test_a_question_the_console_takes_back_is_not_called_cancelled(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    """The key turned out read-only while the question was open: the console withdrew it,
    and the status bar must not say the official cancelled."""
    window = listed(qtbot, make_window(race))
    window.request_close(busiest(race))
    confirmation(qtbot, window)
    window.console.rights_changed.emit(KeyRights.READ_ONLY)  # as the rights probe answers
    qtbot.waitUntil(lambda: window.confirmation is None, timeout=WAIT_MS)
    assert "Cancelled" not in window.status_bar.text()
    assert close_requests(race) == []
