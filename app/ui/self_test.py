"""`--self-test`: the real window lists the sessions, closes one through the confirmation,
and exits 0 — a smoke test for a real screen and, later, for the packaged binary."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.rufus.models import CloseResult
from app.ui.console import ListingDone
from app.ui.main_window import MainWindow
from app.ui.session_model import RowState

#: A run that has not finished by then has hung somewhere.
DEADLINE_MS = 60_000


class SelfTest(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.exit_code = 1
        self._done = False
        self._window = window
        self._token: str | None = None
        console = window.console
        console.listing_finished.connect(self._listed)
        console.listing_failed.connect(lambda error: self._fail(f"listing failed: {error}"))
        console.key_needed.connect(lambda lookup: self._fail(f"no usable key: {lookup.state}"))
        console.close_finished.connect(self._closed)
        console.close_failed.connect(lambda token, error: self._fail(f"close failed: {error}"))
        QTimer.singleShot(DEADLINE_MS, lambda: self._fail("timed out"))

    def _listed(self, done: ListingDone) -> None:
        model = self._window.model
        if self._token is None:
            count = model.rowCount()
            platform = QGuiApplication.platformName()
            self._say(f"listed {count} open sessions on {len(done.devices)} devices ({platform})")
            if count == 0:
                self._fail("no open session to close")
                return
            self._token = model.row_at(0).token
            self._window.request_close(self._token)
            dialog = self._window.confirmation
            if dialog is None:
                self._fail("no confirmation appeared")
                return
            dialog.close_button.click()
            return
        if model.row_of(self._token) is not None:
            self._fail("the closed session is still listed after a refresh")
            return
        self._say("the closed session left the list at the refresh")
        self._finish(0)

    def _closed(self, token: str, result: CloseResult) -> None:
        row = self._window.model.row_of(token)
        if row is None or row.state is not RowState.CLOSED:
            self._fail("the row does not show the session as closed")
            return
        self._say(f"closed one session ({result.outcome.value})")
        self._window.console.refresh()

    def _fail(self, reason: str) -> None:
        if not self._done:
            print(f"self-test: FAILED: {reason}", file=sys.stderr, flush=True)
            self._finish(1)

    def _finish(self, code: int) -> None:
        self._done = True
        self.exit_code = code
        if code == 0:
            self._say("passed")
        QApplication.quit()

    def _say(self, text: str) -> None:
        print(f"self-test: {text}", flush=True)
