"""HTTP to RUFUS: one keep-alive requests transport adapter per thread, timeouts, retries,
error mapping.

Only this module imports `requests`. It turns every way a request can fail into a
`RufusError` and leaves the meaning of a 404 (or another 4xx) to the caller, because that
meaning depends on the endpoint: "no open session" for one, "unknown token" for another.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NewConnectionError

from app import __version__
from app.display import short_token, visible
from app.rufus.courtesy import NOBODY
from app.rufus.deadlines import Watch, Watchdog
from app.rufus.endpoint import (
    DEFAULT_TIMEOUTS,
    Timeouts,
    checked_api_key,
    checked_base_url,
    is_addressable,
)
from app.rufus.errors import (
    ConfigurationError,
    DeadlineExceeded,
    NetworkError,
    RateLimited,
    Redirected,
    RequestTimeout,
    RufusError,
    ServerError,
    ShuttingDown,
    access_denied,
)
from app.rufus.parsing import JsonObject, payload_of, unreadable
from app.rufus.request_log import RecentRequests, recent_requests
from app.rufus.server_clock import ServerClock

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Reply:
    """A 2xx or a 4xx the caller must interpret (never 401/403/429/3xx/5xx: those raise)."""

    status: int
    text: str

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def payload(self) -> JsonObject:
        try:
            document = json.loads(self.text)
        except ValueError:
            raise unreadable("not JSON") from None
        return payload_of(document)


class Transport:
    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        retries: int = 2,
        backoff: float = 0.5,
        max_retry_wait: float = 10.0,
        requests_seen: RecentRequests | None = None,
    ) -> None:
        self.base_url = checked_base_url(base_url)
        self._host = urlsplit(self.base_url).netloc
        self._api_key = checked_api_key(api_key)
        self._timeouts = timeouts
        #: Whose turn it is on the interpreter's lock (see app.rufus.courtesy).
        self.courtesy = NOBODY
        self._retries = retries
        self._backoff = backoff
        self._max_retry_wait = max_retry_wait
        self._adapters: dict[int, _AbortableAdapter] = {}
        self._headers = {
            "api_key": self._api_key,
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": f"RufusConsole/{__version__}",
        }
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._watchdog = Watchdog()
        #: RUFUS's clock, from the Date header of every answer.
        self.clock = ServerClock()
        #: Every attempt, for a diagnostics file (the process's ring unless a test gives one).
        self.requests = requests_seen or recent_requests
        # Proxies and a CA bundle from the environment, read once for the one host: requests
        # would otherwise scan the environment on every request (a quarter of its own cost).
        environment = requests.Session().merge_environment_settings(
            self.base_url, {}, None, True, None
        )
        self._proxies: dict[str, str] = dict(environment["proxies"])
        # Always verified: True, or a CA bundle's path from REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE.
        self._verify: bool | str = environment["verify"] or True

    def __repr__(self) -> str:
        return f"Transport({self.base_url!r})"

    # -- the one public operation -------------------------------------------------------

    def call(
        self,
        method: str,
        route: str,
        *,
        read: Callable[[Reply], T],
        params: Mapping[str, Any] | None = None,
        deadline: float | None = None,
        **segments: str,
    ) -> T:
        """Sends one request and returns what `read` makes of the reply.

        `route` is a template such as "/sessions/{token}"; segments are URL-encoded. `read`
        runs inside the retry loop, so an answer it cannot understand (BadResponse) is
        retried like a 503 for a GET. Writes are never sent twice. Logs name the route,
        never the filled-in path: tokens are credentials of a kind.

        Each attempt ends within `deadline` seconds (default: the timeouts' `total`), answer
        or not: DeadlineExceeded names the request with its identifiers shortened.
        """
        path = route.format(**{name: _segment(value) for name, value in segments.items()})
        writing = method != "GET"
        attempt = 0
        limit = self._timeouts.total if deadline is None else deadline
        while True:
            self.courtesy.checkpoint()
            started = time.monotonic()
            try:
                try:
                    raw = self._send(
                        method, path, params, limit, lambda: _named(method, route, segments)
                    )
                except RufusError as error:
                    self.requests.add(
                        method, route, segments, started, failure=type(error).__name__
                    )
                    raise
                self.requests.add(method, route, segments, started, status=raw.status)
                elapsed_ms = (time.monotonic() - started) * 1000
                log.debug("%s %s → %d in %.0f ms", method, route, raw.status, elapsed_ms)
                self.courtesy.checkpoint()
                return read(self._judged(raw, writing=writing))
            except RufusError as error:
                if writing or not _worth_retrying(error) or attempt >= self._retries:
                    log.info("%s %s failed: %s", method, route, type(error).__name__)
                    raise
                self._wait_before_retry(attempt, getattr(error, "retry_after", None))
                attempt += 1

    def close(self) -> None:
        """Stops retry waits, cuts requests waiting for an answer, drops kept-alive connections.

        Quitting must not wait out a read timeout: a request in flight ends at once with
        ShuttingDown, in whichever thread it runs.
        """
        self._stopping.set()
        self._watchdog.cut_all()
        self._watchdog.close()
        with self._lock:
            adapters, self._adapters = list(self._adapters.values()), {}
        for adapter in adapters:
            adapter.close()

    # -- internals ------------------------------------------------------------------------

    def _adapter(self) -> _AbortableAdapter:
        # Adapters keep connections alive and are not shared between threads: one each. Keyed
        # by the thread's identity, not threading.local: a Qt worker thread gets a fresh
        # Python thread state (and fresh thread-locals) for every job it runs, which made a
        # new adapter, and a new connection, per listing.
        thread = threading.get_ident()
        with self._lock:
            adapter = self._adapters.get(thread)
            if adapter is None:
                # One request at a time per thread: one kept-alive connection is all it needs.
                adapter = _AbortableAdapter(self._watchdog, pool_connections=1, pool_maxsize=1)
                self._adapters[thread] = adapter
        return adapter

    def _send(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        seconds: float,
        named: Callable[[], str],
    ) -> _RawReply:
        if self._stopping.is_set():
            raise ShuttingDown(
                "The console is shutting down; the request was not sent.", maybe_applied=False
            )
        try:
            watch = self._watchdog.start(seconds)
        except RuntimeError:  # the watchdog is closed: close() came first
            raise ShuttingDown(
                "The console is shutting down; the request was not sent.", maybe_applied=False
            ) from None
        try:
            return self._exchange(method, path, params, watch)
        except requests.exceptions.RequestException as error:
            if watch.overdue and not self._stopping.is_set():
                raise _overdue(named(), seconds) from None
            raise self._failure(error) from None
        except _Overdue:
            raise _overdue(named(), seconds) from None
        finally:
            self._watchdog.end(watch)

    def _exchange(
        self, method: str, path: str, params: Mapping[str, Any] | None, watch: Watch
    ) -> _RawReply:
        # Straight to requests' transport adapter: a Session would merge cookies, hooks
        # and settings this client never uses, on every one of thousands of requests.
        request = requests.PreparedRequest()
        request.prepare(
            method=method, url=self.base_url + path, headers=self._headers, params=params
        )
        response = self._adapter().send(
            request,
            stream=True,
            timeout=(self._timeouts.connect, self._timeouts.read),
            verify=self._verify,
            proxies=self._proxies,
        )
        try:
            chunks = []
            for chunk in response.iter_content(_CHUNK):
                if watch.passed():  # the watchdog cuts a stalled read; this, a slow one
                    raise _Overdue
                chunks.append(chunk)
            if watch.overdue:
                raise _Overdue
            self.clock.sample(response.headers.get("Date"))
            return _RawReply.of(response, b"".join(chunks))
        finally:
            response.close()

    def _failure(self, error: requests.exceptions.RequestException) -> RufusError:
        if self._stopping.is_set():  # close() cut the connection: not a network problem
            return ShuttingDown("The console is shutting down; the request was abandoned.")
        if isinstance(error, requests.exceptions.SSLError):
            return NetworkError(
                f"The secure connection to {self._host} could not be verified. If this network "
                "has a login page (venue or hotel Wi-Fi), sign in with a browser first.",
                # The handshake comes before the request: nothing reached RUFUS.
                maybe_applied=False,
            )
        if _never_connected(error):
            return NetworkError(
                f"Could not connect to RUFUS at {self._host}; nothing was sent. Check the "
                "internet connection and try again.",
                maybe_applied=False,
            )
        if isinstance(error, requests.exceptions.Timeout):
            return RequestTimeout(
                f"RUFUS ({self._host}) did not answer within {self._timeouts.read:g} s. Check the "
                "internet connection and try again."
            )
        if isinstance(
            error, requests.exceptions.ConnectionError | requests.exceptions.ChunkedEncodingError
        ):
            return NetworkError(
                f"Could not reach RUFUS at {self._host}: the connection failed or was cut. "
                "Check the internet connection and try again."
            )
        return NetworkError(f"The request to RUFUS failed ({type(error).__name__}). Try again.")

    def _wait_before_retry(self, attempt: int, retry_after: float | None) -> None:
        delay = retry_after if retry_after is not None else self._backoff * (2**attempt)
        if self._stopping.wait(min(delay, self._max_retry_wait)):
            raise ShuttingDown("The console is shutting down; the request was abandoned.")

    def _judged(self, raw: _RawReply, *, writing: bool) -> Reply:
        status = raw.status
        if status in (401, 403):
            raise access_denied(status, writing=writing)
        if status == 429:
            limited = RateLimited(
                "RUFUS is limiting requests from this key right now (HTTP 429). Wait a minute "
                "and try again.",
                status=status,
            )
            limited.retry_after = raw.retry_after
            raise limited
        if status >= 500:
            raise ServerError(
                f"RUFUS had a problem answering (HTTP {status}). Wait a moment and try again; if "
                "it keeps happening, RUFUS may be down — contact RUFUS support.",
                status=status,
                # Gateways in trouble pass; RUFUS's own 500 tends to repeat.
                transient=status in _PASSING_GATEWAY_TROUBLE,
            )
        if 300 <= status < 400:
            raise Redirected(
                f"RUFUS redirected the request elsewhere (HTTP {status}). Check the server "
                "address; a venue Wi-Fi login page can cause this too.",
                status=status,
            )
        if raw.is_html and 200 <= status < 300:
            raise unreadable("a web page, not RUFUS data — a Wi-Fi login page?")
        return Reply(status=status, text=raw.text)


#: 5xx statuses from gateways and load balancers that usually pass within seconds.
_PASSING_GATEWAY_TROUBLE = frozenset({502, 503, 504})


def _worth_retrying(error: RufusError) -> bool:
    # A timeout has already cost the official the whole read timeout; repeating it would
    # triple the wait, so it is reported at once even though it may pass.
    return error.transient and not isinstance(error, RequestTimeout)


def _never_connected(error: requests.exceptions.RequestException) -> bool:
    """Whether the connection itself failed, so that no byte of the request left."""
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return True
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return isinstance(reason, NewConnectionError)


class _AbortableAdapter(HTTPAdapter):
    """An adapter whose connections are registered as they open."""

    def __init__(self, registry: Watchdog, **options: Any) -> None:
        self._registry = registry  # before super(): it builds the pool manager
        super().__init__(**options)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _tracked(HTTPConnectionPool, self._registry),
            "https": _tracked(HTTPSConnectionPool, self._registry),
        }


def _tracked(pool: type[HTTPConnectionPool], registry: Watchdog) -> type[HTTPConnectionPool]:
    class TrackedPool(pool):  # type: ignore[misc,valid-type]
        def _new_conn(self) -> Any:
            connection = super()._new_conn()
            registry.register(connection)
            return connection

    return TrackedPool


@dataclass(frozen=True)
class _RawReply:
    status: int
    text: str
    is_html: bool
    retry_after: float | None

    @classmethod
    def of(cls, response: requests.Response, content: bytes) -> _RawReply:
        content_type = response.headers.get("Content-Type", "")
        return cls(
            status=response.status_code,
            # JSON is UTF-8 (RFC 8259). requests' `.text` would guess the encoding of every
            # answer without a charset with charset_normalizer: a third of a request's cost.
            text=content.decode("utf-8", errors="replace"),
            is_html="html" in content_type.lower(),
            retry_after=_seconds(response.headers.get("Retry-After")),
        )


#: How much of an answer is read at a time; the deadline is checked between reads.
_CHUNK = 1 << 16


class _Overdue(Exception):
    """The answer came too slowly for its deadline."""


def _overdue(request: str, seconds: float) -> DeadlineExceeded:
    return DeadlineExceeded(
        f"RUFUS did not finish answering {request} within {seconds:g} s, so the console "
        "stopped waiting. Check the internet connection and try again.",
        request=request,
        seconds=seconds,
    )


def _named(method: str, route: str, segments: Mapping[str, str]) -> str:
    """The request as an official may read it: "GET /sessions/2A1929…2B25"."""
    shown = {name: visible(short_token(value)) for name, value in segments.items()}
    return f"{method} {route.format(**shown)}"


def _segment(value: str) -> str:
    if not is_addressable(value):
        raise ConfigurationError("An empty or dot-only identifier cannot be sent to RUFUS.")
    return quote(value, safe="")


def _seconds(value: str | None) -> float | None:
    """Retry-After in its delay-seconds form; the HTTP-date form is rare enough to ignore."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return max(seconds, 0.0)
