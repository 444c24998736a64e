"""A first start on a 1024 by 600 laptop: the window fits the screen and the Close column is in
view, the least useful columns having made room. Qt's screen is fixed when the application
starts, so the window runs in a child process on a screen of that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, offscreen
from tests.ui.small_screen_probe import Placement


def first_start_on(screen: str) -> Placement:
    environment = {**os.environ, "QT_QPA_PLATFORM": offscreen(screen)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.small_screen_probe"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: Placement = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize("screen", ["laptop", "desktop"])
def test_the_first_start_fits_the_screen_with_close_in_view(screen: str) -> None:
    report = first_start_on(screen)
    sx, sy, sw, sh = report["screen"]
    wx, wy, ww, wh = report["window"]
    assert sx <= wx and sy <= wy and wx + ww <= sx + sw and wy + wh <= sy + sh, report
    assert report["rows"] == report["open"]
    assert not report["close_hidden"]
    assert report["close_right_edge"] <= report["viewport_width"], "Close in view, no scrolling"
    hidden = report["hidden"]
    assert isinstance(hidden, list)
    for needed in ("session", "device", "activity", "state", "close"):
        assert needed not in hidden
    if screen == "laptop":
        assert "kind" in hidden, "the least useful column made room"
    else:
        assert hidden == ["last-seen", "token"], "a large screen shows every default column"
