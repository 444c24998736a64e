"""`rufus-console diagnostics --out FILE`: the diagnostics zip for support, as Help → Save
diagnostics… writes it, without what only the window knows (Qt, the screens). It asks RUFUS
for the device list first, when there is a key, so that the file says how that went."""

from __future__ import annotations

import argparse
import time
from typing import Any

from app.cli.commands import EXIT_OK, CliError, Terminal, connected
from app.display import visible
from app.records.diagnostics import Sources, settings_file, write_diagnostics
from app.rufus.errors import RufusError


def diagnostics(args: argparse.Namespace, terminal: Terminal) -> int:
    check = _check(args, terminal)
    settings, note = settings_file()
    try:
        path = write_diagnostics(
            args.out, Sources(settings=settings, settings_note=note, check=check)
        )
    except OSError as error:
        raise CliError(
            f"the diagnostics could not be written to {visible(str(args.out))}: "
            f"{error.strerror or type(error).__name__}"
        ) from None
    terminal.out.write(
        f"Diagnostics written to {visible(str(path))} (no API key in it; tokens shortened)\n"
    )
    return EXIT_OK


def _check(args: argparse.Namespace, terminal: Terminal) -> dict[str, Any]:
    """What RUFUS answered to a device list request: its requests go into the file too."""
    started = time.monotonic()
    try:
        with connected(args, terminal) as rufus:
            client = rufus.client
            devices = client.devices()
            offset = client.clock_offset()
            return {
                "server": client.base_url,
                "key_source": rufus.key_source,
                "devices": len(devices),
                "clock_offset_s": None if offset is None else round(offset.total_seconds(), 1),
                "took_ms": round((time.monotonic() - started) * 1000),
            }
    except (CliError, RufusError) as error:
        return {"server": args.base_url, "error": str(error)}
