"""Closing many from the window, and what it keeps: selecting several (Ctrl+A within the
filter, Select stale sessions), one confirmation for all, one close at a time with "Stop after
this one", the tally at the end, passings saved first (and the second question when they could
not be), Export passings… on a row, and the close history window with its CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.seed import DEMO_DEVICES
from app.records.close_record import CloseRecord, Outcome, Step
from app.records.history import CloseHistory
from app.sessions.book import RowState
from app.ui import colours
from app.ui.confirm_targets import WHY_COLUMN, TargetsModel
from app.ui.history_window import HistoryWindow
from app.ui.main_window import MainWindow
from app.ui.translation import install
from tests.conftest import held_session
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    cell,
    close_requests,
    confirmation_of,
    listed,
    shown_tokens,
    state_of,
)

NOW = datetime.now(UTC)
STALE = {"MARATHON 42K 2025", "Saturday 5K", "Penalties Sat"}


@pytest.fixture
def showcase(generation: Generation) -> Iterator[DemoCloud]:
    with DemoCloud(generation=generation, devices=DEMO_DEVICES) as cloud:
        yield cloud


def names(window: MainWindow, tokens: list[str]) -> set[str]:
    return {cell(window, token, "session") for token in tokens}


def select_stale(qtbot: QtBot, window: MainWindow) -> list[str]:
    window.table.setFocus()
    QTest.keyClick(
        window.table,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    return window.table.selected_tokens()


class FileManager(QObject):
    """Stands in for the desktop's file manager: QDesktopServices hands it file URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


def opened_by(qtbot: QtBot, button: QPushButton) -> Path:
    """The folder a press of `button` opens in the file manager."""
    manager = FileManager()
    # The stub asks for bytes; Qt for Python takes the slot's name as str only (bytes: ValueError).
    QDesktopServices.setUrlHandler("file", manager, cast(bytes, "open"))
    try:
        assert button.isVisible() and button.isEnabled()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    [folder] = manager.opened
    return folder


def answer(qtbot: QtBot, window: MainWindow, label: str) -> None:
    """Presses `label` in the "Passings not saved" question."""
    qtbot.waitUntil(lambda: window.close_flow.save_question is not None, timeout=WAIT_MS)
    box = window.close_flow.save_question
    assert isinstance(box, QMessageBox)
    [button] = [b for b in box.buttons() if b.text() == label]
    button.click()


def test_ctrl_a_selects_what_the_filter_shows_and_delete_asks_about_all_of_them(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud
) -> None:
    window = listed(qtbot, make_window(showcase))
    window.filter_edit.setText("marathon")
    shown = shown_tokens(window)
    assert 1 < len(shown) < len(showcase.state.open_sessions())
    window.table.setFocus()

    QTest.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    assert window.table.selected_tokens() == shown, "every row shown, and nothing hidden"
    assert window.commands.close.text() == f"&Close {len(shown)} selected…"
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    dialog = confirmation_of(qtbot, window)
    assert dialog.tokens == shown
    assert dialog.windowTitle() == f"Close {len(shown)} sessions?"
    words = dialog.words()
    for token in shown:
        assert cell(window, token, "serial") in words
    passings = sum(s.passings for s in showcase.state.open_sessions() if s.token_session in shown)
    assert dialog.totals.text().startswith(f"{len(shown)} sessions · {passings:,} passings")
    dialog.reject()
    assert close_requests(showcase) == []


def test_select_stale_then_close_them_together_saving_their_passings(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud, private_folders: Path
) -> None:
    window = listed(qtbot, make_window(showcase))
    stale = select_stale(qtbot, window)
    assert names(window, stale) == STALE
    assert window.status_bar.text() == (
        "3 stale sessions selected: Delete closes them, after a confirmation."
    )
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    dialog = confirmation_of(qtbot, window)
    assert not dialog.needs_typing, "three sessions, none live: one question is enough"
    assert dialog.save_check.isChecked(), "saving the passings is the default"
    folder = private_folders / "Documents" / "Rufus Console" / "passings"
    assert str(folder) in dialog.folder_label.text()

    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        dialog.close_button.click()

    assert window.status_bar.text() == "3 closed — see Sessions → Close history (Ctrl+H)"
    assert opened_by(qtbot, window.status_bar.open_folder) == folder
    assert {state_of(window, token) for token in stale} == {RowState.CLOSED}
    files = sorted(folder.iterdir())
    assert len(files) == sum(1 for t in stale if held_session(showcase.state, t).passings)
    rows = CloseHistory().rows()
    assert {(row.token, row.outcome) for row in rows} == {(t, Outcome.CLOSED) for t in stale}
    assert {row.passings_file for row in rows if row.passings_seen} == {str(f) for f in files}
    assert not window.close_flow.stop_button.isVisible()


def test_a_bulk_close_with_mixed_outcomes_tells_each_and_the_tally(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    tokens = shown_tokens(window)[:6]
    gone, refused = tokens[1], tokens[3]
    race.state.close_session(gone)  # closed on another computer since the listing
    race.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", f"/sessions/close/{refused}", status=409))
    window.table.selectRow(0)
    for token in tokens[1:]:
        index = window.model.index(window.model.position_of(token) or 0, 0)
        QTest.mouseClick(
            window.table.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            window.table.visualRect(index).center(),
        )
    assert window.table.selected_tokens() == tokens

    window.close_selected()
    dialog = confirmation_of(qtbot, window)
    assert dialog.needs_typing and not dialog.close_button.isEnabled()
    dialog.save_check.setChecked(False)
    QTest.keyClicks(dialog.type_edit, "6")
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        dialog.close_button.click()

    assert window.status_bar.text() == (
        "⚠ 4 closed, 1 already closed, 1 failed — see Sessions → Close history (Ctrl+H)"
    )
    assert state_of(window, refused) is RowState.NOT_CLOSED
    assert cell(window, refused, "state").startswith("⚠ Not closed: RUFUS refused to close it")
    outcomes = {row.token: row.outcome for row in CloseHistory().rows()}
    assert outcomes[gone] is Outcome.ALREADY_CLOSED and outcomes[refused] is Outcome.REFUSED
    assert sum(o is Outcome.CLOSED for o in outcomes.values()) == 4
    assert close_requests(race, gone) == [], "nothing sent for the one already closed"


def test_stop_after_this_one_lets_the_current_close_finish_and_sends_no_other(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud
) -> None:
    window = listed(qtbot, make_window(showcase))
    stale = select_stale(qtbot, window)
    first = stale[0]
    # The first close's request is answered only after a while: Stop is pressed meanwhile.
    showcase.inject(
        Fault(FaultKind.SLOW, "PATCH", f"/sessions/close/{first}", delay_s=3, applied=True)
    )
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    dialog = confirmation_of(qtbot, window)
    dialog.save_check.setChecked(False)
    stop = window.close_flow.stop_button
    seen: list[str] = []

    def sending(record: CloseRecord) -> None:
        if record.token == first and record.step is Step.SENDING and not seen:
            seen.append(window.status_bar.text())
            seen.extend(cell(window, token, "state") for token in stale[1:])
            assert stop.isVisible()
            window.request_close(stale[1])  # waiting its turn: not a second close
            seen.append(window.status_bar.text())
            QTest.mouseClick(stop, Qt.MouseButton.LeftButton)

    window.console.close_progress.connect(sending)
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        dialog.close_button.click()

    assert seen[0].startswith("1 of 3: Closing “")
    assert seen[1:3] == ["◌ Waiting to close…"] * 2, "queued rows say so"
    assert window.confirmation is None
    assert seen[3].endswith("cannot be closed now: ◌ Waiting to close…")
    assert window.status_bar.text() == (
        "1 closed, 2 stopped before their turn — see Sessions → Close history (Ctrl+H)"
    )
    assert not stop.isVisible()
    assert state_of(window, first) is RowState.CLOSED
    for token in stale[1:]:
        assert state_of(window, token) is RowState.NOT_CLOSED
        assert "stopped before its turn; nothing was sent" in cell(window, token, "state")
        assert close_requests(showcase, token) == []
    outcomes = [row.outcome for row in CloseHistory().rows()]
    assert sorted(o.value for o in outcomes if o) == ["closed", "stopped", "stopped"]


@pytest.mark.parametrize("choice", ["keep", "close"])
def test_passings_that_could_not_be_saved_take_a_second_explicit_step(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, choice: str
) -> None:
    window = listed(qtbot, make_window(race))
    token = max(race.state.open_sessions(), key=lambda s: s.passings).token_session
    race.inject(Fault(FaultKind.ERROR_STATUS, "GET", "/passings/session/*", status=503, times=None))
    window.request_close(token)
    dialog = confirmation_of(qtbot, window)
    assert dialog.save_check.isChecked()
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        dialog.close_button.click()

    assert close_requests(race, token) == [], "nothing sent while the passings are not saved"
    assert state_of(window, token) is RowState.NOT_CLOSED
    assert "could not be read from RUFUS" in cell(window, token, "state")
    box = window.close_flow.save_question
    assert box is not None and box.text() == (
        "1 session not closed: its passings could not all be saved."
    )
    assert cell(window, token, "session") in box.informativeText()

    if choice == "keep":
        answer(qtbot, window, "&Keep them open")
        assert close_requests(race, token) == []
        assert held_session(race.state, token).active
        return
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        answer(qtbot, window, "Close &without saving")
    assert state_of(window, token) is RowState.CLOSED
    assert close_requests(race, token) == [f"/sessions/close/{token}"]
    outcomes = [row.outcome for row in CloseHistory().rows()]
    assert sorted(o.value for o in outcomes if o) == ["closed", "not sent"]


def test_export_passings_saves_a_row_without_closing_it(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, tmp_path: Path
) -> None:
    window = listed(qtbot, make_window(race))
    session = max(race.state.open_sessions(), key=lambda s: s.passings)
    target = tmp_path / "finish.csv"

    with qtbot.waitSignal(window.export_flow.saved_in, timeout=WAIT_MS):
        window.export_flow.export(session.token_session, target)

    assert window.status_bar.text().startswith(f"{session.passings:,} passings of “")
    assert window.status_bar.text().endswith("saved in finish.csv")  # the folder: one press
    assert opened_by(qtbot, window.status_bar.open_folder) == tmp_path
    with target.open(encoding="utf-8-sig", newline="") as file:
        assert len(list(csv.reader(file))) == session.passings + 1
    assert close_requests(race) == []
    assert state_of(window, session.token_session) is RowState.OPEN


def test_the_close_history_window_lists_filters_and_exports(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud, tmp_path: Path
) -> None:
    device = showcase.state.bind_device(
        type="CLOUDBOX", model="CloudBox", serial_number="CB-1", alias="=HYPERLINK(evil)", now=NOW
    )
    created = showcase.state.create_session(device.deviceid, "+SUM(A1)", now=NOW)
    assert created is not None
    hostile = created.token_session
    window = listed(qtbot, make_window(showcase))
    stale = select_stale(qtbot, window)
    QTest.keyClick(window.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    opened_before = window.history_window
    assert isinstance(opened_before, HistoryWindow)
    qtbot.waitUntil(lambda: "No close attempt yet" in opened_before.status.text())
    for token in [hostile, *stale]:  # with the history open: it follows each close
        window.request_close(token)
        dialog = confirmation_of(qtbot, window)
        dialog.save_check.setChecked(False)
        with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
            dialog.close_button.click()
        qtbot.waitUntil(lambda: window.confirmation is None, timeout=WAIT_MS)

    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = window.history_window
    assert history is opened_before
    qtbot.waitUntil(lambda: history.status.text() == "4 close attempts.", timeout=WAIT_MS)
    assert history.shown.rowCount() == 4, "read again, not added to"
    newest = history.shown.index(0, 3).data()
    assert newest == cell(window, stale[-1], "session"), "newest first"

    history.filter_edit.setText("hyperlink")
    assert [row.token for row in history.shown_rows()] == [hostile]
    history.filter_edit.clear()

    target = tmp_path / "history.csv"
    history.export(target)
    qtbot.waitUntil(lambda: "written to" in history.status.text(), timeout=WAIT_MS)
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == 4
    assert {row["Session token"] for row in rows} == {hostile, *stale}
    [evil] = [row for row in rows if row["Session token"] == hostile]
    assert evil["Device"] == "'=HYPERLINK(evil)", "a formula never reaches a spreadsheet"
    assert evil["Session"] == "'+SUM(A1)"


def test_the_bulk_confirmation_lists_live_sessions_first(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    dialog = confirmation_of(qtbot, window)
    table = dialog.details
    assert isinstance(table, QTableView)
    model = table.model()
    assert isinstance(model, TargetsModel)
    marks = [model.index(row, WHY_COLUMN).data() for row in range(model.rowCount())]
    live = sum(mark.startswith("● LIVE") for mark in marks)
    assert 0 < live < len(marks)
    assert all(mark.startswith("● LIVE") for mark in marks[:live]), "live sessions first"
    assert model.index(0, WHY_COLUMN).data(Qt.ItemDataRole.ForegroundRole) == colours.tone(
        colours.Tone.LIVE
    ), "LIVE in the table's own colour"
    dialog.reject()


def test_the_bulk_confirmation_shows_its_whole_list_on_the_screen(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud
) -> None:
    """Qt opens a dialog at most two thirds of the screen wide: the list's last columns (why
    each session is stale) were cut off, with nothing to scroll to them."""
    window = listed(qtbot, make_window(showcase))
    assert len(select_stale(qtbot, window)) == 3
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    dialog = confirmation_of(qtbot, window)
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    table = dialog.details
    assert isinstance(table, QTableView)
    screen = dialog.screen().availableGeometry()

    assert screen.contains(dialog.frameGeometry()), "the dialog wholly on the screen"
    assert dialog.rect().contains(table.geometry()), "the list wholly in the dialog"
    header = table.horizontalHeader()
    scroll = table.horizontalScrollBar()
    assert header.length() <= table.viewport().width() or scroll.maximum() > 0, (
        "every column in view, or a scroll bar to reach it"
    )
    dialog.reject()


def test_the_history_names_each_passings_file_and_opens_its_folder(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, private_folders: Path
) -> None:
    window = listed(qtbot, make_window(race))
    token = max(race.state.open_sessions(), key=lambda s: s.passings).token_session
    window.request_close(token)
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        confirmation_of(qtbot, window).close_button.click()
    [saved] = [row.passings_file for row in CloseHistory().rows()]
    assert saved is not None

    window.show_history()
    history = window.history_window
    assert history is not None
    qtbot.waitUntil(lambda: history.shown.rowCount() == 1, timeout=WAIT_MS)
    assert not history.folder_button.isEnabled()
    history.table.selectRow(0)
    headers = [history.shown.headerData(n, Qt.Orientation.Horizontal) for n in range(11)]
    file_cell = history.shown.index(0, headers.index("Passings file"))
    assert file_cell.data() == Path(saved).name
    assert Path(saved).name in str(file_cell.data(Qt.ItemDataRole.ToolTipRole))
    assert opened_by(qtbot, history.folder_button) == Path(saved).parent


def test_the_passings_folder_dialog_opens_in_the_passings_folder_on_a_fresh_home(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, private_folders: Path
) -> None:
    window = listed(qtbot, make_window(race))
    folder = private_folders / "Documents" / "Rufus Console" / "passings"
    assert not folder.exists()
    seen: list[str] = []

    def look_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(0, look_then_cancel)
    window.export_flow.choose_folder()
    assert seen == [str(folder)]


@pytest.mark.parametrize(
    ("language", "delimiter", "first_header"),
    [("en", ",", "Passing number"), ("es", ";", "Número de paso"), ("ca", ";", "Número de pas")],
)
def test_passings_files_are_laid_out_for_the_languages_spreadsheets(  # noqa: PLR0917
    qtbot: QtBot,
    make_window: WindowFactory,
    race: DemoCloud,
    tmp_path: Path,
    language: str,
    delimiter: str,
    first_header: str,
) -> None:
    install(language)
    try:
        window = listed(qtbot, make_window(race))
        session = max(race.state.open_sessions(), key=lambda s: s.passings)
        target = tmp_path / "finish.csv"
        with qtbot.waitSignal(window.export_flow.saved_in, timeout=WAIT_MS):
            window.export_flow.export(session.token_session, target)
    finally:
        install("en")
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=delimiter))
    assert rows[0][0] == first_header and len(rows[0]) == 13, "one column per field"
    assert len(rows) == session.passings + 1
    assert {len(row) for row in rows} == {13}


def test_the_separator_can_be_chosen_and_the_history_export_says_what_goes_out(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, tmp_path: Path
) -> None:
    install("es")
    try:
        window = listed(qtbot, make_window(race))
        [comma] = [a for a in window.commands.separators.actions() if a.data() == ","]
        comma.trigger()
        tokens = [s.token_session for s in race.state.open_sessions()][:3]
        for token in tokens:
            window.request_close(token)
            dialog = confirmation_of(qtbot, window)
            dialog.save_check.setChecked(False)
            with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
                dialog.close_button.click()
            qtbot.waitUntil(lambda: window.confirmation is None, timeout=WAIT_MS)
        window.show_history()
        history = window.history_window
        assert history is not None
        qtbot.waitUntil(lambda: history.shown.rowCount() == 3, timeout=WAIT_MS)
        assert history.export_button.text() == "&Exportar CSV…"
        history.filter_edit.setText(cell(window, tokens[0], "session"))
        shown = history.shown.rowCount()
        assert shown < 3
        assert history.export_button.text() == f"&Exportar {shown} mostrado" + (
            "…" if shown == 1 else "s…"
        )
        target = tmp_path / "history.csv"
        with qtbot.waitSignal(history.exported, timeout=WAIT_MS):
            history.export(target)
    finally:
        install("en")
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))  # commas, as chosen
    assert rows[0][:3] == ["Número", "Pedido (UTC)", "Terminado (UTC)"]
    assert len(rows) == shown + 1


def test_what_the_status_bar_says_of_the_selection_follows_it(
    qtbot: QtBot, make_window: WindowFactory, showcase: DemoCloud
) -> None:
    """'3 stale sessions selected: Delete closes them' stayed while Ctrl+A selected all nine:
    Delete then asked about nine, not the three the status bar promised."""
    window = listed(qtbot, make_window(showcase))
    assert len(select_stale(qtbot, window)) == 3
    assert window.status_bar.text().startswith("3 stale sessions selected")
    QTest.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    every = window.model.rowCount()
    assert len(window.table.selected_tokens()) == every > 3
    assert window.status_bar.text() == f"{every} sessions selected."
