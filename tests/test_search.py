"""What the official types finds names first: checkpoint names by the start of their words,
serials and tokens only by what looks like them, the best match first."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.sessions.search import Query, pattern, rank, search_text

#: session, device, kind, serial, token: the rows of the slips seen on race day.
ROWS = {
    "KM 10": ("KM 10 S1", "KM 10", "CloudBox", "CB-1100", "AA11" * 16),
    "KM 100": ("KM 100", "KM 100", "CloudBox", "CB-1200", "BB35" * 16),
    "10K course": ("10K course", "KM 5", "One4All", "OA-3350", "CC33" * 16),
    "KM 21": ("KM 21", "KM 21", "CloudBox", "CB-3021", "33333333" * 8),
    "KM 30": ("KM 30", "KM 30", "CloudBox", "CB-0300", "DD44" * 16),
    "KM 35": ("KM 35", "KM 35", "CloudBox", "CB-0350", "EE55" * 16),
}
TEXTS = {
    name: search_text((session, device, kind), serial, token)
    for name, (session, device, kind, serial, token) in ROWS.items()
}


def found(typed: str) -> list[str]:
    """The rows found, best first (ties in the order above)."""
    query = Query.of(typed)
    ranked = [(rank(query, text), n, name) for n, (name, text) in enumerate(TEXTS.items())]
    return [name for matched, _, name in sorted(r for r in ranked if r[0] is not None)]


def test_a_name_typed_whole_comes_first_then_longer_names_then_other_fields() -> None:
    assert found("KM 10") == ["KM 10", "KM 100", "10K course"]


def test_digits_find_the_start_of_a_name_word_never_a_serial_or_token_by_chance() -> None:
    assert found("KM 3") == ["KM 30", "KM 35"]
    assert found("35") == ["KM 35"]  # not KM 100 through its token, not 10K through OA-3350


@pytest.mark.parametrize(
    ("typed", "rows"),
    [
        ("CB-0300", ["KM 30"]),  # a serial typed with its dash
        ("cb03", ["KM 30", "KM 35"]),  # a serial's start
        ("oa", []),  # too short to be a serial, and no name starts with it
        ("333333", ["KM 21"]),  # six hexadecimal digits: a piece of a token
        ("3333", []),  # four are a number someone typed, not a token
        ("one4", ["10K course"]),  # the kind is a name too
    ],
)
def test_serials_and_tokens_are_found_only_by_what_looks_like_them(
    typed: str, rows: list[str]
) -> None:
    assert found(typed) == rows


def test_case_punctuation_and_order_do_not_matter() -> None:
    assert found("km-10") == found("10 km") == ["KM 10", "KM 100", "10K course"]


names = st.text(alphabet="KMkm0123456789 -ABCabc", max_size=12)


@given(
    session=names,
    device=names,
    serial=names,
    token=st.text(alphabet="0123456789ABCDEF", max_size=12),
    typed=st.text(alphabet="KMkm0123456789 -ABCabc", max_size=8),
)
def test_qts_filter_finds_exactly_the_rows_the_ranking_finds(
    session: str, device: str, serial: str, token: str, typed: str
) -> None:
    text = search_text((session, device), serial, token)
    query = Query.of(typed)
    assert (re.search(pattern(query), text) is not None) == (rank(query, text) is not None)
