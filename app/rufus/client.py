"""The RUFUS operations the console needs: list devices and open sessions, close a session."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed

from app.rufus.endpoint import DEFAULT_TIMEOUTS, PRODUCTION_URL, Timeouts, is_addressable
from app.rufus.errors import (
    AuthenticationError,
    BadResponse,
    CloseNotConfirmed,
    NetworkError,
    PermissionDenied,
    RequestTimeout,
    RufusError,
    ServerError,
    SessionNotFound,
)
from app.rufus.models import (
    CloseOutcome,
    CloseResult,
    Device,
    DeviceSessions,
    OpenSession,
    Session,
    SessionListing,
)
from app.rufus.parsing import pagination_of, parse_device, parse_session, result_items
from app.rufus.transport import Reply, Transport

log = logging.getLogger(__name__)

#: The largest page RUFUS G2 serves for devices.
DEVICE_PAGE_LIMIT = 5000
#: A guard against a server whose `has_more` never turns false.
_MAX_PAGES = 1000

#: Errors after which nobody knows whether a close request was carried out.
_OUTCOME_UNKNOWN = (ServerError, RequestTimeout, NetworkError, BadResponse)


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
        retries: int = 2,
        backoff: float = 0.5,
    ) -> None:
        self._transport = Transport(
            base_url,
            api_key,
            timeouts=timeouts,
            retries=retries,
            backoff=backoff,
        )
        self._max_workers = max_workers
        self._device_page_limit = device_page_limit
        self._executor: ThreadPoolExecutor | None = None
        self._executor_lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return self._transport.base_url

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
        """Every device of the account, following G2 pages; G1 answers in one page."""
        found: dict[str, Device] = {}
        page = 1
        while page <= _MAX_PAGES:
            reply = self._transport.call(
                "GET", "/devices", params={"page": page, "limit": self._device_page_limit}
            )
            if reply.status == 404:  # an account without devices
                break
            payload = _expect_ok(reply, "listing devices").payload()
            items = result_items(payload)
            for item in items:
                device = parse_device(item)
                found.setdefault(device.deviceid, device)  # pages may shift while we read
            pagination = pagination_of(payload)
            if pagination is None or not pagination.has_more or not items:
                break
            page = pagination.page + 1
        return list(found.values())

    # -- sessions -----------------------------------------------------------------------------

    def open_sessions_of(self, device: Device) -> DeviceSessions:
        """The device's open session(s); RUFUS answers 404 when it has none."""
        if device.sessions == 0:  # G2 tells the count: no call needed
            return DeviceSessions(device)
        reply = self._transport.call(
            "GET", "/sessions/device/{deviceid}/active", deviceid=device.deviceid
        )
        if reply.status == 404:
            return DeviceSessions(device)
        payload = _expect_ok(reply, "reading a device's open session").payload()
        sessions = (parse_session(item) for item in result_items(payload))
        return DeviceSessions(
            device,
            tuple(OpenSession(s, device) for s in sessions if s.active is not False),
        )

    def iter_open_sessions(self, devices: Iterable[Device]) -> Iterator[DeviceSessions]:
        """Asks every device in parallel and yields answers as they arrive.

        A device that cannot be read yields its error and the listing goes on; a key that is
        refused stops everything, since every other device would refuse it too.
        """
        executor = self._pool()
        futures: list[Future[DeviceSessions]] = [
            executor.submit(self._open_sessions_or_error, device) for device in devices
        ]
        try:
            for future in as_completed(futures):
                answer = future.result()
                if isinstance(answer.error, AuthenticationError | PermissionDenied):
                    raise answer.error
                yield answer
        finally:
            for future in futures:
                future.cancel()

    def open_sessions(self) -> SessionListing:
        """Every open session of the account across all its devices."""
        devices = self.devices()
        sessions: list[OpenSession] = []
        failures: list[DeviceSessions] = []
        for answer in self.iter_open_sessions(devices):
            sessions.extend(answer.sessions)
            if answer.error is not None:
                failures.append(answer)
        order = {device.deviceid: index for index, device in enumerate(devices)}
        sessions.sort(key=lambda row: order[row.device.deviceid])
        failures.sort(key=lambda answer: order[answer.device.deviceid])
        return SessionListing(tuple(devices), tuple(sessions), tuple(failures))

    def session(self, token: str) -> Session:
        """One session, open or closed."""
        if not is_addressable(token.strip()):
            raise _session_not_found(None)
        reply = self._transport.call("GET", "/sessions/{token}", token=token)
        if reply.status == 404:
            raise _session_not_found(reply.status)
        items = result_items(_expect_ok(reply, "reading a session").payload())
        if not items:
            raise _session_not_found(reply.status)
        return parse_session(items[0])

    # -- closing ------------------------------------------------------------------------------

    def close_session(self, token: str) -> CloseResult:
        """Closes a session and checks that it is closed; never assumes an unknown outcome.

        Already closed (by anyone, at any point) is a success with its own outcome.
        """
        before = self.session(token)
        if before.active is False:
            return CloseResult(token, CloseOutcome.ALREADY_CLOSED, before)
        try:
            reply = self._transport.call("PATCH", "/sessions/close/{token}", token=token)
        except _OUTCOME_UNKNOWN as unknown:
            return self._settle_unknown_close(token, unknown)
        if reply.ok:
            return self._confirm_close(token)
        # A refusal may simply mean someone closed it in the meantime.
        after = self.session(token)
        if after.active is False:
            return CloseResult(token, CloseOutcome.ALREADY_CLOSED, after)
        raise RufusError(
            f"RUFUS refused to close the session (HTTP {reply.status}); it is still open. "
            "Refresh the list and try again.",
            status=reply.status,
        )

    def _confirm_close(self, token: str) -> CloseResult:
        try:
            after = self.session(token)
        except RufusError as error:
            # RUFUS said "closed" with a 2xx; its word stands when the check cannot be made.
            log.warning("close accepted, read-back failed: %s", type(error).__name__)
            return CloseResult(token, CloseOutcome.CLOSED, None)
        if after.active:
            raise CloseNotConfirmed(
                "RUFUS accepted the close but still reports the session as open. Refresh the "
                "list, then try again."
            )
        return CloseResult(token, CloseOutcome.CLOSED, after)

    def _settle_unknown_close(self, token: str, unknown: RufusError) -> CloseResult:
        try:
            after = self.session(token)
        except RufusError:
            raise CloseNotConfirmed(
                f"The close request got no clear answer ({unknown}) and the session could not "
                "be checked afterwards. It may already be closed: refresh the list before "
                "trying again."
            ) from None
        if after.active is False:
            return CloseResult(token, CloseOutcome.CLOSED, after)
        raise type(unknown)(
            f"The session was not closed: {unknown} The session is still open; you can try again.",
            status=unknown.status,
        )

    # -- internals ----------------------------------------------------------------------------

    def _pool(self) -> ThreadPoolExecutor:
        with self._executor_lock:
            if self._executor is None:
                # Long-lived so that its threads keep their kept-alive connections between lists.
                self._executor = ThreadPoolExecutor(
                    max_workers=self._max_workers, thread_name_prefix="rufus"
                )
            return self._executor

    def _open_sessions_or_error(self, device: Device) -> DeviceSessions:
        try:
            return self.open_sessions_of(device)
        except RufusError as error:
            return DeviceSessions(device, error=error)


def _expect_ok(reply: Reply, doing: str) -> Reply:
    if reply.ok:
        return reply
    raise RufusError(
        f"RUFUS rejected the request while {doing} (HTTP {reply.status}). Try again; if it "
        "keeps happening, update Rufus Console.",
        status=reply.status,
    )


def _session_not_found(status: int | None) -> SessionNotFound:
    return SessionNotFound(
        "RUFUS has no session with this token for this account. It may belong to another "
        "account, or its device was unbound: refresh the list.",
        status=status,
    )
