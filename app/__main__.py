"""Composition root: arguments, logging, then the window or one command-line command."""

from __future__ import annotations

import argparse
import os
import sys

from app.cli.arguments import build_parser
from app.cli.commands import Terminal, run
from app.logsetup import configure_logging
from app.rufus.errors import RufusError
from app.rufus.transport import checked_base_url


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(verbose=args.verbose)
    if args.command is None:
        return _window(args)
    try:
        return run(args, Terminal())
    except BrokenPipeError:
        # The reader went away (`| head`): not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _window(args: argparse.Namespace) -> int:
    try:
        base_url = checked_base_url(args.base_url)
    except RufusError as error:
        sys.stderr.write(f"rufus-console: {error}\n")
        return 2
    # Imported here: the command line must not pay for loading Qt.
    from app.ui.launch import run_window  # noqa: PLC0415

    return run_window(base_url, demo=args.demo, self_test=args.self_test)


if __name__ == "__main__":
    sys.exit(main())
