"""Run as a child process on a screen of a given size (tests/screens/*.json): opens the window
on the simulated cloud as a first start would, waits for the listing and prints, as JSON, where
the window and its columns ended up. See test_small_screen.py."""

from __future__ import annotations

import json
import sys
from typing import TypedDict

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

from app.control.clients import ClientFactory
from app.demo import DemoCloud
from app.demo.seed import DEMO_DEVICES
from app.keystore import DemoVault
from app.settings import Settings
from app.ui.columns import KEYS, position
from app.ui.launch import Target, application, build
from app.ui.translation import install


class Placement(TypedDict):
    """What the probe prints: rectangles as [x, y, width, height], columns by key."""

    screen: list[int]
    window: list[int]
    viewport_width: int
    close_right_edge: int
    close_hidden: bool
    hidden: list[str]
    rows: int
    open: int


def main() -> int:
    app = application(sys.argv[:1])
    install("en")
    with DemoCloud(devices=DEMO_DEVICES) as cloud:
        target = Target(ClientFactory(cloud.url), DemoVault(cloud.read_write_key), demo=True)
        window = build(target, Settings())
        window.show()
        waiting = QEventLoop()
        window.console.listing_finished.connect(lambda done: waiting.quit())
        QTimer.singleShot(20_000, waiting.quit)
        window.console.start()
        waiting.exec()
        app.processEvents()
        header = window.table.horizontalHeader()
        close = position("close")
        frame = window.frameGeometry()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        report: Placement = {
            "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
            "window": [frame.x(), frame.y(), frame.width(), frame.height()],
            "viewport_width": window.table.viewport().width(),
            "close_right_edge": header.sectionViewportPosition(close) + header.sectionSize(close),
            "close_hidden": header.isSectionHidden(close),
            "hidden": [key for n, key in enumerate(KEYS) if header.isSectionHidden(n)],
            "rows": window.model.rowCount(),
            "open": len(cloud.state.open_sessions()),
        }
        window.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
