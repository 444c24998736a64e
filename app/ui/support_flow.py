"""Help → Save diagnostics… and Help → Copy log: what support asks for, with no secret in it.

The zip is app.records.diagnostics' (the same as `rufus-console diagnostics`), with what only
the window knows added: Qt, the screens, the language in use. Reading the log, the close
history and writing the zip happen in a worker, never on the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QByteArray, QLocale, QObject, QRect, Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QSystemTrayIcon

from app.jobs import JobRunner
from app.logfile import FILE_NAME
from app.places import documents_folder, log_folder
from app.settings import Settings
from app.ui.words.errors import error_text

if TYPE_CHECKING:
    from app.records.diagnostics import Scrubber
    from app.ui.main_window import MainWindow

#: How much of the end of the log Help → Copy log puts on the clipboard.
COPIED_BYTES = 32_000


class SupportFlow(QObject):
    def __init__(self, window: MainWindow, runner: JobRunner, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._settings = settings
        self.save_diagnostics = QAction(self.tr("Save &diagnostics…"), self)
        self.save_diagnostics.setToolTip(
            self.tr(
                "One zip for support: versions, screens, settings, the end of the log, the "
                "close history and the last requests. Never the API key; tokens shortened."
            )
        )
        self.save_diagnostics.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D)
        )
        self.copy_log = QAction(self.tr("Copy the &log"), self)
        self.copy_log.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_L))
        self.copy_log.setToolTip(self.tr("The end of the log, on the clipboard, without the key"))
        help_menu = window.commands.help_menu
        help_menu.insertAction(window.commands.about, self.save_diagnostics)
        help_menu.insertAction(window.commands.about, self.copy_log)
        help_menu.insertSeparator(window.commands.about)
        self.save_diagnostics.triggered.connect(self.ask_where)
        self.copy_log.triggered.connect(self.copy)

    def ask_where(self) -> None:
        from app.records.diagnostics import diagnostics_name  # noqa: PLC0415  (on first use)

        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save diagnostics"),
            str(documents_folder() / diagnostics_name()),
            self.tr("Zip files (*.zip)"),
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        """Writes the diagnostics zip to `path` in a worker; the status bar says how it went."""
        from app.records.diagnostics import (  # noqa: PLC0415  (on first use)
            Sources,
            settings_values,
            write_diagnostics,
        )
        from app.records.history import CloseHistory  # noqa: PLC0415

        sources = Sources(
            history=CloseHistory(self._window.console.factory.history_path),
            settings=settings_values(_plain(self._settings.everything())),
            system=window_facts(self._window),
        )
        scrub = self._scrubber()
        status = self._window.status_bar
        status.say(self.tr("Saving diagnostics…"))

        def saved(written: Path | OSError) -> None:
            if isinstance(written, OSError):
                failed(written)
                return
            status.say(
                self.tr("Diagnostics saved in %1 (no API key in it)").replace("%1", written.name),
                keep=True,
            )
            status.offer_folder(str(written.parent))

        def failed(error: object) -> None:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else None
            status.say(
                self.tr("The diagnostics were not saved: %1").replace(
                    "%1", reason or error_text(error)
                ),
                error=True,
            )

        def write(report: object) -> Path | OSError:
            try:
                return write_diagnostics(path, sources, scrub)
            except OSError as error:  # a full disk or a read-only folder is no bug
                return error

        self._runner.start(
            "save diagnostics",
            write,
            succeeded=saved,
            failed=failed,
        )

    def copy(self) -> None:
        """The end of the log, scrubbed, on the clipboard (read in a worker)."""
        from app.records.diagnostics import log_tail  # noqa: PLC0415  (on first use)

        scrub = self._scrubber()
        path = log_folder() / FILE_NAME
        status = self._window.status_bar

        def copied(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            status.say(
                self.tr(
                    "%n line(s) from the end of the log copied to the clipboard.",
                    "",
                    text.count("\n"),
                )
            )

        self._runner.start(
            "copy log",
            lambda report: scrub(log_tail(path, COPIED_BYTES)),
            succeeded=copied,
            failed=lambda error: status.say(
                self.tr("The log could not be read: %1").replace("%1", error_text(error)),
                error=True,
            ),
        )

    def _scrubber(self) -> Scrubber:
        from app.records.diagnostics import Scrubber  # noqa: PLC0415

        return Scrubber(tokens=frozenset(row.token for row in self._window.console.book.rows()))


def window_facts(window: MainWindow) -> dict[str, object]:
    """What only Qt knows: its version, the screens, the language and theme in use."""
    geometry = window.geometry()
    screen = window.screen()
    return {
        "qt": {
            "version": qVersion(),
            "pyside": PySide6.__version__,
            "platform": QGuiApplication.platformName(),
            "style": QApplication.style().name(),
            "color_scheme": QGuiApplication.styleHints().colorScheme().name,
            "system_tray": QSystemTrayIcon.isSystemTrayAvailable(),
        },
        "screens": [
            {
                "name": each.name(),
                "geometry": _rect(each.geometry()),
                "available": _rect(each.availableGeometry()),
                "device_pixel_ratio": each.devicePixelRatio(),
                "logical_dpi": each.logicalDotsPerInch(),
            }
            for each in QGuiApplication.screens()
        ],
        "window": {
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "screen": screen.name() if screen is not None else None,
        },
        "qt_locale": {
            "system": QLocale.system().name(),
            "ui_languages": QLocale.system().uiLanguages(),
            "in_use": QLocale().name(),
        },
    }


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _plain(values: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """QSettings' own types as Python's: a window's geometry as bytes (shown by size)."""
    return [
        (key, value.data() if isinstance(value, QByteArray) else value) for key, value in values
    ]
