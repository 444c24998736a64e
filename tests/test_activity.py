"""Activity classes, Qt-free: live, stale, unused and idle, with the day boundary taken in the
venue's own time zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from app.rufus.models import Session
from app.sessions.activity import Activity, activity


@pytest.fixture
def madrid(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The venue's clock: Central European time (UTC+1 in November)."""
    monkeypatch.setenv("TZ", "Europe/Madrid")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)  # 10:30 in Madrid


def session(opened: datetime, passings: int = 0, last: datetime | None = None) -> Session:
    return Session("T", creation_date=opened, passings=passings, last=last)


@pytest.mark.usefixtures("madrid")
@pytest.mark.parametrize(
    ("opened", "passings", "last", "expected"),
    [
        pytest.param(NOW - timedelta(hours=2), 12, NOW - timedelta(seconds=12), Activity.LIVE),
        pytest.param(NOW - timedelta(hours=2), 12, NOW - timedelta(minutes=3), Activity.IDLE),
        pytest.param(NOW - timedelta(hours=2), 0, None, Activity.UNUSED),
        # 00:10 in Madrid today, though still yesterday in UTC: today, not stale.
        pytest.param(datetime(2026, 11, 27, 23, 10, tzinfo=UTC), 0, None, Activity.UNUSED),
        # 23:50 in Madrid yesterday (22:50 UTC): stale.
        pytest.param(
            datetime(2026, 11, 27, 22, 50, tzinfo=UTC), 5, NOW - timedelta(hours=9), Activity.STALE
        ),
        pytest.param(NOW - timedelta(days=400), 1611, NOW - timedelta(days=399), Activity.STALE),
        # A forgotten session that a device still times into is live, not stale.
        pytest.param(NOW - timedelta(days=2), 9, NOW - timedelta(seconds=40), Activity.LIVE),
        # An overnight ultra opened at 22:00 yesterday, its remote checkpoint quiet for 11 min:
        # still timing, not forgotten.
        pytest.param(NOW - timedelta(hours=12), 40, NOW - timedelta(minutes=11), Activity.IDLE),
        # ... and quiet for three hours: most likely forgotten.
        pytest.param(NOW - timedelta(hours=12), 40, NOW - timedelta(hours=3), Activity.STALE),
    ],
)
def test_every_session_falls_into_one_class(
    opened: datetime, passings: int, last: datetime | None, expected: Activity
) -> None:
    assert activity(session(opened, passings, last), NOW) is expected


@pytest.mark.usefixtures("madrid")
def test_the_live_threshold_is_a_setting() -> None:
    recent = session(NOW - timedelta(hours=1), 3, NOW - timedelta(minutes=4))
    assert activity(recent, NOW) is Activity.IDLE
    assert activity(recent, NOW, timedelta(minutes=5)) is Activity.LIVE
