"""Composition root: arguments, logging, then one command (the window arrives with issue #3)."""

from __future__ import annotations

import os
import sys

from app.cli.arguments import build_parser
from app.cli.commands import Terminal, run
from app.logsetup import configure_logging


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(verbose=args.verbose)
    if args.command is None:
        # Until the window exists, the console's default view is the list on the terminal.
        args.command, args.json = "sessions", False
    try:
        return run(args, Terminal())
    except BrokenPipeError:
        # The reader went away (`| head`): not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
