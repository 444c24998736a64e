"""The window's alerts: each listing that succeeds is shown to the alert watch
(app.sessions.alerts), and what it raises is kept, marked, until the official acknowledges it.

The rules are the watch's, the same as `rufus-console watch`; this part only feeds it the
controller's book and keeps the list. A listing that failed never reaches it (the console
emits `listing_failed`, not `listing_finished`), so it raises nothing and forgets nothing.

The watch works in a worker, one listing at a time and in their order: for an account of
10 000 devices it takes some 30 ms, which the GUI thread must not spend at the end of every
listing (tests/bench/bench_alerts.py). Only the listing's snapshot is taken on the GUI thread.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QObject, Signal

from app.control.clients import ListingDone
from app.control.console import Console
from app.jobs import JobRunner
from app.sessions.alerts import Alert, AlertWatch, Sighting, Topic
from app.sessions.book import RowState
from app.settings import ALERTS_ON, LIVE_WITHIN_MINUTES, SILENT_AFTER_MINUTES, Settings

#: The most alerts kept; the oldest go first.
KEPT = 500


@dataclass
class Raised:
    """An alert as the window keeps it: numbered, and marked until acknowledged."""

    number: int
    alert: Alert
    acknowledged: bool = False


class AlertCentre(QObject):
    #: New alerts, oldest first: list[Raised].
    raised = Signal(object)
    #: A listing has been compared with the ones before: what it raised (list[Raised],
    #: often empty).
    observed = Signal(object)
    #: The list or what is acknowledged changed.
    changed = Signal()

    def __init__(
        self,
        console: Console,
        settings: Settings,
        runner: JobRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._console = console
        self._settings = settings
        self._runner = runner
        #: Listings to compare, in order; None: forget what was seen (another key).
        self._waiting: deque[Sighting | None] = deque()
        self._observing = False
        #: How many listings were handed to the watch (failed ones never are).
        self.sightings = 0
        self.watch = AlertWatch(
            silent_after=timedelta(minutes=settings.get(SILENT_AFTER_MINUTES)),
            live_within=timedelta(minutes=settings.get(LIVE_WITHIN_MINUTES)),
            topics=frozenset(topic for topic, on in ALERTS_ON.items() if settings.get(on)),
        )
        self._raised: list[Raised] = []
        self._numbers = 0
        console.listing_finished.connect(self._listed)
        console.key_changed.connect(self._key_changed)

    # -- reading ------------------------------------------------------------------------------

    def alerts(self) -> list[Raised]:
        """Every alert kept, newest first."""
        return list(reversed(self._raised))

    def unacknowledged(self) -> list[Raised]:
        return [raised for raised in self._raised if not raised.acknowledged]

    def marked_tokens(self) -> frozenset[str]:
        """The sessions an alert not yet acknowledged is about: their rows stay marked."""
        return frozenset(raised.alert.token for raised in self.unacknowledged())

    def topic_on(self, topic: Topic) -> bool:
        return topic in self.watch.topics

    # -- what the official does ---------------------------------------------------------------

    def acknowledge(self, numbers: Iterable[int]) -> None:
        wanted = set(numbers)
        changed = False
        for raised in self._raised:
            if raised.number in wanted and not raised.acknowledged:
                raised.acknowledged = changed = True
        if changed:
            self.changed.emit()

    def acknowledge_all(self) -> None:
        self.acknowledge(raised.number for raised in self._raised)

    def switch(self, topic: Topic, on: bool) -> None:
        """A kind of alert on or off, remembered. Switched on, it raises what happens from
        now on, not what happened while it was off."""
        self._settings.set(ALERTS_ON[topic], on)
        others = self.watch.topics - {topic}
        self.watch.topics = others | {topic} if on else others

    def silent_after(self, minutes: int) -> None:
        self._settings.set(SILENT_AFTER_MINUTES, minutes)
        self.watch.silent_after = timedelta(minutes=self._settings.get(SILENT_AFTER_MINUTES))

    # -- what the console reports -------------------------------------------------------------

    def _key_changed(self) -> None:
        """Another key may be another account: what was seen of the last one is forgotten
        (its rows leaving are not closes elsewhere). Alerts already raised stay."""
        self._waiting.append(None)
        self._next()

    def _listed(self, done: ListingDone) -> None:
        book = self._console.book
        self._waiting.append(
            Sighting(
                at=self._console.now(),
                devices=done.devices,
                # A row this console closed is gone for RUFUS, whatever a listing read before
                # the close took effect said.
                sessions=[row.entry for row in book.rows() if row.state is not RowState.CLOSED],
                unread=frozenset(answer.device.deviceid for answer in done.failures),
                closed_elsewhere=[row.entry for row in done.closed_elsewhere],
            )
        )
        self.sightings += 1
        self._next()

    def _next(self) -> None:
        """The next listing to the watch, once the one before is done."""
        while self._waiting and not self._observing:
            sighting = self._waiting.popleft()
            if sighting is None:
                self.watch.forget()
            else:
                self._observing = self._observe(sighting)

    def _observe(self, sighting: Sighting) -> bool:
        watch = self.watch
        job = self._runner.start(
            "work out alerts",
            lambda report: watch.observe(sighting),
            succeeded=self._observed,
            failed=self._not_observed,
        )
        return job is not None

    def _observed(self, alerts: list[Alert]) -> None:
        self._observing = False
        new = []
        for alert in alerts:
            self._numbers += 1
            new.append(Raised(self._numbers, alert))
        if new:
            self._raised += new
            del self._raised[:-KEPT]
            self.raised.emit(new)
            self.changed.emit()
        self.observed.emit(new)
        self._next()

    def _not_observed(self, error: object) -> None:
        """A fault in the watch itself (the runner has logged it and told the window)."""
        self._observing = False
        self._next()
