"""Where the key in use comes from, and why there is none, for the status bar."""

from __future__ import annotations

from app import keystore
from app.keystore import KeyLookup, KeyProblem, KeyState
from app.ui.words import translate


def key_state(lookup: KeyLookup) -> tuple[str, str]:
    """A short label for the status bar and a longer explanation for its tooltip."""
    label, why = _why(lookup)
    if lookup.usable and lookup.state not in _HOLDS_A_KEY:
        # No keyring to keep it: the key typed in is used, and forgotten at the end.
        run_only = translate("Wording", "Kept for this run only, never written to a file.")
        return translate("Wording", "Key: this run only"), f"{why} {run_only}"
    return label, why


#: Where a usable key is said as such; anywhere else a usable key is this run's only.
_HOLDS_A_KEY = frozenset({KeyState.STORED, KeyState.FROM_ENVIRONMENT, KeyState.DEMO})


def _why(lookup: KeyLookup) -> tuple[str, str]:
    match lookup.problem:
        case KeyProblem.UNUSABLE_KEY:
            return translate("Wording", "Key: RUFUS_API_KEY unusable"), translate(
                "Wording",
                "The key in the RUFUS_API_KEY environment variable cannot be used: it has "
                "spaces or characters RUFUS keys never have. Correct it, or remove the "
                "variable to use the keyring's key, and start Rufus Console again.",
            )
        case KeyProblem.NO_ANSWER:
            return translate("Wording", "Key: keyring not answering"), translate(
                "Wording",
                "The system keyring did not answer within %1 s, so it is not used in this run.",
            ).replace("%1", f"{keystore.KEYRING_TIME_LIMIT_S:g}")
        case KeyProblem.FAILED:
            return translate("Wording", "Key: keyring unavailable"), translate(
                "Wording",
                "The system keyring failed in a way nobody foresaw, so it is not used in this "
                "run (the details are in the log).",
            )
    return _by_state(lookup.state)


def _by_state(state: KeyState) -> tuple[str, str]:
    match state:
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
            return translate("Wording", "Key: no keyring"), translate(
                "Wording", "This computer has no system keyring."
            )
        case KeyState.LOCKED:
            return translate("Wording", "Key: keyring locked"), translate(
                "Wording",
                "The system keyring is locked: unlock it (log in to the desktop) and restart.",
            )
        case KeyState.UNAVAILABLE:
            return translate("Wording", "Key: keyring unavailable"), translate(
                "Wording", "The system keyring could not be opened."
            )
        case KeyState.NOT_KEPT:
            return translate("Wording", "Key: this run only"), translate(
                "Wording",
                "The system keyring accepted the key but did not keep it: it will be asked "
                "for again at the next start.",
            )
