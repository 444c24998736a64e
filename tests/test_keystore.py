"""The key in the keyring, and every state the keyring can be in, named."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import keyring
import keyring.errors
import pytest
from keyring.backends import fail

from app import keystore
from app.demo import DemoCloud
from app.keystore import KeyProblem, KeyState
from tests.conftest import MemoryKeyring
from tests.test_cli import run_main

KEY = "ror-ae4fc6c19681a20fad30"


def test_store_load_forget(memory_keyring: MemoryKeyring) -> None:
    assert keystore.load_key({}).state is KeyState.NOT_STORED

    assert keystore.store_key(KEY).state is KeyState.STORED
    assert memory_keyring.passwords == {(keystore.SERVICE, keystore.ACCOUNT): KEY}
    loaded = keystore.load_key({})
    assert (loaded.state, loaded.key) == (KeyState.STORED, KEY)

    assert keystore.forget_key().state is KeyState.NOT_STORED
    assert keystore.load_key({}).state is KeyState.NOT_STORED
    assert keystore.forget_key().state is KeyState.NOT_STORED  # forgetting twice is fine


def test_the_environment_overrides_the_keyring() -> None:
    keystore.store_key(KEY)
    lookup = keystore.load_key({"RUFUS_API_KEY": " ror-from-env "})
    assert (lookup.state, lookup.key) == (KeyState.FROM_ENVIRONMENT, "ror-from-env")


def test_no_keyring_is_named_and_the_key_is_never_written_elsewhere() -> None:
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
    assert keystore.load_key({}).state is KeyState.NO_KEYRING
    stored = keystore.store_key(KEY)
    assert stored.state is KeyState.NO_KEYRING
    assert "no system keyring" in stored.explanation


class BrokenKeyring(MemoryKeyring):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error


@pytest.mark.parametrize(
    ("error", "state"),
    [
        (keyring.errors.KeyringLocked("locked"), KeyState.LOCKED),
        (keyring.errors.InitError("no collection"), KeyState.UNAVAILABLE),
        (keyring.errors.KeyringError("dbus went away"), KeyState.UNAVAILABLE),
    ],
)
def test_a_failing_keyring_is_a_state_not_a_crash(
    error: Exception, state: KeyState, expect_log_warnings: Callable[[str], None]
) -> None:
    expect_log_warnings("keyring failed")
    keyring.set_keyring(BrokenKeyring(error))
    assert keystore.load_key({}).state is state
    assert keystore.store_key(KEY).state is state


def test_the_key_never_shows_in_a_repr() -> None:
    lookup = keystore.store_key(KEY)
    assert KEY not in repr(lookup)
    assert KEY not in str(lookup)


def test_a_keyring_that_keeps_nothing_is_not_called_stored() -> None:
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
    lookup = keystore.store_key(KEY)
    assert lookup.state is KeyState.NOT_KEPT
    assert "did not keep it" in lookup.explanation
    assert "this run only" in lookup.explanation
    assert keystore.KeyringVault({}).store(KEY).key == KEY, "usable for this run"


# -- issue 25, cases 12 and 16: any keyring failure, a silent keyring, an unusable key -----------


class RaisingKeyring(MemoryKeyring):
    """A backend that raises what keyring's own errors do not cover (a D-Bus binding's
    RuntimeError, Windows' pywintypes.error, an ImportError inside a backend)."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class SilentKeyring(MemoryKeyring):
    """A backend whose every call waits for an answer that never comes (until released)."""

    def __init__(self) -> None:
        super().__init__()
        self.released = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.released.wait()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.released.wait()

    def delete_password(self, service: str, username: str) -> None:
        self.released.wait()


@pytest.fixture
def silent_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[SilentKeyring]:
    monkeypatch.setattr("app.keystore.KEYRING_TIME_LIMIT_S", 0.2)
    backend = SilentKeyring()
    keyring.set_keyring(backend)
    yield backend
    backend.released.set()


@pytest.mark.parametrize(
    "error", [RuntimeError("dbus"), ImportError("secretstorage"), OSError(5, "pywintypes.error")]
)
def test_any_keyring_failure_means_no_usable_keyring_this_run(
    error: Exception, expect_log_warnings: Callable[[str], None]
) -> None:
    expect_log_warnings("keyring failed")
    keyring.set_keyring(RaisingKeyring(error))
    loaded = keystore.load_key({})
    assert (loaded.state, loaded.problem) == (KeyState.UNAVAILABLE, KeyProblem.FAILED)
    assert loaded.detail == type(error).__name__
    assert str(error) not in loaded.explanation
    assert keystore.forget_key().state is KeyState.UNAVAILABLE
    kept = keystore.KeyringVault({}).store(KEY)
    assert (kept.state, kept.key) == (KeyState.UNAVAILABLE, KEY), "usable for this run"


def test_a_keyring_that_never_answers_is_given_up_on(
    silent_keyring: SilentKeyring, expect_log_warnings: Callable[[str], None]
) -> None:
    expect_log_warnings("keyring failed: no answer")
    loaded = keystore.load_key({})
    assert (loaded.state, loaded.problem) == (KeyState.UNAVAILABLE, KeyProblem.NO_ANSWER)
    assert "did not answer within 0.2 s" in loaded.explanation
    kept = keystore.KeyringVault({}).store(KEY)
    assert kept.key == KEY and kept.problem is KeyProblem.NO_ANSWER


@pytest.mark.parametrize("command", [["key", "status"], ["sessions"], ["key", "forget"]])
@pytest.mark.parametrize("backend", ["raising", "silent"])
def test_the_command_line_says_one_line_never_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
    expect_log_warnings: Callable[[str], None],
    command: list[str],
    backend: str,
) -> None:
    expect_log_warnings("keyring failed")
    monkeypatch.setattr("app.keystore.KEYRING_TIME_LIMIT_S", 0.2)
    silent = SilentKeyring()
    keyring.set_keyring(RaisingKeyring(RuntimeError("dbus")) if backend == "raising" else silent)
    try:
        code, out, err = run_main(command, monkeypatch)
    finally:
        silent.released.set()
    assert code == 1
    said = (out + err).strip()
    assert len(said.splitlines()) == 1, said
    assert "Traceback" not in said
    why = "failed (RuntimeError)" if backend == "raising" else "did not answer within 0.2 s"
    assert f"The system keyring {why}" in said


@pytest.mark.parametrize("backend", ["raising", "silent"])
def test_key_set_says_the_key_works_but_was_not_stored(
    monkeypatch: pytest.MonkeyPatch, expect_log_warnings: Callable[[str], None], backend: str
) -> None:
    expect_log_warnings("keyring failed")
    monkeypatch.setattr("app.keystore.KEYRING_TIME_LIMIT_S", 0.2)
    silent = SilentKeyring()
    keyring.set_keyring(RaisingKeyring(RuntimeError("dbus")) if backend == "raising" else silent)
    try:
        with DemoCloud() as cloud:
            code, out, err = run_main(
                ["--base-url", cloud.url, "key", "set"], monkeypatch, cloud.read_write_key + "\n"
            )
    finally:
        silent.released.set()
    assert (code, out) == (1, "")
    assert err.startswith("rufus-console: the key works but was not stored: The system keyring")
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("key", ["ror-ae4fc6c1 9681a20fad30", "ror-ae4fc6c19681a20fad3ñ"])
def test_an_unusable_key_in_the_environment_is_a_lookup_with_a_reason(key: str) -> None:
    lookup = keystore.load_key({"RUFUS_API_KEY": key})
    assert (lookup.state, lookup.usable, lookup.key) == (KeyState.FROM_ENVIRONMENT, False, None)
    assert lookup.problem is KeyProblem.UNUSABLE_KEY
    assert "contains spaces or characters RUFUS keys never have" in lookup.explanation
    assert key not in lookup.explanation and key not in repr(lookup)
    assert keystore.KeyringVault({"RUFUS_API_KEY": key}).load() == lookup


def test_the_command_line_words_an_unusable_key_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUFUS_API_KEY", "ror-ae4fc6c1 9681a20fad30")
    code, out, err = run_main(["sessions"], monkeypatch)
    assert (code, out) == (1, "")
    assert err == (
        "rufus-console: The API key contains spaces or characters RUFUS keys never have. Copy "
        "it again from RUFUS Cloud → API Keys.\n"
    )
