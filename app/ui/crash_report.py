"""A crash never vanishes silently: every uncaught exception, on any thread, is written to the
log file and shown to the official in a dialog that says where that file is.

A double-clicked binary has no terminal, so without this a bug would either do nothing
visible (Qt carries on after an exception in a slot) or close the window with no word.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from app.ui.words import translate

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class CrashDialog(QMessageBox):
    def __init__(self, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(translate("CrashDialog", "Rufus Console: unexpected problem"))
        self.setText(
            translate(
                "CrashDialog",
                "Rufus Console ran into an unexpected problem and could not finish what it "
                "was doing.",
            )
        )
        if log_path is None:
            where = translate(
                "CrashDialog",
                "It could not be written to a log file: the log folder cannot be written.",
            )
        else:
            where = translate(
                "CrashDialog", "What happened is written to the log file:\n%1"
            ).replace("%1", str(log_path))
        self.setInformativeText(
            where
            + "\n\n"
            + translate(
                "CrashDialog",
                "Sessions on RUFUS are not changed by this. Press F5 to see their real "
                "state. If it happens again, send the log file to whoever supports Rufus "
                "Console.",
            )
        )
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_button: QPushButton = self.addButton(
            translate("CrashDialog", "&Keep working"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit_button: QPushButton = self.addButton(
            translate("CrashDialog", "&Quit"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)


class CrashReporter(QObject):
    """Installs itself as `sys.excepthook` and `threading.excepthook`; lives on the GUI thread,
    so a report from a worker thread reaches the dialog by queued signal."""

    #: The dialog just shown (for the self-test and the tests).
    shown = Signal(object)
    _report = Signal()

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self._previous = (sys.excepthook, threading.excepthook)
        self._report.connect(self._present)

    def install(self) -> None:
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def watch(self, window: MainWindow) -> None:
        """Reports for the window: its dialog is the window's, and so are its workers' jobs
        that fail in a way nobody foresaw."""
        self.setParent(window)
        window.runner.unexpected.connect(self._job_failed)

    def _job_failed(self, name: str) -> None:
        self._report.emit()  # the runner has logged the job's traceback

    def _on_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        log.critical("unexpected error", exc_info=(kind, error, traceback))
        self._report.emit()

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread else "?"
        error = args.exc_value or args.exc_type()
        log.critical(
            "unexpected error in thread %s",
            name,
            exc_info=(args.exc_type, error, args.exc_traceback),
        )
        self._report.emit()

    def _present(self) -> None:
        if self.dialog is not None:
            return  # one dialog at a time; the log file holds every report
        parent = QApplication.activeWindow() or self._window()
        dialog = CrashDialog(self.log_path, parent)
        dialog.quit_button.clicked.connect(QApplication.quit)
        dialog.finished.connect(self._dismissed)
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()
        self.shown.emit(dialog)

    def _dismissed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None


def show_fatal(log_path: Path | None) -> None:
    """For an error that stopped the app before or after its event loop: a blocking dialog,
    if a screen can be had at all."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if isinstance(app, QApplication):
        CrashDialog(log_path).exec()
