"""The API key in the operating system's keyring, with every way that can fail named.

Blocking: a locked keyring may wait for as long as its unlock prompt stays open, so callers
in the window run these functions in a worker, never on the GUI thread. The key itself never
appears in a message, a log record or a repr.

`keyring` is imported by the functions that use it: finding its backends takes ~150 ms, which
a worker pays after the window is shown.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE = "rufus-console"
ACCOUNT = "api-key"
ENVIRONMENT_VARIABLE = "RUFUS_API_KEY"


class KeyState(enum.Enum):
    STORED = "stored"
    FROM_ENVIRONMENT = "from environment"
    NOT_STORED = "not stored"
    NO_KEYRING = "no keyring"
    LOCKED = "locked"
    UNAVAILABLE = "unavailable"
    #: The keyring accepted the key and keeps nothing (keyring's null backend does this).
    NOT_KEPT = "not kept"
    #: The simulated cloud's own key, held in memory: it opens nothing real.
    DEMO = "demo"


_EXPLANATIONS = {
    KeyState.STORED: "The API key is stored in the system keyring.",
    KeyState.FROM_ENVIRONMENT: f"The API key comes from the {ENVIRONMENT_VARIABLE} variable.",
    KeyState.NOT_STORED: "Nothing is stored in the system keyring yet.",
    KeyState.NO_KEYRING: "This computer has no system keyring to keep the API key in.",
    KeyState.LOCKED: (
        "The system keyring is locked. Unlock it (log in to the desktop session) and try again."
    ),
    KeyState.UNAVAILABLE: "The system keyring could not be opened.",
    KeyState.NOT_KEPT: (
        "The system keyring accepted the API key but did not keep it: it is used for this "
        "run only, and asked for again at the next start."
    ),
    KeyState.DEMO: "The simulated cloud's demo key; nothing is stored.",
}


@dataclass(frozen=True)
class KeyLookup:
    state: KeyState
    key: str | None = field(default=None, repr=False)

    @property
    def explanation(self) -> str:
        return _EXPLANATIONS[self.state]

    @property
    def usable(self) -> bool:
        return bool(self.key)


def load_key(environ: Mapping[str, str] = os.environ) -> KeyLookup:
    """The key to use: `RUFUS_API_KEY` when set, otherwise the keyring's."""
    from_environment = environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if from_environment:
        return KeyLookup(KeyState.FROM_ENVIRONMENT, from_environment)
    return _guarded(_read)


def store_key(key: str) -> KeyLookup:
    """Stores the key and reads it back: a keyring that says yes and keeps nothing is no
    better than none, and the official must hear so now, not at the next start."""

    def write() -> KeyLookup:
        import keyring  # noqa: PLC0415

        keyring.set_password(SERVICE, ACCOUNT, key)
        if keyring.get_password(SERVICE, ACCOUNT) != key:
            return KeyLookup(KeyState.NOT_KEPT)
        return KeyLookup(KeyState.STORED, key)

    return _guarded(write)


def forget_key() -> KeyLookup:
    def delete() -> KeyLookup:
        import keyring  # noqa: PLC0415

        with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing was stored
            keyring.delete_password(SERVICE, ACCOUNT)
        return KeyLookup(KeyState.NOT_STORED)

    return _guarded(delete)


def _read() -> KeyLookup:
    import keyring  # noqa: PLC0415

    key = keyring.get_password(SERVICE, ACCOUNT)
    if not key:
        return KeyLookup(KeyState.NOT_STORED)
    return KeyLookup(KeyState.STORED, key)


def _guarded(operation: Callable[[], KeyLookup]) -> KeyLookup:
    import keyring.errors  # noqa: PLC0415

    try:
        return operation()
    except keyring.errors.NoKeyringError:
        return KeyLookup(KeyState.NO_KEYRING)
    except keyring.errors.KeyringLocked:
        return KeyLookup(KeyState.LOCKED)
    except keyring.errors.KeyringError as error:
        # The type, not the text: a backend's message is not ours to vouch for.
        log.warning("keyring failed: %s", type(error).__name__)
        return KeyLookup(KeyState.UNAVAILABLE)


class KeyVault(Protocol):
    """Where the window keeps its key. Every method may block: call them from a worker."""

    def load(self) -> KeyLookup: ...

    def store(self, key: str) -> KeyLookup:
        """The lookup carries the key even when it could not be stored (this run only)."""
        ...

    def forget(self) -> KeyLookup: ...


class KeyringVault:
    """The system keyring, overridden by RUFUS_API_KEY as on the command line."""

    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        self._environ = environ

    def load(self) -> KeyLookup:
        return load_key(self._environ)

    def store(self, key: str) -> KeyLookup:
        lookup = store_key(key)
        return lookup if lookup.key else replace(lookup, key=key)

    def forget(self) -> KeyLookup:
        return forget_key()


class DemoVault:
    """The simulated cloud's keys are not secrets: they stay in memory, never in the keyring."""

    def __init__(self, key: str) -> None:
        self._key: str | None = key

    def load(self) -> KeyLookup:
        return KeyLookup(KeyState.DEMO, self._key) if self._key else KeyLookup(KeyState.NOT_STORED)

    def store(self, key: str) -> KeyLookup:
        self._key = key
        return KeyLookup(KeyState.DEMO, key)

    def forget(self) -> KeyLookup:
        self._key = None
        return KeyLookup(KeyState.NOT_STORED)
