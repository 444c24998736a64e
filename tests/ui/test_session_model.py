"""The table model and its filter proxy under Qt's own model checker, through inserts,
updates, removals, sorting and filtering."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from app.rufus.models import Device, DeviceSessions, OpenSession, Session
from app.sessions.book import RowBook
from app.ui.columns import COLUMNS, position
from app.ui.session_filter import SessionFilter
from app.ui.session_model import ROW_ROLE, TOKEN_ROLE, SessionTableModel


def answer(on: int, *sessions: tuple[str, int]) -> DeviceSessions:
    device = Device(f"D{on}", alias=f"KM {on % 4}", model="One4All 5", serial_number=f"S{on}")
    return DeviceSessions(
        device,
        tuple(
            OpenSession(Session(token, alias=f"RUN {token}", passings=passings), device)
            for token, passings in sessions
        ),
    )


def filled() -> tuple[SessionTableModel, RowBook]:
    book = RowBook()
    model = SessionTableModel(book)
    model.show(book.apply([answer(n, (f"T{n:02d}", n * 7 % 11)) for n in range(12)]))
    return model, book


def tokens(model: SessionTableModel | SessionFilter) -> list[str]:
    return [model.index(row, 0).data(TOKEN_ROLE) for row in range(model.rowCount())]


def test_the_model_and_the_proxy_pass_qts_model_checker(qtmodeltester: ModelTester) -> None:
    model, book = filled()
    proxy = SessionFilter(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)

    model.sort(position("passings"), Qt.SortOrder.DescendingOrder)
    proxy.set_filter_text("km 1")
    model.show(book.apply([answer(1), answer(5, ("T05", 99)), answer(20, ("T20", 3))]))
    model.show(book.keep_devices([answer(n).device for n in (1, 2, 3, 5, 9, 20)]))
    proxy.set_filter_text("")
    model.sort(position("session"), Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert tokens(model) == sorted(tokens(model))
    assert set(tokens(model)) == {"T02", "T03", "T05", "T09", "T20"}


def test_rows_arriving_land_in_sorted_place_and_a_selection_follows_its_row() -> None:
    model, book = filled()
    model.sort(position("passings"), Qt.SortOrder.AscendingOrder)
    kept = QPersistentModelIndex(model.index(model.position_of("T03") or 0, 0))

    model.show(book.apply([answer(30, ("T30", -5)), answer(3, ("T03", 1000))]))

    passings = [model.index(r, 0).data(ROW_ROLE).entry.session.passings for r in range(13)]
    assert passings == sorted(passings)
    assert tokens(model)[0] == "T30" and tokens(model)[-1] == "T03"
    assert kept.isValid() and kept.data(TOKEN_ROLE) == "T03"


def test_every_column_has_a_header_and_a_value_for_every_row() -> None:
    model, _ = filled()
    for column, spec in enumerate(COLUMNS):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        assert isinstance(header, str)
        assert header or spec.key == "close"
        for row in range(model.rowCount()):
            assert isinstance(model.index(row, column).data(), str)


def test_the_filter_matches_every_word_in_names_serials_and_tokens() -> None:
    model, _ = filled()
    proxy = SessionFilter(model)
    proxy.set_filter_text("run t0")
    assert proxy.rowCount() == 10
    proxy.set_filter_text("S11")
    assert tokens(proxy) == ["T11"]
    proxy.set_filter_text("km 2 one4all")
    assert set(tokens(proxy)) == {"T02", "T06", "T10"}
