"""The tray's notifications leave the app through the desktop's own service: the window runs on
a real X server (Xvfb) with a private D-Bus session bus on which tests/desktop_bus.py is the
desktop's tray host (org.kde.StatusNotifierWatcher) and notification service
(org.freedesktop.Notifications), recording every Notify call it receives.

Nothing is notified while the console is the active application; once it is not, each new
alert is, and a burst of them is told in a few notifications, the rest counted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("dbus-run-session", "xvfb-run")

WINDOW = r"""
import json, os, sys, time
from datetime import UTC, datetime
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon
from app.control.clients import ClientFactory
from app.demo import CloudState, DemoCloud
from app.keystore import DemoVault
from app.settings import Settings
from app.ui.launch import Target, application, build
from app.ui.translation import install

app = application([])
install("en")
CALLS = os.environ["CALLS"]


def wait(signal=None, until=None, ms=20000):
    loop = QEventLoop()
    if signal is not None:
        signal.connect(lambda *args: loop.quit())
    if until is not None:
        timer = QTimer()
        timer.timeout.connect(lambda: until() and loop.quit())
        timer.start(20)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def notifications():
    with open(CALLS, encoding="utf-8") as calls:
        return [json.loads(line) for line in calls if "summary" in line]


state = CloudState()
now = datetime.now(UTC)
devices = {}
for alias, serial in [("KM 5", "CB-5"), ("KM 10", "CB-10")] + [
    (f"Extra {n}", f"CB-E{n}") for n in range(1, 6)
]:
    device = state.bind_device(type="CLOUDBOX", model="CloudBox", serial_number=serial,
                               alias=alias, now=now, status="ONLINE", battery_percentage=80)
    devices[alias] = device.deviceid
    state.create_session(device.deviceid, f"Marathon {alias}", now=now)

with DemoCloud(state) as cloud:
    settings = Settings(QSettings(os.environ["SETTINGS"], QSettings.Format.IniFormat))
    window = build(Target(ClientFactory(cloud.url), DemoVault(cloud.read_write_key), demo=False),
                   settings)
    window.setGeometry(0, 0, 1000, 500)
    window.show()
    print("tray", QSystemTrayIcon.isSystemTrayAvailable(), window.alerts.tray.icon is not None)
    wait(window.console.listing_finished, ms=20000) if window.console.start() is None else None

    def refresh_and_wait():
        raised = []
        window.alerts.centre.raised.connect(raised.append)
        window.console.refresh()
        wait(until=lambda: raised, ms=20000)
        window.alerts.centre.raised.disconnect(raised.append)
        return [r.alert.kind.value for batch in raised for r in batch]

    # The official is looking at the console: the alert is listed, not notified.
    window.activateWindow()
    wait(until=lambda: QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive)
    print("active", QGuiApplication.applicationState().name)
    state.set_health(devices["KM 5"], status="OFFLINE", battery_percentage=80)
    print("raised", refresh_and_wait())

    # The console is out of sight: each new alert is notified.
    window.hide()
    wait(until=lambda: QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive)
    print("inactive", QGuiApplication.applicationState().name)
    state.set_health(devices["KM 10"], status="OFFLINE", battery_percentage=80)
    print("raised", refresh_and_wait())
    wait(until=lambda: len(notifications()) >= 1)

    # Five at once: three notified, the rest counted in a fourth.
    for n in range(1, 6):
        for session in state.sessions_of(devices[f"Extra {n}"]):
            state.close_session(session.token_session)
    print("raised", refresh_and_wait())
    wait(until=lambda: len(notifications()) >= 5)
    print("unacknowledged", len(window.alerts.centre.unacknowledged()))

    # The tray icon's menu brings the hidden window back, and opens the alerts.
    window_item, alerts_item = window.alerts.tray.menu.actions()
    print("menu", window_item.text(), "|", alerts_item.text())
    window_item.trigger()
    alerts_item.trigger()
    shown = window.alerts.list_window
    print("opened", window.isVisible(), shown is not None and shown.isVisible())
    window.close()
"""


@pytest.fixture(autouse=True)
def tools_present() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and os.environ.get("CI"):
        pytest.fail(f"CI must run the tray notification test; missing {missing}")
    if missing:
        pytest.skip(f"needs {missing}: apt-get install dbus xvfb")


def test_new_alerts_reach_the_desktop_s_notification_service_when_the_console_is_not_active(
    tmp_path: Path,
) -> None:
    calls = tmp_path / "calls.jsonl"
    calls.touch()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
        and not name.startswith("QT_")
    }
    env.update(
        QT_QPA_PLATFORM="xcb",
        XDG_RUNTIME_DIR=str(runtime),
        CALLS=str(calls),
        SETTINGS=str(tmp_path / "settings.ini"),
        PROBE=WINDOW,
        PYTHON=sys.executable,
    )
    # The desktop's services first: Qt looks for a tray host once, when the tray is first
    # asked about.
    shell = (
        '"$PYTHON" -m tests.desktop_bus "$CALLS" > "$CALLS.ready" 2> "$CALLS.errors" & '
        "desktop=$!; trap 'kill $desktop 2>/dev/null' EXIT; "
        'for n in $(seq 100); do grep -q ready "$CALLS.ready" && break; sleep 0.1; done; '
        '"$PYTHON" -c "$PROBE"'
    )
    screen = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24"]
    done = subprocess.run(
        [*screen, "dbus-run-session", "--", "sh", "-c", shell],
        env=env,
        capture_output=True,
        text=True,
        timeout=50,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "tray True True",
        "active ApplicationActive",
        "raised ['offline']",
        "inactive ApplicationInactive",
        "raised ['offline']",
        "raised " + str(["closed-elsewhere"] * 5),
        "unacknowledged 7",
        "menu Open Rufus Console | Alerts…",
        "opened True True",
    ], done.stderr

    recorded = [json.loads(line) for line in calls.read_text(encoding="utf-8").splitlines()]
    assert any("tray_item" in call for call in recorded), "the icon is in the desktop's tray"
    notified = [(call["summary"], call["body"]) for call in recorded if "summary" in call]
    assert notified[0] == (
        "Rufus Console: Offline",
        "KM 10 went offline; its session “Marathon KM 10” is open",
    )
    closed = [
        (
            "Rufus Console: Closed elsewhere",
            f"“Marathon Extra {n}” on Extra {n} was closed elsewhere (not by this console)",
        )
        for n in range(1, 6)
    ]
    # The burst in the order the devices answered: three of the five, then the count.
    assert len(set(notified[1:4])) == 3
    assert set(notified[1:4]) <= set(closed)
    assert notified[4:] == [("Rufus Console", "and 2 more alerts: see Alerts in Rufus Console")]
    first = next(call for call in recorded if "summary" in call)
    assert first["app_name"]  # the app names itself to the desktop
    assert first["app_icon"] == "dialog-warning"
    assert first["expire_timeout"] == 15_000
