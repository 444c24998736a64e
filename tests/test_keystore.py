"""The key in the keyring, and every state the keyring can be in, named."""

from __future__ import annotations

from collections.abc import Callable

import keyring
import keyring.errors
import pytest
from keyring.backends import fail

from app import keystore
from app.keystore import KeyState
from tests.conftest import MemoryKeyring

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
    keyring.set_keyring(fail.Keyring())
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

    keyring.set_keyring(null.Keyring())
    lookup = keystore.store_key(KEY)
    assert lookup.state is KeyState.NOT_KEPT
    assert "did not keep it" in lookup.explanation
    assert "this run only" in lookup.explanation
    assert keystore.KeyringVault({}).store(KEY).key == KEY, "usable for this run"
