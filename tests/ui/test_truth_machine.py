"""A state machine over the real window and the simulated cloud: list, close, refresh, let
time pass, inject faults, and let the cloud change behind the window's back, in any order.

Invariant: the window never shows Closed for a session the cloud holds open; and right after a
refresh that succeeded, it shows no session Open (or Not closed) that the cloud has closed.
"""

from __future__ import annotations

import gc
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QSettings,
    QTimer,
)
from PySide6.QtWidgets import QApplication

from app.control.clients import ClientFactory
from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.faults import Shape
from app.keystore import DemoVault
from app.rufus import Timeouts
from app.sessions.book import RowState
from app.settings import Settings
from app.ui.launch import Target, build

TIMEOUTS = Timeouts(connect=2.0, read=0.4)
SCHEDULE = (0.0, 0.15, 0.3)
WAIT_MS = 10_000

FAULTS = [
    Fault(FaultKind.RESET),
    Fault(FaultKind.ERROR_STATUS, status=500),
    Fault(FaultKind.ERROR_STATUS, status=409),
    Fault(FaultKind.HTML_PAGE, status=502),
    Fault(FaultKind.TRUNCATED_JSON),
    Fault(FaultKind.WRONG_SHAPE, shape=Shape.RESULT_TEXT),
    Fault(FaultKind.RATE_LIMITED, retry_after=0),
    Fault(FaultKind.SLOW, delay_s=0.6),
]
PICK = st.integers(min_value=0, max_value=999)
ROUTES = [("GET", "/devices"), ("GET", "/sessions/*"), ("PATCH", "/sessions/close/*")]


def _aimed(fault: Fault, place: str, applied: bool, token: str) -> list[Fault]:
    """The fault, aimed at one close: its request, its read-back, both, or the check before."""
    close = replace(fault, method="PATCH", path=f"/sessions/close/{token}", applied=applied)
    read = replace(fault, method="GET", path=f"/sessions/{token}", times=1)
    match place:
        case "PATCH":
            return [close]
        case "read-back":
            return [replace(read, after=1)]
        case "both":
            return [close, replace(read, after=1)]
        case _:
            return [read]


def wait_for(signals: list[object], timeout_ms: int = WAIT_MS) -> None:
    """Runs the event loop until one of the signals fires (tests here have no qtbot)."""
    loop = QEventLoop()
    for signal in signals:
        signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    clock = QElapsedTimer()
    clock.start()
    loop.exec()
    for signal in signals:
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]
    assert clock.elapsed() < timeout_ms, "the window never answered"


def pause(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class WindowTruth(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        assert QApplication.instance() is not None, "the qapp fixture makes it"
        self.cloud = DemoCloud(generation=Generation.G2, page_limit=5).start()
        folder = Path(tempfile.mkdtemp())
        factory = ClientFactory(
            self.cloud.url,
            timeouts=TIMEOUTS,
            backoff=0.01,
            recheck_schedule=SCHEDULE,
            history_path=folder / "history.sqlite3",
        )
        vault = DemoVault(self.cloud.read_write_key)
        store = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        self.window = build(Target(factory, vault, demo=False), store)
        self.window.show()
        self.console = self.window.console
        self.console.start()
        wait_for([self.console.listing_finished])
        #: Whether the last refresh succeeded and nothing has changed in the cloud since.
        self.fresh = True

    def teardown(self) -> None:
        self.window.close()
        self.cloud.stop()
        # Qt objects are destroyed here, on the GUI thread: left to Python's garbage
        # collector, a worker thread could end up destroying them.
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del self.window, self.console
        gc.collect()

    def _settled(self) -> None:
        """Waits until the cloud has no request in hand and no late effect to come."""
        for _ in range(200):
            if not self.cloud.busy():
                return
            pause(20)

    # -- what the official does ---------------------------------------------------------------

    # A pick, not a draw from what is there: what the window shows depends on timing, and
    # Hypothesis needs every run of a case to draw the same data.
    @rule(
        pick=PICK,
        fault=st.none() | st.sampled_from(FAULTS),
        place=st.sampled_from(["PATCH", "read-back", "both", "check-before"]),
        applied=st.booleans(),
    )
    def close_a_session(self, pick: int, fault: Fault | None, place: str, applied: bool) -> None:
        closable = [
            row for row in self.window.console.book.rows() if self.window.console.book.closable(row)
        ]
        if not closable:
            return
        row = sorted(closable, key=lambda r: r.token)[pick % len(closable)]
        if fault is not None:
            for aimed in _aimed(fault, place, applied, row.token):
                self.cloud.inject(aimed)
        if self.console.close_sessions([row.token]):
            wait_for([self.console.closes_finished])
        self.fresh = False

    @rule()
    def refresh(self) -> None:
        self._settled()
        if self.console.refresh():
            wait_for([self.console.listing_finished, self.console.listing_failed])
        self._settled()
        self.fresh = not self.console.refreshing and self._last_listing_succeeded()

    def _last_listing_succeeded(self) -> bool:
        return not self.window.status_bar.text().startswith("⚠")

    @rule(ms=st.sampled_from([50, 200, 700]))
    def time_passes(self, ms: int) -> None:
        pause(ms)

    # -- what goes wrong, and what others do --------------------------------------------------

    @rule(
        fault=st.sampled_from(FAULTS),
        route=st.sampled_from(ROUTES),
        applied=st.booleans(),
        times=st.sampled_from([1, 2]),
    )
    def inject_a_fault(
        self, fault: Fault, route: tuple[str, str], applied: bool, times: int
    ) -> None:
        method, path = route
        self.cloud.inject(replace(fault, method=method, path=path, applied=applied, times=times))

    @rule(pick=PICK)
    def someone_else_closes_one(self, pick: int) -> None:
        held = sorted(self.cloud.state.open_sessions(), key=lambda s: s.token_session)
        if not held:
            return
        session = held[pick % len(held)]
        self.cloud.state.close_session(session.token_session)
        self.fresh = False

    @rule(data=st.data())
    def a_device_opens_a_new_session(self, data: st.DataObject) -> None:
        devices = sorted(self.cloud.state.devices(), key=lambda d: d.deviceid)
        device = data.draw(st.sampled_from(devices))
        self.cloud.state.create_session(device.deviceid, "NEW", now=datetime.now(UTC))
        self.fresh = False

    # -- what must always hold ----------------------------------------------------------------

    @invariant()
    def never_closed_when_the_cloud_holds_it_open(self) -> None:
        for row in self.window.console.book.rows():
            held = self.cloud.state.session(row.token)
            assert held is not None
            if row.state is RowState.CLOSED:
                assert not held.active, f"shown closed, open in the cloud: {row.entry}"

    @invariant()
    def after_a_refresh_nothing_closed_looks_open(self) -> None:
        if not self.fresh:
            return
        for row in self.window.console.book.rows():
            held = self.cloud.state.session(row.token)
            assert held is not None
            if row.state in (RowState.OPEN, RowState.NOT_CLOSED):
                assert held.active, f"shown {row.state.value} after a refresh, closed: {row.entry}"


WindowTruth.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestWindowTruth = pytest.mark.usefixtures("qapp")(WindowTruth.TestCase)
