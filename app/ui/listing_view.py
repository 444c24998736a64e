"""A listing as the window shows it, and when the next one starts: the rows as they arrive,
the progress, the summary at the end ("144 open · 3 live · 120 stale", what could not be
read, what was closed elsewhere), the ages that grow older, and the auto-refresh."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject, QTimer

from app.control.auto_refresh import AutoRefresh
from app.control.clients import ListingDone, ListingProgress
from app.control.console import Console
from app.rufus.server_clock import NOTABLE_OFFSET
from app.sessions.activity import Activity
from app.sessions.book import Changes, Row
from app.sessions.names import shared_names
from app.ui.session_model import SessionTableModel
from app.ui.session_table import SessionTable
from app.ui.status_bar import StatusBar
from app.ui.words import status
from app.ui.words.errors import error_detail, error_text
from app.ui.words.names import device_told_apart, entry_name

#: How often the "4 min ago" texts are brought up to date.
AGE_TICK_MS = 15_000
#: How long a session new since the last refresh stays marked.
HIGHLIGHT_MS = 10_000
#: On a first run the columns are fitted to the rows as they arrive, at most this often: a
#: slow listing otherwise showed names cut short under guessed widths until its end.
FIRST_FIT_MS = 1_000


class ListingView(QObject):
    def __init__(
        self, console: Console, table: SessionTable, status_bar: StatusBar, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._console = console
        self._table = table
        self._model: SessionTableModel = table.sessions
        self._status = status_bar
        self.auto_refresh = AutoRefresh(self)
        self.auto_refresh.due.connect(self._refresh_on_its_own)
        #: The next listing was started by the auto-refresh.
        self._next_quiet = False
        #: Rows new since the last listing are marked; not those of a first listing with a
        #: key (every row would be new).
        self._first_with_key = True
        console.key_changed.connect(self._key_changed)
        console.listing_started.connect(self._started)
        console.listing_progress.connect(self._progress)
        console.rows_changed.connect(self._rows_changed)
        console.listing_finished.connect(self._finished)
        console.listing_failed.connect(self._failed)
        self._age_timer = QTimer(self)
        self._age_timer.timeout.connect(self._model.refresh_times)
        self._age_timer.start(AGE_TICK_MS)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self.show_freshness)
        self._clock.start(1000)
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.timeout.connect(self._model.clear_highlights)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(FIRST_FIT_MS)
        self._fit_timer.timeout.connect(self._fit_first_rows)

    def stop(self) -> None:
        self._age_timer.stop()
        self._clock.stop()

    def row_name(self, row: Row) -> str:
        return entry_name(row.entry, self._console.book.shared_names())

    # -- what the console reports -----------------------------------------------------------

    def _started(self) -> None:
        self.auto_refresh.listing_started()
        self._status.busy()
        self._status.quiet, self._next_quiet = self._next_quiet, False
        self._status.tell(self.tr("Refreshing… asking RUFUS for the account's devices"))

    def _progress(self, progress: ListingProgress) -> None:
        if progress.devices is None:
            return
        if progress.answered == 0:
            self._status.counted(progress.devices)
        elif not self._status.answered(progress.answered):
            return
        self._status.tell(
            self.tr("Refreshing… %1 of %2 devices")
            .replace("%1", str(progress.answered))
            .replace("%2", str(progress.devices))
        )

    def _rows_changed(self, changes: Changes) -> None:
        if changes.removed:
            self._table.keep_selection(changes)
        empty = self._model.rowCount() == 0
        self._model.show(changes)
        if changes.inserted and not self._first_with_key:
            # New since the last refresh: briefly marked, so that the eye finds them.
            self._model.highlight(changes.inserted)
            self._highlight_timer.start(HIGHLIGHT_MS)
        if changes.closed_elsewhere:
            self._status.say(self._closed_elsewhere_text())
        if empty != (self._model.rowCount() == 0):
            self._table.update_empty_label()
        if changes.inserted and not self._table.columns.sized:
            if empty:
                self._fit_first_rows()
            elif not self._fit_timer.isActive():
                self._fit_timer.start()

    def _fit_first_rows(self) -> None:
        if not self._table.columns.sized and self._model.rowCount():
            self._table.columns.refit()

    def _closed_elsewhere_text(self) -> str:
        return status.closed_elsewhere(
            [self.row_name(row) for row in self._console.closed_elsewhere()]
        )

    def _key_changed(self) -> None:
        self._first_with_key = True

    def _finished(self, done: ListingDone) -> None:
        self._first_with_key = False
        self._model.flush()  # the summary, the columns' widths and the tests see every row
        self._table.update_empty_label()
        self._status.idle()
        self._table.columns.listed()
        self.auto_refresh.listing_ended(done.light_asks)
        self.show_freshness()
        offset = self._console.clock_offset()
        if offset is not None and abs(offset) > NOTABLE_OFFSET:
            self._status.show_clock(*status.clock(offset))
        else:
            self._status.show_clock(None)
        text = self._summary()
        if done.closed_elsewhere:
            text += " · " + self._closed_elsewhere_text()
        if done.failures:
            failed = [answer.device for answer in done.failures]
            shared = self._console.book.shared_names() | shared_names(d.alias for d in failed)
            text += " · " + status.not_read([device_told_apart(d, shared) for d in failed])
        self._table.set_empty_text(
            self.tr("No open session on the account's %Ln device(s).", "", len(done.devices))
        )
        self._status.tell(text, error=bool(done.failures))

    def _summary(self) -> str:
        context = self._model.context()
        book = self._console.book
        activities = Counter(context.activity(row) for row in book.rows())
        return status.summary(
            book.open_count(), activities[Activity.LIVE], activities[Activity.STALE]
        )

    def _failed(self, error: object) -> None:
        self._status.idle()
        self.auto_refresh.listing_ended(self.auto_refresh.requests)
        text = status.list_not_refreshed(error_text(error))
        self._table.set_empty_text(text)
        self._status.say(text, error=True, detail=error_detail(error))

    # -- when the next one starts -----------------------------------------------------------

    def show_freshness(self) -> None:
        """ "Updated 12 s ago · next in 18 s" in the status bar, every second."""
        refresh = self.auto_refresh
        self._status.freshness.setText(
            status.freshness(
                refresh.seconds_since_listing(),
                refresh.seconds_to_next(),
                round(refresh.interval_s) if refresh.stretched else None,
            )
        )

    def _refresh_on_its_own(self) -> None:
        # Never asks for a key or opens anything: without one there is nothing to refresh.
        if self._console.key_lookup.usable and not self._console.refreshing:
            self._next_quiet = True
            self._console.refresh(light=True)
