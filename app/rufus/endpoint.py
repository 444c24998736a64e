"""Where RUFUS is and how patient to be with it: checked before any request, and importable
without the HTTP stack (the window shows itself before `requests` is loaded)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from app.display import visible
from app.rufus.errors import ConfigurationError

PRODUCTION_URL = "https://api.runonrufus.com/v0"


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    #: RUFUS documents no latency; TasTimer waits 8 s, and a race-day uplink is slow.
    read: float = 10.0
    #: The whole of one request, from sending it to the last byte of its answer: the read
    #: timeout bounds each wait for a byte, and an answer trickling in a byte at a time
    #: never trips it. Three read timeouts: a slow answer passes, a stuck one ends.
    total: float = 30.0
    #: The whole of one page of passings: up to 5000 of them, about 1.5 MB of JSON, which a
    #: venue's 1 Mbit/s uplink takes some 15 s to bring.
    passings_page_total: float = 120.0


DEFAULT_TIMEOUTS = Timeouts()


def checked_base_url(url: str) -> str:
    """The base URL without a trailing slash; https, or http on this machine only."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port  # raises for a port out of range or not a number
    except ValueError:
        raise ConfigurationError(
            f"“{visible(url)}” is not a valid web address: check the host name and port."
        ) from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(
            f"“{visible(url)}” is not a web address the console can use: it must start with "
            "https://."
        )
    if port == 0:
        raise ConfigurationError(f"“{visible(url)}” has port 0, which no server listens on.")
    if parts.username or parts.password:
        raise ConfigurationError("The server address must not contain a user name or password.")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"“{visible(url)}” is not encrypted. Use https:// — plain http:// is only allowed "
            "for a simulated cloud on this computer."
        )
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress  # noqa: PLC0415  (only for http:// addresses; costs start-up time)

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_api_key(api_key: str) -> str:
    key = api_key.strip()
    if not key:
        raise ConfigurationError("No API key is set. Enter a READ_WRITE key from RUFUS Cloud.")
    if not key.isprintable() or not key.isascii() or any(c.isspace() for c in key):
        # The key is not echoed back: it may be a password pasted into the wrong box.
        raise ConfigurationError(
            "The API key contains spaces or characters RUFUS keys never have. "
            "Copy it again from RUFUS Cloud → API Keys."
        )
    return key


def is_addressable(identifier: str) -> bool:
    """Whether an identifier can stand in a URL path: empty or dot-only ones, encoded or
    not, would point the request at a different resource."""
    return identifier not in ("", ".", "..")
