"""Composition root: arguments, logging, then the window or one command-line command."""

from __future__ import annotations

import argparse
import codecs
import io
import logging
import os
import sys
from pathlib import Path

from app import __version__
from app.cli.arguments import build_parser
from app.logfile import start_log_file
from app.logsetup import configure_logging
from app.rufus.endpoint import checked_base_url
from app.rufus.errors import RufusError

#: sysexits' EX_SOFTWARE: the window stopped on an error nobody caught.
EXIT_CRASHED = 70

log = logging.getLogger("app")


def main(argv: list[str] | None = None) -> int:
    write_utf8()
    args = build_parser().parse_args(argv)
    configure_logging(verbose=args.verbose, quiet=args.command is not None)
    if args.command is None:
        return _window(args)
    # Imported here: the window must not pay for the command line's HTTP stack before showing.
    from app.cli.commands import Terminal, run  # noqa: PLC0415

    try:
        return run(args, Terminal())
    except BrokenPipeError:
        # The reader went away (`| head`): not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def write_utf8() -> None:
    """Output in UTF-8 wherever it goes. Windows encodes a redirected stdout in the ANSI
    code page (cp1252 in Western Europe), where a device named "Łódź ✓" raises
    UnicodeEncodeError; a console there already takes UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        # None in a windowed exe; not a TextIOWrapper when a test or an embedder replaced it.
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8", errors=stream.errors)


def _window(args: argparse.Namespace) -> int:
    try:
        base_url = checked_base_url(args.base_url)
    except RufusError as error:
        if sys.stderr is not None:
            sys.stderr.write(f"rufus-console: {error}\n")
        else:  # a windowed Windows exe has no stderr: its log is where this can be read
            start_log_file()
            log.error("rufus-console: %s", error)
        return 2
    log_path = start_log_file()
    packaged = "packaged" if getattr(sys, "frozen", False) else "from source"
    log.info("Rufus Console %s starting (%s, %s)", __version__, packaged, sys.platform)
    try:
        # Imported here: the command line must not pay for loading Qt.
        from app.ui.launch import run_window  # noqa: PLC0415

        return run_window(base_url, demo=args.demo, self_test=args.self_test, log_path=log_path)
    except Exception:
        log.critical("Rufus Console stopped on an unexpected error", exc_info=True)
        _tell_official(log_path)
        return EXIT_CRASHED


def _tell_official(log_path: Path | None) -> None:
    try:
        from app.ui.crash_report import show_fatal  # noqa: PLC0415

        show_fatal(log_path)
    except Exception:  # Qt itself may be what failed; the log already has the story
        log.critical("could not show the crash dialog", exc_info=True)


if __name__ == "__main__":
    sys.exit(main())
