"""An official at the window, for the truth tests: what they do (click a row's Close, press
Delete, answer the confirmation, refresh) and what they see (a row's state, the status bar),
and how a test knows that the console has finished what it was asked.

The window is being reshaped (the controller leaves the window for app/control, the status
bar becomes a widget of its own, the words move): every reach into the window's internals
made by the fault matrix and the state machine is here, so that following a new layout means
editing this module only.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.control.clients import ClientFactory, ListingDone
from app.keystore import DemoVault
from app.records.close_record import CloseRecord
from app.rufus import KeyRights, Timeouts
from app.sessions.book import RowState
from app.settings import Settings
from app.ui.cells import CLOSABLE_ROLE
from app.ui.columns import position
from app.ui.confirm_close import ConfirmCloseDialog
from app.ui.launch import Target, build
from app.ui.main_window import MainWindow

#: Every wait is bounded: a console that never answers fails the test instead of the run.
WAIT_MS = 10_000


class Listing(enum.Enum):
    """How a refresh ended, as the console reported it (not as a glyph in the status bar)."""

    #: Every device answered, and every answer was understood.
    COMPLETE = "complete"
    #: The listing ended, but some devices could not be read: their rows were not re-read.
    INCOMPLETE = "incomplete"
    #: The list could not be refreshed at all.
    FAILED = "failed"


def open_window(
    url: str,
    key: str,
    folder: Path,
    *,
    timeouts: Timeouts,
    schedule: tuple[float, ...],
) -> MainWindow:
    """A shown window on the cloud at `url`, not started yet, with its close history and
    settings in `folder`, and no automatic refresh (a test says when the list is read)."""
    factory = ClientFactory(
        url,
        timeouts=timeouts,
        backoff=0.01,
        recheck_schedule=schedule,
        history_path=folder / "history.sqlite3",
    )
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = build(Target(factory, DemoVault(key), demo=False), settings)
    window.listing.auto_refresh.choose(0)
    window.show()
    return window


class _FirstOf(QObject):
    """Relays whichever of several signals fires first, with its name: qtbot waits on one."""

    fired = Signal(str, object)


@dataclass
class Official:
    qtbot: QtBot
    window: MainWindow

    # -- the console's own reports ------------------------------------------------------------

    def start(self) -> Listing:
        """Starts the window as the app does; returns once its first listing has ended and,
        when it succeeded, the probe of the key's rights that follows it has answered."""
        console = self.window.console
        listing = self._listing(console.start)
        # The probe's answer comes back as a queued event: not delivered before the wait.
        if listing is not Listing.FAILED and console.rights is KeyRights.UNKNOWN:
            with self.qtbot.waitSignal(console.rights_changed, timeout=WAIT_MS):
                pass
        return listing

    def refresh(self) -> Listing:
        """F5, as the official presses it; how the listing it started ended."""
        return self._listing(lambda: QTest.keyClick(self.window.table, Qt.Key.Key_F5))

    def _listing(self, begin: Callable[[], None]) -> Listing:
        console = self.window.console
        which, value = self._first_of(
            {"finished": console.listing_finished, "failed": console.listing_failed}, begin
        )
        if which == "failed":
            return Listing.FAILED
        assert isinstance(value, ListingDone)
        return Listing.INCOMPLETE if value.failures else Listing.COMPLETE

    def _first_of(
        self, signals: dict[str, SignalInstance], action: Callable[[], None]
    ) -> tuple[str, object]:
        relay = _FirstOf()
        slots = {name: _relay_as(relay, name) for name in signals}
        for name, signal in signals.items():
            signal.connect(slots[name])
        try:
            with self.qtbot.waitSignal(relay.fired, timeout=WAIT_MS) as fired:
                action()
        finally:
            for name, signal in signals.items():
                signal.disconnect(slots[name])
        which, value = fired.args
        return str(which), value

    # -- closing, as an official does it ------------------------------------------------------

    def click_close(self, token: str) -> ConfirmCloseDialog:
        """A real mouse click on the Close cell of the row of `token`; the confirmation it
        opens."""
        table = self.window.table
        index = self.window.model.index(self._view_row(token), position("close"))
        table.scrollTo(index)
        centre = table.visualRect(index).center()
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        return self.confirmation()

    def press_delete(self, token: str) -> ConfirmCloseDialog:
        """Selects the row of `token` and presses Delete; the confirmation it opens."""
        self.window.table.selectRow(self._view_row(token))
        self.window.table.setFocus()
        QTest.keyClick(self.window.table, Qt.Key.Key_Delete)
        return self.confirmation()

    def confirmation(self) -> ConfirmCloseDialog:
        """The close confirmation, which opens as the official asks (nothing to wait for)."""
        dialog = self.window.confirmation
        assert dialog is not None, "no confirmation opened"
        return dialog

    def accept(
        self, dialog: ConfirmCloseDialog, *, save_passings: bool = False
    ) -> list[CloseRecord]:
        """Clicks the confirmation's Close button; the records of the closes it started, once
        they have all ended."""
        dialog.save_check.setChecked(save_passings)
        with self.qtbot.waitSignal(self.window.console.closes_finished, timeout=WAIT_MS) as done:
            dialog.close_button.click()
        records: list[CloseRecord] = done.args[0]
        return records

    def cancel(self, dialog: ConfirmCloseDialog) -> None:
        dialog.reject()

    # -- what the official sees ---------------------------------------------------------------

    def tokens(self) -> list[str]:
        """The token of every row shown, in the table's order."""
        return [self.window.model.token_at(n) for n in range(self.window.model.rowCount())]

    def closable(self, token: str) -> bool:
        """Whether the row's Close button can be pressed."""
        index = self.window.model.index(self._view_row(token), position("close"))
        return bool(index.data(CLOSABLE_ROLE))

    def state(self, token: str) -> RowState | None:
        """The state the row of `token` is in; None when no row shows it."""
        row = self.window.console.book.get(token)
        return None if row is None else row.state

    def record(self, token: str) -> CloseRecord | None:
        """The last close record the row of `token` shows."""
        row = self.window.console.book.get(token)
        return None if row is None else row.record

    def state_text(self, token: str) -> str:
        index = self.window.model.index(self._view_row(token), position("state"))
        return str(index.data(Qt.ItemDataRole.DisplayRole))

    def state_tooltip(self, token: str) -> str | None:
        """What the pointer resting on the row's State cell shows."""
        index = self.window.model.index(self._view_row(token), position("state"))
        return self.window.model.tooltip(index)

    def status_text(self) -> str:
        return self.window.status_bar.text()

    def status_tooltip(self) -> str:
        return self.window.status_bar.message.toolTip()

    def _view_row(self, token: str) -> int:
        row = self.window.model.position_of(token)
        assert row is not None, f"{token} is not shown"
        return row


def _relay_as(relay: _FirstOf, name: str) -> Callable[..., None]:
    def relay_it(*args: object) -> None:
        relay.fired.emit(name, args[0] if args else None)

    return relay_it


@contextmanager
def official_at(qtbot: QtBot, window: MainWindow) -> Iterator[Official]:
    """The official at `window`, which is closed (its workers stopped) and destroyed
    afterwards, on the GUI thread: a window left closed but alive still follows the
    application's palette and colour scheme, and would answer a later test's change of them."""
    try:
        yield Official(qtbot, window)
    finally:
        close_for_good(window)


def close_for_good(window: MainWindow) -> None:
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
