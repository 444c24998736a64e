"""Opens the console window: on the real RUFUS, or on a simulated cloud started in-process."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.control.clients import ClientFactory
from app.control.console import Console
from app.jobs import JobRunner
from app.keystore import DemoVault, KeyringVault, KeyVault
from app.settings import APPLICATION, LANGUAGE, ORGANIZATION, Settings
from app.ui.app_icon import app_icon
from app.ui.crash_report import CrashReporter
from app.ui.main_window import MainWindow
from app.ui.self_test import SelfTest, SelfTestMode
from app.ui.translation import install as install_translations

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Target:
    """Which cloud the window talks to and where its key comes from."""

    factory: ClientFactory
    vault: KeyVault
    demo: bool


@contextlib.contextmanager
def target(base_url: str, *, demo: bool) -> Iterator[Target]:
    if not demo:
        yield Target(ClientFactory(base_url), KeyringVault(), demo=False)
        return
    from app.demo import DemoCloud  # noqa: PLC0415  (officials' windows never load it)
    from app.demo.seed import DEMO_DEVICES  # noqa: PLC0415

    with DemoCloud(devices=DEMO_DEVICES, live=True) as cloud:
        yield Target(ClientFactory(cloud.url), DemoVault(cloud.read_write_key), demo=True)


def build(target: Target, settings: Settings | None = None) -> MainWindow:
    """The window and what drives it; the caller shows it and calls `console.start()`."""
    runner = JobRunner()
    console = Console(runner, target.vault, target.factory)
    window = MainWindow(console, runner, settings or Settings(), demo=target.demo)
    runner.setParent(window)
    console.setParent(window)
    return window


def application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv)
    app.setDesktopFileName("rufus-console")
    app.setWindowIcon(app_icon())
    return app


def run_window(
    base_url: str,
    *,
    demo: bool,
    self_test: SelfTestMode | None = None,
    log_path: Path | None = None,
) -> int:
    app = application(sys.argv[:1])
    settings = Settings()
    install_translations(settings.get(LANGUAGE))
    reporter = CrashReporter(log_path)
    reporter.install()
    try:
        with target(base_url, demo=demo) as chosen:
            window = build(chosen, settings)
            reporter.watch(window)
            check = SelfTest(window, reporter, self_test) if self_test else None
            window.show()
            window.console.start()
            code = app.exec()
            window.close()  # after app.quit() too: settings saved, workers stopped
            if check is not None:
                code = check.exit_code
            if not window.stopped_cleanly:
                # A worker is stuck in a call nothing can interrupt (a keyring prompt):
                # waiting for it would keep a closed window's process alive.
                log.warning("exiting with work still running")
                logging.shutdown()
                if sys.stdout is not None:  # None in a windowed Windows exe
                    sys.stdout.flush()
                os._exit(code)
    finally:
        reporter.uninstall()
    return code
