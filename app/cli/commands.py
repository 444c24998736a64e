"""The command line's commands: the same RUFUS client as the window, no window."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import itertools
import os
import signal
import sys
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import TextIO

from app.cli import render
from app.cli.tail import Stopped, print_tail
from app.demo import DemoCloud, Generation
from app.demo.seed import DEMO_DEVICES
from app.demo.state import AccessType
from app.display import short_token, visible
from app.keystore import (
    ENVIRONMENT_VARIABLE,
    KeyProblem,
    KeyState,
    forget_key,
    load_key,
    store_key,
)
from app.logsetup import redactor
from app.records.close_record import CloseRecord, Outcome
from app.records.history import CloseHistory, HistoryError
from app.records.history_csv import write_history_csv
from app.records.passings_errors import PassingsIncomplete
from app.records.passings_export import save_passings
from app.rufus import Device, KeyRights, OpenSession, Passing, RufusClient
from app.rufus.endpoint import DEFAULT_TIMEOUTS, checked_base_url
from app.rufus.errors import READ_WRITE_ADVICE, BadResponse, NotFound, RufusError, WriteOnlyKey
from app.sessions.activity import Activity, activity
from app.sessions.closing import RECHECK_SCHEDULE, CloseService, close_context
from app.sessions.names import shared_names
from app.sessions.outcomes import Tally

EXIT_OK = 0
EXIT_FAILED = 1
#: The listing printed is missing devices, or an answer could not be read.
EXIT_INCOMPLETE = 3
#: A close request went out and RUFUS never said how it ended (see the README).
EXIT_OUTCOME_UNKNOWN = 4

#: How patient to be with RUFUS: each request ends within `TIMEOUTS.total` seconds.
TIMEOUTS = DEFAULT_TIMEOUTS


class CliError(Exception):
    """A one-line reason for stderr, and the exit code that goes with it."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class Terminal:
    """Where a command reads and writes; tests and the demo pass their own."""

    def __init__(
        self,
        out: TextIO | None = None,
        err: TextIO | None = None,
        stdin: TextIO | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        # Looked up now, not at import: the streams may have been replaced since.
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.stdin = stdin or sys.stdin
        self.environ = os.environ if environ is None else environ

    def interactive(self) -> bool:
        return self.stdin.isatty()


@dataclass(frozen=True)
class Connected:
    client: RufusClient
    #: Which key, as the close history names it: "environment", "keyring" or "demo".
    key_source: str


@contextlib.contextmanager
def connected(args: argparse.Namespace, terminal: Terminal) -> Iterator[Connected]:
    """A client for the chosen cloud: the in-process simulation with --demo, else the real one."""
    if args.demo:
        cloud = DemoCloud(devices=DEMO_DEVICES, live=True)
        with cloud, RufusClient(cloud.read_write_key, cloud.url, timeouts=TIMEOUTS) as client:
            terminal.err.write(f"DEMO — simulated RUFUS cloud at {cloud.url}\n")
            yield Connected(client, "demo")
        return
    base_url = checked_base_url(args.base_url)  # a bad address is the first thing to fix
    lookup = load_key(terminal.environ)
    if lookup.problem is KeyProblem.UNUSABLE_KEY:
        raise CliError(lookup.detail)
    if not lookup.usable or lookup.key is None:
        raise CliError(
            f"No API key. {lookup.explanation} Set {ENVIRONMENT_VARIABLE}, or run "
            "`rufus-console key set` to store a READ_WRITE key."
        )
    redactor.add(lookup.key)
    source = "environment" if lookup.state is KeyState.FROM_ENVIRONMENT else "keyring"
    with RufusClient(lookup.key, base_url, timeouts=TIMEOUTS) as client:
        yield Connected(client, source)


def sessions(args: argparse.Namespace, terminal: Terminal) -> int:
    with connected(args, terminal) as rufus:
        try:
            listing = rufus.client.open_sessions()  # a one-shot listing asks every device
        except BadResponse as unreadable:
            raise CliError(f"the list is INCOMPLETE: {unreadable}", EXIT_INCOMPLETE) from None
        now = rufus.client.server_now()
        _say_clock(rufus.client, terminal)
    wanted = Activity.LIVE if args.live else Activity.STALE if args.stale else None
    entries = [
        entry
        for entry in listing.sessions
        if wanted is None or activity(entry.session, now) is wanted
    ]
    if args.json:
        terminal.out.write(render.json_text(render.as_json_objects(entries, now)) + "\n")
    else:
        terminal.out.write(render.session_table(listing, entries, now) + "\n")
    for line in render.shared_token_warnings(entries):
        terminal.err.write(f"rufus-console: {line}\n")
    for line in render.failures_text(listing):
        terminal.err.write(f"rufus-console: {line}\n")
    if not listing.complete:
        terminal.err.write("rufus-console: the list above is INCOMPLETE\n")
        return EXIT_INCOMPLETE
    return EXIT_OK


def _say_clock(client: RufusClient, terminal: Terminal) -> None:
    note = render.clock_note(client.clock_offset())
    if note is not None:
        terminal.err.write(f"rufus-console: {note}\n")


def close(args: argparse.Namespace, terminal: Terminal) -> int:
    tokens = list(dict.fromkeys(token.strip() for token in args.tokens))
    if not all(tokens):
        raise CliError("a session token is empty")
    with connected(args, terminal) as rufus:
        client = rufus.client
        service = CloseService(CloseHistory(), schedule=RECHECK_SCHEDULE)
        _check_history(service.history)
        _settle_earlier_closes(service, client, terminal)
        entries, done = _targets(client, tokens)
        now = client.server_now()
        _say_clock(client, terminal)
        twins = shared_names(entry.device.alias for entry in entries)
        for already in done:
            terminal.out.write(render.outcome_line(already, now, twins) + "\n")
        if not entries:
            return EXIT_OK
        if client.key_rights() is KeyRights.READ_ONLY:
            raise CliError(
                "this key can list sessions but not close them (it is READ-only): nothing was "
                f"closed. {READ_WRITE_ADVICE} Then run `rufus-console key set`."
            )
        for line in render.shared_token_warnings(entries):
            terminal.err.write(f"rufus-console: {line}\n")
        if not args.yes:
            _confirm(entries, now, terminal)
        context = close_context(client.base_url, rufus.key_source)
        progress = _Progress(terminal)
        try:
            records = service.close_all(
                client,
                context,
                service.accept(entries),
                progress,
                save_passings_to=args.save_passings,
            )
        except KeyboardInterrupt:
            progress.clear()
            raise _interrupted(progress.current) from None
        progress.clear()
    for record in records:
        stream = terminal.out if record.outcome and record.outcome.closed else terminal.err
        prefix = "" if stream is terminal.out else "rufus-console: "
        stream.write(prefix + render.outcome_line(record, now, twins) + "\n")
    return _worst(records)


def _check_history(history: CloseHistory) -> None:
    """Every close is recorded before it is sent: a history that cannot be written (a
    read-only folder, a full disk) stops everything before anything is asked."""
    try:
        history.check_writable()
    except HistoryError as error:
        raise CliError(
            f"nothing was closed: the close history at {visible(str(history.path))} cannot be "
            f"written ({error.reason}), and every close is recorded before it is sent. Make "
            "its folder writable (or free some disk space), then try again."
        ) from None


def _settle_earlier_closes(service: CloseService, client: RufusClient, terminal: Terminal) -> None:
    """Closes an earlier run left without an outcome (a crash, a cut connection) are read
    back first, and their records completed, as the window does at its first listing. One
    another window or command is still running is left alone, and said so."""
    try:
        unfinished = service.history.unfinished(client.base_url)
    except HistoryError as error:
        terminal.err.write(f"rufus-console: the close history could not be read: {error}\n")
        return
    now = client.server_now()
    found = service.settle_all(client, unfinished)
    for record in found.elsewhere:
        terminal.err.write("rufus-console: " + render.elsewhere_line(record, now) + "\n")
    for record in found.settled:
        terminal.err.write("rufus-console: " + render.settled_line(record, now) + "\n")


def _targets(client: RufusClient, tokens: list[str]) -> tuple[list[OpenSession], list[CloseRecord]]:
    """The open sessions the tokens name, found in the account's listing so that the question
    can name each one's device; tokens of closed sessions come back as already closed."""
    try:
        listing = client.open_sessions()
    except WriteOnlyKey:
        raise CliError(
            "RUFUS refused to read the sessions before closing (HTTP 403): this key cannot "
            f"read, so nothing was closed. {READ_WRITE_ADVICE}"
        ) from None
    except BadResponse as unreadable:
        raise CliError(f"nothing was closed: {unreadable}", EXIT_INCOMPLETE) from None
    open_by_token = {entry.token: entry for entry in listing.sessions}
    entries, done = [], []
    for token in tokens:
        if token in open_by_token:
            entries.append(open_by_token[token])
            continue
        session = client.session(token)  # SessionNotFound says what to do
        if session.active is not False:
            raise CliError(
                f"the session {visible(short_token(token))} is open but was not "
                "in the account's list (its device could not be read): run "
                "`rufus-console sessions`, then try again."
            )
        entry = OpenSession(session, _unknown_device())
        done.append(_already_closed(entry))
    return entries, done


def _unknown_device() -> Device:
    return Device("", alias="(its device is not listed)")


def _already_closed(entry: OpenSession) -> CloseRecord:
    context = close_context("", "")
    return CloseRecord(entry, context, datetime.now(UTC), outcome=Outcome.ALREADY_CLOSED)


def _confirm(entries: list[OpenSession], now: datetime, terminal: Terminal) -> None:
    if not terminal.interactive():
        raise CliError("not closing: no terminal to confirm on. Add --yes to close without asking.")
    count = len(entries)
    heading = "Close this session?" if count == 1 else f"Close these {count} sessions?"
    blocks = "\n\n".join(render.describe_for_confirmation(entry, now) for entry in entries)
    # Many at once take typing the number: "yes" can be typed without reading the list.
    expected = "yes" if count < BULK_CONFIRMATION else str(count)
    terminal.out.write(
        f"{heading}\n{blocks}\n\n"
        "Closing cannot be undone: a device will not be able to send more passings into a "
        "closed session.\n"
        f"Type '{expected}' to close {'it' if count == 1 else 'them'}: "
    )
    terminal.out.flush()
    answer = terminal.stdin.readline()
    if answer.rstrip("\r\n") != expected:
        raise CliError("not closed: cancelled")


#: From this many sessions on, the confirmation asks for their number instead of "yes".
BULK_CONFIRMATION = 5


class _ProgressLine:
    """One self-replacing line on stderr, only on a terminal; cleared before anything else is
    written there."""

    def __init__(self, terminal: Terminal) -> None:
        self._terminal = terminal
        self._shown = False

    def show(self, line: str) -> None:
        if not self._terminal.err.isatty():
            return
        self._terminal.err.write("\r\x1b[2K" + line)
        self._terminal.err.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self._terminal.err.write("\r\x1b[2K")
            self._terminal.err.flush()
            self._shown = False


class _Progress(_ProgressLine):
    """Where the close is."""

    def __init__(self, terminal: Terminal) -> None:
        super().__init__(terminal)
        self.current: CloseRecord | None = None

    def __call__(self, record: CloseRecord) -> None:
        self.current = record
        line = render.progress_line(record)
        if line is not None:
            self.show(line)


def _interrupted(record: CloseRecord | None) -> CliError:
    if record is None or record.outcome is not None or record.record_id is None:
        return CliError("interrupted; nothing was closed", 130)
    name = render.describe(record.entry, datetime.now(UTC))
    return CliError(
        f"interrupted while closing {name}: the close request may have reached RUFUS, so the "
        "session may be closed. Check with `rufus-console sessions` (or the window, which "
        "reads it back at its next start) before closing it again.",
        130,
    )


def _worst(records: list[CloseRecord]) -> int:
    """The exit code: counted as the window counts a batch (app.sessions.outcomes)."""
    tally = Tally.of(records)
    if tally.unknown:
        return EXIT_OUTCOME_UNKNOWN
    if tally.failed or tally.stopped:
        return EXIT_FAILED
    return EXIT_OK


def passings(args: argparse.Namespace, terminal: Terminal) -> int:
    token = args.token.strip()
    if not token:
        raise CliError("the session token is empty")
    with connected(args, terminal) as rufus:
        client = rufus.client
        session = client.session(token)  # its count is what the file is checked against
        pages = client.passing_pages(token)
        first = next(pages, None)  # its device is only named by the passings
        entry = OpenSession(session, _device_of(client, first))
        progress = _PassingsProgress(terminal, session.passings)
        try:
            saved = save_passings(
                itertools.chain([first] if first else [], pages),
                entry,
                path=args.csv,
                progress=progress,
            )
        except PassingsIncomplete as incomplete:
            raise CliError(
                f"{incomplete} What was read is in {visible(str(incomplete.partial_path))}",
                EXIT_INCOMPLETE,
            ) from None
        finally:
            progress.clear()
    terminal.out.write(f"{saved.count} passings saved to {visible(str(saved.path))}\n")
    return EXIT_OK


def _device_of(client: RufusClient, page: list[Passing] | None) -> Device:
    """The device that timed a session, for the file's name; RUFUS names it in each passing."""
    deviceid = page[0].deviceid if page else None
    if not deviceid:
        return Device("")
    try:
        return client.device(deviceid)
    except NotFound:  # unbound since: its id still tells it apart
        return Device(deviceid)


class _PassingsProgress(_ProgressLine):
    """How many passings are saved so far."""

    def __init__(self, terminal: Terminal, expected: int | None) -> None:
        super().__init__(terminal)
        self._of = "" if expected is None else f" of {expected}"

    def __call__(self, count: int) -> None:
        self.show(f"Saving passings… {count}{self._of}")


def tail(args: argparse.Namespace, terminal: Terminal) -> int:
    token = args.token.strip()
    if not token:
        raise CliError("the session token is empty")
    with connected(args, terminal) as rufus:
        try:
            print_tail(
                rufus.client,
                token,
                terminal.out,
                terminal.err,
                lines=args.lines,
                follow=args.follow,
                every_s=args.every,
            )
        except Stopped as stopped:
            # Ctrl+C is how --follow ends; the exit code is still an interruption's.
            raise CliError(
                f"stopped following; {stopped.printed} new passings were printed", 130
            ) from None
    return EXIT_OK


def history(args: argparse.Namespace, terminal: Terminal) -> int:
    # From the start of that day where the official is, however the history stores times.
    since = datetime.combine(args.since, time.min).astimezone() if args.since else None
    try:
        rows = CloseHistory().rows(since=since)
    except HistoryError as error:
        raise CliError(f"the close history could not be read: {error}") from None
    if args.csv is not None:
        try:
            count = write_history_csv(rows, args.csv)
        except OSError as error:
            raise CliError(
                f"the close history could not be written to {visible(str(args.csv))}: "
                f"{error.strerror or error}"
            ) from None
        noun = "close attempt" if count == 1 else "close attempts"
        terminal.out.write(f"{count} {noun} written to {visible(str(args.csv))}\n")
        return EXIT_OK
    terminal.out.write(render.history_table(rows, since) + "\n")
    return EXIT_OK


def key(args: argparse.Namespace, terminal: Terminal) -> int:
    if args.action == "status":
        lookup = load_key(terminal.environ)
        terminal.out.write(lookup.explanation + "\n")
        return EXIT_OK if lookup.usable else EXIT_FAILED
    if args.action == "forget":
        lookup = forget_key()
        terminal.out.write(lookup.explanation + "\n")
        return EXIT_OK if lookup.state is KeyState.NOT_STORED else EXIT_FAILED
    new_key = _read_secret("RUFUS API key (READ_WRITE; input hidden): ", terminal)
    redactor.add(new_key)
    with RufusClient(new_key, checked_base_url(args.base_url), timeouts=TIMEOUTS) as client:
        client.devices()  # refused keys stop here, before anything is stored
        rights = client.key_rights()
    lookup = store_key(new_key)
    if lookup.state is not KeyState.STORED:
        raise CliError(f"the key works but was not stored: {lookup.explanation}")
    terminal.out.write("The key works and is stored in the system keyring.\n")
    terminal.out.write(_rights_line(rights) + "\n")
    return EXIT_OK


def _rights_line(rights: KeyRights) -> str:
    match rights:
        case KeyRights.CAN_CLOSE:
            return "It can list and close sessions."
        case KeyRights.READ_ONLY:
            return (
                "Note: this key is READ-only: it can list sessions but not close them. "
                + READ_WRITE_ADVICE
            )
        case KeyRights.UNKNOWN:
            return (
                "RUFUS did not say whether this key may close sessions; a close will tell. "
                "The console needs a READ_WRITE key."
            )


def _read_secret(prompt: str, terminal: Terminal) -> str:
    # Never from the command line (shell history, process list): a prompt, or a pipe.
    if terminal.interactive():
        return getpass.getpass(prompt, stream=terminal.err)
    return terminal.stdin.readline().strip()


def demo_server(args: argparse.Namespace, terminal: Terminal) -> int:
    stop = threading.Event()
    devices = DEMO_DEVICES if args.devices is None else args.devices
    with DemoCloud(
        generation=Generation(args.generation),
        latency_ms=args.latency_ms,
        devices=devices,
        page_limit=args.page_limit,
        port=args.port,
        live=True,
    ) as cloud:
        # Before the banner: whoever reads it may send SIGTERM at once, and must get a clean stop.
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            open_count = len(cloud.state.open_sessions())
            terminal.out.write(
                f"Simulated RUFUS cloud at {cloud.url}\n"
                f"  {args.generation.upper()} answers, {devices} devices, {open_count} open "
                f"sessions, {args.latency_ms:g} ms latency\n"
                "Demo keys:\n"
            )
            for access in (AccessType.READ_WRITE, AccessType.READ, AccessType.WRITE):
                terminal.out.write(f"  {access.value:<10}  {cloud.keys[access]}\n")
            terminal.out.write(
                f"Try: {ENVIRONMENT_VARIABLE}={cloud.read_write_key} rufus-console "
                f"--base-url {cloud.url} sessions\n"
                "Press Ctrl+C to stop.\n"
            )
            terminal.out.flush()
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
    return EXIT_OK


def watch(args: argparse.Namespace, terminal: Terminal) -> int:
    from app.cli.watch import watch as watch_alerts  # noqa: PLC0415  (it uses `connected`)

    return watch_alerts(args, terminal)


def diagnostics(args: argparse.Namespace, terminal: Terminal) -> int:
    from app.cli.diagnostics import diagnostics as write  # noqa: PLC0415  (it uses `connected`)

    return write(args, terminal)


COMMANDS = {
    "sessions": sessions,
    "watch": watch,
    "diagnostics": diagnostics,
    "close": close,
    "passings": passings,
    "tail": tail,
    "history": history,
    "key": key,
    "demo-server": demo_server,
}


def run(args: argparse.Namespace, terminal: Terminal) -> int:
    """Runs one command; every failure becomes one line on stderr and an exit code."""
    try:
        return COMMANDS[args.command](args, terminal)
    except CliError as error:
        terminal.err.write(f"rufus-console: {error}\n")
        return error.exit_code
    except RufusError as error:
        terminal.err.write(f"rufus-console: {error}\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        terminal.err.write("rufus-console: interrupted\n")
        return 130
