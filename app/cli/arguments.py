"""The command line's grammar. Options common to all commands work before or after the command."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

from app import __version__
from app.rufus.endpoint import PRODUCTION_URL

#: `tail`: how many of the latest passings are printed unless -n says otherwise, and at most.
DEFAULT_LINES = 20
MAX_LINES = 5000
#: `tail --follow`: how often new passings are asked for, and at most (RUFUS serves every venue).
FOLLOW_EVERY_S = 5.0
MIN_FOLLOW_EVERY_S = 0.5


class _OneLineParser(argparse.ArgumentParser):
    """Mistakes get one line that says what is wrong, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        if sys.stderr is not None:  # None in a windowed Windows exe
            sys.stderr.write(f"rufus-console: {message} (see rufus-console --help)\n")
        sys.exit(2)


def _common_options(*, top_level: bool) -> _OneLineParser:
    # Sub-commands must not reset what was given before the command: SUPPRESS there.
    default = (lambda value: value) if top_level else (lambda value: argparse.SUPPRESS)
    common = _OneLineParser(add_help=False)
    common.add_argument(
        "--base-url",
        default=default(PRODUCTION_URL),
        help=f"RUFUS API address (default {PRODUCTION_URL})",
    )
    common.add_argument(
        "--demo",
        action="store_true",
        default=default(False),
        help="use a simulated RUFUS cloud started inside this process, with its demo key",
    )
    common.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default(False),
        help="log requests to stderr",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="rufus-console",
        description="Every open RUFUS timing session of your account, closed safely. Without a "
        "command, opens the console window.",
        epilog="The API key comes from RUFUS_API_KEY when set, otherwise from the system keyring.",
        parents=[_common_options(top_level=True)],
    )
    parser.add_argument("--version", action="version", version=f"rufus-console {__version__}")
    # Opens the window, lists, closes one session through the confirmation, exits 0 ("close");
    # or raises a deliberate error and checks that the crash dialog and log file report it
    # ("crash"); or quits once the window is first shown ("startup", for the start-up benchmark).
    # Smoke tests for a real screen and the packaged binary, not for officials.
    parser.add_argument(
        "--self-test",
        nargs="?",
        const="close",
        choices=("close", "crash", "startup", "memory", "first-listing"),
        help=argparse.SUPPRESS,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common_options(top_level=False)

    sessions = commands.add_parser(
        "sessions", parents=[common], help="list the account's open sessions"
    )
    sessions.add_argument("--json", action="store_true", help="print JSON for scripts")
    only = sessions.add_mutually_exclusive_group()
    only.add_argument(
        "--live", action="store_true", help="only sessions with a passing in the last 2 minutes"
    )
    only.add_argument(
        "--stale",
        action="store_true",
        help="only sessions opened before today (local time) without a passing for 2 hours",
    )

    close = commands.add_parser(
        "close",
        parents=[common],
        help="close sessions, one at a time (asks for confirmation)",
        description="Closes each session, one at a time, and records every attempt in the "
        "close history. Exit codes: 0 all closed, 1 one was not closed, 4 RUFUS never said "
        "how a close ended.",
    )
    close.add_argument(
        "tokens", metavar="TOKEN", nargs="+", help="a session's token_session (several allowed)"
    )
    close.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    close.add_argument(
        "--save-passings",
        metavar="DIR",
        type=Path,
        help="save each session's passings to a CSV file in DIR first; a session whose "
        "passings cannot all be saved is not closed",
    )

    passings = commands.add_parser(
        "passings",
        parents=[common],
        help="save a session's passings to a CSV file",
        description="Saves every passing of one session, open or closed, to a CSV file that "
        "spreadsheets open (UTF-8). Exit codes: 0 saved, 1 failed (no file is left), 3 "
        "INCOMPLETE: RUFUS sent a different number of passings than it counts for the session "
        "(what was read is kept as …-INCOMPLETE.csv).",
    )
    passings.add_argument("token", metavar="TOKEN", help="the session's token_session")
    passings.add_argument(
        "--csv",
        metavar="FILE",
        type=Path,
        help="the file to write (default: <date>_<device>_<session>_<token>.csv in "
        "Documents/Rufus Console/passings)",
    )

    tail = commands.add_parser(
        "tail",
        parents=[common],
        help="print a session's latest passings; with --follow, new ones as they come",
        description="Prints the latest passings of one session, open or closed, oldest first "
        "and newest last, reading only them (never the whole session). With --follow, asks "
        "RUFUS for new ones every few seconds and prints them as they come, until Ctrl+C. "
        "Exit codes: 0 printed, 1 failed, 130 ended with Ctrl+C.",
    )
    tail.add_argument("token", metavar="TOKEN", help="the session's token_session")
    tail.add_argument(
        "-n",
        "--lines",
        metavar="N",
        type=_passings_to_print,
        default=DEFAULT_LINES,
        help=f"how many of the latest passings (default {DEFAULT_LINES}, at most {MAX_LINES})",
    )
    tail.add_argument(
        "-f", "--follow", action="store_true", help="keep printing new passings until Ctrl+C"
    )
    tail.add_argument(
        "--every",
        metavar="SECONDS",
        type=_follow_interval,
        default=FOLLOW_EVERY_S,
        help=f"with --follow, how often to ask RUFUS (default {FOLLOW_EVERY_S:g})",
    )

    history = commands.add_parser(
        "history",
        parents=[common],
        help="the close history of this computer, newest first",
        description="Every close attempt recorded on this computer, newest first: as a table, "
        "or every column to a CSV file.",
    )
    history.add_argument("--csv", metavar="FILE", type=Path, help="write a CSV file instead")
    history.add_argument(
        "--since", metavar="DATE", type=_local_date, help="only attempts from DATE (YYYY-MM-DD) on"
    )

    watch = commands.add_parser(
        "watch",
        parents=[common],
        help="print one line per alert as it happens, until Ctrl+C",
        description="Lists the account again and again and prints one line per alert as it "
        "happens: a device with an open session offline (and back), its battery low (and "
        "recovered), a LIVE session silent while others time, a session opened on a device "
        "that had none, a session closed elsewhere. A listing that fails raises nothing. "
        "Ctrl+C ends it (exit code 130).",
    )
    watch.add_argument(
        "--interval",
        metavar="S",
        type=_positive_float,
        default=30.0,
        help="seconds between listings (default 30; longer for big accounts, to ask RUFUS "
        "at most 10 times a second)",
    )
    watch.add_argument("--json", action="store_true", help="one JSON object per line")
    watch.add_argument(
        "--silent-after",
        metavar="MIN",
        type=_positive_float,
        default=10.0,
        help="minutes without a passing after which a LIVE session is silent (default 10)",
    )

    diagnostics = commands.add_parser(
        "diagnostics",
        parents=[common],
        help="write a zip for support: versions, settings, the log, the close history and "
        "the last requests (never the key)",
        description="Writes one zip for support: the app's and Python's versions, the "
        "system, the settings, the end of the log, close-history counts and the last 50 "
        "closes, the last requests to RUFUS, and what RUFUS answered to a device list "
        "request. No API key is in it, and tokens are shortened.",
    )
    diagnostics.add_argument(
        "--out", metavar="FILE", type=Path, required=True, help="the zip file to write"
    )

    key = commands.add_parser("key", parents=[common], help="the API key in the system keyring")
    key.add_argument(
        "action",
        choices=("status", "set", "forget"),
        help="status: where the key comes from; set: ask for it and store it; forget: delete it",
    )

    server = commands.add_parser(
        "demo-server", parents=[common], help="run the simulated RUFUS cloud in the foreground"
    )
    server.add_argument("--port", type=_port, default=0, help="TCP port (default: any free one)")
    server.add_argument(
        "--generation", choices=("g1", "g2"), default="g2", help="API response generation"
    )
    server.add_argument(
        "--latency-ms", type=_non_negative_float, default=0.0, help="delay added to every answer"
    )
    server.add_argument(
        "--devices",
        type=_positive_int,
        # None: the seeded race day's own devices (app.demo.seed stays unloaded until needed).
        default=None,
        help="how many devices the account has (default: the seeded race day's devices, with "
        "forgotten sessions, twin names and devices low on battery)",
    )
    server.add_argument(
        "--page-limit", type=_positive_int, default=5000, help="most devices per G2 page"
    )
    return parser


def _port(text: str) -> int:
    value = _int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a TCP port (0 to 65535)")
    return value


def _positive_int(text: str) -> int:
    value = _int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} must be at least 1")
    return value


def _passings_to_print(text: str) -> int:
    value = _positive_int(text)
    if value > MAX_LINES:
        raise argparse.ArgumentTypeError(f"{text} is more than {MAX_LINES}")
    return value


def _follow_interval(text: str) -> float:
    value = _non_negative_float(text)
    if value < MIN_FOLLOW_EVERY_S:
        raise argparse.ArgumentTypeError(f"{text} is less than {MIN_FOLLOW_EVERY_S:g} s")
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a whole number") from None


def _local_date(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a date like 2026-05-10") from None


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text} must be more than 0")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a number") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"{text} must be 0 or more")
    return value
