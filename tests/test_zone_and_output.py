"""What Windows does differently to times and text, checked on the same code here: zone names
Windows writes in long localised words, and a redirected stdout encoded in the ANSI code page."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.demo import CloudState, DemoCloud
from app.display import local_time, zone_text
from tests.conftest import ROOT

MOMENT = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "offset", "shown"),
    [
        ("W. Europe Daylight Time", timedelta(hours=2), "UTC+02:00"),  # Windows, in English
        ("Hora de verano romance", timedelta(hours=2), "UTC+02:00"),  # Windows, in Spanish
        ("India Standard Time", timedelta(hours=5, minutes=30), "UTC+05:30"),
        ("Pacific Standard Time", timedelta(hours=-8), "UTC-08:00"),
        ("Newfoundland Standard Time", timedelta(hours=-3, minutes=-30), "UTC-03:30"),
        ("Coordinated Universal Time", timedelta(0), "UTC"),
        ("+05", timedelta(hours=5), "UTC+05:00"),  # tzdata's zones without an abbreviation
        ("CET", timedelta(hours=1), "CET"),
        ("AEDT", timedelta(hours=11), "AEDT"),
        ("UTC", timedelta(0), "UTC"),
    ],
)
def test_a_zone_is_shown_by_its_abbreviation_or_its_offset(
    name: str, offset: timedelta, shown: str
) -> None:
    assert zone_text(MOMENT.astimezone(timezone(offset, name))) == shown


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("local_zone")
@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        ("<WEuropeStandardTime>-1", "10:30:00 UTC+01:00"),  # a long name, as Windows gives
        ("<+0530>-5:30", "15:00:00 UTC+05:30"),
        ("CET-1", "10:30:00 CET"),
    ],
)
def test_local_times_carry_a_short_zone(
    monkeypatch: pytest.MonkeyPatch, zone: str, shown: str
) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    assert local_time(MOMENT) == shown


def test_the_command_line_writes_utf8_whatever_the_code_page() -> None:
    """Windows encodes a redirected stdout in cp1252, which has neither Ł nor ✓."""
    state = CloudState()
    now = datetime.now(UTC)
    device = state.bind_device(
        type="CLOUDBOX", model="CloudBox", serial_number="CB-1", alias="Łódź ✓ Meta", now=now
    )
    state.create_session(device.deviceid, "Maratón 42K ✓", now=now)
    with DemoCloud(state) as cloud:
        env = {k: v for k, v in os.environ.items() if k != "RUFUS_API_KEY"}
        env.update(RUFUS_API_KEY=cloud.read_write_key, PYTHONIOENCODING="cp1252")
        result = subprocess.run(
            [sys.executable, "-m", "app", "--base-url", cloud.url, "sessions"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    output = result.stdout.decode("utf-8")
    assert "Łódź ✓ Meta" in output
    assert "Maratón 42K ✓" in output
