"""What lasts between runs (and what never does), and quitting while RUFUS is still busy."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud, Fault, FaultKind
from app.records.close_record import Outcome
from app.records.history import CloseHistory
from app.rufus import Timeouts
from app.ui.columns import position
from app.ui.main_window import MainWindow
from tests.conftest import held_session, wait_until
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    click_close_button,
    close_requests,
    listed,
)

#: Only close() can end a request this patient early.
PATIENT = Timeouts(connect=2.0, read=120.0)


def test_geometry_columns_and_sort_are_remembered_and_the_key_is_not(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, settings_file: Path
) -> None:
    first = make_window(race)
    listed(qtbot, first)
    first.resize(760, 460)  # within the offscreen screen's 800 x 600
    first.table.sortByColumn(position("passings"), Qt.SortOrder.DescendingOrder)
    first.table.horizontalHeader().resizeSection(position("session"), 222)
    first.close()

    second = make_window(race)
    header = second.table.horizontalHeader()
    assert (second.size().width(), second.size().height()) == (760, 460)
    assert header.sortIndicatorSection() == position("passings")
    assert header.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder
    assert header.sectionSize(position("session")) == 222
    listed(qtbot, second)
    passings = [second.model.index(r, position("passings")).data() for r in range(3)]
    assert passings[0] == max(passings, key=lambda text: int("".join(filter(str.isdigit, text))))

    stored = settings_file.read_bytes()
    assert race.read_write_key.encode() not in stored
    assert b"key" not in stored.lower().replace(b"keyring", b"")


def test_quitting_during_a_listing_cuts_the_request_instead_of_waiting_for_its_answer(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race, timeouts=PATIENT))
    race.inject(Fault(FaultKind.SLOW, "GET", "/devices", delay_s=120.0))
    with qtbot.waitSignal(window.console.listing_started, timeout=WAIT_MS):
        QTest.keyClick(window.table, Qt.Key.Key_F5)
    wait_until(lambda: len(race.requests("GET", "/devices")) == 2)

    ended = [window.console.listing_finished, window.console.listing_failed]
    with qtbot.assertNotEmitted(ended[0], wait=100), qtbot.assertNotEmitted(ended[1], wait=100):
        window.close()
    # Every worker has ended, and RUFUS is still working on the listing's request: quitting
    # cut it, instead of waiting for an answer that a patient read timeout would wait for.
    assert window.stopped_cleanly
    assert race.busy()


class _QuitQuestionAnswerer(QObject):
    """Answers the question that closing the window with a close in flight asks, as it shows,
    from inside its own event loop: "wait" (the default, taken with Enter) or "now"."""

    def __init__(self, qtbot: QtBot, window: MainWindow, button: str) -> None:
        super().__init__()
        self._qtbot = qtbot
        self._window = window
        self._button = button
        self.asked = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        question = self._window.quit_guard.question
        if event.type() == QEvent.Type.Show and question is not None and watched is question:
            self.asked = True
            QTimer.singleShot(0, lambda: self._answer(question))
        return False

    def _answer(self, box: QMessageBox) -> None:
        if self._button == "wait":
            assert box.defaultButton() is not None
            QTest.keyClick(box, Qt.Key.Key_Return)
        else:
            [now] = [b for b in box.buttons() if b.text().replace("&", "") == "Quit now"]
            now.click()


@contextmanager
def answering_the_quit_question(qtbot: QtBot, window: MainWindow, button: str) -> Iterator[None]:
    """Within it, the quit question is answered with `button` when it shows; after it, the
    question must have been asked. Nothing is left waiting for a question that never came."""
    answerer = _QuitQuestionAnswerer(qtbot, window, button)
    application = QApplication.instance()
    assert application is not None
    application.installEventFilter(answerer)
    try:
        yield
    finally:
        application.removeEventFilter(answerer)
    assert answerer.asked, "closing the window asked nothing"


def start_a_slow_close(
    qtbot: QtBot,
    window: MainWindow,
    race: DemoCloud,
    *,
    delay_s: float,
    effect_after_s: float | None = None,
) -> str:
    token = race.state.open_sessions()[0].token_session
    race.inject(
        Fault(
            FaultKind.SLOW,
            "PATCH",
            f"/sessions/close/{token}",
            delay_s=delay_s,
            effect_after_s=effect_after_s,
        )
    )
    click_close_button(qtbot, window, token)
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
    assert window.confirmation is not None
    window.confirmation.close_button.click()
    wait_until(lambda: race.requests("PATCH", f"/sessions/close/{token}"))
    return token


def test_quitting_during_a_close_asks_and_waits_for_it_by_default(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    token = start_a_slow_close(qtbot, window, race, delay_s=1.0)

    with answering_the_quit_question(qtbot, window, "wait"):
        window.close()
    assert window.isVisible(), "still open while the close runs"
    assert "Quitting once the close in progress has finished" in window.status_bar.text()

    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        pass
    assert not window.isVisible()
    assert window.stopped_cleanly
    session = race.state.session(token)
    assert session is not None and not session.active
    [row] = CloseHistory().rows()
    assert (row.token, row.outcome) == (token, Outcome.CLOSED)


def test_waiting_to_quit_during_a_bulk_close_waits_for_one_close_not_the_queue(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    tokens = [s.token_session for s in race.state.open_sessions()[:3]]
    race.inject(Fault(FaultKind.SLOW, "PATCH", f"/sessions/close/{tokens[0]}", delay_s=1.0))
    window.close_flow.request(tokens)
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=WAIT_MS)
    assert window.confirmation is not None
    window.confirmation.save_check.setChecked(False)
    if window.confirmation.needs_typing:  # a live one among them
        window.confirmation.type_edit.setText("3")
    window.confirmation.close_button.click()
    wait_until(lambda: race.requests("PATCH", f"/sessions/close/{tokens[0]}"))

    with answering_the_quit_question(qtbot, window, "wait"):
        window.close()
    assert window.isVisible(), "still open while the close runs"

    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        pass
    assert not window.isVisible()
    outcomes = {row.token: row.outcome for row in CloseHistory().rows()}
    assert outcomes[tokens[0]] is Outcome.CLOSED
    assert [outcomes[t] for t in tokens[1:]] == [Outcome.STOPPED] * 2
    assert [race.requests("PATCH", f"/sessions/close/{t}") for t in tokens[1:]] == [[], []]


def test_quitting_anyway_leaves_the_close_for_the_next_start_to_settle(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race, timeouts=PATIENT))
    # RUFUS carries the close out a moment after the window has quit, and never answers.
    token = start_a_slow_close(qtbot, window, race, delay_s=120.0, effect_after_s=0.3)

    with answering_the_quit_question(qtbot, window, "now"):
        window.close()
    assert not window.isVisible()
    assert window.stopped_cleanly, "quitting cut the request instead of waiting it out"
    [row] = CloseHistory().rows()
    assert (row.token, row.outcome) == (token, None), "the intent, with no outcome yet"
    wait_until(lambda: not held_session(race.state, token).active)

    second = make_window(race)
    with qtbot.waitSignal(second.console.earlier_closes_settled, timeout=WAIT_MS):
        second.console.start()
    assert second.status_bar.text().startswith(
        "When the console last stopped, the close of “MARATHON 42K” on Start / Finish had no "
        "known outcome: RUFUS now reports it closed."
    )
    [row] = CloseHistory().rows()
    assert row.outcome is Outcome.CLOSED
    assert close_requests(race, token) == [f"/sessions/close/{token}"]
    second.show_history()  # the history says it was interrupted, not a plain "closed"
    history = second.history_window
    assert history is not None
    qtbot.waitUntil(lambda: history.shown.rowCount() == 1, timeout=WAIT_MS)
    assert history.shown.index(0, 1).data() == "closed (interrupted; read back later)"


def test_after_quitting_no_new_work_starts(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    window.close()
    before = len(race.requests())
    window.console.refresh()
    entry = window.console.book.get(race.state.open_sessions()[0].token_session)
    assert entry is not None
    assert window.console.close_sessions([entry.token]) == []
    assert len(race.requests()) == before
    assert not window.console.refreshing
