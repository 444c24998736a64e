"""Everything that can go wrong talking to RUFUS, each with a message an official can act on.

Messages never contain the API key: they are built from the operation, the HTTP status and
what to do next, never from a request, a URL with credentials or a response header.
"""

from __future__ import annotations

KEYS_PAGE = "RUFUS Cloud → your account name (top right) → API Keys"


class RufusError(Exception):
    """Base of every error the client raises; `str(error)` is fit to show an official."""

    #: Whether repeating the same call later may succeed (network, overload), as opposed to
    #: needing a different key, token or configuration first.
    transient = False

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def __str__(self) -> str:
        return self.message


class ConfigurationError(RufusError):
    """The console itself is set up wrongly: a bad base URL, an empty key."""


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


class RateLimited(RufusError):
    transient = True


class ServerError(RufusError):
    """RUFUS answered with a 5xx: the request may or may not have been carried out."""

    transient = True


class RequestTimeout(RufusError):
    transient = True


class NetworkError(RufusError):
    """No answer at all: no network, DNS failure, connection refused or reset."""

    transient = True


class BadResponse(RufusError):
    """An answer arrived but it is not a RUFUS answer we can read."""

    transient = True


class CloseNotConfirmed(RufusError):
    """A close whose outcome could not be established: refresh before trying again."""

    transient = True


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
            "This key is READ-only: closing needs a READ_WRITE key (HTTP 403). Create one "
            f"in {KEYS_PAGE} and enter it in the console.",
            status=status,
        )
    return WriteOnlyKey(
        "RUFUS refused to list with this key (HTTP 403): it is WRITE-only, or it has been "
        f"deleted. The console needs a READ_WRITE key — create one in {KEYS_PAGE}.",
        status=status,
    )
