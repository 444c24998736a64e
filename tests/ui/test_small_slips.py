"""The smaller slips seen on race day (issue 22, point 7), each as the official meets it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud, Fault, FaultKind
from app.demo.seed import DEMO_DEVICES
from app.demo.state import AccessType
from app.keystore import DemoVault, KeyLookup, KeyState
from app.ui.main_window import MainWindow
from app.ui.qt_words import qt_words
from app.ui.translation import install
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    cell,
    click_close_button,
    confirmation_of,
    listed,
    shown_tokens,
)


def highlighted(window: MainWindow) -> list[str]:
    return [
        token
        for token in shown_tokens(window)
        if window.model.index(window.model.position_of(token) or 0, 0).data(
            Qt.ItemDataRole.BackgroundRole
        )
        is not None
    ]


def test_a_key_entered_again_marks_no_row_as_new(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        window.console.use_key(KeyLookup(KeyState.DEMO, race.read_write_key))
    assert shown_tokens(window) and highlighted(window) == []

    device = race.state.devices()[0]
    race.state.create_session(device.deviceid, "NEW ONE", now=device.creation_date)
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        QTest.keyClick(window.table, Qt.Key.Key_F5)
    [new] = highlighted(window)
    assert cell(window, new, "session") == "NEW ONE", "a session new since the last refresh is"


def test_the_quit_question_names_the_session_being_closed(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    token = shown_tokens(window)[0]
    race.inject(Fault(FaultKind.SLOW, "PATCH", f"/sessions/close/{token}", delay_s=1.0))
    window.request_close(token)
    confirmation_of(qtbot, window).close_button.click()
    seen: list[str] = []
    tries = iter(range(500))  # a question that never comes fails, it is not waited for

    def answer() -> None:
        box = window.quit_guard.question
        if box is None and next(tries, None) is not None:  # asked inside its own event loop
            QTimer.singleShot(10, answer)
            return
        assert box is not None
        seen.append(box.text())
        [cancel] = [b for b in box.buttons() if b.text().replace("&", "") == "Cancel"]
        cancel.click()

    QTimer.singleShot(0, answer)
    name = f"“{cell(window, token, 'session')}” on {cell(window, token, 'device')}"
    with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
        window.close()  # asks, is cancelled, and the close goes on
    [question] = seen
    assert question.startswith(f"Being closed now: {name}")  # with its serial, if a twin
    assert question.endswith(". Wait for RUFUS to answer before quitting?")


def test_a_filter_that_hides_rows_says_how_many_it_shows(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    every = len(shown_tokens(window))
    assert not window.status_bar.shown.isVisible()
    window.commands.stale_only.trigger()
    shown = len(shown_tokens(window))
    assert window.status_bar.shown.isVisible()
    assert window.status_bar.shown.text() == f"Showing {shown} of {every} · Stale only"
    window.commands.stale_only.trigger()
    window.filter_edit.setText("zzz")
    assert window.status_bar.shown.text() == f"Showing 0 of {every}"
    window.filter_edit.clear()
    assert not window.status_bar.shown.isVisible()


def test_with_a_read_only_key_no_row_shows_a_close_button_and_delete_says_why(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race, DemoVault(race.keys[AccessType.READ])))
    token = shown_tokens(window)[0]
    window.table.select(token)
    assert cell(window, token, "close") == "", "a selected row shows no button that does nothing"
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.confirmation is None
    assert window.status_bar.text().startswith("⚠ This key can list sessions but not close them")


def test_twins_keep_their_order_between_listings(qtbot: QtBot, make_window: WindowFactory) -> None:
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        window = listed(qtbot, make_window(cloud))
        twins = [t for t in shown_tokens(window) if cell(window, t, "device").startswith("BRIDGE")]
        assert len(twins) >= 2
        serials = [cell(window, t, "serial") for t in twins]
        assert serials == sorted(serials, key=str.casefold), "names alike: by serial"
        for _ in range(3):
            with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
                QTest.keyClick(window.table, Qt.Key.Key_F5)
            again = [
                t for t in shown_tokens(window) if cell(window, t, "device").startswith("BRIDGE")
            ]
            assert again == twins


def test_alt_l_closes_in_every_language(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    labels = []
    for language in ("en", "es", "ca"):
        install(language)
        try:
            click_close_button(qtbot, window, shown_tokens(window)[0])
            dialog = confirmation_of(qtbot, window)
            labels.append(dialog.close_button.text())
            dialog.reject()
        finally:
            install("en")
    assert [label.lower().split("&")[1][0] for label in labels] == ["l", "l", "l"], labels


def test_qts_own_file_dialog_speaks_spanish_too(qapp: QApplication) -> None:
    install("es")
    try:
        assert qt_words() == (
            "&Ver en:",
            "Ficheros de &tipo:",
            "Carpeta",
            "Unidad",
            "Carpeta de ficheros",
        )
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        dialog.deleteLater()
    finally:
        install("en")
    assert "&Look in:" not in labels and "Files of &type:" not in labels
    assert "&Ver en:" in labels
