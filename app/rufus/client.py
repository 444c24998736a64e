"""The RUFUS operations the console needs: list devices and open sessions, read one session
and its passings, send one close request, and learn whether the key may close."""

from __future__ import annotations

import logging
import queue
import secrets
import threading
import time
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from datetime import datetime, timedelta

from app.rufus.courtesy import NOBODY, Courtesy
from app.rufus.endpoint import DEFAULT_TIMEOUTS, PRODUCTION_URL, Timeouts, is_addressable
from app.rufus.errors import (
    AuthenticationError,
    BadResponse,
    NotFound,
    PermissionDenied,
    ReadOnlyKey,
    Refused,
    RufusError,
    SessionNotFound,
    ShuttingDown,
    WrongAddress,
)
from app.rufus.listing import ListingMemory
from app.rufus.models import (
    Device,
    DeviceList,
    DeviceSessions,
    KeyRights,
    OpenSession,
    Passing,
    Session,
    SessionListing,
)
from app.rufus.parsing import (
    JsonObject,
    Pagination,
    list_items,
    object_items,
    pagination_of,
    parse_device,
    parse_passing,
    parse_session,
    unreadable,
)
from app.rufus.transport import Reply, Transport

log = logging.getLogger(__name__)

#: The largest page RUFUS G2 serves for devices.
DEVICE_PAGE_LIMIT = 5000
#: The most device pages one listing reads, whatever the server says: a million devices at
#: 5000 a page, and a bound on a server whose `has_more` never turns false.
MAX_DEVICE_PAGES = 200
#: The most passings RUFUS serves on one page: always in G1, at most in G2.
PASSING_PAGE_LIMIT = 5000
#: A guard against passings pages that never end: ten million passings at 5000 a page.
_MAX_PASSING_PAGES = 2000


class RufusClient:
    """Thread-safe: every thread gets its own connection pool from the transport."""

    def __init__(
        self,
        api_key: str,
        base_url: str = PRODUCTION_URL,
        *,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        max_workers: int = 12,
        device_page_limit: int = DEVICE_PAGE_LIMIT,
        passing_page_limit: int = PASSING_PAGE_LIMIT,
        retries: int = 2,
        backoff: float = 0.5,
        courtesy: Courtesy = NOBODY,
    ) -> None:
        self._transport = Transport(
            base_url,
            api_key,
            timeouts=timeouts,
            retries=retries,
            backoff=backoff,
        )
        # The window's turns on the interpreter's lock, taken while it writes rows.
        self._transport.courtesy = courtesy
        self._timeouts = timeouts
        self._retries = retries
        self._max_workers = max_workers
        self._device_page_limit = device_page_limit
        self._passing_page_limit = passing_page_limit
        self._executor: ThreadPoolExecutor | None = None
        self._executor_lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    @property
    def passing_page_limit(self) -> int:
        """The most passings one page brings: a full page may have another after it."""
        return self._passing_page_limit

    # -- RUFUS's clock ------------------------------------------------------------------------

    def server_now(self) -> datetime:
        """The time on RUFUS's clock, from the Date header of its answers (the computer's
        own until one has come): judge ages and activity against this, not datetime.now."""
        return self._transport.clock.now()

    def clock_offset(self) -> timedelta | None:
        """RUFUS's clock minus the computer's (the median of recent answers); None until an
        answer has said. Worth telling the official when beyond NOTABLE_OFFSET."""
        return self._transport.clock.offset()

    def __enter__(self) -> RufusClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Abandons waits and pending device lookups; safe to call from any thread."""
        self._transport.close()
        with self._executor_lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    # -- devices ------------------------------------------------------------------------------

    def devices(self) -> list[Device]:
        """Every device of the account, following G2 pages; G1 answers in one page.

        Raises BadResponse when the pages never added up (see `device_list`): a list that
        may be missing devices is never passed off as the account's."""
        found = self.device_list()
        if found.problems:
            raise unreadable(f"the device list: {found.problems[0]}")
        return list(found.devices)

    def device_list(self) -> DeviceList:
        """Every device of the account, and why the list may be missing some.

        Pages are counted here, never by the server's page number, and bounded by the total
        the server gives (and by MAX_DEVICE_PAGES). A list whose pages shift while they are
        read (a device seen twice, a total that changes between pages, pages that do not
        add up to it) is read again, twice at most; if it never holds still, the devices
        of the last reading come back with the problem named."""
        attempt = 0
        while True:
            devices, problem = self._device_pages()
            if problem is None:
                return DeviceList(tuple(devices))
            if attempt >= self._retries or isinstance(problem, _PagesNeverEnd):
                return DeviceList(tuple(devices), (str(problem),))
            log.info("device list read again: %s", problem)
            attempt += 1

    def _device_pages(self) -> tuple[list[Device], _PagesDisagree | None]:
        found: dict[str, Device] = {}
        first_total: int | None = None
        page = 1
        while True:
            devices, pagination = self._transport.call(
                "GET",
                "/devices",
                read=_device_page,
                params={"page": page, "limit": self._device_page_limit},
            )
            seen_before = sum(1 for device in devices if device.deviceid in found)
            for device in devices:
                found.setdefault(device.deviceid, device)
            if pagination is None:  # G1: the whole list at once
                return list(found.values()), None
            total = pagination.total
            if first_total is None:
                first_total = total
            elif total != first_total:
                return list(found.values()), _PagesDisagree(
                    f"its total changed from {first_total} to {total} between pages"
                )
            if seen_before:
                return list(found.values()), _PagesDisagree(
                    f"page {page} repeats {seen_before} devices of the pages before it"
                )
            if not pagination.has_more or not devices:
                break
            if page >= _page_bound(first_total, pagination.limit or len(devices)):
                return list(found.values()), _PagesNeverEnd(
                    f"more than {page} pages, more than its total of {first_total} devices needs"
                    if first_total is not None
                    else f"more than {page} pages"
                )
            page += 1  # counted here: a server's own page number may never move
        if first_total is not None and first_total != len(found):
            return list(found.values()), _PagesDisagree(
                f"{len(found)} devices on its pages, {first_total} in its total"
            )
        return list(found.values()), None

    def device(self, deviceid: str) -> Device:
        """One device, by its id (a passing names its device only by id)."""
        if not is_addressable(deviceid.strip()):
            raise _device_not_found()
        items = self._transport.call(
            "GET", "/devices/{deviceid}", read=_device_items, deviceid=deviceid
        )
        if items is None:
            raise _device_not_found()
        if not items:
            raise unreadable("the device: no result")
        return parse_device(items[0])

    # -- sessions -----------------------------------------------------------------------------

    def open_sessions_of(self, device: Device) -> DeviceSessions:
        """The device's open session(s); RUFUS answers 404 when it has none. Always asked:
        RUFUS's count of a device's sessions may lag (see app.rufus.listing)."""
        sessions = self._transport.call(
            "GET",
            "/sessions/device/{deviceid}/active",
            read=_active_sessions,
            deviceid=device.deviceid,
        )
        return DeviceSessions(
            device,
            tuple(OpenSession(s, device) for s in sessions if s.active is not False),
        )

    def iter_open_sessions(
        self,
        devices: Iterable[Device],
        *,
        memory: ListingMemory | None = None,
        light: bool = False,
    ) -> Iterator[DeviceSessions]:
        """Asks every device in parallel and yields answers as they arrive.

        A device that cannot be read yields its error and the listing goes on; a key that is
        refused stops everything, since every other device would refuse it too.
        """
        for batch in self.iter_open_session_batches(
            devices, interval=0.0, memory=memory, light=light
        ):
            yield from batch

    def iter_open_session_batches(
        self,
        devices: Iterable[Device],
        interval: float,
        *,
        memory: ListingMemory | None = None,
        light: bool = False,
    ) -> Iterator[list[DeviceSessions]]:
        """As `iter_open_sessions`, in batches: whatever arrived, at most every `interval`
        seconds, and at once when an answer comes after a quiet spell.

        Every device is asked (a full listing) unless `light`: then a device that `memory`
        says cannot have opened a session since it was last asked is not, and comes back
        as `DeviceSessions(device, skipped=True)` (app.rufus.listing has the rule). Answers
        are remembered in `memory` for later light listings."""
        executor = self._pool()
        arrived: queue.SimpleQueue[Future[DeviceSessions]] = queue.SimpleQueue()
        waiting = iter(devices)
        # Only requests still out are held: a finished one is let go as soon as it is read,
        # so a listing never holds thousands of answers twice.
        pending: set[Future[DeviceSessions]] = set()

        #: Devices a light listing leaves unasked, on their way to the next batch.
        skipped: list[DeviceSessions] = []

        def ask_next() -> bool:
            for device in waiting:
                if light and memory is not None and memory.may_skip(device):
                    skipped.append(DeviceSessions(device, skipped=True))
                    continue
                try:
                    future = executor.submit(self._open_sessions_or_error, device, memory)
                except RuntimeError:  # close() shut the pool down: the console is quitting
                    raise ShuttingDown(
                        "The console is shutting down; the listing stopped."
                    ) from None
                pending.add(future)
                future.add_done_callback(arrived.put)  # waiting costs nothing per device
                return True
            return False

        # A few requests ahead of the pool, never thousands at once: queueing every device
        # up front is a burst of work that the GUI thread would feel.
        in_flight = sum(ask_next() for _ in range(self._max_workers * 2))
        batch: list[DeviceSessions] = []
        last = time.monotonic() - interval
        try:
            while in_flight or skipped:
                if skipped:
                    batch += skipped
                    skipped.clear()
                    if not in_flight:
                        break
                timeout = None if not batch else max(0.0, last + interval - time.monotonic())
                try:
                    future = arrived.get(timeout=timeout)
                except queue.Empty:  # a quiet spell: what arrived so far goes now
                    yield batch
                    batch, last = [], time.monotonic()
                    future = arrived.get()
                in_flight -= 1
                pending.discard(future)
                in_flight += ask_next()
                if future.cancelled():
                    continue
                answer = future.result()
                if isinstance(answer.error, AuthenticationError | PermissionDenied):
                    raise answer.error
                batch.append(answer)
                if time.monotonic() - last >= interval:
                    yield batch
                    batch, last = [], time.monotonic()
            if batch:
                yield batch
        finally:
            for future in list(pending):
                future.cancel()

    def open_sessions(self) -> SessionListing:
        """Every open session of the account across all its devices, every device asked.

        A token that several devices list is one entry, under the first of them in the
        account's order, naming the others in `also_on`. A device list whose pages never
        held still raises BadResponse, as `devices` does."""
        devices = tuple(self.devices())
        by_token: dict[str, list[OpenSession]] = {}
        failures: list[DeviceSessions] = []
        for answer in self.iter_open_sessions(devices):
            for entry in answer.sessions:
                by_token.setdefault(entry.token, []).append(entry)
            if answer.error is not None:
                failures.append(answer)
        order = {device.deviceid: index for index, device in enumerate(devices)}
        sessions = [_one_entry(entries, order) for entries in by_token.values()]
        sessions.sort(key=lambda row: order[row.device.deviceid])
        failures.sort(key=lambda answer: order[answer.device.deviceid])
        return SessionListing(devices, tuple(sessions), tuple(failures))

    def session(self, token: str) -> Session:
        """One session, open or closed."""
        if not is_addressable(token.strip()):
            raise _session_not_found(None)
        items = self._transport.call("GET", "/sessions/{token}", read=_session_items, token=token)
        if items is None:
            self._check_address()
            raise _session_not_found(404)
        if not items:
            raise unreadable("the session: no result")
        return parse_session(items[0])

    # -- passings -----------------------------------------------------------------------------

    def passing_pages(self, token: str) -> Iterator[list[Passing]]:
        """Every passing of a session, open or closed, one page at a time, in RUFUS's order.

        Pages follow each other until RUFUS says there are no more: G2 by `has_more`; G1 by
        a page shorter than 5000 (or an empty one, or a 404 after the first). Each page is
        decoded inside its request's retries, so a page that cannot be read is asked for
        again like a 5xx. One request at a time, but the next page is asked for as soon as
        the current one is known not to be the last, so the caller's work on a page overlaps
        the wait for the next. A 404 for the first page is told apart by reading the session:
        an unknown token raises SessionNotFound, a known session has no passings. Pages that
        never end, or come back twice, raise BadResponse. Nothing is checked against the
        session's count here: the caller compares what it got with what it expected.
        """
        return self._passing_pages(token, {}, _MAX_PASSING_PAGES)

    def passings_range(
        self, token: str, first: int, last: int | None = None
    ) -> Generator[list[Passing], None, None]:
        """The session's passings whose num_passing is from `first` to `last` (to the end
        when None), a page at a time (rufus-api.md §4.2), as `passing_pages` reads them.

        Pages are bounded by the range's size when it has an end. A passing outside the
        range (a server that ignores `first`) is left out, never handed over twice."""
        if first < 0 or (last is not None and last < first):
            raise ValueError(f"no passings from {first} to {last}")
        params: dict[str, int] = {"first": first}
        bound = _MAX_PASSING_PAGES
        size = None
        if last is not None:
            params["last"] = last
            size = last - first + 1
            bound = min(bound, -(-size // self._passing_page_limit) + 1)
        for page in self._passing_pages(token, params, bound, size):
            inside = [
                passing
                for passing in page
                if passing.num_passing is not None
                and passing.num_passing >= first
                and (last is None or passing.num_passing <= last)
            ]
            if inside:
                yield inside

    def _passing_pages(
        self, token: str, params: dict[str, int], max_pages: int, size: int | None = None
    ) -> Iterator[list[Passing]]:
        if not is_addressable(token.strip()):
            raise _session_not_found(None)
        guard = _PassingPageGuard(self._passing_page_limit, max_pages, size)
        page = 1
        upcoming: Future[_RawPage | None] | None = self._ask_for_passings(token, page, params)
        try:
            while upcoming is not None:
                try:
                    found = upcoming.result()
                except CancelledError:  # close() cancelled it: the console is quitting
                    raise ShuttingDown(
                        "The console is shutting down; the passings were not all read."
                    ) from None
                upcoming = None
                if found is None:
                    if page == 1:
                        self.session(token)  # raises SessionNotFound for an unknown token
                    return  # after the first page, G1's way of saying there are no more
                items, pagination = found
                if guard.more_after(page, items, pagination):
                    upcoming = self._ask_for_passings(token, page + 1, params)
                passings = [parse_passing(item) for item in items]
                del found, items  # only the page being handed over stays in memory
                if passings:
                    yield passings
                page += 1
        finally:
            if upcoming is not None:  # the caller stopped early: the answer is not wanted
                upcoming.cancel()

    def _ask_for_passings(
        self, token: str, page: int, params: dict[str, int]
    ) -> Future[_RawPage | None]:
        # On the pool, whose threads keep their connections alive between pages and between
        # listings; the caller's thread is free to handle the page before.
        try:
            return self._pool().submit(
                self._transport.call,
                "GET",
                "/passings/session/{token}",
                read=_passing_page,
                token=token,
                params={**params, "page": page, "limit": self._passing_page_limit},
                # Up to 5000 passings: more time than a small answer gets.
                deadline=self._timeouts.passings_page_total,
            )
        except RuntimeError:  # close() shut the pool down: the console is quitting
            raise ShuttingDown(
                "The console is shutting down; the passings were not read."
            ) from None

    # -- closing ------------------------------------------------------------------------------

    def request_close(self, token: str) -> int:
        """Sends the close request once and returns RUFUS's status: a readable 2xx (RUFUS
        says it closed it) or another 4xx (it refused). Anything after which nobody knows
        whether the close was carried out raises an error whose `maybe_applied` is True.

        It checks nothing before or after: the close pipeline (app/sessions) does.
        """
        return self._transport.call(
            "PATCH", "/sessions/close/{token}", read=_close_reply, token=token
        )

    def key_rights(self) -> KeyRights:
        """Whether this key may close sessions, learnt without changing anything.

        RUFUS has no endpoint that describes a key, but it checks the access type before it
        looks for the session: a close request for a token that cannot exist gets 403 from
        a key without WRITE and 404 from one with it, and closes nothing either way. Only
        meaningful once the key has listed successfully (a wrong address answers 404 too).
        """
        impossible = secrets.token_hex(32).upper()
        try:
            status = self.request_close(impossible)
        except ReadOnlyKey:
            return KeyRights.READ_ONLY
        except AuthenticationError:
            raise
        except RufusError as error:
            log.info("key rights unknown: %s", type(error).__name__)
            return KeyRights.UNKNOWN
        return KeyRights.CAN_CLOSE if status == 404 else KeyRights.UNKNOWN

    def _check_address(self) -> None:
        """After a 404 for a session: a server that has no device list is not RUFUS."""
        self._transport.call("GET", "/devices", read=_device_page, params={"page": 1, "limit": 1})

    # -- internals ----------------------------------------------------------------------------

    def _pool(self) -> ThreadPoolExecutor:
        with self._executor_lock:
            if self._executor is None:
                # Long-lived so that its threads keep their kept-alive connections between lists.
                self._executor = ThreadPoolExecutor(
                    max_workers=self._max_workers, thread_name_prefix="rufus"
                )
            return self._executor

    def _open_sessions_or_error(
        self, device: Device, memory: ListingMemory | None = None
    ) -> DeviceSessions:
        try:
            answer = self.open_sessions_of(device)
        except RufusError as error:
            return DeviceSessions(device, error=error)
        if memory is not None:
            memory.remember(answer)
        return answer


class _PagesDisagree(Exception):
    """The device list's pages shifted while they were read."""


class _PagesNeverEnd(_PagesDisagree):
    """More device pages than the total (or MAX_DEVICE_PAGES) allows: reading again would
    not end either."""


def _page_bound(total: int | None, page_size: int) -> int:
    """The most device pages a list of `total` devices may take (one more for a device
    added while it is read), never more than MAX_DEVICE_PAGES."""
    if total is None or page_size <= 0:
        return MAX_DEVICE_PAGES
    return min(MAX_DEVICE_PAGES, -(-total // page_size) + 1)


def _one_entry(entries: list[OpenSession], order: dict[str, int]) -> OpenSession:
    """One entry for a token that one or more devices list: under the first device in the
    account's order, the others in `also_on`."""
    if len(entries) == 1:
        return entries[0]
    ranked = sorted(entries, key=lambda entry: order[entry.device.deviceid])
    devices = list(dict.fromkeys(entry.device for entry in ranked))
    first = ranked[0]
    return OpenSession(first.session, devices[0], tuple(devices[1:]))


class _PassingPageGuard:
    """Decides whether another page of passings follows, and stops pages that never end."""

    def __init__(self, page_limit: int, max_pages: int, size: int | None = None) -> None:
        self._page_limit = page_limit
        self._max_pages = max_pages
        #: How many passings the range asked for holds at most (None: to the end).
        self._size = size
        self._seen = 0
        self._previous_start: tuple[object, object] | None = None

    def more_after(
        self, page: int, passings: list[JsonObject], pagination: Pagination | None
    ) -> bool:
        first = passings[0] if passings else None
        start = (first.get("num_passing"), first.get("timestamp")) if first else None
        if start is not None and start == self._previous_start:
            # A server that ignores `page` would otherwise send its first page forever.
            raise unreadable(f"the passings: page {page} repeats the page before it")
        self._previous_start = start
        self._seen += len(passings)
        if pagination is None:  # G1: only a full page may have another after it
            # ... unless the range asked for is whole already: no request for an empty page.
            whole = self._size is not None and self._seen >= self._size
            more = len(passings) >= self._page_limit and not whole
        else:
            more = pagination.has_more
            if more and not passings:
                raise unreadable(f"the passings: page {page} is empty but says more follow")
        if more and page >= self._max_pages:
            raise unreadable(f"the passings: more than {self._max_pages} pages")
        return more


def _device_page(reply: Reply) -> tuple[list[Device], Pagination | None]:
    if reply.status == 404:
        # RUFUS answers the device list of any key it accepts; a 404 means the address
        # leads somewhere else, never that the account is empty.
        raise WrongAddress(
            "RUFUS answered 404 for the device list: check the server address; it normally "
            "ends in /v0.",
            status=404,
        )
    payload = _expect_ok(reply, "listing devices").payload()
    try:
        devices = [parse_device(item) for item in list_items(payload, "the device list")]
    except BadResponse as error:
        if error.detail.startswith("the device list"):
            raise
        raise unreadable(f"the device list: {error.detail}") from None
    return devices, pagination_of(payload)


def _active_sessions(reply: Reply) -> list[Session]:
    if reply.status == 404:  # RUFUS's way of saying "no open session"
        return []
    payload = _expect_ok(reply, "reading a device's open session").payload()
    # Parsed here, inside the request's retries: an unreadable item is asked for again.
    return [parse_session(item) for item in object_items(payload, "a device's open session")]


#: A page of passings as decoded: its items (each an object) and its pagination, if any.
_RawPage = tuple[list[JsonObject], Pagination | None]


def _passing_page(reply: Reply) -> _RawPage | None:
    if reply.status == 404:
        return None
    payload = _expect_ok(reply, "reading a session's passings").payload()
    # Decoded and checked here, inside the request's retries: an unreadable page is asked
    # for again. Making Passings of the items cannot fail, and is left to the caller's thread.
    return list_items(payload, "the passings"), pagination_of(payload)


def _device_items(reply: Reply) -> list[JsonObject] | None:
    """The device's `result` items; None when RUFUS does not know the device (404)."""
    if reply.status == 404:
        return None
    return object_items(_expect_ok(reply, "reading a device").payload(), "the device")


def _session_items(reply: Reply) -> list[JsonObject] | None:
    """The session's `result` items; None when RUFUS does not know the session (404)."""
    if reply.status == 404:
        return None
    return object_items(_expect_ok(reply, "reading a session").payload(), "the session")


def _close_reply(reply: Reply) -> int:
    if reply.ok:
        reply.payload()  # a 2xx that cannot be read says nothing about the close
    return reply.status


def _expect_ok(reply: Reply, doing: str) -> Reply:
    if reply.ok:
        return reply
    raise Refused(
        f"RUFUS rejected the request while {doing} (HTTP {reply.status}). Try again; if it "
        "keeps happening, update Rufus Console.",
        status=reply.status,
    )


def _device_not_found() -> NotFound:
    return NotFound(
        "RUFUS has no device with this id for this account: it may have been unbound. "
        "Refresh the list.",
        status=404,
    )


def _session_not_found(status: int | None) -> SessionNotFound:
    return SessionNotFound(
        "RUFUS has no session with this token for this account. It may belong to another "
        "account, or its device was unbound: refresh the list.",
        status=status,
    )
