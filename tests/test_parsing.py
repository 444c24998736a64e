"""Both response generations read in one place; anything else is the client's own error."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rufus.errors import BadResponse
from app.rufus.parsing import (
    lenient_time,
    list_items,
    object_items,
    pagination_of,
    parse_device,
    parse_session,
    payload_of,
)
from app.rufus.transport import Reply

SESSION = {
    "token_session": "2A19294B",
    "alias": "START-5K",
    "creation_date": "2023-02-03T15:31:40.000Z",
    "active": True,
    "passings": 12,
    "first": "2023-02-03T15:35:00.000Z",
    "last": "2023-02-03T16:01:12.345Z",
    "duration": "2023-02-03T17:31:40.000Z",
}


@pytest.mark.parametrize(
    "document",
    [
        pytest.param({"description": "Success", "result": [SESSION]}, id="g1-list"),
        pytest.param({"description": "Success", "result": SESSION}, id="g1-object"),
        pytest.param({"body": {"description": "Success", "result": [SESSION]}}, id="g2-list"),
        pytest.param({"body": {"description": "Success", "result": SESSION}}, id="g2-object"),
    ],
)
def test_every_envelope_gives_the_same_session(document: object) -> None:
    [item] = object_items(payload_of(document), "the session")
    session = parse_session(item)
    assert session.token_session == "2A19294B"
    assert session.passings == 12
    assert session.last == datetime(2023, 2, 3, 16, 1, 12, 345000, tzinfo=UTC)
    assert session.duration == "2023-02-03T17:31:40.000Z"


@pytest.mark.parametrize("document", [{"description": "Success"}, {"body": {}}])
def test_only_a_missing_result_is_an_empty_list(document: object) -> None:
    assert list_items(payload_of(document), "the device list") == []


@pytest.mark.parametrize(
    ("result", "words"),
    [
        pytest.param({"deviceid": "D1"}, "the result is an object, not a list", id="object"),
        pytest.param("Success", "the result is a text, not a list", id="text"),
        pytest.param(4, "the result is a number, not a list", id="number"),
        pytest.param(None, "the result is null, not a list", id="null"),
        pytest.param(["D1", "D2"], "an item is a text, not an object", id="texts"),
        pytest.param([{"deviceid": "D1"}, 7], "an item is a number, not an object", id="mixed"),
    ],
)
def test_a_list_of_the_wrong_shape_is_unreadable_never_shorter(result: object, words: str) -> None:
    with pytest.raises(BadResponse) as unreadable:
        list_items({"result": result}, "the device list")
    assert unreadable.value.detail == f"the device list: {words}"


@pytest.mark.parametrize(
    "document", [{"body": None}, [], "Success", {"result": "x"}, {"result": [1, 2]}]
)
def test_what_is_not_a_rufus_answer_is_a_bad_response(document: object) -> None:
    with pytest.raises(BadResponse):
        object_items(payload_of(document), "the session")


def test_a_pagination_that_is_not_an_object_is_unreadable() -> None:
    with pytest.raises(BadResponse):
        pagination_of({"pagination": "page 1"})
    assert pagination_of({"result": []}) is None


def test_an_item_without_its_identifier_is_unreadable() -> None:
    with pytest.raises(BadResponse) as unreadable:
        parse_device({"alias": "KM 10"})
    assert unreadable.value.detail == "an item without deviceid"


def test_g1_and_g2_device_fields_meet_in_one_model() -> None:
    g1 = parse_device({"deviceid": "D1", "last_seen": "2024-01-01T10:00:00Z", "sessions": "3"})
    g2 = parse_device(
        {
            "deviceid": "D1",
            "last_login": "2024-01-01T10:00:00Z",
            "battery_percentage": 80,
            "charging": True,
            "device_status": "OFFLINE",
            "last_telemetry_at": "2024-01-01T10:05:00Z",
        }
    )
    assert g1.last_seen == g2.last_seen == datetime(2024, 1, 1, 10, tzinfo=UTC)
    assert g1.sessions == 3
    assert (g1.battery_percentage, g1.charging, g1.status) == (None, None, None)
    assert (g2.battery_percentage, g2.charging, g2.status) == (80, True, "OFFLINE")
    assert g2.last_telemetry == datetime(2024, 1, 1, 10, 5, tzinfo=UTC)


@pytest.mark.parametrize("battery", [-1, 101, "full", 12.5, True])
def test_a_battery_outside_0_to_100_is_unknown(battery: object) -> None:
    assert (
        parse_device({"deviceid": "D1", "battery_percentage": battery}).battery_percentage is None
    )


@pytest.mark.parametrize(
    ("raw", "has_more"),
    [
        ({"page": 1, "limit": 5, "total": 12, "has_more": True}, True),
        ({"page": 3, "limit": 5, "total": 12, "has_more": False}, False),
        ({"page": 1, "limit": 5, "total": 12}, True),  # the documented fallback
        ({"page": 3, "limit": 5, "total": 12}, False),
    ],
)
def test_pagination(raw: dict[str, object], has_more: bool) -> None:
    pagination = pagination_of({"pagination": raw})
    assert pagination is not None and pagination.has_more is has_more


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-03T15:31:40.000Z",
        "2023-02-03T15:31:40Z",
        "2023-02-03T15:31:40",
        "2023-02-03T16:31:40+01:00",
        "2023-02-03T15:31:40.000000+00:00",
    ],
)
def test_times_are_read_leniently_into_utc(text: str) -> None:
    assert lenient_time(text) == datetime(2023, 2, 3, 15, 31, 40, tzinfo=UTC)


@pytest.mark.parametrize("text", ["", "yesterday", "2023-13-45T99:00:00Z", None, 12])
def test_unreadable_times_are_unknown_not_fatal(text: object) -> None:
    assert lenient_time(text) is None


def test_the_docs_own_invalid_json_is_a_bad_response() -> None:
    with pytest.raises(BadResponse):
        Reply(200, '{ description: "Success" result: [] }').payload()


# -- property: random bodies give models or BadResponse, never anything else ------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)
field_names = st.sampled_from(
    [
        "token_session",
        "deviceid",
        "alias",
        "active",
        "passings",
        "creation_date",
        "first",
        "last",
        "duration",
        "sessions",
        "last_seen",
        "last_login",
        "battery_percentage",
        "page",
        "limit",
        "total",
        "has_more",
    ]
)
plausible_items = st.dictionaries(field_names, json_values, max_size=10)
plausible_documents = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"result": st.one_of(plausible_items, st.lists(plausible_items, max_size=3), json_values)}
    ),
    st.fixed_dictionaries(
        {
            "body": st.one_of(
                st.none(),
                st.fixed_dictionaries(
                    {
                        "result": st.one_of(plausible_items, st.lists(plausible_items, max_size=3)),
                        "pagination": st.one_of(plausible_items, json_values),
                    }
                ),
            )
        }
    ),
)


def read_everything(text: str) -> None:
    payload = Reply(200, text).payload()
    pagination_of(payload)
    for item in object_items(payload, "anything") + list_items(payload, "a list"):
        for parse in (parse_session, parse_device):
            with contextlib.suppress(BadResponse):
                parse(item)


@settings(max_examples=250, deadline=None)
@given(plausible_documents)
def test_random_json_gives_models_or_bad_response(document: object) -> None:
    with contextlib.suppress(BadResponse):
        read_everything(json.dumps(document))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_random_text_gives_models_or_bad_response(text: str) -> None:
    with contextlib.suppress(BadResponse):
        read_everything(text)
