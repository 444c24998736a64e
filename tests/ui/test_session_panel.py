"""The session panel in the window, against the simulated cloud: it fills from the tail, takes
passings inserted while it is open, follows the selection, charts the right minutes, says so
when a read fails (and claims nothing it did not read), keeps hostile text inert, is remembered,
and gives the close confirmation its chart without making it wait."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.control.tail import TailView
from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.passings import DemoPassing
from app.demo.state import CloudState
from app.display import local_time
from app.rufus.endpoint import Timeouts
from app.rufus.models import Passing
from app.sessions.tail import TAIL
from app.settings import SESSION_PANEL
from app.ui.main_window import MainWindow
from app.ui.passings_model import PassingsModel
from app.ui.session_panel import SessionPanel
from app.ui.words.names import plain_tip
from tests.ui.conftest import (
    WAIT_MS,
    FactoryOptions,
    WindowFactory,
    cell,
    confirmation_of,
    listed,
    settings_at,
    shown_tokens,
)
from tests.ui.test_window_view import accessible_name, unnamed


def account(*sessions: tuple[str, int]) -> tuple[CloudState, list[str]]:
    """Devices each with one open session of `count` passings, the last a few seconds ago."""
    state = CloudState()
    tokens = []
    now = datetime.now(UTC)
    for number, (alias, count) in enumerate(sessions):
        device = state.bind_device(
            type="CLOUDBOX",
            model="CloudBox",
            serial_number=f"CB-{number}",
            alias=f"Mat {number}",
            now=now,
        )
        session = state.create_session(device.deviceid, alias, now=now - timedelta(hours=3))
        assert session is not None
        if count:
            state.load_passings(
                session.token_session,
                count=count,
                first=now - timedelta(hours=2),
                last=now - timedelta(seconds=3),
            )
        tokens.append(session.token_session)
    return state, tokens


def panel_of(window: MainWindow) -> SessionPanel:
    panel = window.panel.panel
    assert panel is not None
    return panel


def open_panel(qtbot: QtBot, window: MainWindow) -> SessionPanel:
    """Ctrl+P, as the official opens it."""
    QTest.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    panel = panel_of(window)
    qtbot.waitUntil(panel.isVisible, timeout=WAIT_MS)
    return panel


def select(qtbot: QtBot, window: MainWindow, token: str) -> None:
    """That row alone, as a click on it selects it."""
    place = window.model.position_of(token)
    assert place is not None
    window.table.selectionModel().select(
        window.model.index(place, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.waitUntil(lambda: window.table.selected_tokens() == [token], timeout=WAIT_MS)


def numbers_shown(panel: SessionPanel) -> list[int]:
    model = panel.passings
    return [int(model.texts(row)[0]) for row in range(model.rowCount())]


def filled(qtbot: QtBot, panel: SessionPanel, top: int) -> None:
    qtbot.waitUntil(lambda: numbers_shown(panel)[:1] == [top], timeout=WAIT_MS)


def settled(qtbot: QtBot, window: MainWindow) -> TailView:
    follower = window.panel.follower

    def done() -> bool:
        view = follower.view()
        return view is not None and view.read_until is not None and not view.reading

    qtbot.waitUntil(done, timeout=WAIT_MS)
    view = follower.view()
    assert view is not None
    return view


def test_the_panel_fills_from_the_tail_of_a_big_session(
    qtbot: QtBot, make_window: WindowFactory, generation: Generation
) -> None:
    state, (token,) = account(("HALF 21K", 150_000))
    with DemoCloud(state, generation=generation) as cloud:
        window = listed(qtbot, make_window(cloud))
        panel = open_panel(qtbot, window)
        assert panel.hint.isVisible()  # nothing selected yet: nothing read
        assert cloud.requests("GET", "/passings/") == []
        select(qtbot, window, token)
        filled(qtbot, panel, 150_000)
        settled(qtbot, window)
        asked = cloud.requests("GET", f"/passings/session/{token}")
    assert numbers_shown(panel)[:TAIL] == list(range(150_000, 150_000 - TAIL, -1))
    assert len(asked) <= 3  # the tail, and two pages before it for the chart
    assert panel.heading.text() == "HALF 21K"
    assert panel.fields["device"].text() == "Mat 0"
    assert panel.fields["serial"].text() == "CB-0"
    assert panel.fields["kind"].text() == "CloudBox"
    assert panel.fields["activity"].text() == "● LIVE"
    assert panel.fields["passings"].text() == cell(window, token, "passings")
    assert "Last passing: " in panel.caption.text()


def test_passings_inserted_while_it_is_open_arrive_at_the_top(
    qtbot: QtBot, make_window: WindowFactory, generation: Generation
) -> None:
    state, (token,) = account(("FINISH", 800))
    with DemoCloud(state, generation=generation) as cloud:
        window = listed(qtbot, make_window(cloud))
        window.panel.follower.live_every_s = 0.05
        panel = open_panel(qtbot, window)
        select(qtbot, window, token)
        filled(qtbot, panel, 800)
        arrived = datetime.now(UTC)
        with qtbot.waitSignal(
            window.panel.follower.changed,
            timeout=WAIT_MS,
            check_params_cb=lambda view: bool(view.latest) and view.latest[0].num_passing == 802,
        ):
            state.insert_passings(
                token,
                [
                    DemoPassing(801, arrived, "1203", chip="E2801160AA", status="Sent"),
                    DemoPassing(
                        802, arrived, "77", chip="E2801160BB", latitude=41.5, longitude=2.1
                    ),
                ],
            )
    model = panel.passings
    assert model.texts(0)[:3] == ("802", "77", "E2801160BB")
    assert model.texts(0)[5] == "41.50000, 2.10000"
    assert model.texts(1)[:3] == ("801", "1203", "E2801160AA")
    assert numbers_shown(panel)[2] == 800


def test_it_follows_the_selected_row(qtbot: QtBot, make_window: WindowFactory) -> None:
    state, (first, second) = account(("KM 10", 600), ("KM 21", 450))
    quiet = state.session(second)
    assert quiet is not None and quiet.simulation is not None
    now = datetime.now(UTC)
    state.load_passings(  # KM 21's mat went quiet an hour ago
        second, count=450, first=now - timedelta(hours=2), last=now - timedelta(hours=1)
    )
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        panel = open_panel(qtbot, window)
        select(qtbot, window, first)
        filled(qtbot, panel, 600)
        assert panel.fields["activity"].text() == "● LIVE"
        # The panel alone, told of another row: the first session's passings are not its own.
        row = window.console.book.get(second)
        panel.show_row(row, window.panel.follower.now(), timedelta(minutes=2), frozenset())
        assert panel.fields["activity"].text() == "idle"
        assert panel.passings.rowCount() == 0
        cloud.inject(Fault(FaultKind.SLOW, "GET", f"/passings/session/{second}", delay_s=0.5))
        select(qtbot, window, second)
        # Before its own passings come, nothing of the first session's is shown as its own.
        assert panel.heading.text() == "KM 21"
        assert panel.fields["device"].text() == "Mat 1"
        assert panel.fields["activity"].text() == "idle"
        assert panel.passings.rowCount() == 0
        filled(qtbot, panel, 450)
        # Two rows selected: no single session to show, nothing more read.
        window.table.selectAll()
        qtbot.waitUntil(panel.hint.isVisible, timeout=WAIT_MS)
        assert window.panel.follower.token is None


def test_the_chart_counts_each_minute_s_passings(
    qtbot: QtBot, make_window: WindowFactory, generation: Generation
) -> None:
    state, (token,) = account(("CHECKPOINT", 0))
    now = datetime.now(UTC)
    # Bursts and gaps over the last 50 minutes, a few in the minute under way.
    offsets = [
        *[timedelta(minutes=48, seconds=s) for s in range(0, 60, 4)],
        *[timedelta(minutes=47, seconds=s) for s in (1, 30)],
        *[timedelta(minutes=30, seconds=s) for s in range(0, 60, 2)],
        *[timedelta(minutes=12, seconds=9)],
        *[timedelta(minutes=3, seconds=s) for s in range(0, 60, 6)],
        *[timedelta(seconds=s) for s in (0, 0)],
    ]
    times = sorted(now - offset for offset in offsets)
    state.insert_passings(
        token, [DemoPassing(n, moment, str(n)) for n, moment in enumerate(times, start=1)]
    )
    with DemoCloud(state, generation=generation) as cloud:
        window = listed(qtbot, make_window(cloud))
        panel = open_panel(qtbot, window)
        select(qtbot, window, token)
        view = settled(qtbot, window)
        window.panel._tick()
    rates = panel.chart.rates()
    assert (rates is not None and rates == view.rates) or rates is not None
    bars = panel.chart.bars()
    per_minute = Counter(moment.replace(second=0, microsecond=0) for moment in times)
    assert len(bars) == 60
    for index, value in enumerate(bars):
        minute = rates.minute(index)
        assert value == per_minute.get(minute, 0), minute
    assert sum(value or 0 for value in bars) == len(times)
    assert f"peak {max(per_minute.values())}/min" in panel.caption.text()


@pytest.mark.parametrize(
    ("fault", "timeouts"),
    [
        (Fault(FaultKind.ERROR_STATUS, "GET", "/passings/session/*", times=None), None),
        (Fault(FaultKind.RESET, "GET", "/passings/session/*", times=None), None),
        (
            Fault(FaultKind.TRICKLE, "GET", "/passings/session/*", times=None, delay_s=0.2),
            Timeouts(connect=2.0, read=3.0, total=1.0, passings_page_total=1.0),
        ),
    ],
    ids=["5xx", "cut", "trickle past the deadline"],
)
def test_a_read_that_fails_is_said_and_nothing_is_claimed(
    qtbot: QtBot,
    make_window: WindowFactory,
    fault: Fault,
    timeouts: Timeouts | None,
    generation: Generation,
) -> None:
    state, (token,) = account(("FINISH", 500))
    with DemoCloud(state, generation=generation) as cloud:
        options: FactoryOptions = {"timeouts": timeouts} if timeouts else {}
        window = listed(qtbot, make_window(cloud, **options))
        window.panel.follower.live_every_s = 0.05
        panel = open_panel(qtbot, window)
        select(qtbot, window, token)
        before = settled(qtbot, window)
        shown = numbers_shown(panel)
        cloud.inject(fault)
        state.record_passings(token, [datetime.now(UTC)] * 4)  # sent, never read
        qtbot.waitUntil(lambda: "Not re-read since" in panel.status.text(), timeout=WAIT_MS)
        cloud.faults = type(cloud.faults)()  # the venue's link comes back, quietly
        view = window.panel.follower.view()
    assert view is not None and view.problem is not None
    assert numbers_shown(panel) == shown  # nothing invented, nothing lost
    assert view.read_until == before.read_until
    tail = window.panel.follower._tail
    assert tail is not None
    assert before.read_until is not None
    later = tail.rates(before.read_until + timedelta(minutes=2))
    assert later.counts[-3:] == (None, None, None)  # not read: never "no passing"


def test_a_session_that_cannot_be_read_says_so(qtbot: QtBot, make_window: WindowFactory) -> None:
    state, (token,) = account(("FINISH", 500))
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", "/passings/session/*", times=None))
        panel = open_panel(qtbot, window)
        select(qtbot, window, token)
        qtbot.waitUntil(
            lambda: panel.status.text().startswith("The passings could not be read"),
            timeout=WAIT_MS,
        )
    assert panel.passings.rowCount() == 0
    assert panel.chart.bars() == []
    assert panel.caption.text() == ""  # no "last passing", no rate: nothing was read


def test_hostile_bibs_and_chips_stay_inert(qtbot: QtBot, make_window: WindowFactory) -> None:
    state, (token,) = account(("FINISH", 0))
    moment = datetime.now(UTC)
    state.insert_passings(
        token,
        [
            DemoPassing(1, moment, "<b>12</b>\u202e34", chip="\x1b[2J=cmd|' /C calc'!A0"),
            DemoPassing(2, moment, "7\n8", chip="<img src=x onerror=alert(1)>", status="\x07"),
        ],
    )
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        panel = open_panel(qtbot, window)
        select(qtbot, window, token)
        filled(qtbot, panel, 2)
    model = panel.passings
    newest, oldest = model.texts(0), model.texts(1)
    assert newest[1:3] == ("7␊8", "<img src=x onerror=alert(1)>")
    assert newest[4] == "␇"
    assert oldest[1:3] == ("<b>12</b>⟨U+202E⟩34", "␛[2J=cmd|' /C calc'!A0")
    tip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert tip == plain_tip("<img src=x onerror=alert(1)>")
    assert "&lt;img" in tip


def test_hidden_it_reads_nothing_and_it_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, settings_file: Path
) -> None:
    state, (token,) = account(("FINISH", 300))
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        select(qtbot, window, token)
        with qtbot.assertNotEmitted(window.console.listing_started, wait=200):
            pass
        assert cloud.requests("GET", "/passings/") == []  # never opened: never read
        panel = open_panel(qtbot, window)
        filled(qtbot, panel, 300)
        assert settings_at(settings_file).get(SESSION_PANEL) is True
        window.panel.follower.live_every_s = 0.02
        window.panel.follower.quiet_every_s = 0.02
        QTest.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not panel.isVisible(), timeout=WAIT_MS)
        asked = len(cloud.requests("GET", "/passings/"))
        with qtbot.assertNotEmitted(window.panel.follower.changed, wait=300):
            pass
        assert len(cloud.requests("GET", "/passings/")) == asked
        assert settings_at(settings_file).get(SESSION_PANEL) is False
        settings_at(settings_file).set(SESSION_PANEL, True)
        again = listed(qtbot, make_window(cloud))
        assert again.commands.session_panel.isChecked()
        assert panel_of(again).isVisible()


def test_it_grows_with_the_zoom(qtbot: QtBot, make_window: WindowFactory, race: DemoCloud) -> None:
    window = listed(qtbot, make_window(race))
    panel = open_panel(qtbot, window)
    select(qtbot, window, shown_tokens(window)[0])
    before = (panel.widget().font().pointSizeF(), panel.chart.sizeHint().height())
    QTest.keyClick(window.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    after = (panel.widget().font().pointSizeF(), panel.chart.sizeHint().height())
    assert after[0] == pytest.approx(before[0] * 1.2 / 1.0, rel=0.05)
    assert after[1] > before[1]


def test_the_confirmation_shows_the_chart_without_waiting_for_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    state, (token,) = account(("FINISH", 2000))
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        cloud.inject(Fault(FaultKind.SLOW, "GET", "/passings/session/*", delay_s=0.5))
        window.request_close(token)
        dialog = confirmation_of(qtbot, window)
        chart = dialog.rate_chart
        assert chart is not None
        assert chart.text() == "Reading the last hour's passings…"  # open, not waiting
        # Exactly as tall as its lines, as it opens where the style's guess is short.
        layout = dialog.layout()
        assert layout is not None
        dialog.resize(dialog.width(), layout.totalHeightForWidth(dialog.width()))
        qtbot.waitUntil(lambda: bool(chart.bars()), timeout=WAIT_MS)
        assert dialog.isVisible()
        assert "Last passing: " in dialog.rate_caption.text()
        # The caption came after the dialog was sized: it grew to hold it, and no line of the
        # session's details was squeezed out of view.
        assert layout.totalHeightForWidth(dialog.width()) <= dialog.height()
        details = dialog.details
        qtbot.waitUntil(lambda: details.height() >= details.heightForWidth(details.width()))
        dialog.reject()


def test_the_confirmation_takes_what_the_panel_has(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    state, (token,) = account(("FINISH", 900))
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        panel = open_panel(qtbot, window)
        select(qtbot, window, token)
        filled(qtbot, panel, 900)
        view = settled(qtbot, window)
        asked = len(cloud.requests("GET", "/passings/"))
        window.request_close(token)
        dialog = confirmation_of(qtbot, window)
        chart = dialog.rate_chart
        assert chart is not None
        assert chart.bars() == list(view.rates.counts)  # at once: no read, no wait
        assert len(cloud.requests("GET", "/passings/")) == asked
        dialog.reject()


def test_a_bulk_confirmation_has_no_chart(qtbot: QtBot, make_window: WindowFactory) -> None:
    state, _ = account(("A", 10), ("B", 10))
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        window.table.selectAll()
        window.close_selected()
        dialog = confirmation_of(qtbot, window)
        assert dialog.rate_chart is None
        dialog.reject()
    assert cloud.requests("GET", "/passings/") == []


def test_what_a_screen_reader_meets_in_it_has_a_name(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    panel = open_panel(qtbot, window)
    select(qtbot, window, shown_tokens(window)[1])
    settled(qtbot, window)
    assert unnamed(panel) == []
    assert accessible_name(panel.list) == "Latest passings, newest first"
    described = QAccessible.queryAccessibleInterface(panel.chart)
    assert described is not None
    assert "Last passing: " in described.text(QAccessible.Text.Description)


def test_a_session_without_passings_says_none_yet_and_charts_quiet_minutes(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    state, (token,) = account(("KM 30", 0))
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        panel = open_panel(qtbot, window)
        select(qtbot, window, token)
        settled(qtbot, window)
        window.panel._tick()
    assert panel.caption.text().startswith("Last passing: none yet\n")
    assert set(panel.chart.bars()) == {0}  # read from its first passing on: quiet, not unread
    assert panel.passings.rowCount() == 0


def test_passings_from_another_day_show_their_date(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """A session left open since yesterday: its last passing must not read as this morning's."""
    state, now = CloudState(), datetime.now(UTC)
    device = state.bind_device(type="CLOUDBOX", model="CloudBox", serial_number="CB-9", now=now)
    session = state.create_session(device.deviceid, "YESTERDAY", now=now - timedelta(hours=40))
    assert session is not None
    last = now - timedelta(hours=30)
    state.load_passings(session.token_session, count=40, first=last - timedelta(hours=1), last=last)
    local = last.astimezone()
    date = QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
    )
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        panel = open_panel(qtbot, window)
        select(qtbot, window, session.token_session)
        filled(qtbot, panel, 40)
        settled(qtbot, window)
        assert f"({date} {local:%H:%M:%S}" in panel.caption.text()
        assert panel.passings.texts(0)[3].startswith(f"{date} {local:%H:%M:%S}")


def test_a_live_confirmation_tells_one_last_passing_everywhere_and_keeps_it_ticking(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """The details said the listing's passing, the warning ticked from it, and the chart's
    caption a newer one the chart had read, frozen: three ages, minutes apart on a live mat."""
    state, (token,) = account(("FINISH", 2000))
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        cloud.state.record_passings(token, [datetime.now(UTC)])  # after the listing
        newest = cloud.state.session(token)
        assert newest is not None and newest.last is not None
        window.request_close(token)
        dialog = confirmation_of(qtbot, window)
        details = dialog.details
        assert isinstance(details, QLabel)

        def last_passing_line() -> str:
            return next(x for x in details.text().splitlines() if x.startswith("Last passing:"))

        def ages() -> list[str]:
            texts = (last_passing_line(), dialog.live_warning.text(), dialog.rate_caption.text())
            return [found.group(1) for text in texts if (found := AGE.search(text))]

        qtbot.waitUntil(lambda: len(ages()) == 3 and len(set(ages())) == 1, timeout=WAIT_MS)
        assert local_time(newest.last) in last_passing_line(), "the passing read after listing"
        shown = ages()[0]
        qtbot.waitUntil(lambda: ages()[0] != shown and len(set(ages())) == 1, timeout=WAIT_MS)
        dialog.reject()


#: "12 s ago", as the details, the live warning and the caption each write an age.
AGE = re.compile(r"\b(\d+ s) ago")


def test_a_session_the_chart_finds_live_gets_the_live_guard(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listed idle (its last passing 10 min old), timing again by the time the confirmation
    read its passings: it said "0 s ago" with no LIVE warning and Close at once."""
    monkeypatch.setattr("app.ui.confirm_close.LIVE_WAIT_S", 1)  # the tests' fixture has none
    state, now = CloudState(), datetime.now(UTC)
    device = state.bind_device(type="CLOUDBOX", model="CloudBox", serial_number="CB-7", now=now)
    session = state.create_session(device.deviceid, "KM 7", now=now - timedelta(hours=2))
    assert session is not None
    token = session.token_session
    state.load_passings(
        token, count=300, first=now - timedelta(hours=1), last=now - timedelta(minutes=10)
    )
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        assert cell(window, token, "activity") != "● LIVE"
        cloud.state.record_passings(token, [datetime.now(UTC)])
        window.request_close(token)
        dialog = confirmation_of(qtbot, window)
        assert dialog.live_warning.isHidden(), "not live as listed"
        qtbot.waitUntil(lambda: not dialog.live_warning.isHidden(), timeout=WAIT_MS)
        assert dialog.live_warning.text().startswith("LIVE: a passing arrived ")
        assert not dialog.close_button.isEnabled(), "Close waits, as for a session listed live"
        qtbot.waitUntil(dialog.close_button.isEnabled, timeout=WAIT_MS)
        dialog.reject()


def test_a_list_left_open_past_midnight_dates_yesterday_s_passings(qapp: object) -> None:
    """Written at 23:59, the list said '23:58:10' for a passing that, the next morning, was
    yesterday's: the cells are written again when the computer's day changes."""
    evening = datetime.now().astimezone().replace(hour=23, minute=59, second=0, microsecond=0)
    clock = [evening]
    model = PassingsModel(now=lambda: clock[0])
    arrived = evening - timedelta(seconds=50)
    passing = Passing("T", 1, arrived, arrived.isoformat(), bib="7")
    model.show("T", (passing,))
    assert model.texts(0)[3] == local_time(arrived), "today's: the time alone"

    clock[0] = evening + timedelta(hours=8)  # the next morning; nothing new came
    model.show("T", (passing,))
    day = QDate(arrived.year, arrived.month, arrived.day)
    date = QLocale().toString(day, QLocale.FormatType.ShortFormat)
    assert model.texts(0)[3] == f"{date} {local_time(arrived)}"
