"""Where the key in use comes from, and why there is none, for the status bar."""

from __future__ import annotations

from app.keystore import KeyLookup, KeyState
from app.ui.words import translate


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
        case KeyState.NOT_KEPT:
            why = translate(
                "Wording",
                "The system keyring accepted the key but did not keep it: it will be asked "
                "for again at the next start.",
            )
            return translate("Wording", "Key: this run only"), f"{why} {run_only}"
