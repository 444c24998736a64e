"""Everything that can go wrong talking to RUFUS, each with a message an official can act on.

Messages never contain the API key: they are built from the operation, the HTTP status and
what to do next, never from a request, a URL with credentials or a response header.

Two questions are asked of every error, each answered in one place (here):
- `transient`: would the same request, sent again a little later, likely succeed? Reads are
  retried on these; nothing else decides what is retried.
- `maybe_applied`: could RUFUS have carried out a write that met this error? A close that met
  one is read back until RUFUS says how it ended, and is never sent a second time.
"""

from __future__ import annotations

KEYS_PAGE = "RUFUS Cloud → your account name (top right) → API Keys"
#: What to do about a key that can list but not close: said wherever one meets it (the
#: command line's words; the window words it in its own language).
READ_WRITE_ADVICE = f"Closing needs a READ_WRITE key: create one in {KEYS_PAGE}."


class RufusError(Exception):
    """Base of every error the client raises; `str(error)` is fit to show an official."""

    transient = False
    maybe_applied = False
    #: The worker layer logs errors that are not expected with their traceback; these are
    #: part of talking to a remote service and need only their message.
    expected = True

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        transient: bool | None = None,
        maybe_applied: bool | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        if transient is not None:
            self.transient = transient
        if maybe_applied is not None:
            self.maybe_applied = maybe_applied

    def __str__(self) -> str:
        return self.message


class ConfigurationError(RufusError):
    """The console itself is set up wrongly: a bad base URL, an empty key."""


class WrongAddress(ConfigurationError):
    """The server answered, but not as RUFUS: the base URL points somewhere else."""


class AuthenticationError(RufusError):
    """RUFUS does not recognise the key (revoked, mistyped, or from another account)."""


class PermissionDenied(RufusError):
    """The key is valid but its access type does not allow this operation."""


class ReadOnlyKey(PermissionDenied):
    """A READ key tried to close (or otherwise write)."""


class WriteOnlyKey(PermissionDenied):
    """A WRITE key tried to list (RUFUS needs READ for every GET)."""


class NotFound(RufusError):
    """RUFUS has no such device or session for this account."""


class SessionNotFound(NotFound):
    """The token names no session of this account."""


class Refused(RufusError):
    """RUFUS answered a request with a 4xx that says no: nothing was done."""


class RateLimited(Refused):
    """429: refused before it was carried out, and worth asking again after a pause."""

    transient = True
    #: RUFUS's Retry-After, in seconds, when it sent one.
    retry_after: float | None = None


class ServerError(RufusError):
    """RUFUS answered with a 5xx: the request may or may not have been carried out.

    502, 503 and 504 come from overloaded or restarting gateways and pass; a 500 is RUFUS's
    own failure and tends to repeat, so it is not transient."""

    maybe_applied = True


class Redirected(RufusError):
    """A 3xx: something between the console and RUFUS (a login page, a proxy) answered."""


class RequestTimeout(RufusError):
    """The request went out and no answer came in time."""

    transient = True
    maybe_applied = True


class DeadlineExceeded(RequestTimeout):
    """An answer was coming, too slowly: the request ran out of its total time (a trickle)."""

    def __init__(self, message: str, *, request: str, seconds: float) -> None:
        super().__init__(message)
        #: Which request, for the official: "GET /sessions/2A1929…2B25" (never a full token).
        self.request = request
        self.seconds = seconds


class NetworkError(RufusError):
    """No answer at all: no network, DNS failure, connection refused or reset.

    `maybe_applied` is False only when the connection was never made, so the request
    cannot have reached RUFUS."""

    transient = True
    maybe_applied = True


class ShuttingDown(NetworkError):
    """The console cut the request itself because it is quitting."""

    transient = False


class BadResponse(RufusError):
    """An answer arrived but it is not a RUFUS answer we can read."""

    transient = True
    maybe_applied = True
    #: What could not be read, in a few words ("the device list: the result is a number").
    detail = ""


def access_denied(status: int, *, writing: bool) -> RufusError:
    """The error for a 401/403, worded for what the official was trying to do.

    RUFUS documents 403 for a wrong access type and nothing for an unknown key, which may
    come back as 401 or 403; 401 is therefore always "unknown key", 403 is "wrong access type"
    with the revoked-key possibility named too.
    """
    if status == 401:
        return AuthenticationError(
            "RUFUS does not recognise this API key (HTTP 401). It may have been deleted or "
            f"mistyped: check it, or create a READ_WRITE key in {KEYS_PAGE}.",
            status=status,
        )
    if writing:
        return ReadOnlyKey(
            f"This key is READ-only (HTTP 403): it can list sessions but not close them. "
            f"{READ_WRITE_ADVICE}",
            status=status,
        )
    return WriteOnlyKey(
        "RUFUS refused to list with this key (HTTP 403): it is WRITE-only, or it has been "
        f"deleted. The console needs a READ_WRITE key — create one in {KEYS_PAGE}.",
        status=status,
    )
