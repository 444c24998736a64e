"""The simulated RUFUS cloud over HTTP on 127.0.0.1, with latency and injected faults."""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from app.demo.api import Answer, ApiOptions, DemoApi, Generation, TimeStyle, to_milliseconds
from app.demo.faults import Fault, FaultKind, FaultPlan, bent
from app.demo.live import LivePassings
from app.demo.seed import DEFAULT_DEVICES, add_demo_keys, seed_race
from app.demo.state import AccessType, CloudState

log = logging.getLogger(__name__)

BASE_PATH = "/v0"

_HTML_PAGE = b"""<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>
<body><h1>Bad Gateway</h1><p>The upstream server is not answering.</p></body></html>"""
# The shape of the G1 documentation's own examples: unquoted keys, missing commas.
_MALFORMED_JSON = b'{ description: "Success" result: [ { token_session: "2A19" } ] }'


@dataclass(frozen=True)
class RecordedRequest:
    """What the cloud saw, for tests to assert on; the key is recorded by its access type only."""

    method: str
    path: str
    access: AccessType | None
    #: The query as sent ("first=701&page=1&limit=5000"): which range was asked for.
    query: str = ""


class DemoCloud:
    """A running simulated cloud: `with DemoCloud() as cloud: cloud.url, cloud.keys`."""

    def __init__(
        self,
        state: CloudState | None = None,
        *,
        generation: Generation = Generation.G2,
        page_limit: int = 5000,
        unknown_key_status: int = 401,
        closed_close_status: int = 404,
        passings_page_limit: int = 5000,
        no_passings_status: int = 200,
        latency_ms: float = 0,
        devices: int = DEFAULT_DEVICES,
        port: int = 0,
        live: bool = False,
        clock_offset_s: float = 0.0,
        time_style: TimeStyle = TimeStyle.RUFUS,
    ) -> None:
        """`devices` seeds a new account; it is ignored when a `state` is given. `live` keeps
        passings arriving on the sessions that were timing when it started (`--demo`).

        `clock_offset_s` sets the cloud's clock that far from this computer's (its answers'
        `Date` header and the times it stamps); `time_style` is the RFC 3339 form its
        times are written in."""
        if state is None:
            state = CloudState()
            seed_race(state, devices=devices)
        self.state = state
        self.keys = add_demo_keys(state)
        self.api = DemoApi(
            state,
            ApiOptions(
                generation=generation,
                page_limit=page_limit,
                unknown_key_status=unknown_key_status,
                closed_close_status=closed_close_status,
                passings_page_limit=passings_page_limit,
                no_passings_status=no_passings_status,
                time_style=time_style,
            ),
            clock=lambda: to_milliseconds(datetime.now(UTC) + timedelta(seconds=clock_offset_s)),
        )
        self.clock_offset_s = clock_offset_s
        self._stopping = threading.Event()
        self.faults = FaultPlan()
        self.latency_ms = latency_ms
        self._requests: list[RecordedRequest] = []
        self._requests_lock = threading.Lock()
        #: Requests being handled, and requests whose effect is still to come (late faults).
        self._working = 0
        self._server = _Server(("127.0.0.1", port), _Handler, self)
        self._thread: threading.Thread | None = None
        self._live = LivePassings(state) if live else None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{BASE_PATH}"

    @property
    def read_write_key(self) -> str:
        return self.keys[AccessType.READ_WRITE]

    def start(self) -> DemoCloud:
        if self._live is not None:
            self._live.start()
        self._thread = threading.Thread(
            # A short poll keeps stop() quick; the loop costs nothing measurable.
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="demo-cloud",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # answers trickling out end
        if self._live is not None:
            self._live.stop()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> DemoCloud:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def inject(self, fault: Fault) -> None:
        self.faults.add(fault)

    def requests(self, method: str | None = None, path_prefix: str = "") -> list[RecordedRequest]:
        with self._requests_lock:
            return [
                r
                for r in self._requests
                if (method is None or r.method == method) and r.path.startswith(path_prefix)
            ]

    def _record(self, request: RecordedRequest) -> None:
        with self._requests_lock:
            self._requests.append(request)

    def busy(self) -> bool:
        """Whether a request is still being handled or has an effect still to come."""
        with self._requests_lock:
            return self._working > 0

    @contextlib.contextmanager
    def working(self) -> Iterator[None]:
        self._count_work(+1)
        try:
            yield
        finally:
            self._count_work(-1)

    def _count_work(self, change: int) -> None:
        with self._requests_lock:
            self._working += change


def _more_to_come(answer: Answer) -> Answer:
    """The answer to page 1, claiming that more pages follow."""
    payload = dict(answer.payload or {})
    pagination = payload.get("pagination")
    if isinstance(pagination, dict):
        payload["pagination"] = {**pagination, "has_more": True}
    return Answer(answer.status, payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # A slow answer or an idle keep-alive connection must not hold up stop().
    block_on_close = False

    def __init__(self, address: tuple[str, int], handler: type[_Handler], cloud: DemoCloud) -> None:
        self.cloud = cloud
        super().__init__(address, handler)

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (timeout, reset) is ordinary here, not worth a traceback.
        if isinstance(sys.exc_info()[1], ConnectionError):
            log.debug("demo cloud: client %s went away", client_address)
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in two writes; without this, Nagle's algorithm holds the
        # body back for the client's delayed ACK, adding ~40 ms to every kept-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def log_message(self, format: str, *args: object) -> None:
        log.debug("demo cloud: " + format, *args)

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The Date header, on the cloud's own clock."""
        moment = time.time() if timestamp is None else timestamp
        return formatdate(moment + self.server.cloud.clock_offset_s, usegmt=True)

    def _handle(self, method: str) -> None:
        with self.server.cloud.working():
            self._answer(method)

    def _answer(self, method: str) -> None:
        cloud = self.server.cloud
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        if not url.path.startswith(BASE_PATH + "/"):
            self._send(404, b'{"description": "Not found"}')
            return
        path = url.path[len(BASE_PATH) :]
        headers = {name.lower(): value for name, value in self.headers.items()}
        key = cloud.api.authenticate(headers)
        cloud._record(RecordedRequest(method, path, key.access if key else None, url.query))
        if cloud.latency_ms:
            time.sleep(cloud.latency_ms / 1000)

        fault = cloud.faults.take(method, path)
        query = dict(parse_qsl(url.query))
        fault = self._change_first(fault, path)
        if fault is not None and fault.kind is FaultKind.REPEAT_FIRST_PAGE:
            answer = cloud.api.answer(method, path, {**query, "page": "1"}, body, key)
            self._send(answer.status, cloud.api.envelope(_more_to_come(answer)))
            return
        if fault is not None and fault.effect_after_s is not None:
            self._apply_late(fault, lambda: cloud.api.answer(method, path, query, body, key))
            return
        # A GET changes nothing, so the real answer is always there to be bent or cut.
        applied = fault is not None and (fault.applied or method == "GET")
        if fault is not None and not applied:
            if fault.kind is FaultKind.SLOW:
                time.sleep(fault.delay_s)
            else:
                self._misbehave(fault, None)
                return
        answer = cloud.api.answer(method, path, query, body, key)
        if fault is not None and applied:
            if fault.kind is FaultKind.SLOW:
                time.sleep(fault.delay_s)
            else:
                self._misbehave(fault, answer)
                return
        self._send(answer.status, cloud.api.envelope(answer))

    def _change_first(self, fault: Fault | None, path: str) -> Fault | None:
        """Faults that change the account just before the request is carried out, which is
        then answered as usual (None); any other fault is handed back."""
        state = self.server.cloud.state
        if fault is None:
            return None
        match fault.kind:
            case FaultKind.DEVICE_REMOVED:
                devices = state.devices()
                if devices:
                    state.unbind_device(devices[0].deviceid)
                return None
            case FaultKind.PASSINGS_ARRIVE:
                token = unquote(path.rstrip("/").rsplit("/", 1)[-1])
                state.record_passings(token, [self.server.cloud.api.now()] * fault.passings)
                return None
            case _:
                return fault

    def _apply_late(self, fault: Fault, carry_out: Callable[[], Answer]) -> None:
        """Carries the request out `effect_after_s` later, on a timer, and misbehaves now."""
        api = self.server.cloud.api
        answered: list[Answer] = []
        done = threading.Event()

        cloud = self.server.cloud

        def apply() -> None:
            try:
                answered.append(carry_out())
            finally:
                cloud._count_work(-1)
                done.set()

        cloud._count_work(+1)  # busy until the effect has come
        timer = threading.Timer(fault.effect_after_s or 0.0, apply)
        timer.daemon = True
        timer.start()
        if fault.kind is not FaultKind.SLOW:
            self._misbehave(fault, None)
            return
        time.sleep(fault.delay_s)
        done.wait()
        self._send(answered[0].status, api.envelope(answered[0]))

    def _misbehave(self, fault: Fault, answer: Answer | None) -> None:
        api = self.server.cloud.api
        match fault.kind:
            case FaultKind.ERROR_STATUS:
                status = fault.status or 500
                self._send(status, api.envelope(Answer(status, {"description": "Error"})))
            case FaultKind.RATE_LIMITED:
                self._send(
                    429,
                    api.envelope(Answer(429, {"description": "Too many requests"})),
                    extra_headers={"Retry-After": f"{fault.retry_after:g}"},
                )
            case FaultKind.RESET:
                self._reset()
            case FaultKind.MALFORMED_JSON:
                self._send(200, _MALFORMED_JSON)
            case FaultKind.TRUNCATED_JSON:
                whole = api.envelope(
                    answer or Answer(200, {"description": "Success", "result": []})
                )
                self._send(200, whole[: len(whole) // 2])
            case FaultKind.HTML_PAGE:
                self._send(fault.status or 502, _HTML_PAGE, content_type="text/html")
            case FaultKind.WRONG_SHAPE:
                meant = answer or Answer(200, {"description": "Success", "result": []})
                self._send(200, api.envelope(bent(meant, fault.shape)))
            case FaultKind.EMPTY_OBJECT:
                self._send(200, b"{}")
            case FaultKind.TRICKLE:
                meant = answer or Answer(503, {"description": "Service unavailable"})
                self._trickle(meant.status, api.envelope(meant), fault.delay_s)
            case FaultKind.SLOW:  # handled by the caller
                raise AssertionError("SLOW is not a misbehaviour")
            case (
                FaultKind.REPEAT_FIRST_PAGE | FaultKind.DEVICE_REMOVED | FaultKind.PASSINGS_ARRIVE
            ):  # handled by the caller
                raise AssertionError(f"{fault.kind} is not a misbehaviour")

    def _send(
        self,
        status: int,
        body: bytes,
        *,
        content_type: str = "application/json",
        extra_headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra_headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self, status: int, body: bytes, every_s: float) -> None:
        """The whole answer, a byte at a time, until it is out, the client leaves or the
        cloud stops."""
        head = (
            f"HTTP/1.1 {status} {self.responses.get(status, ('',))[0]}\r\n"
            f"Date: {self.date_time_string()}\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode("latin-1")
        stopping = self.server.cloud._stopping
        self.close_connection = True
        whole = head + body
        for offset in range(len(whole)):
            try:
                self.wfile.write(whole[offset : offset + 1])
            except OSError:
                return  # the client gave up
            if stopping.wait(every_s):
                return

    def _reset(self) -> None:
        # SO_LINGER 0: close() sends RST, as a dropped mobile uplink or a crashing proxy does.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()
