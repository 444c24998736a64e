"""The table model under Qt's own model checker, through inserts, updates, removals, sorting
and filtering."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from app.rufus.models import Device, DeviceSessions, OpenSession, Session
from app.sessions.book import Changes, RowBook
from app.ui.cells import TOKEN_ROLE
from app.ui.columns import COLUMNS, position
from app.ui.session_model import SessionTableModel


def answer(on: int, *sessions: tuple[str, int]) -> DeviceSessions:
    device = Device(f"D{on}", alias=f"KM {on % 4}", model="One4All 5", serial_number=f"S{on}")
    return DeviceSessions(
        device,
        tuple(
            OpenSession(Session(token, alias=f"RUN {token}", passings=passings), device)
            for token, passings in sessions
        ),
    )


def shown(model: SessionTableModel, changes: Changes) -> None:
    """The changes written whole, as at a listing's end: a busy machine may otherwise leave
    some for the next turn of the event loop (SessionTableModel.show writes a slice)."""
    model.show(changes)
    model.flush()


def passings_in_view(model: SessionTableModel, rows: int) -> list[int]:
    """The passings of the first `rows` rows, in view order; every session here has a count."""
    counts = []
    for row in range(rows):
        count = model.row_at(row).entry.session.passings
        assert count is not None, model.row_at(row).entry.session.token_session
        counts.append(count)
    return counts


def filled() -> tuple[SessionTableModel, RowBook]:
    book = RowBook()
    model = SessionTableModel(book)
    shown(model, book.apply([answer(n, (f"T{n:02d}", n * 7 % 11)) for n in range(12)]))
    return model, book


def tokens(model: SessionTableModel) -> list[str]:
    return [model.index(row, 0).data(TOKEN_ROLE) for row in range(model.rowCount())]


def test_the_model_passes_qts_model_checker_through_every_change(
    qtmodeltester: ModelTester,
) -> None:
    model, book = filled()
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]  # pytest-qt leaves it unannotated

    model.sort(position("passings"), Qt.SortOrder.DescendingOrder)
    model.set_filter_text("km 1")
    shown(model, book.apply([answer(1), answer(5, ("T05", 99)), answer(20, ("T20", 3))]))
    shown(model, book.keep_devices([answer(n).device for n in (1, 2, 3, 5, 9, 20)]))
    assert set(tokens(model)) == {"T05", "T09"}
    model.set_filter_text("")
    model.sort(position("session"), Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]  # pytest-qt leaves it unannotated
    assert tokens(model) == sorted(tokens(model))
    assert set(tokens(model)) == {"T02", "T03", "T05", "T09", "T20"}


def test_rows_arriving_land_in_sorted_place_and_a_selection_follows_its_row() -> None:
    model, book = filled()
    model.sort(position("passings"), Qt.SortOrder.AscendingOrder)
    kept = QPersistentModelIndex(model.index(model.position_of("T03") or 0, 0))

    shown(model, book.apply([answer(30, ("T30", -5)), answer(3, ("T03", 1000))]))

    passings = passings_in_view(model, 13)
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
    model.set_filter_text("run t0")
    assert model.rowCount() == 10
    model.set_filter_text("S11")
    assert tokens(model) == ["T11"]
    model.set_filter_text("km 2 one4all")
    assert set(tokens(model)) == {"T02", "T06", "T10"}


def test_rows_changing_under_a_filter_come_and_go_in_place(qtmodeltester: ModelTester) -> None:
    model, book = filled()
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]  # pytest-qt leaves it unannotated
    model.sort(position("passings"), Qt.SortOrder.AscendingOrder)
    model.set_filter_text("km 3")
    assert set(tokens(model)) == {"T03", "T07", "T11"}
    moved = Device("D7", alias="KM 9", serial_number="S7")  # renamed: out of the filter
    renamed = DeviceSessions(moved, (OpenSession(Session("T07", alias="RUN T07"), moved),))
    shown(model, book.apply([renamed, answer(15, ("T15", 0))]))  # one leaves, one arrives
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]  # pytest-qt leaves it unannotated
    passings = passings_in_view(model, 3)
    assert set(tokens(model)) == {"T03", "T11", "T15"}
    assert passings == sorted(passings)


def test_a_device_whose_twin_arrives_later_is_told_apart_then_and_after_it_leaves() -> None:
    """Rows are written device by device as a listing arrives: the first 'KM 1' written alone
    must gain its serial when another 'KM 1' arrives, and lose it when that one is gone."""
    book = RowBook()
    model = SessionTableModel(book)
    shown(model, book.apply([answer(1, ("T01", 3)), answer(2, ("T02", 4))]))
    assert device_cell(model, "T01") == "KM 1"

    shown(model, book.apply([answer(5, ("T05", 5))]))  # its twin: 5 % 4 == 1
    assert device_cell(model, "T01") == "KM 1 (serial S1)"
    assert device_cell(model, "T05") == "KM 1 (serial S5)"
    assert device_cell(model, "T02") == "KM 2"

    shown(model, book.keep_devices([answer(n).device for n in (1, 2)]))
    assert device_cell(model, "T01") == "KM 1"


def device_cell(model: SessionTableModel, token: str) -> str:
    row = model.position_of(token)
    assert row is not None
    text = model.index(row, position("device")).data()
    assert isinstance(text, str)
    return text
