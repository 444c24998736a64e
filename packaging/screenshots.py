"""Saves the README's screenshots of the demo window. Needs a screen: run under xvfb-run.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/screenshots.py

1. the window with one row "Closing…" (the close is held back by a slow simulated cloud);
2. the confirmation that comes before a close;
3. a row whose close failed, saying why;
4. the dialog an unexpected error brings up, naming the log file.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication

from app.demo import DemoCloud
from app.demo.faults import Fault, FaultKind
from app.keystore import DemoVault
from app.settings import Settings
from app.ui.console import Connection
from app.ui.crash_report import CrashReporter
from app.ui.launch import Target, application, build

OUT = Path(__file__).resolve().parent.parent / "resources" / "screenshots"


def main() -> int:
    app = application(sys.argv[:1])
    settings = Settings(
        QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    )
    with DemoCloud() as cloud:
        cloud.inject(Fault(FaultKind.SLOW, "PATCH", "/sessions/close/*", delay_s=3))
        window = build(
            Target(Connection(cloud.url), DemoVault(cloud.read_write_key), True), settings
        )
        window.resize(1180, 520)
        window.move(40, 40)
        window.show()
        state = {"step": 0}

        def shoot(name: str) -> None:
            screen = QGuiApplication.primaryScreen()
            frame = window.frameGeometry()
            screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(
                str(OUT / name)
            )
            print(f"saved {OUT / name}")

        def listed() -> None:
            if state["step"]:
                return
            state["step"] = 1
            rows = window.model.rows()
            window.request_close(rows[1].token)
            QTimer.singleShot(400, confirm_shown)

        def confirm_shown() -> None:
            shoot("confirm-close.png")
            assert window.confirmation is not None
            window.confirmation.close_button.click()
            QTimer.singleShot(600, closing_shown)

        def closing_shown() -> None:
            shoot("window-closing.png")
            window.console.close_finished.connect(lambda *_: fail_another())

        def fail_another() -> None:
            cloud.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", "/sessions/close/*", status=503))
            window.console.close_failed.connect(lambda *_: QTimer.singleShot(300, failed_shown))
            window.request_close(window.model.rows()[3].token)
            assert window.confirmation is not None
            window.confirmation.close_button.click()

        def failed_shown() -> None:
            shoot("window-failed.png")
            # The path an official on Linux would see; nothing is written there.
            example_log = Path("/home/official/.local/state/rufus-console/rufus-console.log")
            reporter = CrashReporter(example_log, window)
            reporter.install()
            reporter.shown.connect(lambda dialog: QTimer.singleShot(300, crash_shown))
            QTimer.singleShot(0, deliberate_error)

        def deliberate_error() -> None:
            raise RuntimeError("a deliberate error for the screenshot")

        def crash_shown() -> None:
            shoot("crash-dialog.png")
            app.quit()

        window.console.listing_finished.connect(lambda done: QTimer.singleShot(300, listed))
        window.console.start()
        app.exec()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
