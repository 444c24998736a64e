"""What the window claims: the server it talks to, an address that is wrong, text from devices
that must not fake its neighbours."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.demo import CloudState, DemoCloud, Fault, FaultKind
from app.demo.faults import Shape
from app.ui.columns import position
from app.ui.main_window import MainWindow
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    cell,
    click_close_button,
    close_requests,
    confirmation_of,
    listed,
    view_row,
)

HOSTILE = "KM\x1b[2J 10\r\nFAKE\t\u202eevil\u200b"


def test_a_server_that_is_not_production_is_named_in_the_title_and_status_bar(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    server = race.url.split("/")[2]
    assert window.windowTitle() == f"Rufus Console — NOT PRODUCTION: {server}"
    assert window.server_label.text() == f"Server: {server}"
    assert window.server_label.isVisible()


def test_a_wrong_address_never_looks_like_an_empty_account(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    from app.control.clients import ClientFactory
    from app.keystore import DemoVault
    from app.ui.launch import Target, build

    wrong = race.url.removesuffix("/v0") + "/v1"
    window = build(Target(ClientFactory(wrong), DemoVault(race.read_write_key), demo=False))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.console.listing_failed, timeout=WAIT_MS):
        window.console.start()
    text = (
        "RUFUS answered 404 for the device list: check the server address; it normally ends in /v0."
    )
    assert text in window.status_bar.text()
    assert window.table.empty_label.isVisible()
    assert text in window.table.empty_label.text()
    assert "No open session" not in window.table.empty_label.text() + window.status_bar.text()
    window.close()


def test_an_unreadable_first_listing_says_so_where_the_rows_would_be(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    race.inject(
        Fault(FaultKind.WRONG_SHAPE, "GET", "/devices", times=None, shape=Shape.RESULT_NUMBER)
    )
    window = make_window(race)
    with qtbot.waitSignal(window.console.listing_failed, timeout=WAIT_MS):
        window.console.start()
    assert window.model.rowCount() == 0
    assert "answer could not be read" in window.table.empty_label.text()
    assert window.status_bar.text().startswith("⚠ The list could not be refreshed: ")


def test_text_from_a_device_cannot_reorder_hide_or_fake_its_neighbours(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    state = CloudState()
    now = datetime.now(UTC)
    device = state.bind_device(
        type="X", model="Reader\u202e", serial_number="S\u200b1", alias=HOSTILE, now=now
    )
    session = state.create_session(device.deviceid, HOSTILE, now=now)
    assert session is not None
    with DemoCloud(state) as cloud:
        window = listed(qtbot, make_window(cloud))
        token = session.token_session
        shown = [cell(window, token, key) for key in ("session", "device", "kind", "serial")]
        click_close_button(qtbot, window, token)
        dialog = confirmation_of(qtbot, window)
        shown += [dialog.heading.text(), dialog.words()]
        dialog.reject()
        # Cancelled: nothing was tried, and the State cell has no story to tell on hover.
        assert close_requests(cloud, token) == []
        assert window.model.tooltip(state_index(window, token)) is None

        # A refused close: the State cell's tooltip tells it, the status bar names the session
        # (its whole sentence on hover), and neither lets the device's name loose.
        cloud.inject(
            Fault(FaultKind.RATE_LIMITED, "PATCH", f"/sessions/close/{token}", retry_after=0)
        )
        click_close_button(qtbot, window, token)
        with qtbot.waitSignal(window.console.closes_finished, timeout=WAIT_MS):
            confirmation_of(qtbot, window).close_button.click()
        state_tip = cell(window, token, "state", Qt.ItemDataRole.ToolTipRole)
        status_tip = window.status_bar.message.toolTip()
    hidden = {"\x1b", "\r", "\n", "\t", "\u202e", "\u200b"}
    for text in shown[:4]:
        assert not set(text) & hidden, repr(text)
    assert shown[0] == "KM␛[2J 10␍␊FAKE␉⟨U+202E⟩evil⟨U+200B⟩"
    assert shown[2] == "Reader⟨U+202E⟩" and shown[3] == "S⟨U+200B⟩1"
    for dialog_text in shown[4:6]:
        assert "\u202e" not in dialog_text and "\x1b" not in dialog_text
        assert "KM␛[2J 10␍␊FAKE" in dialog_text or "Reader⟨U+202E⟩" in dialog_text
    attempt, reason = state_tip.split("\n")
    assert attempt.startswith("Last close attempt, ") and attempt.endswith(": refused")
    assert reason == "RUFUS refused to close it (HTTP 429): the session is still open."
    assert "“KM␛[2J 10␍␊FAKE␉⟨U+202E⟩evil⟨U+200B⟩” on KM␛[2J 10␍␊FAKE" in status_tip
    assert not set(status_tip) & hidden, repr(status_tip)


def state_index(window: MainWindow, token: str) -> QModelIndex:
    return window.model.index(view_row(window, token), position("state"))
