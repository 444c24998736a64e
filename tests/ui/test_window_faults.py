"""The second fault hunt, as the window shows it: one session under two devices, RUFUS's clock
against the computer's, times that cannot be read, answers that trickle in, a keyring that
never answers, an unusable RUFUS_API_KEY, and a close another console is running."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import keyring
import pytest
from pytestqt.qtbot import QtBot

from app.demo import CloudState, DemoCloud, Fault, FaultKind, Generation
from app.demo.faults import Shape
from app.keystore import KeyringVault
from app.rufus import Timeouts
from tests.conftest import wait_until
from tests.test_close_records import CONSOLE, quiet_environment
from tests.test_keystore import SilentKeyring
from tests.test_times import race
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    cell,
    confirmation_of,
    listed,
    shown_tokens,
)

TOOLTIP = 3  # Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def twice_listed(generation: Generation) -> Iterator[tuple[DemoCloud, str]]:
    """One session RUFUS lists under its own device and under another one too."""
    state = CloudState()
    now = datetime.now(UTC)
    first = state.bind_device(
        type="CLOUDBOX", model="CloudBox", serial_number="CB-10", alias="KM 10", now=now
    )
    second = state.bind_device(
        type="ONE4ALL", model="One4All 5", serial_number="OA-21", alias="KM 21", now=now
    )
    session = state.create_session(first.deviceid, "Finish", now=now - timedelta(hours=1))
    assert session is not None
    state.list_also_under(session.token_session, second.deviceid)
    with DemoCloud(state, generation=generation) as cloud:
        yield cloud, session.token_session


def test_a_session_under_two_devices_is_one_row_naming_both_and_the_question_warns(
    qtbot: QtBot, make_window: WindowFactory, twice_listed: tuple[DemoCloud, str]
) -> None:
    cloud, token = twice_listed
    window = listed(qtbot, make_window(cloud))
    assert shown_tokens(window) == [token]
    assert cell(window, token, "device") == "⚠ KM 10 + KM 21"
    assert "under 2 devices: KM 10 (serial CB-10) and KM 21 (serial OA-21)" in cell(
        window, token, "device", TOOLTIP
    )

    window.request_close(token)
    dialog = confirmation_of(qtbot, window)
    assert "KM 10 (serial CB-10) and KM 21 (serial OA-21)" in dialog.heading.text()
    assert dialog.twice_warning.isVisible()
    assert "Check which one is timing into it" in dialog.twice_warning.text()
    assert "Device: KM 10 — CloudBox + KM 21 — One4All 5" in dialog.words()
    dialog.reject()


@pytest.mark.parametrize(
    ("offset", "note", "activity", "last"),
    [
        (-3 * 3600.0, "RUFUS's clock: 3 h 0 min behind", "● LIVE", "s ago"),
        (3 * 3600.0, "RUFUS's clock: 3 h 0 min ahead", "◷ STALE", "2 h 50 min ago"),
    ],
    ids=["behind", "ahead"],
)
def test_ages_are_judged_on_rufuss_clock_and_a_far_off_clock_is_said(  # noqa: PLR0917
    qtbot: QtBot,
    make_window: WindowFactory,
    generation: Generation,
    offset: float,
    note: str,
    activity: str,
    last: str,
) -> None:
    server_now = datetime.now(UTC) + timedelta(seconds=offset)
    last_ago = timedelta(seconds=20) if offset < 0 else timedelta(hours=2, minutes=50)
    with DemoCloud(
        race(last_ago=last_ago, now=server_now), generation=generation, clock_offset_s=offset
    ) as cloud:
        window = listed(qtbot, make_window(cloud))
        [token] = shown_tokens(window)
        assert cell(window, token, "activity") == activity
        assert cell(window, token, "last-passing").endswith(last) or (
            last == "2 h 50 min ago" and cell(window, token, "last-passing") == "2 h 49 min ago"
        ), "the Date header tells RUFUS's time to the second"
        assert window.status_bar.clock.isVisible()
        assert window.status_bar.clock.text() == note
        assert "check this computer's date, time and time zone" in window.status_bar.clock.toolTip()


def test_a_clock_in_step_says_nothing_and_a_time_ahead_reads_in_not_ago(
    qtbot: QtBot, make_window: WindowFactory, generation: Generation
) -> None:
    now = datetime.now(UTC)
    with DemoCloud(race(last_ago=-timedelta(hours=3), now=now), generation=generation) as cloud:
        window = listed(qtbot, make_window(cloud))
        [token] = shown_tokens(window)
        assert cell(window, token, "last-passing") in ("in 3 h 0 min", "in 2 h 59 min")
        assert not window.status_bar.clock.isVisible()


def test_a_last_passing_that_cannot_be_read_is_unknown_and_never_stale(
    qtbot: QtBot, make_window: WindowFactory, generation: Generation
) -> None:
    """The fault hunt's case: a session with passings and a garbled last time read STALE,
    last passing "never"."""
    state = race(last_ago=timedelta(hours=5), opened_ago=timedelta(days=2))
    with DemoCloud(state, generation=generation) as cloud:
        cloud.inject(
            Fault(FaultKind.WRONG_SHAPE, "GET", "/sessions/device/*", shape=Shape.UNREADABLE_LAST)
        )
        window = listed(qtbot, make_window(cloud))
        [token] = shown_tokens(window)
        assert cell(window, token, "last-passing") == "unknown"
        assert cell(window, token, "activity") != "◷ STALE"


def test_an_answer_that_trickles_in_ends_at_its_deadline_and_says_which(
    qtbot: QtBot, make_window: WindowFactory, race_cloud: DemoCloud
) -> None:
    race_cloud.inject(Fault(FaultKind.TRICKLE, "GET", "/devices", times=None))
    quick = Timeouts(connect=2.0, read=3.0, total=1.0)
    window = make_window(race_cloud, timeouts=quick)
    with qtbot.waitSignal(window.console.listing_failed, timeout=WAIT_MS):
        window.console.start()
    assert window.status_bar.text().startswith(
        "⚠ The list could not be refreshed: RUFUS did not finish answering GET /devices within 1 s"
    )


@pytest.fixture
def race_cloud() -> Iterator[DemoCloud]:
    with DemoCloud() as cloud:
        yield cloud


def test_a_keyring_that_never_answers_is_given_up_on_and_the_key_asked_for(
    qtbot: QtBot,
    make_window: WindowFactory,
    race_cloud: DemoCloud,
    monkeypatch: pytest.MonkeyPatch,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("keyring")
    monkeypatch.setattr("app.keystore.KEYRING_TIME_LIMIT_S", 0.2)
    silent = SilentKeyring()
    keyring.set_keyring(silent)
    try:
        window = make_window(race_cloud, KeyringVault({}))
        with qtbot.waitSignal(window.console.key_needed, timeout=WAIT_MS):
            window.console.start()
        assert window.status_bar.key.text() == "Key: keyring not answering"
        assert "did not answer within 0.2 s" in window.status_bar.text()
    finally:
        silent.released.set()


def test_an_unusable_rufus_api_key_is_said_in_the_window(
    qtbot: QtBot, make_window: WindowFactory, race_cloud: DemoCloud
) -> None:
    window = make_window(race_cloud, KeyringVault({"RUFUS_API_KEY": "ror key with spaces"}))
    with qtbot.waitSignal(window.console.key_needed, timeout=WAIT_MS):
        window.console.start()
    assert window.status_bar.key.text() == "Key: RUFUS_API_KEY unusable"
    assert "remove the variable to use the keyring's key" in window.status_bar.text()
    assert "ror key with spaces" not in window.status_bar.text() + window.status_bar.key.toolTip()


def test_a_close_another_console_runs_is_left_alone_and_said(
    qtbot: QtBot, make_window: WindowFactory, race_cloud: DemoCloud
) -> None:
    token = race_cloud.state.open_sessions()[0].token_session
    race_cloud.inject(Fault(FaultKind.SLOW, "PATCH", f"/sessions/close/{token}", delay_s=30))
    other = subprocess.Popen(
        [CONSOLE, "--base-url", race_cloud.url, "close", token, "--yes"],
        env=quiet_environment(race_cloud.read_write_key),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: race_cloud.requests("PATCH", f"/sessions/close/{token}"), timeout=30)
        window = make_window(race_cloud)
        with qtbot.waitSignal(window.console.closes_held_elsewhere, timeout=WAIT_MS):
            window.console.start()
        assert "is being closed by another Rufus Console on this computer" in (
            window.status_bar.text()
        )
        assert cell(window, token, "state") == "● Open", "not called open or closed by this one"
    finally:
        other.kill()
        other.wait(timeout=10)
