"""Race day at a glance: what is live, what is forgotten, which device is which, how healthy
each is, and a table that keeps itself up to date without getting in the way."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud, Generation
from app.demo.seed import DEMO_DEVICES
from app.settings import AUTO_REFRESH
from app.ui.columns import position
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    cell,
    click_close_button,
    listed,
    refresh,
    settings_at,
    shown_tokens,
)


@pytest.fixture
def showcase(generation: Generation) -> Iterator[DemoCloud]:
    """What --demo shows: the race day with forgotten sessions, twins and weak devices."""
    with DemoCloud(generation=generation, devices=DEMO_DEVICES) as cloud:
        yield cloud


def token_of(cloud: DemoCloud, alias: str, device_alias: str | None = None) -> str:
    for session in cloud.state.open_sessions():
        device = cloud.state.device(session.deviceid)
        assert device is not None
        if session.alias == alias and device_alias in (None, device.alias):
            return session.token_session
    raise AssertionError(f"no open session {alias}")


def test_live_and_stale_rows_read_at_a_glance(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud
) -> None:
    window = listed(qtbot, make_window(showcase))
    old = token_of(showcase, "MARATHON 42K 2025")
    live = token_of(showcase, "HALF 21K")
    unused = token_of(showcase, "MARATHON 42K", "KM 30")

    assert cell(window, old, "activity") == "◷ STALE"
    assert cell(window, live, "activity") == "● LIVE"
    assert cell(window, unused, "activity") == "○ unused"
    opened_last_year = cell(window, old, "opened")
    assert re.fullmatch(r"\w{3} \d{1,2} \w{3} 20\d\d \d\d:\d\d \S+", opened_last_year)
    assert re.fullmatch(r"\d\d:\d\d:\d\d \S+", cell(window, live, "opened")), "today: time only"
    assert cell(window, old, "last-passing") == "1 year ago"
    assert "UTC" in cell(window, old, "opened", Qt.ItemDataRole.ToolTipRole)

    counts = window.status_bar.text()
    opened = len(showcase.state.open_sessions())
    assert re.fullmatch(rf"{opened} open · \d+ live · 3 stale", counts), counts


def test_live_only_and_stale_only_show_just_those(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud
) -> None:
    window = listed(qtbot, make_window(showcase))
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.commands.stale_only.isChecked()
    stale = {cell(window, t, "session") for t in shown_tokens(window)}
    assert stale == {"MARATHON 42K 2025", "Saturday 5K", "Penalties Sat"}

    window.commands.live_only.trigger()  # one at a time
    assert not window.commands.stale_only.isChecked()
    assert {cell(window, t, "activity") for t in shown_tokens(window)} == {"● LIVE"}

    window.filter_edit.setText("bridge")  # with the typed words too
    assert {cell(window, t, "session") for t in shown_tokens(window)} == {"BRIDGE S4"}
    window.commands.live_only.trigger()
    assert len(shown_tokens(window)) == 3


def test_device_health_in_both_generations(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud, generation: Generation
) -> None:
    window = listed(qtbot, make_window(showcase))
    weak = token_of(showcase, "MARATHON 42K 2025")
    charging = next(
        s.token_session
        for s in showcase.state.open_sessions()
        if s.alias == "BRIDGE S4" and s.passings == 211
    )
    if generation is Generation.G2:
        assert cell(window, weak, "status") == "Offline"
        assert cell(window, weak, "battery") == "▼ 4 %"
        assert cell(window, charging, "battery") == "▼ 17 % ⚡"
        assert re.fullmatch(r"\d+ h \d+ min ago", cell(window, weak, "last-seen"))
    else:  # G1's device list says nothing of health: shown as unknown, never guessed
        assert cell(window, weak, "status") == "—"
        assert cell(window, weak, "battery") == "—"
    assert cell(window, weak, "serial").startswith("O4A-")


def test_twins_are_told_apart_by_serial_in_the_question_and_the_outcome(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud
) -> None:
    window = listed(qtbot, make_window(showcase))
    twin = next(
        s for s in showcase.state.open_sessions() if s.alias == "BRIDGE S4" and s.passings == 0
    )
    device = showcase.state.device(twin.deviceid)
    assert device is not None

    click_close_button(qtbot, window, twin.token_session)
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
    dialog = window.confirmation
    assert dialog is not None
    assert dialog.heading.text() == (
        f"Close the session “BRIDGE S4” on BRIDGE (serial {device.serial_number}) (One4All 5)?"
    )
    words = dialog.words()
    for expected in (f"Serial: {device.serial_number}", "Opened: 20", "Token: "):
        assert expected in words
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        dialog.close_button.click()
    assert f"on BRIDGE (serial {device.serial_number})" in window.status_bar.text()


def test_closing_a_live_session_takes_a_wait_and_says_why_in_red(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.ui.confirm_close.LIVE_WAIT_S", 1)
    window = listed(qtbot, make_window(showcase))
    live = token_of(showcase, "HALF 21K")

    click_close_button(qtbot, window, live)
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
    dialog = window.confirmation
    assert dialog is not None
    warning = dialog.live_warning
    assert warning.isVisible()
    assert re.match(
        r"LIVE: a passing arrived \d+ s ago\. The device is still timing", warning.text()
    )
    assert warning.palette().windowText().color().name() == "#b71c1c"
    assert warning.font().bold()
    assert not dialog.close_button.isEnabled()
    assert dialog.close_button.text().endswith("(1)")
    qtbot.waitUntil(dialog.close_button.isEnabled, timeout=WAIT_MS)  # then the keyboard
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)


def test_clicking_close_selects_its_row_and_a_vanished_row_leaves_no_selection(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    first, second = shown_tokens(window)[:2]
    window.table.selectRow(window.model.position_of(second) or 0)

    click_close_button(qtbot, window, first)
    assert window.table.selected_token() == first, "the question is about the highlighted row"
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
    assert window.confirmation is not None
    window.confirmation.reject()

    race.state.close_session(first)  # closed elsewhere, while selected
    refresh(qtbot, window)
    assert window.table.selected_token() is None, "never the neighbour, one Delete away"
    assert "Closed elsewhere since the last refresh: “" in window.status_bar.text()

    window.table.selectRow(window.model.position_of(second) or 0)
    refresh(qtbot, window)
    assert window.table.selected_token() == second, "a row still there stays selected"

    window.table.clearSelection()
    window.table.setCurrentIndex(window.model.index(-1, -1))
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.status_bar.text() == "Select a session first."
    assert window.confirmation is None


def test_auto_refresh_waits_for_a_question_and_never_asks_for_a_key(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    started: list[datetime] = []
    window.console.listing_started.connect(lambda: started.append(datetime.now(UTC)))
    window.listing.auto_refresh.choose(0.2)

    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        pass  # one refresh on its own, 0.2 s after the last listing ended
    assert len(started) == 1

    click_close_button(qtbot, window, shown_tokens(window)[0])
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
    assert window.confirmation is not None
    with qtbot.assertNotEmitted(window.console.listing_started, wait=600):
        pass  # held while the official decides …
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        window.confirmation.reject()  # … and due at once after
    assert len(started) == 2

    # Without a key, a refresh that comes due on its own asks for none: only the official's
    # own F5 may open the key dialog.
    window.listing.auto_refresh.choose(0)
    with qtbot.waitSignal(window.console.key_changed, timeout=WAIT_MS):
        window.console.forget_key()
    assert not window.console.key_lookup.usable
    with qtbot.assertNotEmitted(window.console.key_needed):
        with qtbot.waitSignal(window.listing.auto_refresh.due, timeout=WAIT_MS):
            window.listing.auto_refresh.choose(0.2)
    assert window.keys.dialog is None
    window.listing.auto_refresh.choose(0)
    with qtbot.waitSignal(window.console.key_needed, timeout=WAIT_MS):
        QTest.keyClick(window.table, Qt.Key.Key_F5)
    assert window.keys.dialog is not None


def test_a_failed_automatic_refresh_opens_nothing_and_says_why(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    from app.demo import Fault, FaultKind

    window = listed(qtbot, make_window(race))
    race.inject(Fault(FaultKind.ERROR_STATUS, "GET", "/devices", status=500))
    window.listing.auto_refresh.choose(0.2)
    with qtbot.waitSignal(window.console.listing_failed, timeout=WAIT_MS):
        pass
    window.listing.auto_refresh.choose(0)
    assert window.status_bar.text().startswith("⚠ The list could not be refreshed")
    assert window.confirmation is None and window.keys.dialog is None
    assert window.quit_guard.question is None


def test_big_accounts_are_refreshed_less_often_and_the_status_bar_says_so(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    refresh_every = window.listing.auto_refresh
    refresh_every.choose(30)
    refresh_every.listing_ended(requests=2000)
    assert refresh_every.interval_s == 200
    window.listing.show_freshness()
    assert (
        "every 3 min for this account's size, to spare RUFUS" in window.status_bar.freshness.text()
    )
    assert window.status_bar.freshness.text().startswith("Updated 0 s ago · next in 3 min")
    refresh_every.choose(0)


def test_the_refresh_interval_and_hidden_columns_are_remembered(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, settings_file: Path
) -> None:
    window = listed(qtbot, make_window(race))
    assert window.table.horizontalHeader().isSectionHidden(position("token"))
    [one_minute] = [a for a in window.commands.refresh_choices.actions() if a.data() == 60]
    one_minute.trigger()
    [battery] = [a for a in window.table.columns.columns_menu().actions() if a.text() == "Battery"]
    battery.trigger()  # hidden from the header's menu
    assert window.table.horizontalHeader().isSectionHidden(position("battery"))
    window.close()

    stored = settings_at(settings_file)
    assert stored.get(AUTO_REFRESH) == 60
    again = make_window(race)
    assert again.table.horizontalHeader().isSectionHidden(position("battery"))
    assert [a.data() for a in again.commands.refresh_choices.actions() if a.isChecked()] == [60]


def test_sessions_new_since_the_last_refresh_are_marked_for_a_while(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    device = race.state.devices()[6]  # "Judge — Jordi": no session yet
    new = race.state.create_session(device.deviceid, "Protests", now=datetime.now(UTC))
    assert new is not None
    refresh(qtbot, window)
    row = window.model.position_of(new.token_session)
    assert row is not None
    assert window.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    window.listing._highlight_timer.timeout.emit()
    assert window.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_session_goes_from_live_to_idle_without_a_refresh(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = make_window(race)
    live = max(race.state.open_sessions(), key=lambda s: s.last or datetime.min.replace(tzinfo=UTC))
    listed(qtbot, window)
    assert cell(window, live.token_session, "activity") == "● LIVE"
    window.model.live_within = timedelta(seconds=1)  # as if minutes had passed
    window.model.refresh_times()
    qtbot.waitUntil(lambda: cell(window, live.token_session, "activity") == "idle", timeout=WAIT_MS)
    window.commands.live_only.trigger()
    assert live.token_session not in shown_tokens(window)


def test_a_close_outcome_stays_through_automatic_refreshes_until_the_official_acts(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    from app.demo import Fault, FaultKind

    window = listed(qtbot, make_window(race))
    token = shown_tokens(window)[0]
    race.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", f"/sessions/close/{token}", status=409))
    window.request_close(token)
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
    assert window.confirmation is not None
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        window.confirmation.close_button.click()
    refused = window.status_bar.text()
    assert refused.startswith("⚠ ") and "still open" in refused

    window.listing.auto_refresh.choose(0.2)
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        pass  # a refresh on its own
    window.listing.auto_refresh.choose(0)
    assert window.status_bar.text() == refused, "not wiped while the official looked away"

    refresh(qtbot, window)  # F5: the official asked for the list
    assert window.status_bar.text().endswith("stale")
