"""What went wrong and what to do, in the window's words and language (race-day rule 3).

Every error kind the console knows is worded here. One that is not (a message the client made
up for a case nobody worded yet) gets a translated general sentence; its English message is
only for the tooltip and the log (`error_detail`), never the window's own words.
"""

from __future__ import annotations

from collections.abc import Callable

from app.jobs import UnexpectedError
from app.records.close_record import BeingClosedElsewhere, HistoryUnavailable
from app.records.passings_errors import NotSavedBecause, PassingsIncomplete, PassingsNotSaved
from app.rufus import errors
from app.ui.words import translate
from app.ui.words.names import hostile
from app.ui.words.times import count


def error_text(error: object) -> str:
    """What went wrong and what to do, for the row and the status bar."""
    if isinstance(error, PassingsNotSaved):
        return passings_not_saved(error)
    if isinstance(error, errors.DeadlineExceeded):
        return (
            translate(
                "Wording",
                "RUFUS did not finish answering %1 within %2 s: the answer came too slowly. "
                "Check the internet connection and try again.",
            )
            .replace("%1", hostile(error.request))
            .replace("%2", f"{error.seconds:g}")
        )
    if isinstance(error, HistoryUnavailable) and error.reason:
        return translate(
            "Wording",
            "The close history could not be written (%1), so the close was not sent: every "
            "close is recorded first. Check that the data folder can be written and the disk "
            "is not full, then try again.",
        ).replace("%1", hostile(error.reason))
    status = getattr(error, "status", None)
    for kind, text in _ERROR_TEXTS:
        if isinstance(error, kind):
            return text().replace("%1", str(status))
    if isinstance(error, errors.RufusError) and status is not None:
        return translate(
            "Wording",
            "RUFUS refused the request (HTTP %1). Refresh the list (F5) and try again.",
        ).replace("%1", str(status))
    if isinstance(error, errors.RufusError):
        return translate(
            "Wording",
            "The request to RUFUS could not be completed. Refresh the list (F5) and try again; "
            "the details are in the log.",
        )
    return translate(
        "Wording", "Something unexpected went wrong. The details are in the log; try again."
    )


def error_detail(error: object) -> str | None:
    """The client's own English message, for a tooltip, when the window's words for `error`
    are general ones that cannot say everything it says."""
    if not isinstance(error, errors.RufusError) or isinstance(error, PassingsNotSaved):
        return None
    kind = next((kind for kind, _ in _ERROR_TEXTS if isinstance(error, kind)), None)
    return hostile(str(error)) if kind is None or kind in _GENERAL else None


def read_only_text() -> str:
    return translate(
        "Wording",
        "This key can list sessions but not close them: it is READ-only. To close sessions, "
        "create a READ_WRITE key in RUFUS Cloud → your account name (top right) → API Keys, "
        "then choose Key → Enter or change API key…",
    )


def passings_not_saved(error: PassingsNotSaved) -> str:
    place = hostile(str(error.place or ""))
    match error.because:
        case NotSavedBecause.READ:
            return translate(
                "Wording",
                "The passings could not be read from RUFUS (%1); the session was not closed. "
                "Try again, or close it without saving the passings.",
            ).replace("%1", error_text(error.detail))
        case NotSavedBecause.WRITE:
            return (
                translate(
                    "Wording",
                    "The passings could not be saved in %1: %2. Check that the folder exists "
                    "and is writable, that the disk is not full, and that the file is not open "
                    "in a spreadsheet.",
                )
                .replace("%1", place)
                .replace("%2", str(error.detail))
            )
        case NotSavedBecause.FOLDER:
            return (
                translate("Wording", "The passings folder %1 could not be created: %2.")
                .replace("%1", place)
                .replace("%2", str(error.detail))
            )
        case NotSavedBecause.STOPPED:
            return translate("Wording", "Saving the passings was stopped; no file was kept.")
    assert isinstance(error, PassingsIncomplete)
    return (
        translate(
            "Wording",
            "The passings file is INCOMPLETE: RUFUS counts %1 passings in this session but "
            "sent %2; what was read is in %3. If the session is still receiving passings, "
            "save it again; otherwise try again later.",
        )
        .replace("%1", count(error.reported))
        .replace("%2", count(error.written))
        .replace("%3", place)
    )


#: Kinds whose words are general: what exactly is wrong is in the error's own message.
_GENERAL: tuple[type[BaseException], ...] = (errors.ConfigurationError,)

# Functions, not strings: the translation is looked up when the text is shown. Subclasses
# come before their bases.
_ERROR_TEXTS: tuple[tuple[type[BaseException], Callable[[], str]], ...] = (
    (
        errors.AuthenticationError,
        lambda: translate(
            "Wording",
            "RUFUS does not recognise this API key: it may have been deleted or mistyped. "
            "Choose Key → Enter or change API key… and enter a READ_WRITE key.",
        ),
    ),
    (errors.ReadOnlyKey, read_only_text),
    (
        errors.WriteOnlyKey,
        lambda: translate(
            "Wording",
            "RUFUS refused to list with this key: it is WRITE-only or has been deleted. "
            "The console needs a READ_WRITE key: choose Key → Enter or change API key…",
        ),
    ),
    (
        errors.SessionNotFound,
        lambda: translate(
            "Wording", "RUFUS has no such session for this account any more. Refresh the list (F5)."
        ),
    ),
    (
        errors.RateLimited,
        lambda: translate(
            "Wording", "RUFUS is limiting requests from this key. Wait a minute and try again."
        ),
    ),
    (
        errors.WrongAddress,
        lambda: translate(
            "Wording",
            "RUFUS answered 404 for the device list: check the server address; it normally "
            "ends in /v0.",
        ),
    ),
    (
        errors.ConfigurationError,
        lambda: translate(
            "Wording",
            "The API key or the server address cannot be used as it is (the details are on "
            "hover). Choose Key → Enter or change API key…, or check the server address.",
        ),
    ),
    (
        BeingClosedElsewhere,
        lambda: translate(
            "Wording",
            "Another Rufus Console on this computer (a window or the command line) is closing "
            "this session right now; nothing was sent from here. Refresh (F5) once it is done.",
        ),
    ),
    (
        HistoryUnavailable,
        lambda: translate(
            "Wording",
            "The close history could not be written, so the close was not sent: every close "
            "is recorded first. Check that the disk is not full, then try again.",
        ),
    ),
    (
        errors.ShuttingDown,
        lambda: translate("Wording", "The console is quitting; the request was abandoned."),
    ),
    (
        errors.Redirected,
        lambda: translate(
            "Wording",
            "Something other than RUFUS answered (HTTP %1): check the server address; a "
            "venue Wi-Fi login page can cause this too.",
        ),
    ),
    (
        errors.ServerError,
        lambda: translate(
            "Wording",
            "RUFUS had a problem answering (HTTP %1). Wait a moment and try again; if it "
            "keeps happening, RUFUS may be down.",
        ),
    ),
    (
        errors.RequestTimeout,
        lambda: translate(
            "Wording", "RUFUS did not answer in time. Check the internet connection and try again."
        ),
    ),
    (
        errors.NetworkError,
        lambda: translate(
            "Wording",
            "Could not reach RUFUS. Check the internet connection (on venue Wi-Fi, sign in "
            "with a browser first) and try again.",
        ),
    ),
    (
        errors.BadResponse,
        lambda: translate(
            "Wording",
            "RUFUS's answer could not be read (a Wi-Fi login page, or a change in RUFUS). Try "
            "again; if it keeps happening, sign in to the network with a browser, or update "
            "Rufus Console.",
        ),
    ),
    (
        UnexpectedError,
        lambda: translate(
            "Wording", "Something unexpected went wrong. The details are in the log; try again."
        ),
    ),
)
