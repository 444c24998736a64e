"""The truth under every fault: each fault striking each request of a listing and a close, in
both generations, against the window and the command line.

Each cell's outcome is worked out from what the fault is and which request it strikes (see
`Cell.truth`), and stated exactly: how many close requests go out (one, or none when the read
before it failed), how the close ends (the row's state, the status bar's words, the command
line's words and exit code), and what the cloud holds in the end, which the next refresh shows.
A console that stops closing, or stops confirming, fails here, not only one that lies.
"""

from __future__ import annotations

import enum
import functools
import io
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.__main__ import main
from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.faults import Shape
from app.records.close_record import Outcome
from app.rufus import RufusClient, Timeouts
from app.sessions.book import RowState
from tests.conftest import TEST_SCHEDULE, wait_until
from tests.ui.official import WAIT_MS, Listing, Official, official_at, open_window

#: The read timeout of every cell: a "late" answer comes after it.
READ_TIMEOUT = 0.5
TIMEOUTS = Timeouts(connect=2.0, read=READ_TIMEOUT)
#: How late a late answer is. A close that RUFUS carries out late takes effect when its answer
#: would have come: after the last read of the re-check schedule (at most a read timeout and
#: the schedule after the close request, plus one more read timeout when the first read back
#: is late too), with a read timeout to spare.
LATE_S = 2 * READ_TIMEOUT + TEST_SCHEDULE[-1] + READ_TIMEOUT


class Answer(enum.Enum):
    """What the console can learn from the answer to a close request that met the fault."""

    #: Nothing it can read (a cut, a 5xx, half a body, no answer in time): RUFUS may or may
    #: not have carried the close out.
    NONE = "none"
    #: A readable 2xx: RUFUS says that it closed the session.
    YES = "yes"
    #: A definite refusal.
    NO = "no"


@dataclass(frozen=True)
class Kind:
    fault: Fault
    #: Whether a read (GET) that meets it is asked again, and then understood.
    read_retried: bool
    answer: Answer


KINDS = {
    "reset": Kind(Fault(FaultKind.RESET), read_retried=True, answer=Answer.NONE),
    "html-5xx": Kind(Fault(FaultKind.HTML_PAGE, status=502), True, Answer.NONE),
    "truncated-json": Kind(Fault(FaultKind.TRUNCATED_JSON), True, Answer.NONE),
    # A 2xx with valid JSON whose `result` is bent: a close reads only the status.
    "wrong-shape": Kind(Fault(FaultKind.WRONG_SHAPE, shape=Shape.RESULT_TEXT), True, Answer.YES),
    "429": Kind(Fault(FaultKind.RATE_LIMITED, retry_after=0), True, Answer.NO),
    # A timeout costs the whole read timeout: it is not asked again.
    "late": Kind(Fault(FaultKind.SLOW, delay_s=LATE_S), False, Answer.NONE),
}

#: Where a fault strikes: the request it hits, how many times, and after how many requests
#: on that route. "read-back" skips the check before the close on the same route.
PLACES = ("listing", "check-before", "close", "read-back", "close-and-read-back")


class Said(enum.Enum):
    """How a close ended, in the words the official reads."""

    #: Closed, and read back closed at once.
    CLOSED = "closed"
    #: Closed: the request went unanswered, and a re-check read it back closed.
    CLOSED_LATER = "closed later"
    #: Closed on RUFUS's word: a readable 2xx, and the read back failed.
    CLOSED_ON_ITS_WORD = "closed on its word"
    ALREADY_CLOSED = "already closed"
    #: A definite refusal: still open.
    REFUSED = "refused"
    #: The read before the close failed: nothing was sent.
    NOT_SENT = "not sent"
    #: No read within the re-check schedule saw it closed.
    UNKNOWN = "unknown"


#: Each ending: the close history's outcome, the row's state, and the command line's exit code.
ENDINGS: dict[Said, tuple[Outcome, RowState, int]] = {
    Said.CLOSED: (Outcome.CLOSED, RowState.CLOSED, 0),
    Said.CLOSED_LATER: (Outcome.CLOSED, RowState.CLOSED, 0),
    Said.CLOSED_ON_ITS_WORD: (Outcome.CLOSED, RowState.CLOSED, 0),
    Said.ALREADY_CLOSED: (Outcome.ALREADY_CLOSED, RowState.CLOSED, 0),
    Said.REFUSED: (Outcome.REFUSED, RowState.NOT_CLOSED, 1),
    Said.NOT_SENT: (Outcome.NOT_SENT, RowState.NOT_CLOSED, 1),
    Said.UNKNOWN: (Outcome.UNKNOWN, RowState.UNCONFIRMED, 4),
}


@dataclass(frozen=True)
class Truth:
    #: Close requests sent for the session.
    patches: int
    said: Said
    #: Whether the cloud holds the session open once everything it was asked has happened.
    open_in_the_end: bool


@dataclass(frozen=True)
class Cell:
    kind: str
    place: str
    applied: bool

    def faults(self, token: str) -> list[Fault]:
        base = KINDS[self.kind].fault
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

    @property
    def late_close(self) -> bool:
        """The close request itself is late: the cloud carries it out after the schedule."""
        return self.kind == "late" and "close" in self.place and not self.applied

    def truth(self) -> Truth:
        """What the console must say, from what the fault does to the request it strikes.

        The fault strikes once (the listing's, every time). A read that meets a fault it asks
        again for is understood the second time; a close request is never sent twice. With
        close-and-read-back the first read after the close meets the fault too: asked again,
        or (late) read again at the next step of the schedule."""
        kind = KINDS[self.kind]
        match self.place:
            case "check-before" if kind.read_retried:
                return Truth(1, Said.CLOSED, open_in_the_end=False)
            case "check-before":
                return Truth(0, Said.NOT_SENT, open_in_the_end=True)
            case "read-back":
                # The close went through; only reading it back met the fault.
                said = Said.CLOSED if kind.read_retried else Said.CLOSED_ON_ITS_WORD
                return Truth(1, said, open_in_the_end=False)
        # The fault struck the close request: the cloud closed the session (`applied`), or
        # not, or (late) only after the console had stopped reading it back.
        closed = self.applied
        match kind.answer:
            case Answer.NO:
                said = Said.ALREADY_CLOSED if closed else Said.REFUSED
            case Answer.YES:
                said = Said.CLOSED if closed else Said.UNKNOWN
            case Answer.NONE:
                said = Said.CLOSED_LATER if closed else Said.UNKNOWN
        return Truth(1, said, open_in_the_end=not closed and not self.late_close)


CELLS = [
    Cell(kind, place, applied)
    for kind in KINDS
    for place in PLACES
    for applied in ((False, True) if "close" in place else (False,))
]


def cell_id(cell: Cell) -> str:
    return f"{cell.kind}@{cell.place}{'-applied' if cell.applied else ''}"


def status_bar_says(said: Said, text: str) -> bool:
    """Whether the status bar's sentence is the one for `said` ("“KM 30 S3” on KM 30" in it)."""
    match said:
        case Said.CLOSED:
            return text.startswith("Closed “") and text.endswith(
                ". It leaves the list at the next refresh."
            )
        case Said.CLOSED_LATER:
            return text.startswith("Closed “") and text.endswith("after the close went unanswered.")
        case Said.CLOSED_ON_ITS_WORD:
            return text.startswith("RUFUS accepted the close of “") and text.endswith(
                "the check afterwards could not be made. Refresh (F5) to confirm."
            )
        case Said.ALREADY_CLOSED:
            return text.endswith("was already closed (elsewhere, or by its device). Nothing to do.")
        case Said.REFUSED:
            return text.startswith("⚠ Could not close “") and text.endswith(
                "RUFUS refused to close it (HTTP 429): the session is still open."
            )
        case Said.NOT_SENT:
            return text.startswith("⚠ Could not close “") and "still open" not in text
        case Said.UNKNOWN:
            return text.startswith("⚠ RUFUS has not confirmed the close of “") and text.endswith(
                "Refresh before closing again."
            )


def command_line_says(said: Said, out: str, err: str) -> bool:
    """Whether the command line's one line is the one for `said`."""
    closed = not err and out.endswith("\n") and out.count("\n") == 1
    line = out.rstrip("\n")
    match said:
        case Said.CLOSED:
            return closed and line.startswith("Closed: “") and line.endswith(")")
        case Said.CLOSED_LATER:
            return (
                closed
                and line.startswith("Closed: “")
                and line.endswith("after the close request went unanswered.")
            )
        case Said.CLOSED_ON_ITS_WORD:
            return (
                closed
                and line.startswith("Closed: “")
                and line.endswith(
                    "RUFUS accepted the close; the check afterwards could not be made."
                )
            )
        case Said.ALREADY_CLOSED:
            return closed and line.startswith("Already closed: “")
    line = err.rstrip("\n")
    if out or err.count("\n") != 1:
        return False
    match said:
        case Said.REFUSED:
            return line.startswith("rufus-console: Not closed (refused; still open): “")
        case Said.NOT_SENT:
            return line.startswith("rufus-console: Not closed (nothing was sent): “")
        case _:
            return line.startswith("rufus-console: OUTCOME UNKNOWN: “") and (
                "RUFUS has not confirmed this close. It was still open at the last check." in line
            )


def settled(cloud: DemoCloud) -> None:
    """Waits for a late close to take effect: what the cloud holds is then final."""
    wait_until(lambda: not cloud.busy(), timeout=WAIT_MS / 1000)


def close_requests(cloud: DemoCloud, token: str) -> int:
    return len(cloud.requests("PATCH", f"/sessions/close/{token}"))


def the_session_to_close(cloud: DemoCloud) -> str:
    return max(cloud.state.open_sessions(), key=lambda s: s.passings).token_session


@pytest.mark.parametrize("cell", CELLS, ids=cell_id)
def test_the_window_tells_the_truth(
    qtbot: QtBot, tmp_path: Path, generation: Generation, cell: Cell
) -> None:
    with DemoCloud(generation=generation) as cloud:
        window = open_window(
            cloud.url, cloud.read_write_key, tmp_path, timeouts=TIMEOUTS, schedule=TEST_SCHEDULE
        )
        with official_at(qtbot, window) as official:
            assert official.start() is Listing.COMPLETE
            check_the_cell(official, cloud, cell)


def check_the_cell(official: Official, cloud: DemoCloud, cell: Cell) -> None:
    token = the_session_to_close(cloud)
    listed_before = official.tokens()
    for fault in cell.faults(token):
        cloud.inject(fault)

    if cell.place == "listing":
        assert official.refresh() is Listing.FAILED
        # Nothing vanished because RUFUS could not be understood, and the window says so.
        assert official.tokens() == listed_before
        assert {official.state(t) for t in listed_before} == {RowState.NOT_RE_READ}
        assert official.status_text().startswith("⚠ The list could not be refreshed: ")
        assert close_requests(cloud, token) == 0
        return

    truth = cell.truth()
    outcome, row_state, _ = ENDINGS[truth.said]
    [record] = official.accept(official.click_close(token))
    assert close_requests(cloud, token) == truth.patches
    assert record.outcome is outcome, record
    assert official.state(token) is row_state
    assert status_bar_says(truth.said, official.status_text()), official.status_text()
    # Tried again only where RUFUS said no, or nothing was sent; never over an unknown.
    assert official.closable(token) is (row_state is RowState.NOT_CLOSED)

    # Every ending is resolved by the next refresh: the row is what the cloud holds (a close
    # that failed stays said on its row, open, until the official tries again).
    if cell.late_close:
        settled(cloud)
    held = cloud.state.session(token)
    assert held is not None
    assert held.active is truth.open_in_the_end
    assert official.refresh() is Listing.COMPLETE
    if truth.open_in_the_end:
        still = RowState.NOT_CLOSED if row_state is RowState.NOT_CLOSED else RowState.OPEN
        assert official.state(token) is still
        assert official.closable(token)
    else:
        assert token not in official.tokens()


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
    monkeypatch.setattr("app.cli.commands.TIMEOUTS", TIMEOUTS)
    monkeypatch.setattr(
        "app.cli.commands.RufusClient", functools.partial(RufusClient, backoff=0.01)
    )
    truth = cell.truth()
    with DemoCloud(generation=generation) as cloud:
        token = the_session_to_close(cloud)
        for fault in cell.faults(token):
            cloud.inject(fault)
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_cli(["--base-url", cloud.url, "close", token, "--yes"], monkeypatch)
        if cell.late_close:
            settled(cloud)
        held = cloud.state.session(token)
        assert close_requests(cloud, token) == truth.patches
    assert (code, command_line_says(truth.said, out, err)) == (ENDINGS[truth.said][2], True), (
        out + err
    )
    assert held is not None
    assert held.active is truth.open_in_the_end
