"""A state machine over the real window and the simulated cloud: close as an official does
(the row's Close, or Delete, then the confirmation), change one's mind, refresh, inject
faults, let the network heal, and let the cloud change behind the window's back, in any order.

Safety: the window never shows Closed for a session the cloud holds open, and never sends a
close request twice or without saying so in its record. Liveness: with no fault about, a close
ends Closed within the re-check schedule, after exactly one close request (none when the
session was closed already); once the faults have cleared, the next refresh is complete and
resolves every row, "outcome unknown" included: right after a complete refresh the table shows
exactly the sessions the cloud holds open, each of them Open.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.faults import FaultPlan, Shape
from app.records.close_record import CloseRecord, Outcome
from app.rufus import Timeouts
from app.sessions.book import RowState
from tests.conftest import wait_until
from tests.ui.official import WAIT_MS, Listing, Official, close_for_good, open_window

TIMEOUTS = Timeouts(connect=2.0, read=0.4)
SCHEDULE = (0.0, 0.15, 0.3)

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


class WindowTruth(RuleBasedStateMachine):
    def __init__(self, qtbot: QtBot) -> None:
        super().__init__()
        self.cloud = DemoCloud(generation=Generation.G2, page_limit=5).start()
        self.folder = Path(tempfile.mkdtemp())
        window = open_window(
            self.cloud.url,
            self.cloud.read_write_key,
            self.folder,
            timeouts=TIMEOUTS,
            schedule=SCHEDULE,
        )
        self.official = Official(qtbot, window)
        assert self.official.start() is Listing.COMPLETE
        #: Whether the last refresh was complete and nothing has changed in the cloud since.
        self.fresh = True
        #: Whether a fault may still be waiting in the cloud for a request to strike.
        self.faulty = False

    def teardown(self) -> None:
        # Destroyed here, on the GUI thread: left to Python's garbage collector, a worker
        # thread could end up destroying the window's Qt objects.
        close_for_good(self.official.window)
        self.cloud.stop()
        del self.official
        gc.collect()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _settled(self) -> None:
        """Waits until the cloud has no request in hand and no late effect to come: a close
        it carries out late changes what it holds, behind the window's back."""
        wait_until(lambda: not self.cloud.busy(), timeout=WAIT_MS / 1000)

    def _heal(self) -> None:
        """Every fault still waiting in the cloud is gone, and every late effect has come."""
        self.cloud.faults = FaultPlan()
        self.faulty = False
        self._settled()

    # -- what the official does ---------------------------------------------------------------

    # A pick, not a draw from what is there: what the window shows depends on timing, and
    # Hypothesis needs every run of a case to draw the same data.
    @rule(
        pick=PICK,
        by_keyboard=st.booleans(),
        fault=st.sampled_from(FAULTS),
        place=st.sampled_from(["PATCH", "read-back", "both", "check-before"]),
        applied=st.booleans(),
    )
    def close_a_session_as_a_fault_strikes(
        self, pick: int, by_keyboard: bool, fault: Fault, place: str, applied: bool
    ) -> None:
        token = self._pick_closable(pick)
        if token is None:
            return
        self._close(token, by_keyboard, _aimed(fault, place, applied, token))

    @rule(pick=PICK, by_keyboard=st.booleans())
    def close_a_session_with_nothing_in_the_way(self, pick: int, by_keyboard: bool) -> None:
        """Whatever happened before (rows not re-read, unknown outcomes, refusals), once no
        fault is about, a close ends Closed within the re-check schedule."""
        self._heal()
        token = self._pick_closable(pick)
        if token is None:
            return
        held = self.cloud.state.session(token)
        assert held is not None
        was_open = bool(held.active)
        record, sent = self._close(token, by_keyboard, [])
        assert self.official.state(token) is RowState.CLOSED, (
            self.official.state_text(token),
            record,
        )
        assert record.outcome is (Outcome.CLOSED if was_open else Outcome.ALREADY_CLOSED)
        assert sent == int(was_open)

    def _pick_closable(self, pick: int) -> str | None:
        closable = sorted(t for t in self.official.tokens() if self.official.closable(t))
        return closable[pick % len(closable)] if closable else None

    def _close(self, token: str, by_keyboard: bool, faults: list[Fault]) -> tuple[CloseRecord, int]:
        """Closes the row of `token` as an official does; its record, and how many close
        requests reached the cloud, which must be what the record says was sent."""
        self._settled()
        sent_before = self._close_requests(token)
        for fault in faults:
            self.cloud.inject(fault)
        self.faulty = self.faulty or bool(faults)
        ask = self.official.press_delete if by_keyboard else self.official.click_close
        [record] = self.official.accept(ask(token))
        self.fresh = False
        sent = self._close_requests(token) - sent_before
        recorded = sum(status.startswith("PATCH") for status in record.statuses)
        assert sent == recorded <= 1, f"{sent} close requests, {record.statuses} recorded"
        return record, sent

    @rule(pick=PICK, by_keyboard=st.booleans())
    def changes_their_mind(self, pick: int, by_keyboard: bool) -> None:
        token = self._pick_closable(pick)
        if token is None:
            return
        state, writes = self.official.state(token), self._writes()
        ask = self.official.press_delete if by_keyboard else self.official.click_close
        self.official.cancel(ask(token))
        # The question reads the session's recent passings for its chart; it changes nothing.
        assert (self.official.state(token), self._writes()) == (state, writes)

    def _writes(self) -> int:
        return sum(1 for request in self.cloud.requests() if request.method != "GET")

    @rule()
    def refresh(self) -> None:
        self._settled()
        listing = self.official.refresh()
        self._settled()
        if not self.faulty:
            assert listing is Listing.COMPLETE, "nothing in the way, yet the list is not complete"
        self.fresh = listing is Listing.COMPLETE

    # -- what goes wrong, what mends, and what others do --------------------------------------

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
        self.faulty = True

    @rule()
    def the_network_heals_and_the_official_refreshes(self) -> None:
        """Once no fault is about, the next refresh is complete and resolves every row."""
        self._heal()
        self.refresh()

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

    def _close_requests(self, token: str) -> int:
        return len(self.cloud.requests("PATCH", f"/sessions/close/{token}"))

    # -- what must always hold ----------------------------------------------------------------

    @invariant()
    def never_closed_when_the_cloud_holds_it_open(self) -> None:
        for token in self.official.tokens():
            held = self.cloud.state.session(token)
            assert held is not None
            if self.official.state(token) is RowState.CLOSED:
                assert not held.active, f"shown closed, open in the cloud: {token}"

    @invariant()
    def a_complete_refresh_shows_what_the_cloud_holds(self) -> None:
        if not self.fresh:
            return
        held_open = {s.token_session for s in self.cloud.state.open_sessions()}
        assert set(self.official.tokens()) == held_open
        states = {token: self.official.state(token) for token in held_open}
        # Open, or open with why the last close failed: nothing busy, closed or unknown.
        assert set(states.values()) <= {RowState.OPEN, RowState.NOT_CLOSED}, states


SETTINGS = settings(
    max_examples=25,
    stateful_step_count=10,
    deadline=None,
    verbosity=__import__("hypothesis").Verbosity.verbose,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_the_window_never_claims_what_it_has_not_seen_and_finishes_what_it_starts(
    qtbot: QtBot,
) -> None:
    # Hypothesis takes any callable that makes a machine (its docstring says so) but annotates
    # the argument as the machine's class, and the machine needs this test's qtbot.
    run_state_machine_as_test(lambda: WindowTruth(qtbot), settings=SETTINGS)  # type: ignore[arg-type]
