"""Alerts in the window: raised by refreshes of a cloud that changes, listed until
acknowledged (one by one, or all), counted in the status bar in the alert tone, marked on
their rows; never raised by a refresh that failed; each kind switched off and remembered;
paused, and said so, while automatic refresh is off."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from app.control.alerts import Raised
from app.demo import AccessType, CloudState, DemoCloud, Fault, FaultKind
from app.demo.state import DemoDevice
from app.keystore import KeyLookup, KeyState
from app.sessions.alerts import AlertKind, Topic
from app.settings import ALERTS_ON
from app.ui import colours
from app.ui.alerts_window import AlertsWindow
from app.ui.cells import ALERTED_ROLE
from app.ui.main_window import MainWindow
from tests.conftest import online_cloudbox
from tests.ui.conftest import WAIT_MS, WindowFactory, cell, listed, refresh, settings_at


@dataclass
class Race:
    cloud: DemoCloud
    km5: DemoDevice
    km10: DemoDevice
    finish_a: DemoDevice
    finish_b: DemoDevice
    tokens: dict[str, str] = field(default_factory=dict)


@pytest.fixture
def race() -> Iterator[Race]:
    state = CloudState()
    now = datetime.now(UTC)

    def bind(alias: str, serial: str) -> DemoDevice:
        return online_cloudbox(state, alias, serial, now)

    race = Race(
        DemoCloud(state),
        bind("KM 5", "CB-0005"),
        bind("KM 10", "CB-0010"),
        bind("Finish", "CB-1001"),
        bind("Finish", "CB-1002"),
    )
    for name, device in (("km5", race.km5), ("km10", race.km10), ("finish", race.finish_a)):
        session = state.create_session(device.deviceid, f"Marathon {name}", now=now)
        assert session is not None
        race.tokens[name] = session.token_session
    with race.cloud:
        yield race


def refreshed(qtbot: QtBot, window: MainWindow) -> list[Raised]:
    """F5, and the alerts that refresh raised once the watch has compared it (in a worker)."""
    with qtbot.waitSignal(window.alerts.centre.observed, timeout=WAIT_MS) as blocker:
        refresh(qtbot, window)
    raised: list[Raised] = blocker.args[0]
    return raised


def raising(qtbot: QtBot, window: MainWindow) -> list[Raised]:
    raised = refreshed(qtbot, window)
    assert raised, "the refresh raised nothing"
    return raised


def kinds(raised: list[Raised]) -> list[tuple[AlertKind, str]]:
    return [(each.alert.kind, each.alert.token) for each in raised]


def listed_alert(alerts: AlertsWindow, row: int) -> QTreeWidgetItem:
    item = alerts.list.topLevelItem(row)
    assert item is not None, f"no alert listed in row {row}"
    return item


def alerted(window: MainWindow, token: str) -> bool:
    return bool(cell(window, token, "session", ALERTED_ROLE) == "True")


def test_an_alert_is_listed_counted_and_marked_until_acknowledged(
    qtbot: QtBot, make_window: WindowFactory, race: Race
) -> None:
    window = listed(qtbot, make_window(race.cloud))
    status = window.status_bar.alerts
    assert status.isHidden()
    token = race.tokens["km5"]
    assert not alerted(window, token)

    race.cloud.state.set_health(race.km5.deviceid, status="OFFLINE", battery_percentage=80)
    assert kinds(raising(qtbot, window)) == [(AlertKind.OFFLINE, token)]
    assert status.isVisible()
    assert status.text() == "⚠ 1 alert"
    assert colours.tone(colours.ALERT).name() in status.styleSheet()
    assert alerted(window, token)
    assert not alerted(window, race.tokens["km10"])

    # Nothing new, nothing raised again.
    assert refreshed(qtbot, window) == []
    assert status.text() == "⚠ 1 alert"

    QTest.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    alerts = window.alerts.list_window
    assert alerts is not None and alerts.isVisible()
    qtbot.waitUntil(alerts.isActiveWindow, timeout=WAIT_MS)  # the keyboard is in the list
    assert alerts.list.topLevelItemCount() == 1
    item = listed_alert(alerts, 0)
    assert item.text(0) == "⚠"
    assert item.text(2) == "Offline"
    assert item.text(3) == "KM 5 went offline; its session “Marathon km5” is open"
    assert item.font(3).bold()

    alerts.list.setCurrentItem(item)
    QTest.keyClick(alerts.list, Qt.Key.Key_Space)
    assert listed_alert(alerts, 0).text(0) == "✓"
    assert not listed_alert(alerts, 0).font(3).bold()
    assert status.isHidden()
    assert not alerted(window, token)
    assert alerts.summary.text() == "1 alert, 0 not acknowledged"


def test_acknowledge_all_and_twins_named_by_serial(
    qtbot: QtBot, make_window: WindowFactory, race: Race
) -> None:
    window = listed(qtbot, make_window(race.cloud))
    state = race.cloud.state
    state.set_health(race.km5.deviceid, status="ONLINE", battery_percentage=12)
    state.set_health(race.km10.deviceid, status="OFFLINE", battery_percentage=80)
    opened = state.create_session(race.finish_b.deviceid, "Finish B", now=datetime.now(UTC))
    assert opened is not None
    raised = raising(qtbot, window)
    assert sorted(kind.value for kind, _ in kinds(raised)) == ["battery-low", "offline", "opened"]
    assert window.status_bar.alerts.text() == "⚠ 3 alerts"
    new = next(each for each in raised if each.alert.kind is AlertKind.OPENED)
    window.alerts.show_list()
    alerts = window.alerts.list_window
    assert alerts is not None
    texts = [listed_alert(alerts, n).text(3) for n in range(3)]
    assert "“Finish B” opened on Finish (serial CB-1002), which had no open session" in texts
    assert alerted(window, new.alert.token)

    alerts.acknowledge_all_button.click()
    assert window.status_bar.alerts.isHidden()
    assert all(listed_alert(alerts, n).text(0) == "✓" for n in range(3))
    assert not any(alerted(window, token) for token in race.tokens.values())
    assert not alerts.acknowledge_all_button.isEnabled()


def test_a_refresh_that_failed_raises_nothing_and_forgets_nothing(
    qtbot: QtBot, make_window: WindowFactory, race: Race
) -> None:
    window = listed(qtbot, make_window(race.cloud))
    state = race.cloud.state
    state.set_health(race.km5.deviceid, status="OFFLINE", battery_percentage=80)
    race.cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", "/devices", times=1, status=500))
    seen = window.alerts.centre.sightings
    with qtbot.waitSignal(window.console.listing_failed, timeout=WAIT_MS):
        QTest.keyClick(window.table, Qt.Key.Key_F5)
    assert window.alerts.centre.sightings == seen, "a failed refresh reached the watch"

    # A device that cannot be read is unknown, not offline.
    km10 = race.km10.deviceid
    state.set_health(km10, status="OFFLINE", battery_percentage=80)
    race.cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", f"/sessions/device/{km10}/active"))
    raised = raising(qtbot, window)
    assert kinds(raised) == [(AlertKind.OFFLINE, race.tokens["km5"])]

    # Read again, it is said; the failures forgot nothing (the first success is no new start).
    assert kinds(raising(qtbot, window)) == [(AlertKind.OFFLINE, race.tokens["km10"])]


def test_closed_elsewhere_is_an_alert_and_a_close_from_here_is_not(
    qtbot: QtBot, make_window: WindowFactory, race: Race
) -> None:
    window = listed(qtbot, make_window(race.cloud))
    race.cloud.state.close_session(race.tokens["km10"])
    raised = raising(qtbot, window)
    assert kinds(raised) == [(AlertKind.CLOSED_ELSEWHERE, race.tokens["km10"])]

    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        window.console.close_sessions([race.tokens["km5"]])
    assert refreshed(qtbot, window) == []
    assert refreshed(qtbot, window) == []


def test_a_kind_switched_off_raises_nothing_and_stays_off(
    qtbot: QtBot, make_window: WindowFactory, race: Race, settings_file: Path
) -> None:
    window = listed(qtbot, make_window(race.cloud))
    switch = window.alerts.topics[Topic.OFFLINE]
    assert switch.isChecked()
    switch.trigger()
    assert not settings_at(settings_file).get(ALERTS_ON[Topic.OFFLINE])
    race.cloud.state.set_health(race.km5.deviceid, status="OFFLINE", battery_percentage=80)
    assert refreshed(qtbot, window) == []

    again = listed(qtbot, make_window(race.cloud))
    assert not again.alerts.topics[Topic.OFFLINE].isChecked()
    assert again.alerts.topics[Topic.BATTERY].isChecked()


def test_alerts_are_paused_and_said_so_while_automatic_refresh_is_off(
    qtbot: QtBot, make_window: WindowFactory, race: Race
) -> None:
    window = listed(qtbot, make_window(race.cloud))
    status = window.status_bar.alerts
    assert status.isHidden()
    off = next(a for a in window.commands.refresh_choices.actions() if a.data() == 0)
    off.trigger()
    assert status.isVisible()
    assert status.text() == "⚠ Alerts paused: automatic refresh is off"
    window.alerts.show_list()
    alerts = window.alerts.list_window
    assert alerts is not None
    assert alerts.paused_banner.isVisible()
    assert "Refresh automatically" in alerts.paused_banner.text()

    every_30 = next(a for a in window.commands.refresh_choices.actions() if a.data() == 30)
    every_30.trigger()
    assert status.isHidden()
    assert not alerts.paused_banner.isVisible()


def test_show_in_the_table_selects_the_session(
    qtbot: QtBot, make_window: WindowFactory, race: Race
) -> None:
    window = listed(qtbot, make_window(race.cloud))
    race.cloud.state.set_health(race.km10.deviceid, status="OFFLINE", battery_percentage=80)
    raising(qtbot, window)
    window.alerts.show_list()
    alerts = window.alerts.list_window
    assert alerts is not None
    alerts.list.setCurrentItem(listed_alert(alerts, 0))
    alerts.show_button.click()
    assert window.table.selected_token() == race.tokens["km10"]


def test_another_key_starts_the_watch_afresh(
    qtbot: QtBot, make_window: WindowFactory, race: Race
) -> None:
    """Another key may be another account: what its first listing shows is not compared with
    the last account's (whose rows leave as if closed elsewhere, and whose devices are not
    its devices)."""
    window = listed(qtbot, make_window(race.cloud))
    race.cloud.state.set_health(race.km5.deviceid, status="OFFLINE", battery_percentage=80)
    race.cloud.state.close_session(race.tokens["km10"])
    with qtbot.waitSignal(window.alerts.centre.observed, timeout=WAIT_MS) as blocker:
        window.console.use_key(KeyLookup(KeyState.DEMO, race.cloud.keys[AccessType.READ]))
    assert blocker.args == [[]]
