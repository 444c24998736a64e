"""Ways of showing values that need no words, shared by the command line and the window."""

from __future__ import annotations

from datetime import datetime


def local_time(moment: datetime | None) -> str:
    """Wall-clock time at the venue with its zone, as an official reads it: "07:59:00 CET"."""
    if moment is None:
        return "—"
    return moment.astimezone().strftime("%H:%M:%S %Z")


def short_token(token: str) -> str:
    """Enough of a token to tell rows apart; the full one is a credential of a kind."""
    return token if len(token) <= 12 else f"{token[:6]}…{token[-4:]}"
