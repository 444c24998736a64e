"""Following one session's passings while the session panel shows it: the tail first, then a
page or two before it for the chart, then only what is new, every few seconds while the
session is live and every half minute otherwise; nothing while the panel is hidden, and
nothing more once the key changes or the console quits.

Every read runs through the JobRunner; one at a time; an answer for a session (or a key) no
longer followed is dropped. What was read lives in an app.sessions.tail.PassingTail, changed
only on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.control.console import Console
from app.jobs import JobRunner
from app.rufus.models import Passing
from app.sessions.activity import LIVE_WITHIN
from app.sessions.tail import (
    MinuteRates,
    PassingTail,
    Read,
    first_read,
    read_range,
    read_tail,
)

#: How often new passings are asked for while the session is live, and while it is not.
LIVE_EVERY_S = 5.0
QUIET_EVERY_S = 30.0


@dataclass(frozen=True)
class TailView:
    """What is known of the followed session's passings, as the panel shows it."""

    token: str
    #: The newest passings read, newest first.
    latest: tuple[Passing, ...]
    rates: MinuteRates
    #: RUFUS's clock at the end of the last read that succeeded; None before the first.
    read_until: datetime | None
    #: A read is under way.
    reading: bool
    #: Why the last read failed (None when it succeeded): what is shown is as of read_until.
    problem: object | None = None
    #: Passings read without a readable time: listed, not charted.
    undated: int = 0


def view_of(tail: PassingTail, now: datetime, *, reading: bool, problem: object | None) -> TailView:
    return TailView(
        tail.token,
        tail.latest(),
        tail.rates(now),
        tail.read_until,
        reading,
        problem,
        tail.undated,
    )


class TailFollower(QObject):
    #: What is known of the followed session changed, or a read started or ended: TailView.
    changed = Signal(object)

    def __init__(
        self,
        runner: JobRunner,
        console: Console,
        *,
        live_every_s: float = LIVE_EVERY_S,
        quiet_every_s: float = QUIET_EVERY_S,
    ) -> None:
        super().__init__(console)
        self._runner = runner
        self._console = console
        self.live_every_s = live_every_s
        self.quiet_every_s = quiet_every_s
        #: A passing within this long makes the session live (the window's own setting).
        self.live_within = LIVE_WITHIN
        self._token: str | None = None
        self._tail: PassingTail | None = None
        self._active = False
        self._reading = False
        self._problem: object | None = None
        #: Bumped whenever what is followed (or the key) changes: older answers are dropped.
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._read_next)
        console.key_changed.connect(self._key_changed)
        runner.on_shutdown(self._stop)

    @property
    def token(self) -> str | None:
        return self._token

    def now(self) -> datetime:
        """RUFUS's clock, as the key's client knows it; the computer's without one."""
        client = self._console.client
        return client.server_now() if client is not None else datetime.now(UTC)

    def view(self) -> TailView | None:
        """What is known now of the session followed; None when none is."""
        if self._tail is None:
            return None
        return view_of(self._tail, self.now(), reading=self._reading, problem=self._problem)

    # -- what the panel asks ------------------------------------------------------------------

    def follow(self, token: str | None) -> None:
        """Follows `token`'s passings from now on (None: none); what was read of another
        session is let go."""
        if token == self._token:
            return
        self._restart(token)

    def set_active(self, active: bool) -> None:
        """The panel is shown (reads go on) or hidden or closed (nothing is asked)."""
        if active == self._active:
            return
        self._active = active
        if active:
            self._read_next()
        else:
            self._timer.stop()

    def interval_s(self) -> float:
        """How long until the next read: short while a device is timing into the session."""
        return self.live_every_s if self._live() else self.quiet_every_s

    def rates_for(self, token: str, done: Callable[[TailView], None]) -> bool:
        """The passings per minute of `token` for the close confirmation, which must not
        wait: what the panel already has, handed over at once, or read in a worker and handed
        over when it comes (a view with `problem` when it could not be read). False when
        nothing can be read (no key, or the console is quitting)."""
        if token == self._token and self._tail is not None and self._tail.read_until:
            view = self.view()
            assert view is not None
            done(view)
            return True
        client = self._console.client
        row = self._console.book.get(token)
        if client is None:
            return False
        count = row.entry.session.passings if row is not None else None
        opened = row.entry.session.creation_date if row is not None else None

        def failed(error: object) -> None:
            empty = PassingTail(token, opened=opened)
            done(view_of(empty, self.now(), reading=False, problem=error))

        job = self._runner.start(
            "read a session's rate",
            lambda report: read_tail(client, token, count, opened=opened),
            succeeded=lambda tail: done(view_of(tail, self.now(), reading=False, problem=None)),
            failed=failed,
        )
        return job is not None

    # -- reading ------------------------------------------------------------------------------

    def _restart(self, token: str | None) -> None:
        self._generation += 1
        self._timer.stop()
        self._reading = False
        self._problem = None
        self._token = token
        self._tail = None
        if token is not None:
            row = self._console.book.get(token)
            opened = row.entry.session.creation_date if row is not None else None
            self._tail = PassingTail(token, opened=opened)
        self._read_next()
        self._tell()

    def _read_next(self, *, older: bool = False) -> None:
        """Asks for what is new (the tail at first), or, with `older`, for a page before what
        was read, for the chart: only right after a read that succeeded, so that a page that
        cannot be read never holds up what is new."""
        client = self._console.client
        tail, token = self._tail, self._token
        if not self._active or self._reading or client is None or tail is None or token is None:
            return
        self._timer.stop()
        row = self._console.book.get(token)
        count = row.entry.session.passings if row is not None else None
        asked = tail.older_range(self.now()) if older else None
        if asked is None and (count is not None or tail.floor is not None):
            asked = tail.next_range(count)
        generation = self._generation

        def work(report: object) -> Read:
            if asked is None:  # nothing read yet and no count to choose the tail by
                return first_read(client, token, None)
            return read_range(client, token, asked)

        job = self._runner.start(
            "read a session's passings",
            work,
            succeeded=lambda read: self._read(generation, read),
            failed=lambda error: self._failed(generation, error),
        )
        if job is None:  # the console is quitting
            return
        self._reading = True
        self._tell()

    def _read(self, generation: int, read: Read) -> None:
        if generation != self._generation or self._tail is None:
            return
        self._reading = False
        self._problem = None
        self._tail.add(read)
        self._tell()
        if self._tail.behind:
            self._read_next()
        elif self._tail.older_range(self.now()) is not None:
            self._read_next(older=True)
        else:
            self._schedule()

    def _failed(self, generation: int, error: object) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self._problem = error
        self._tell()
        self._schedule()

    def _schedule(self) -> None:
        if self._active and self._token is not None:
            self._timer.start(round(self.interval_s() * 1000))

    def _live(self) -> bool:
        tail, token = self._tail, self._token
        row = self._console.book.get(token) if token is not None else None
        times = [
            moment
            for moment in (
                row.entry.session.last if row is not None else None,
                tail.newest_time if tail is not None else None,
            )
            if moment is not None
        ]
        return bool(times) and self.now() - max(times) <= self.live_within

    def _tell(self) -> None:
        view = self.view()
        if view is not None:
            self.changed.emit(view)

    # -- the key and the end ------------------------------------------------------------------

    def _key_changed(self) -> None:
        """Nothing more is read with the old key; the session is read again from its tail
        with the new one, once it is in place (after this signal)."""
        token = self._token
        self._generation += 1
        self._timer.stop()
        self._reading = False
        self._token = None
        self._tail = None
        QTimer.singleShot(0, self, lambda: self._restart(token) if self._token is None else None)

    def _stop(self) -> None:
        """The console is quitting: no read is asked for again."""
        self._generation += 1
        self._active = False
        self._timer.stop()
