"""The command line's commands: the same RUFUS client as the window, no window."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import TextIO

from app.cli import render
from app.demo import DemoCloud, Generation
from app.demo.seed import DEFAULT_DEVICES
from app.demo.state import AccessType
from app.keystore import ENVIRONMENT_VARIABLE, KeyState, forget_key, load_key, store_key
from app.logsetup import redactor
from app.rufus import CloseOutcome, RufusClient
from app.rufus.endpoint import checked_base_url
from app.rufus.errors import RufusError

EXIT_OK = 0
EXIT_FAILED = 1
#: The listing printed is missing devices that could not be read.
EXIT_INCOMPLETE = 3


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


@contextlib.contextmanager
def connected(args: argparse.Namespace, terminal: Terminal) -> Iterator[RufusClient]:
    """A client for the chosen cloud: the in-process simulation with --demo, else the real one."""
    if args.demo:
        with DemoCloud() as cloud, RufusClient(cloud.read_write_key, cloud.url) as client:
            terminal.err.write(f"DEMO — simulated RUFUS cloud at {cloud.url}\n")
            yield client
        return
    base_url = checked_base_url(args.base_url)  # a bad address is the first thing to fix
    lookup = load_key(terminal.environ)
    if not lookup.usable or lookup.key is None:
        raise CliError(
            f"No API key. {lookup.explanation} Set {ENVIRONMENT_VARIABLE}, or run "
            "`rufus-console key set` to store a READ_WRITE key."
        )
    redactor.add(lookup.key)
    with RufusClient(lookup.key, base_url) as client:
        yield client


def sessions(args: argparse.Namespace, terminal: Terminal) -> int:
    with connected(args, terminal) as client:
        listing = client.open_sessions()
    if args.json:
        json.dump(render.as_json_objects(listing), terminal.out, indent=2, ensure_ascii=False)
        terminal.out.write("\n")
    else:
        terminal.out.write(render.session_table(listing, datetime.now(UTC)) + "\n")
    for line in render.failures_text(listing):
        terminal.err.write(f"rufus-console: {line}\n")
    if not listing.complete:
        terminal.err.write("rufus-console: the list above is INCOMPLETE\n")
        return EXIT_INCOMPLETE
    return EXIT_OK


def close(args: argparse.Namespace, terminal: Terminal) -> int:
    token = args.token.strip()
    if not token:
        raise CliError("the session token is empty")
    with connected(args, terminal) as client:
        session = client.session(token)  # to name the target in the question
        now = datetime.now(UTC)
        if session.active is not False and not args.yes:
            _confirm(render.describe(session, now), terminal)
        # close_session reads the session again: the answer may have taken minutes.
        result = client.close_session(token)
    if result.outcome is CloseOutcome.ALREADY_CLOSED:
        terminal.out.write(f"Already closed: {render.describe(session, now)}\n")
    elif result.session is None:
        terminal.out.write(
            f"Closed: {render.describe(session, now)} — RUFUS accepted the close; "
            "the check afterwards could not be made.\n"
        )
    else:
        terminal.out.write(f"Closed: {render.describe(result.session, now)}\n")
    return EXIT_OK


def _confirm(target: str, terminal: Terminal) -> None:
    if not terminal.interactive():
        raise CliError("not closing: no terminal to confirm on. Add --yes to close without asking.")
    terminal.out.write(
        f"Close session {target}?\n"
        "Closing cannot be undone: the device will not be able to send more passings into "
        "this session.\n"
        "Type 'yes' to close it: "
    )
    terminal.out.flush()
    answer = terminal.stdin.readline()
    if answer.strip().lower() not in ("y", "yes"):
        raise CliError("not closed: cancelled")


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
    with RufusClient(new_key, args.base_url) as client:
        client.devices()  # refused keys stop here, before anything is stored
    lookup = store_key(new_key)
    if lookup.state is not KeyState.STORED:
        raise CliError(f"the key works but was not stored: {lookup.explanation}")
    terminal.out.write("The key works and is stored in the system keyring.\n")
    return EXIT_OK


def _read_secret(prompt: str, terminal: Terminal) -> str:
    # Never from the command line (shell history, process list): a prompt, or a pipe.
    if terminal.interactive():
        return getpass.getpass(prompt, stream=terminal.err)
    return terminal.stdin.readline().strip()


def demo_server(args: argparse.Namespace, terminal: Terminal) -> int:
    stop = threading.Event()
    devices = DEFAULT_DEVICES if args.devices is None else args.devices
    with DemoCloud(
        generation=Generation(args.generation),
        latency_ms=args.latency_ms,
        devices=devices,
        page_limit=args.page_limit,
        port=args.port,
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


COMMANDS = {
    "sessions": sessions,
    "close": close,
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
