"""The API key in the operating system's keyring, with every way that can fail named.

Blocking, but never for long: each keyring call runs in a daemon thread and is given up
after `KEYRING_TIME_LIMIT_S` (a locked keyring may wait for as long as its unlock prompt
stays open, a broken one for ever). Callers in the window still run these functions in a
worker, never on the GUI thread. Any failure of the keyring, whatever it raises, and a
keyring that does not answer in time mean "no usable keyring": the key is then kept for
this run only. The key itself never appears in a message, a log record or a repr.

`keyring` is imported by the functions that use it: finding its backends takes ~150 ms, which
a worker pays after the window is shown.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Protocol

from app.rufus.endpoint import checked_api_key
from app.rufus.errors import ConfigurationError

log = logging.getLogger(__name__)

SERVICE = "rufus-console"
ACCOUNT = "api-key"
ENVIRONMENT_VARIABLE = "RUFUS_API_KEY"
#: How long a keyring call may take before the keyring counts as unusable for this run.
KEYRING_TIME_LIMIT_S = 5.0


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


class KeyProblem(enum.Enum):
    """Why a lookup has no usable key or keyring, beyond its state (for the words)."""

    #: The keyring did not answer within KEYRING_TIME_LIMIT_S (state UNAVAILABLE).
    NO_ANSWER = "no answer"
    #: The keyring raised something unexpected (state UNAVAILABLE; `detail` names it).
    FAILED = "failed"
    #: RUFUS_API_KEY holds a key that cannot be sent: a space, a non-ASCII character
    #: (state FROM_ENVIRONMENT, no key; `detail` says why).
    UNUSABLE_KEY = "unusable key"


@dataclass(frozen=True)
class KeyLookup:
    state: KeyState
    key: str | None = field(default=None, repr=False)
    problem: KeyProblem | None = None
    #: More about the problem, never the key: the error's type, or why a key is unusable.
    detail: str = ""

    @property
    def explanation(self) -> str:
        match self.problem:
            case KeyProblem.NO_ANSWER:
                return (
                    f"The system keyring did not answer within {KEYRING_TIME_LIMIT_S:g} s; it "
                    "is not used in this run."
                )
            case KeyProblem.FAILED:
                return f"The system keyring failed ({self.detail}); it is not used in this run."
            case KeyProblem.UNUSABLE_KEY:
                return f"The key in {ENVIRONMENT_VARIABLE} cannot be used. {self.detail}"
            case None:
                return _EXPLANATIONS[self.state]

    @property
    def usable(self) -> bool:
        return bool(self.key)


def load_key(environ: Mapping[str, str] = os.environ) -> KeyLookup:
    """The key to use: `RUFUS_API_KEY` when set, otherwise the keyring's.

    A key in RUFUS_API_KEY that could not be sent (a space, a non-ASCII character) is not
    usable: the lookup says why (problem UNUSABLE_KEY), and never raises."""
    from_environment = environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if from_environment:
        try:
            key = checked_api_key(from_environment)
        except ConfigurationError as unusable:
            return KeyLookup(
                KeyState.FROM_ENVIRONMENT, problem=KeyProblem.UNUSABLE_KEY, detail=str(unusable)
            )
        return KeyLookup(KeyState.FROM_ENVIRONMENT, key)
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
    """Runs a keyring operation with a time limit, every failure a state, never an error."""
    outcome: list[KeyLookup | BaseException] = []

    def run() -> None:
        try:
            outcome.append(operation())
        except BaseException as error:
            outcome.append(error)

    # A daemon thread: one that never returns must not keep the console from quitting.
    worker = threading.Thread(target=run, name="keyring", daemon=True)
    worker.start()
    worker.join(KEYRING_TIME_LIMIT_S)
    if not outcome:
        log.warning("keyring failed: no answer within %g s", KEYRING_TIME_LIMIT_S)
        return KeyLookup(KeyState.UNAVAILABLE, problem=KeyProblem.NO_ANSWER)
    result = outcome[0]
    if isinstance(result, KeyLookup):
        return result
    return _failure(result)


def _failure(error: BaseException) -> KeyLookup:
    if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: not ours to keep
        raise error
    try:
        import keyring.errors  # noqa: PLC0415
    except Exception:
        errors = None
    else:
        errors = keyring.errors
    if errors is not None and isinstance(error, errors.NoKeyringError):
        return KeyLookup(KeyState.NO_KEYRING)
    if errors is not None and isinstance(error, errors.KeyringLocked):
        return KeyLookup(KeyState.LOCKED)
    # The type, not the text: a backend's message is not ours to vouch for, and may even
    # hold what it was given.
    log.warning("keyring failed: %s", type(error).__name__)
    if errors is not None and isinstance(error, errors.KeyringError):
        return KeyLookup(KeyState.UNAVAILABLE)
    return KeyLookup(KeyState.UNAVAILABLE, problem=KeyProblem.FAILED, detail=type(error).__name__)


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
