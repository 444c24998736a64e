"""The truth under every fault: each fault striking each request of a listing and a close, in
both generations, against the window and the command line.

For every cell the window's row and the command line's words must agree with what the
simulated cloud really holds afterwards: "closed" only for a closed session, "not closed" or
"still open" only for an open one, "unknown" when RUFUS never said. A close is sent once.
"""

from __future__ import annotations

import functools
import io
import sys
from dataclasses import dataclass, replace

import pytest
from pytestqt.qtbot import QtBot

from app.__main__ import main
from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.faults import Shape
from app.rufus import RufusClient, Timeouts
from app.sessions.book import RowState
from tests.conftest import TEST_SCHEDULE
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    click_close_button,
    close_requests,
    listed,
    refresh,
    shown_tokens,
    state_of,
)

#: The read timeout of every cell: a "late" answer comes after it.
READ_TIMEOUT = 0.5
TIMEOUTS = Timeouts(connect=2.0, read=READ_TIMEOUT)

KINDS = {
    "reset": Fault(FaultKind.RESET),
    "html-5xx": Fault(FaultKind.HTML_PAGE, status=502),
    "truncated-json": Fault(FaultKind.TRUNCATED_JSON),
    "wrong-shape": Fault(FaultKind.WRONG_SHAPE, shape=Shape.RESULT_TEXT),
    "429": Fault(FaultKind.RATE_LIMITED, retry_after=0),
    "late": Fault(FaultKind.SLOW, delay_s=READ_TIMEOUT * 2),
}

#: Where a fault strikes: the request it hits, how many times, and after how many requests
#: on that route. "read-back" skips the check before the close on the same route.
PLACES = ("listing", "check-before", "close", "read-back", "close-and-read-back")


@dataclass(frozen=True)
class Cell:
    kind: str
    place: str
    applied: bool

    def faults(self, token: str) -> list[Fault]:
        base = KINDS[self.kind]
        session = f"/sessions/{token}"
        close = replace(base, method="PATCH", path=f"/sessions/close/{token}", applied=self.applied)
        read_back = replace(base, method="GET", path=session, after=1, times=1)
        match self.place:
            case "listing":
                return [replace(base, method="GET", path="/devices", times=None)]
            case "check-before":
                return [replace(base, method="GET", path=session, times=1)]
            case "close":
                return [close]
            case "read-back":
                return [read_back]
            case _:
                return [close, read_back]


CELLS = [
    Cell(kind, place, applied)
    for kind in KINDS
    for place in PLACES
    for applied in ((False, True) if "close" in place else (False,))
]


def cell_id(cell: Cell) -> str:
    return f"{cell.kind}@{cell.place}{'-applied' if cell.applied else ''}"


@pytest.mark.parametrize("cell", CELLS, ids=cell_id)
def test_the_window_tells_the_truth(
    qtbot: QtBot, make_window: WindowFactory, generation: Generation, cell: Cell
) -> None:
    with DemoCloud(generation=generation) as cloud:
        window = listed(qtbot, make_window(cloud, timeouts=TIMEOUTS))
        token = max(cloud.state.open_sessions(), key=lambda s: s.passings).token_session
        listed_before = sorted(shown_tokens(window))
        for fault in cell.faults(token):
            cloud.inject(fault)

        if cell.place == "listing":
            with qtbot.waitSignal(window.console.listing_failed, timeout=WAIT_MS):
                window.refresh()
            # Nothing vanished because RUFUS could not be understood, and the window says so.
            assert sorted(shown_tokens(window)) == listed_before
            assert all(state_of(window, t) is RowState.NOT_RE_READ for t in listed_before)
            assert window.status_bar.text().startswith("⚠ The list could not be refreshed: ")
            assert close_requests(cloud) == []
            return

        click_close_button(qtbot, window, token)
        qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
        assert window.confirmation is not None
        with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
            window.confirmation.close_button.click()

        held = cloud.state.session(token)
        assert held is not None
        state = state_of(window, token)
        text = window.status_bar.text()
        assert len(close_requests(cloud, token)) <= 1
        if state is RowState.CLOSED:
            assert not held.active, "the window says closed; the cloud holds it open"
        elif state is RowState.NOT_CLOSED:
            assert held.active, "the window says not closed; the cloud has closed it"
        else:
            assert state is RowState.UNCONFIRMED, state
            assert "has not confirmed" in text
        assert ("still open" in text) <= held.active

        refresh(qtbot, window)  # and after a refresh, the row is what the cloud holds
        held = cloud.state.session(token)
        assert held is not None
        if held.active:
            assert state_of(window, token) is RowState.OPEN
        else:
            assert token not in shown_tokens(window)


def run_cli(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    code = main(args)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("cell", [c for c in CELLS if c.place != "listing"], ids=cell_id)
def test_the_command_line_tells_the_truth(
    monkeypatch: pytest.MonkeyPatch, generation: Generation, cell: Cell
) -> None:
    monkeypatch.setattr("app.cli.commands.RECHECK_SCHEDULE", TEST_SCHEDULE)
    monkeypatch.setattr(
        "app.cli.commands.RufusClient",
        functools.partial(RufusClient, timeouts=TIMEOUTS, backoff=0.01),
    )
    with DemoCloud(generation=generation) as cloud:
        token = max(cloud.state.open_sessions(), key=lambda s: s.passings).token_session
        for fault in cell.faults(token):
            cloud.inject(fault)
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_cli(["--base-url", cloud.url, "close", token, "--yes"], monkeypatch)
        held = cloud.state.session(token)
        sent = len(cloud.requests("PATCH", f"/sessions/close/{token}"))
    assert held is not None
    assert sent <= 1
    words = out + err
    assert len(words.splitlines()) == 1, words
    if code == 0:
        assert out.startswith(("Closed: ", "Already closed: "))
        assert not held.active, "the command line says closed; the cloud holds it open"
    elif code == 4:
        assert "OUTCOME UNKNOWN" in err and "RUFUS has not confirmed this close" in err
    else:
        assert code == 1
        assert "Not closed" in err
        assert held.active, "the command line says not closed; the cloud has closed it"
    assert ("still open" in words and "OUTCOME UNKNOWN" not in words) <= held.active
