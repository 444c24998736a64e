"""The Spanish and Catalan windows, walked through every error kind, every close outcome and
step, every key state and every row state: no English sentence shows through."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.jobs import UnexpectedError
from app.keystore import KeyLookup, KeyState
from app.records.close_record import CloseContext, CloseRecord, Outcome, Step
from app.rufus import errors
from app.rufus.models import Device, KeyRights, OpenSession, Session
from app.sessions.activity import LIVE_WITHIN, Activity
from app.sessions.alerts import Alert, AlertKind, Topic
from app.sessions.book import Row, RowBook, RowState
from app.sessions.tail import MinuteRates
from app.ui.translation import install
from app.ui.words import alerts, closes, passings, rows, status
from app.ui.words.errors import error_text
from app.ui.words.keys import key_state
from tests.ui.test_languages import every_error

#: Words of English sentences that neither Spanish nor Catalan spells the same way
#: ("sessions" is Catalan too).
ENGLISH = frozenset(
    [
        "the",
        "and",
        "was",
        "not",
        "could",
        "would",
        "with",
        "this",
        "that",
        "session",
        "closed",
        "close",
        "refresh",
        "request",
        "is",
        "it",
        "its",
        "of",
        "have",
        "been",
        "be",
        "to",
        "from",
        "your",
        "you",
        "key",
        "keyring",
        "passings",
        "device",
        "list",
        "again",
        "try",
        "when",
        "what",
        "which",
        "there",
        "still",
        "only",
    ]
)
NAME = "«KM 30»"
NOW = datetime.now(UTC)


@pytest.fixture(params=["es", "ca"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert install(request.param) == request.param
    yield request.param
    install("en")


def english_words(text: str) -> set[str]:
    # Names from devices, identifiers (RUFUS_API_KEY, READ_WRITE) and what RUFUS's own web
    # pages call things ("API Keys") stay as they are.
    text = re.sub(r"\b[A-Z][A-Z0-9_]+\b|API Keys", "", text.replace(NAME, ""))
    return {word for word in re.findall(r"[a-z]+", text.lower()) if word in ENGLISH}


def records() -> Iterator[CloseRecord]:
    """A close record of every outcome and step, with each variant its words tell apart."""
    entry = OpenSession(
        Session("T" * 64, "KM 30", NOW - timedelta(hours=2), True, 120, last=NOW),
        Device("D" * 64, "KM 30", serial_number="S1"),
    )
    context = CloseContext("https://api.runonrufus.com/v0", "keyring", "ana", "laptop", "1")
    base = CloseRecord(entry, context, NOW)
    for step in Step:
        yield replace(base, step=step, saved=40)
    confirmed = replace(entry.session, active=False)
    yield replace(base, outcome=Outcome.CLOSED, confirmed=confirmed)
    yield replace(base, outcome=Outcome.CLOSED, confirmed=None)
    yield replace(base, outcome=Outcome.CLOSED, confirmed=confirmed, confirmed_after_s=12.0)
    yield replace(
        base, outcome=Outcome.CLOSED, confirmed=confirmed, passings_file="/x.csv", saved=120
    )
    yield replace(base, outcome=Outcome.ALREADY_CLOSED, confirmed=confirmed)
    for outcome in (Outcome.NOT_SENT, Outcome.REFUSED, Outcome.UNKNOWN, Outcome.STILL_OPEN):
        for error in every_error():
            if isinstance(error, errors.RufusError):
                yield replace(base, outcome=outcome, error=error, reason=str(error))
    yield replace(base, outcome=Outcome.UNKNOWN, still_open_seen=True)
    yield replace(base, outcome=Outcome.STOPPED)
    yield replace(base, outcome=Outcome.REFUSED, error=errors.Refused("no", status=409))


def every_text() -> Iterator[tuple[str, str]]:
    """(what, text) for every sentence the window can say about errors, closes, keys, rows."""
    for error in [
        *every_error(),
        errors.ConfigurationError("The API key contains spaces: copy it again."),
        errors.RufusError("RUFUS accepted the close but still reports the session as open."),
        UnexpectedError("KeyError"),
    ]:
        yield f"error {type(error).__name__}", error_text(error)
    book = RowBook()
    all_records = list(records())
    for record in all_records:
        what = f"record {record.step.value} {record.outcome}"
        if record.outcome is None:
            yield what, closes.step_text(record, NAME)
        else:
            yield what, closes.outcome_text(record, NAME)
            yield what, closes.outcome_name(record.outcome)
            yield what, closes.earlier_close(record, NAME)
        for state in RowState:
            row = Row(record.entry, state, record, problem=errors.NetworkError("English"))
            yield f"{what} row {state.value}", rows.row_state(row)
            yield f"{what} row {state.value}", rows.row_state_detail(row) or ""
            for rights in KeyRights:
                book.rights = rights
                yield f"{what} {state.value} button", closes.close_button_tip(row, book) or ""
    yield "batch", closes.batch_summary(all_records)
    for lookup_state in KeyState:
        for key in (None, "ror-key"):
            yield f"key {lookup_state.value}", " ".join(key_state(KeyLookup(lookup_state, key)))
    for activity in Activity:
        yield f"activity {activity.value}", rows.activity_name(activity)
        yield f"activity {activity.value}", rows.activity_detail(activity, LIVE_WITHIN)
    yield "summary", status.summary(3, 1, 1)
    yield "freshness", status.freshness(12, 18, 200)
    yield "elsewhere", status.closed_elsewhere([NAME] * 7)
    yield "not read", status.not_read([NAME])
    yield "not refreshed", status.list_not_refreshed(error_text(errors.ServerError("x")))
    yield from alert_texts()
    yield from panel_texts()


def alert_texts() -> Iterator[tuple[str, str]]:
    """Every alert kind's sentence, name and notification; the alerts list's and the status
    bar's words."""
    device = Device("D" * 64, NAME, serial_number="S1", battery_percentage=12)
    entry = OpenSession(Session("T" * 64, NAME, last=NOW - timedelta(minutes=12)), device)
    for kind in AlertKind:
        for told_apart in (False, True):
            alert = Alert(kind, NOW, entry, device, told_apart)
            yield f"alert {kind.value}", alerts.alert_text(alert)
            yield f"alert {kind.value}", alerts.notification_title(alert)
        yield f"alert {kind.value}", alerts.kind_name(kind)
    for topic in Topic:
        yield f"topic {topic.value}", alerts.topic_name(topic)
    for count in (1, 3):
        yield "alerts count", alerts.count(count)
        yield "alerts count", alerts.count_detail(count)
        yield "alerts summary", alerts.summary(count + 2, count)
        yield "more alerts", alerts.more_alerts(count)
    for text in (alerts.paused(), alerts.paused_detail(), alerts.none_yet(), alerts.not_in_table()):
        yield "alerts", text
    yield "alerts", alerts.acknowledged() + " " + alerts.not_acknowledged()


def panel_texts() -> Iterator[tuple[str, str]]:
    """The session panel and the confirmation's chart: a session read, one not read at all,
    one whose last read failed."""
    start = NOW.replace(second=0, microsecond=0) - timedelta(minutes=59)
    counts = (None, None, *([0] * 20), *([12] * 37), 3)
    rates = MinuteRates(start, counts, NOW, NOW - timedelta(seconds=8))
    yield "panel rates", passings.rate_summary(rates)
    yield "panel last", passings.last_passing(rates)
    yield "panel none", passings.last_passing(replace(rates, last_passing=None))
    yield "panel none", passings.last_passing(replace(rates, last_passing=None, whole=True))
    yield "panel chart", passings.chart_description(rates)
    yield "panel bar", passings.bar_tip(start, 4, True)
    yield "panel bar", passings.bar_tip(start, None, False)
    yield "panel undated", passings.undated(3)
    yield "panel fresh", passings.freshness(NOW - timedelta(seconds=3), 5.0, NOW)
    for problem in every_error():
        yield "panel failed", passings.not_read_again(problem, NOW)
        yield "panel never read", passings.not_read_again(problem, None)
    for text in (passings.reading(), passings.chart_reading(), passings.select_one()):
        yield "panel", text
    yield "panel", passings.no_key()
    yield "panel columns", " ".join(passings.column_names())


def test_no_english_sentence_shows_through(language: str) -> None:
    english = {
        (what, text): sorted(english_words(text))
        for what, text in every_text()
        if english_words(text)
    }
    assert english == {}


def test_the_check_notices_english(language: str) -> None:
    install("en")
    found = [text for _, text in every_text() if english_words(text)]
    assert len(found) > 100


def test_the_walk_reaches_the_catalogues(language: str) -> None:
    """Nearly every sentence the walk produces is one of the catalogue's own."""
    catalogue = Path(__file__).parents[2] / "resources" / "translations" / f"rufus_{language}.ts"
    translated = catalogue.read_text(encoding="utf-8")
    texts = [text for _, text in every_text() if len(text) > 30]
    assert len(texts) > 100
    assert sum(text[:20] in translated for text in texts) > len(texts) // 2
