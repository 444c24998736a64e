"""Saves the README's screenshots of the demo window. Needs a screen: run under xvfb-run.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/screenshots.py [SCENE…]

Each scene runs in its own process (a fresh application, settings, close history and home
folder, all thrown away), on the simulated cloud with the `--demo` accounts' devices. Without
arguments every scene is shot; the PNGs go to resources/screenshots/.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.control.clients import ClientFactory
from app.demo import DemoCloud
from app.demo.faults import Fault, FaultKind
from app.demo.seed import DEMO_DEVICES, zone_where_it_is_midday
from app.keystore import DemoVault
from app.settings import Settings
from app.ui.crash_report import CrashReporter
from app.ui.launch import Target, application, build
from app.ui.main_window import MainWindow
from app.ui.translation import install

ROOT = Path(__file__).resolve().parent.parent
#: SCREENSHOTS_DARK=1 shoots every scene on a dark desktop theme, into SCREENSHOTS_OUT: to
#: look at them, not for the README.
OUT = Path(os.environ.get("SCREENSHOTS_OUT") or ROOT / "resources" / "screenshots")
DARK = os.environ.get("SCREENSHOTS_DARK") == "1"
WAIT_MS = 15_000


def pause(ms: int) -> None:
    """Runs the event loop for a while. Not QTest.qWait: PySide6 keeps the GIL through it,
    and the workers listing the sessions starve (the listing then seems to hang)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], object], what: str) -> None:
    waited = 0
    while not condition():
        pause(50)
        waited += 50
        if waited > WAIT_MS:
            raise TimeoutError(f"screenshots: gave up waiting for {what}")


def shoot(widget: QWidget, name: str) -> None:
    pause(300)  # let the window manager and the last paint settle
    frame = widget.frameGeometry()
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    image.save(str(OUT / name))
    print(f"saved {OUT / name}")


class Stage:
    """A demo window on its own simulated cloud, listed and ready to be shot."""

    def __init__(self, cloud: DemoCloud, size: tuple[int, int] | None = (1200, 560)) -> None:
        self.cloud = cloud
        folder = Path(os.environ["HOME"])
        settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        target = Target(ClientFactory(cloud.url), DemoVault(cloud.read_write_key), demo=True)
        self.window: MainWindow = build(target, settings)
        if size is not None:  # else as a first start places it
            self.window.resize(*size)
            self.window.move(30, 30)
        self.window.show()
        listed: list[object] = []
        self.window.console.listing_finished.connect(listed.append)
        self.window.console.start()
        wait_for(lambda: listed, "the listing")

    def token(self, session: str) -> str:
        model = self.window.model
        for token in [model.token_at(n) for n in range(model.rowCount())]:
            row = self.window.model.row_of(token)
            if row is not None and row.entry.session.alias == session:
                return token
        raise LookupError(session)

    def confirm(self) -> None:
        wait_for(lambda: self.window.confirmation is not None, "the confirmation")


def main_window() -> None:
    """The window, one row closing (the close is held back by a slow simulated cloud)."""
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        stage = Stage(cloud)
        token = stage.token("Saturday 5K")
        # That session's close only: the key's rights probe is a close request too.
        cloud.inject(Fault(FaultKind.SLOW, "PATCH", f"/sessions/close/{token}", delay_s=5))
        stage.window.request_close(token)
        stage.confirm()
        dialog = stage.window.confirmation
        assert dialog is not None
        shoot(dialog, "confirm-close.png")
        finished: list[object] = []
        stage.window.console.closes_finished.connect(finished.append)
        dialog.close_button.click()
        wait_for(lambda: "Closing" in stage.window.status_bar.text(), "the close")
        shoot(stage.window, "window-closing.png")
        wait_for(lambda: finished, "the end of the close")


def failed_close() -> None:
    """A close RUFUS refused, saying why on the row and in the status bar."""
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        stage = Stage(cloud)
        token = stage.token("Penalties Sat")
        cloud.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", f"/sessions/close/{token}", status=409))
        stage.window.request_close(token)
        stage.confirm()
        dialog = stage.window.confirmation
        assert dialog is not None
        finished: list[object] = []
        stage.window.console.closes_finished.connect(finished.append)
        dialog.close_button.click()
        wait_for(lambda: finished, "the refusal")
        shoot(stage.window, "window-failed.png")


def bulk_close() -> None:
    """Select stale sessions, the one confirmation for all, the close under way, the history."""
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        stage = Stage(cloud)
        window = stage.window
        window.select_stale()
        window.close_selected()
        stage.confirm()
        dialog = window.confirmation
        assert dialog is not None
        shoot(dialog, "confirm-bulk.png")
        cloud.inject(Fault(FaultKind.SLOW, "PATCH", "/sessions/close/*", times=None, delay_s=3))
        dialog.close_button.click()
        wait_for(lambda: window.status_bar.text().startswith("2 of"), "the second close")
        shoot(window, "window-bulk.png")
        wait_for(lambda: "see Sessions" in window.status_bar.text(), "the tally")
        window.show_history()
        history = window.history_window
        assert history is not None
        wait_for(lambda: "close attempt" in history.status.text(), "the history")
        history.resize(1100, 320)
        shoot(history, "history.png")


def crash_dialog() -> None:
    """The dialog an unexpected error brings up, naming the log file."""
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        stage = Stage(cloud)
        # The path an official on Linux would see; nothing is written there.
        example_log = Path("/home/official/.local/state/rufus-console/rufus-console.log")
        reporter = CrashReporter(example_log, stage.window)
        reporter.install()
        shown: list[QWidget] = []
        reporter.shown.connect(shown.append)

        def deliberate_error() -> None:
            raise RuntimeError("a deliberate error for the screenshot")

        threading.Thread(target=deliberate_error, name="screenshot").start()
        wait_for(lambda: shown, "the crash dialog")
        shoot(shown[0], "crash-dialog.png")


def race_day() -> None:
    """Stale only (Ctrl+T): the forgotten sessions an official comes to close; then the
    confirmation for a live session, with its warning and the Close button held back."""
    with DemoCloud(devices=DEMO_DEVICES, live=True) as cloud:
        stage = Stage(cloud)
        stage.window.commands.stale_only.trigger()
        shoot(stage.window, "window-stale.png")
        stage.window.commands.stale_only.trigger()
        live = stage.token("HALF 21K")
        stage.window.request_close(live)
        stage.confirm()
        dialog = stage.window.confirmation
        assert dialog is not None
        shoot(dialog, "confirm-live.png")


def dark_window() -> None:
    """The window on a dark desktop theme: the state colours follow the palette."""
    QApplication.setStyle("Fusion")
    QApplication.setPalette(dark_palette())
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        stage = Stage(cloud)
        stage.window.table.selectRow(2)
        shoot(stage.window, "window-dark.png")


def outdoor_window() -> None:
    """View → Outdoor (high contrast): black on white, bold states, taller rows."""
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        stage = Stage(cloud)
        stage.window.commands.outdoor.trigger()
        shoot(stage.window, "window-outdoor.png")
        stage.window.commands.outdoor.trigger()  # not remembered past this scene


def spanish_window() -> None:
    """The window in Spanish, as on a computer whose system language is Spanish."""
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        stage = Stage(cloud)
        stage.window.select_stale()
        shoot(stage.window, "window-es.png")
        stage.window.close_selected()
        stage.confirm()
        dialog = stage.window.confirmation
        assert dialog is not None
        shoot(dialog, "confirm-bulk-es.png")


def small_screen() -> None:
    """A first start on a 1024 by 600 laptop (Qt's offscreen platform with a screen that size):
    the window fills the screen and the least useful columns make room for Close."""
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        stage = Stage(cloud, size=None)
        stage.window.grab().save(str(OUT / "window-1024x600.png"))
        print(f"saved {OUT / 'window-1024x600.png'}")


def alerts() -> None:
    """Alerts → Show alerts… after a few refreshes on a race that changes: a device offline, a
    battery low, a session closed elsewhere (one acknowledged); and the window's count and
    marked rows."""
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        stage = Stage(cloud)
        window = stage.window
        state = cloud.state
        half = window.console.book.get(stage.token("HALF 21K"))
        finish = window.console.book.get(stage.token("Saturday 5K"))
        assert half is not None and finish is not None
        state.set_health(half.device.deviceid, status="OFFLINE", battery_percentage=64)
        state.set_health(finish.device.deviceid, status="ONLINE", battery_percentage=11)
        refreshed(window)
        state.close_session(stage.token("Penalties Sat"))
        refreshed(window)
        window.alerts.show_list()
        alerts_window = window.alerts.list_window
        assert alerts_window is not None
        last = alerts_window.list.topLevelItem(alerts_window.list.topLevelItemCount() - 1)
        alerts_window.list.setCurrentItem(last)
        alerts_window.acknowledge_selected()
        alerts_window.list.setCurrentItem(alerts_window.list.topLevelItem(0))
        alerts_window.resize(1000, 260)
        alerts_window.move(60, 60)
        shoot(alerts_window, "alerts.png")
        alerts_window.hide()
        window.table.selectRow(0)
        shoot(window, "window-alerts.png")


def notification() -> None:
    """A new alert while the console is out of sight: the desktop's notification, drawn by a
    real notification daemon (Debian's notification-daemon) on the virtual screen."""
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        stage = Stage(cloud)
        window = stage.window
        token = stage.token("HALF 21K")
        row = window.console.book.get(token)
        assert row is not None
        window.hide()
        wait_for(
            lambda: QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive,
            "the console out of sight",
        )
        cloud.state.set_health(row.device.deviceid, status="OFFLINE", battery_percentage=64)
        refreshed(window)
        pause(1500)  # the daemon draws it
        screen = QGuiApplication.primaryScreen()
        whole = screen.grabWindow(0)
        corner = QRect(whole.width() - NOTIFICATION_AREA[0], 0, *NOTIFICATION_AREA)
        whole.copy(corner).save(str(OUT / "notification.png"))
        print(f"saved {OUT / 'notification.png'}")


#: Where notification-daemon draws, top right of the screen: width and height.
NOTIFICATION_AREA = (410, 115)


def refreshed(window: MainWindow) -> None:
    """A refresh, once its alerts have been worked out."""
    observed: list[object] = []
    window.alerts.centre.observed.connect(observed.append)
    window.console.refresh()
    wait_for(lambda: observed, "the alerts of a refresh")
    window.alerts.centre.observed.disconnect(observed.append)


def panel_open(stage: Stage, session: str) -> None:
    """View → Session panel on `session`, once its passings and the chart's pages are in."""
    window = stage.window
    window.commands.session_panel.trigger()
    window.table.select(stage.token(session))
    follower = window.panel.follower

    def settled() -> bool:
        view, tail = follower.view(), follower._tail
        return (
            view is not None
            and tail is not None
            and view.read_until is not None
            and not view.reading
            and tail.older_range(follower.now()) is None
        )

    wait_for(settled, "the session panel")
    pause(1200)  # a tick of the ages and the chart


def session_panel() -> None:
    """The session panel on a live session: its passings per minute and the latest passings."""
    with DemoCloud(devices=DEMO_DEVICES, live=True) as cloud:
        stage = Stage(cloud, size=(1220, 660))
        panel_open(stage, "HALF 21K")
        shoot(stage.window, "window-panel.png")


def session_panel_dark() -> None:
    """The panel on a dark desktop theme, on a session whose mat has gone quiet (a gap)."""
    QApplication.setStyle("Fusion")
    QApplication.setPalette(dark_palette())
    with DemoCloud(devices=DEMO_DEVICES, live=True) as cloud:
        stage = Stage(cloud, size=(1220, 660))
        panel_open(stage, "10K")
        shoot(stage.window, "window-panel-dark.png")


def session_panel_outdoor() -> None:
    with DemoCloud(devices=DEMO_DEVICES, live=True) as cloud:
        stage = Stage(cloud, size=(1220, 660))
        stage.window.commands.outdoor.trigger()
        panel_open(stage, "BRIDGE S4")
        shoot(stage.window, "window-panel-outdoor.png")
        stage.window.commands.outdoor.trigger()  # not remembered past this scene


def session_panel_spanish() -> None:
    with DemoCloud(devices=DEMO_DEVICES, live=True) as cloud:
        stage = Stage(cloud, size=(1220, 660))
        panel_open(stage, "MARATHON 42K 2025")
        shoot(stage.window, "window-panel-es.png")


def session_panel_small() -> None:
    """The panel on a 1024 by 600 laptop: the table makes room for it column by column."""
    with DemoCloud(devices=DEMO_DEVICES, live=True) as cloud:
        stage = Stage(cloud, size=None)
        panel_open(stage, "HALF 21K")
        stage.window.grab().save(str(OUT / "window-panel-1024x600.png"))
        print(f"saved {OUT / 'window-panel-1024x600.png'}")


def dark_palette() -> QPalette:
    palette = QPalette(QColor("#454545"), QColor("#353535"))  # button, window
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#e0e0e0"),
        (QPalette.ColorRole.ButtonText, "#e0e0e0"),
        (QPalette.ColorRole.Base, "#2a2a2a"),
        (QPalette.ColorRole.AlternateBase, "#323232"),
        (QPalette.ColorRole.Text, "#e0e0e0"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


SCENES: dict[str, Callable[[], None]] = {
    "window": main_window,
    "failed": failed_close,
    "bulk": bulk_close,
    "crash": crash_dialog,
    "race": race_day,
    "dark": dark_window,
    "outdoor": outdoor_window,
    "spanish": spanish_window,
    "small": small_screen,
    "alerts": alerts,
    "notification": notification,
    "panel": session_panel,
    "panel-dark": session_panel_dark,
    "panel-outdoor": session_panel_outdoor,
    "panel-es": session_panel_spanish,
    "panel-small": session_panel_small,
}
#: Scenes that need more than the screen the script runs on.
LANGUAGE = {"spanish": "es", "panel-es": "es"}
_LAPTOP = f"offscreen:configfile={ROOT / 'tests' / 'screens' / 'laptop.json'}"
SCREEN = {"small": _LAPTOP, "panel-small": _LAPTOP}
#: Scenes on a desktop of their own: a private D-Bus session with a tray host
#: (tests/desktop_bus.py) and Debian's notification daemon drawing on the screen.
DESKTOP = {"notification"}
NOTIFICATION_DAEMON = "/usr/lib/notification-daemon/notification-daemon"


def run_scene(name: str) -> None:
    app: QApplication = application(sys.argv[:1])
    install(LANGUAGE.get(name, "en"))
    if DARK:
        QApplication.setStyle("Fusion")
        QApplication.setPalette(dark_palette())
    SCENES[name]()
    app.closeAllWindows()


def main(names: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name in names or list(SCENES):
        with tempfile.TemporaryDirectory() as home:
            environment = {
                **os.environ,
                "HOME": home,
                "XDG_CONFIG_HOME": f"{home}/.config",
                "XDG_DATA_HOME": f"{home}/.local/share",
                "XDG_STATE_HOME": f"{home}/.local/state",
                "TZ": zone_where_it_is_midday(),
                **({"QT_QPA_PLATFORM": SCREEN[name]} if name in SCREEN else {}),
            }
            command = [sys.executable, __file__, "--scene", name]
            if name in DESKTOP:
                if not Path(NOTIFICATION_DAEMON).exists():
                    print(f"{name}: skipped (apt-get install notification-daemon)")
                    continue
                command = on_a_desktop(command, Path(home))
            done = subprocess.run(command, env=environment, cwd=ROOT, check=False)
            failed += done.returncode != 0
    if OUT == ROOT / "resources" / "screenshots":
        sync_metainfo()
    return 1 if failed else 0


def on_a_desktop(command: list[str], home: Path) -> list[str]:
    """`command` in a private D-Bus session where a tray host and a notification daemon run
    first (the daemon draws on the screen the script runs on)."""
    shell = (
        f'"{NOTIFICATION_DAEMON}" & daemon=$!; '
        f'"{sys.executable}" -m tests.desktop_bus "{home}/calls" --watcher-only > "{home}/ready" & '
        "host=$!; trap 'kill $daemon $host 2>/dev/null' EXIT; "
        f'for n in $(seq 100); do grep -q ready "{home}/ready" && break; sleep 0.1; done; '
        '"$@"'
    )
    return ["dbus-run-session", "--", "sh", "-c", shell, "sh", *command]


METAINFO = ROOT / "resources" / "com.runonrufus.console.metainfo.xml"


def sync_metainfo() -> None:
    """The AppStream file states each screenshot's size: kept true to the PNGs just saved."""
    text = METAINFO.read_text(encoding="utf-8")

    def sized(match: re.Match[str]) -> str:
        image = QImage(str(OUT / match.group(2)))
        return f'width="{image.width()}" height="{image.height()}">{match.group(1)}'

    pattern = r'width="\d+" height="\d+">(https://[^<]*/screenshots/([^/<]+\.png))'
    METAINFO.write_text(re.sub(pattern, sized, text), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--scene"]:
        run_scene(sys.argv[2])
    else:
        sys.exit(main(sys.argv[1:]))
