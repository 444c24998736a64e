"""What the window says about times, devices and errors, every sentence translatable.

The client's own messages are English for the command line; the window words each error
kind here, through Qt's translation, so that a Spanish window needs no code change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from app.display import local_time
from app.jobs import UnexpectedError
from app.keystore import KeyLookup, KeyState
from app.rufus import errors
from app.rufus.models import Device

#: Qt's translation, spelled so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


def exact_time(moment: datetime | None) -> str:
    """For a tooltip: local date and time with the zone, then UTC."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return (
        translate("Wording", "%1 %2 (%3 UTC)")
        .replace("%1", local.strftime("%Y-%m-%d"))
        .replace("%2", local_time(moment))
        .replace("%3", moment.astimezone(UTC).strftime("%H:%M:%S"))
    )


def age(moment: datetime | None, now: datetime) -> str:
    """ "42 s ago", "4 min ago", "2 h 5 min ago"."""
    if moment is None:
        return translate("Wording", "never")
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return translate("Wording", "%1 s ago").replace("%1", str(seconds))
    if seconds < 3600:
        return translate("Wording", "%1 min ago").replace("%1", str(seconds // 60))
    return (
        translate("Wording", "%1 h %2 min ago")
        .replace("%1", str(seconds // 3600))
        .replace("%2", str(seconds % 3600 // 60))
    )


def count(number: int | None) -> str:
    """A passings count with the locale's digit grouping: "1,234"."""
    return "—" if number is None else QLocale().toString(number)


def device_name(device: Device) -> str:
    return device.alias or translate("Wording", "(unnamed device %1)").replace(
        "%1", device.deviceid[:8]
    )


def device_kind(device: Device) -> str:
    return device.model or device.type or translate("Wording", "unknown kind")


def session_name(alias: str) -> str:
    return alias or translate("Wording", "(unnamed session)")


def error_text(error: object) -> str:
    """What went wrong and what to do, for the row and the status bar."""
    status = getattr(error, "status", None)
    for kind, text in _ERROR_TEXTS:
        if isinstance(error, kind):
            return text().replace("%1", str(status))
    if isinstance(error, errors.RufusError):
        if status is not None:
            return translate(
                "Wording",
                "RUFUS refused the request (HTTP %1). Refresh the list (F5) and try again.",
            ).replace("%1", str(status))
        return str(error)
    return translate(
        "Wording", "Something unexpected went wrong. The details are in the log; try again."
    )


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
    (
        errors.ReadOnlyKey,
        lambda: translate(
            "Wording",
            "This key is READ-only: closing needs a READ_WRITE key. Create one in RUFUS "
            "Cloud → API Keys, then choose Key → Enter or change API key…",
        ),
    ),
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
        errors.CloseNotConfirmed,
        lambda: translate(
            "Wording",
            "The close got no clear answer and could not be checked: the session may "
            "already be closed. Refresh the list (F5) before trying again.",
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
            "RUFUS's answer could not be read — a Wi-Fi login page? Sign in to the network "
            "with a browser, then try again.",
        ),
    ),
    (
        UnexpectedError,
        lambda: translate(
            "Wording", "Something unexpected went wrong. The details are in the log; try again."
        ),
    ),
)


def key_state(lookup: KeyLookup) -> tuple[str, str]:
    """A short label for the status bar and a longer explanation for its tooltip."""
    run_only = translate("Wording", "Kept for this run only, never written to a file.")
    match lookup.state:
        case KeyState.STORED:
            return translate("Wording", "Key: system keyring"), translate(
                "Wording", "The API key is stored in the system keyring."
            )
        case KeyState.FROM_ENVIRONMENT:
            return translate("Wording", "Key: RUFUS_API_KEY"), translate(
                "Wording",
                "The API key comes from the RUFUS_API_KEY environment variable, which "
                "overrides the keyring.",
            )
        case KeyState.DEMO:
            return translate("Wording", "Key: demo"), translate(
                "Wording", "The simulated cloud's demo key (READ_WRITE)."
            )
        case KeyState.NOT_STORED:
            return translate("Wording", "Key: none"), translate(
                "Wording", "No API key is stored yet: choose Key → Enter or change API key…"
            )
        case KeyState.NO_KEYRING:
            why = translate("Wording", "This computer has no system keyring.")
            if lookup.usable:
                return translate("Wording", "Key: this run only"), f"{why} {run_only}"
            return translate("Wording", "Key: no keyring"), why
        case KeyState.LOCKED:
            why = translate(
                "Wording",
                "The system keyring is locked: unlock it (log in to the desktop) and restart.",
            )
            if lookup.usable:
                return translate("Wording", "Key: this run only"), f"{why} {run_only}"
            return translate("Wording", "Key: keyring locked"), why
        case KeyState.UNAVAILABLE:
            why = translate("Wording", "The system keyring could not be opened.")
            if lookup.usable:
                return translate("Wording", "Key: this run only"), f"{why} {run_only}"
            return translate("Wording", "Key: keyring unavailable"), why
