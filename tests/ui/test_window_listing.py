"""The table shows exactly the account's open sessions, as devices answer."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud, Fault, FaultKind
from app.display import local_time
from app.sessions.book import RowState
from app.ui.cells import TOKEN_ROLE
from app.ui.columns import COLUMNS, position
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    cell,
    listed,
    refresh,
    shown_tokens,
    state_of,
)

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def test_the_table_shows_exactly_the_clouds_open_sessions(
    qtbot: QtBot, make_window: WindowFactory, cloud: DemoCloud
) -> None:
    window = listed(qtbot, make_window(cloud))

    expected = {s.token_session: s for s in cloud.state.open_sessions()}
    assert sorted(shown_tokens(window)) == sorted(expected)
    assert window.model.rowCount() == len(expected) == 9
    for token, session in expected.items():
        device = cloud.state.device(session.deviceid)
        assert device is not None
        assert cell(window, token, "session") == session.alias
        on_list = [cloud.state.device(s.deviceid) for s in expected.values()]
        shared = sum(d is not None and d.alias == device.alias for d in on_list) > 1
        told_apart = f"{device.alias} (serial {device.serial_number})"
        assert cell(window, token, "device") == (told_apart if shared else device.alias)
        assert cell(window, token, "passings") == QLocale().toString(session.passings)
        assert cell(window, token, "token", TOOLTIP).startswith(token)
        assert token.startswith(cell(window, token, "token")[:6])
        assert state_of(window, token) is RowState.OPEN
    assert re.fullmatch(r"9 open · \d live · 0 stale", window.status_bar.text())


def test_rows_appear_device_by_device_with_progress(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = make_window(race)
    seen: list[tuple[int, int, str]] = []
    window.console.listing_progress.connect(
        lambda progress: seen.append(
            (progress.answered, window.model.rowCount(), window.status_bar.text())
        )
    )
    listed(qtbot, window)

    answered_over_time = [answered for answered, _, _ in seen]
    assert answered_over_time == sorted(answered_over_time) and answered_over_time[-1] == 12
    rows_over_time = [rows for _, rows, _ in seen]
    assert rows_over_time == sorted(rows_over_time)
    assert rows_over_time[-1] == 9
    assert any(
        text.startswith("Refreshing… ") and text.endswith(" of 12 devices") for *_, text in seen
    )


def test_times_read_as_ages_with_the_exact_local_time_on_hover(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    busiest = max(race.state.open_sessions(), key=lambda s: s.passings)
    token = busiest.token_session

    assert re.fullmatch(r"\d+ (s|min) ago", cell(window, token, "last-passing"))
    hover = cell(window, token, "last-passing", TOOLTIP)
    assert busiest.last is not None
    assert local_time(busiest.last) in hover
    assert "UTC)" in hover
    unused = next(s for s in race.state.open_sessions() if s.passings == 0)
    assert cell(window, unused.token_session, "last-passing") == "never"


def test_every_column_sorts_by_its_value_both_ways(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    by_passings = sorted(race.state.open_sessions(), key=lambda s: s.passings, reverse=True)

    window.table.sortByColumn(position("passings"), Qt.SortOrder.DescendingOrder)
    shown = [window.model.index(row, 0).data(TOKEN_ROLE) for row in range(window.model.rowCount())]
    assert shown == [s.token_session for s in by_passings]

    context = window.model.context()
    for number, column in enumerate(COLUMNS):
        for order in Qt.SortOrder:
            window.table.sortByColumn(number, order)
            rows = [window.model.row_at(row) for row in range(window.model.rowCount())]
            keys = [column.sort_value(row, context) for row in rows]
            expected = sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
            assert keys == expected, f"{column.key} {order}"
            assert len(rows) == 9


def test_refresh_on_f5_picks_up_changes_in_the_cloud(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    gone = race.state.open_sessions()[0]
    race.state.close_session(gone.token_session)
    new = race.state.create_session(gone.deviceid, "HALF 21K — restart", now=datetime.now(UTC))
    assert new is not None

    refresh(qtbot, window)

    assert gone.token_session not in shown_tokens(window)
    assert new.token_session in shown_tokens(window)
    assert window.model.rowCount() == 9


def test_a_device_that_cannot_be_read_is_named_and_its_rows_kept(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    victim = race.state.open_sessions()[0]
    race.inject(
        Fault(
            FaultKind.ERROR_STATUS,
            "GET",
            f"/sessions/device/{victim.deviceid}/active",
            times=None,
        )
    )

    refresh(qtbot, window)

    assert state_of(window, victim.token_session) is RowState.NOT_RE_READ
    assert "Not re-read" in cell(window, victim.token_session, "state")
    device = race.state.device(victim.deviceid)
    assert device is not None
    assert f"INCOMPLETE: could not read {device.alias}" in window.status_bar.text()


def test_an_unknown_key_says_what_to_do_and_shows_nothing(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    from app.keystore import DemoVault

    window = make_window(race, DemoVault("ror-0000000000000000000000"))
    with qtbot.waitSignal(window.console.listing_failed, timeout=WAIT_MS):
        window.console.start()
    assert window.model.rowCount() == 0
    assert "does not recognise this API key" in window.status_bar.text()
    assert "Key → Enter or change API key…" in window.status_bar.text()


def test_the_filter_matches_names_and_full_tokens(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    window.table.setFocus()

    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.hasFocus()
    QTest.keyClicks(window.filter_edit, "judge")
    assert window.model.rowCount() == 1
    assert window.model.index(0, position("session")).data() == "Penalties"

    token = race.state.open_sessions()[3].token_session
    window.filter_edit.setText(token[-20:])  # beyond what the short form shows
    assert window.model.rowCount() == 1
    window.filter_edit.setFocus()
    QTest.keyClick(window.filter_edit, Qt.Key.Key_Escape)  # Esc: all rows, back to the table
    assert window.filter_edit.text() == ""
    assert window.model.rowCount() == 9
    assert window.table.hasFocus()


def test_ctrl_c_copies_the_full_token(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    window.table.setFocus()
    window.table.selectRow(2)
    token = str(window.model.index(2, 0).data(TOKEN_ROLE))

    QTest.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert QGuiApplication.clipboard().text() == token
    assert len(token) > len(cell(window, token, "token"))


def test_the_gui_thread_keeps_running_while_rufus_answers_slowly(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    with DemoCloud(latency_ms=1000) as slow:
        window = make_window(slow)
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(50)
        listed(qtbot, window)  # at least two 1 s round trips
        timer.stop()
    # ~40 ticks when the GUI thread is free; a blocking call would allow almost none.
    assert len(ticks) >= 15


def test_a_failed_refresh_marks_every_row_out_of_date_until_the_next_one(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    race.inject(Fault(FaultKind.ERROR_STATUS, "GET", "/devices", status=500))

    with qtbot.waitSignal(window.console.listing_failed, timeout=WAIT_MS):
        QTest.keyClick(window.table, Qt.Key.Key_F5)

    tokens = shown_tokens(window)
    assert len(tokens) == 9  # nothing vanishes because RUFUS could not answer …
    assert all(state_of(window, token) is RowState.NOT_RE_READ for token in tokens)  # … but says so
    assert cell(window, tokens[0], "state") == "? Not re-read"
    assert "RUFUS had a problem" in cell(window, tokens[0], "state", Qt.ItemDataRole.ToolTipRole)
    assert window.status_bar.text().startswith("⚠ The list could not be refreshed: ")

    refresh(qtbot, window)
    assert all(state_of(window, token) is RowState.OPEN for token in shown_tokens(window))


def test_a_first_run_fits_its_columns_to_the_first_rows_not_the_last(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    """A slow first listing showed its rows under guessed widths until its last device had
    answered: names cut to 'FINISH L…' while the State column stood wide and empty."""
    slow = race.state.devices()[0].deviceid
    race.inject(Fault(FaultKind.SLOW, "GET", f"/sessions/device/{slow}/active", delay_s=4.0))
    window = make_window(race)
    ended: list[object] = []
    window.console.listing_finished.connect(ended.append)
    window.console.start()
    table, names = window.table, [position("session"), position("device")]

    def fitted() -> bool:
        return window.model.rowCount() >= 3 and all(
            table.columnWidth(column) >= table.sizeHintForColumn(column) for column in names
        )

    qtbot.waitUntil(fitted, timeout=WAIT_MS)
    assert not ended, "fitted while still listing: the slow device has not answered"
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)


def test_a_column_the_official_widens_during_a_first_listing_stays_as_wide(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    """The first run's fitting, once a second while rows arrive, undid a column the official
    had just dragged wider."""
    slow = race.state.devices()[0].deviceid
    race.inject(Fault(FaultKind.SLOW, "GET", f"/sessions/device/{slow}/active", delay_s=4.0))
    window = make_window(race)
    ended: list[object] = []
    window.console.listing_finished.connect(ended.append)
    with qtbot.waitSignal(window.table.columns.fitted, timeout=WAIT_MS):
        window.console.start()  # the first rows are fitted as they arrive
    header, session = window.table.horizontalHeader(), position("session")
    wide = header.sectionSize(session) + 120
    header.resizeSection(session, wide)  # as the official's drag does
    with qtbot.assertNotEmitted(window.table.columns.fitted, wait=1500):
        pass  # longer than FIRST_FIT_MS: no fitting came
    assert not ended, "still listing"
    assert header.sectionSize(session) == wide
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)
    assert header.sectionSize(session) == wide
