"""The API key: asked for on first start, checked with RUFUS, kept in the keyring, every
keyring state visible — all through an in-memory keyring, never the desktop's."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.control.clients import ClientFactory
from app.demo import DemoCloud, Fault, FaultKind
from app.demo.state import AccessType
from app.keystore import ACCOUNT, SERVICE, DemoVault, KeyLookup, KeyringVault, KeyState
from app.ui.crash_report import CrashDialog, CrashReporter
from app.ui.key_dialog import KeyDialog
from app.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.ui.conftest import WAIT_MS, WindowFactory, listed, shown_tokens


def key_dialog(qtbot: QtBot, window: MainWindow) -> KeyDialog:
    qtbot.waitUntil(lambda: window.keys.dialog is not None, timeout=WAIT_MS)
    dialog = window.keys.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    return dialog


def check(qtbot: QtBot, dialog: KeyDialog, key: str) -> None:
    """Types the key and presses Check and save; the caller waits for the outcome."""
    dialog.key_edit.clear()
    QTest.keyClicks(dialog.key_edit, key)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def refused(qtbot: QtBot, dialog: KeyDialog, key: str) -> str:
    check(qtbot, dialog, key)
    qtbot.waitUntil(lambda: "not saved" in dialog.status.text(), timeout=WAIT_MS)
    return dialog.status.text()


def test_first_start_asks_for_the_key_checks_it_and_stores_it(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, memory_keyring: MemoryKeyring
) -> None:
    window = make_window(race, KeyringVault({}))
    window.console.start()
    dialog = key_dialog(qtbot, window)
    assert "No API key is stored yet" in window.status_bar.text()
    assert window.status_bar.key.text() == "Key: none"
    assert dialog.key_edit.echoMode() is QLineEdit.EchoMode.Password
    assert "READ_WRITE" in dialog.findChildren(type(dialog.status))[0].text()

    refusal = refused(qtbot, dialog, "ror-not-a-key-of-this-account")
    assert "does not recognise this key" in refusal
    assert "Enter or change API key" not in refusal, "the dialog does not send you to itself"
    assert memory_keyring.passwords == {}  # a refused key is never stored

    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        dialog.key_edit.clear()
        QTest.keyClicks(dialog.key_edit, race.read_write_key)
        QTest.keyClick(dialog.key_edit, Qt.Key.Key_Return)

    assert memory_keyring.passwords == {(SERVICE, ACCOUNT): race.read_write_key}
    assert window.keys.dialog is None
    assert window.status_bar.key.text() == "Key: system keyring"
    assert len(shown_tokens(window)) == 9


def test_a_stored_key_lists_at_once(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE, ACCOUNT, race.read_write_key)
    window = listed(qtbot, make_window(race, KeyringVault({})))
    assert window.keys.dialog is None
    assert window.status_bar.key.text() == "Key: system keyring"
    assert len(shown_tokens(window)) == 9


def test_rufus_api_key_overrides_the_keyring(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE, ACCOUNT, race.keys[AccessType.WRITE])
    window = listed(qtbot, make_window(race, KeyringVault({"RUFUS_API_KEY": race.read_write_key})))
    assert window.status_bar.key.text() == "Key: RUFUS_API_KEY"
    assert len(shown_tokens(window)) == 9


class Failing(KeyringBackend):
    """A keyring whose every call raises the given error."""

    priority = 1

    def __init__(self, error: type[Exception]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error("no")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error("no")

    def delete_password(self, service: str, username: str) -> None:
        raise self.error("no")


@pytest.mark.parametrize(
    ("error", "label", "explanation"),
    [
        (keyring.errors.NoKeyringError, "Key: no keyring", "has no system keyring"),
        (keyring.errors.KeyringLocked, "Key: keyring locked", "keyring is locked"),
        (keyring.errors.InitError, "Key: keyring unavailable", "could not be opened"),
    ],
    ids=["no-keyring", "locked", "unavailable"],
)
def test_without_a_usable_keyring_the_key_is_kept_for_this_run_only(  # noqa: PLR0917
    qtbot: QtBot,
    make_window: WindowFactory,
    race: DemoCloud,
    error: type[Exception],
    label: str,
    explanation: str,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("keyring failed")
    keyring.set_keyring(Failing(error))
    window = make_window(race, KeyringVault({}))
    window.console.start()
    dialog = key_dialog(qtbot, window)

    assert window.status_bar.key.text() == label
    assert explanation in window.status_bar.text()
    assert "kept for this run only" in dialog.keyring_note.text()
    assert dialog.keyring_note.isVisibleTo(dialog)

    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        check(qtbot, dialog, race.read_write_key)

    assert window.status_bar.key.text() == "Key: this run only"
    assert "never written to a file" in window.status_bar.key.toolTip()
    assert len(shown_tokens(window)) == 9


def test_forgetting_the_key_empties_the_keyring_and_the_table(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE, ACCOUNT, race.read_write_key)
    window = listed(qtbot, make_window(race, KeyringVault({})))

    with qtbot.waitSignal(window.console.key_changed, timeout=WAIT_MS):
        window.console.forget_key()

    assert memory_keyring.passwords == {}
    assert window.model.rowCount() == 0
    assert window.status_bar.key.text() == "Key: none"
    assert not window.commands.forget_key.isEnabled()


def test_the_key_dialog_shows_the_key_on_request_and_pastes(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = make_window(race, KeyringVault({}))
    window.console.start()
    dialog = key_dialog(qtbot, window)

    def echo(mode: QLineEdit.EchoMode) -> Callable[[], bool]:
        return lambda: dialog.key_edit.echoMode() is mode

    # A mnemonic "animates" the click: the box toggles a moment later.
    QTest.keyClick(dialog.key_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Show key
    qtbot.waitUntil(echo(QLineEdit.EchoMode.Normal), timeout=WAIT_MS)
    QTest.keyClick(dialog.key_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(echo(QLineEdit.EchoMode.Password), timeout=WAIT_MS)

    QGuiApplication.clipboard().setText("  ror-pasted-key  ")
    QTest.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.text() == "ror-pasted-key"
    assert dialog.save_button.isEnabled()

    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.keys.dialog is None, timeout=WAIT_MS)


def test_a_key_with_spaces_is_refused_without_asking_rufus(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, memory_keyring: MemoryKeyring
) -> None:
    window = make_window(race, KeyringVault({}))
    window.console.start()
    dialog = key_dialog(qtbot, window)
    assert "does not look like a RUFUS API key" in refused(qtbot, dialog, "my race password")
    assert race.requests() == []
    assert memory_keyring.passwords == {}


class Recording(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.threads: set[str] = set()

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.add(threading.current_thread().name)
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.add(threading.current_thread().name)
        super().set_password(service, username, password)


def test_the_keyring_is_never_called_on_the_gui_thread(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    backend = Recording()
    keyring.set_keyring(backend)
    window = make_window(race, KeyringVault({}))
    window.console.start()
    dialog = key_dialog(qtbot, window)
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        check(qtbot, dialog, race.read_write_key)

    assert backend.threads  # it was called …
    assert threading.main_thread().name not in backend.threads  # … from workers only


def test_the_key_never_shows_in_the_window_or_the_log(
    qtbot: QtBot,
    make_window: WindowFactory,
    race: DemoCloud,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    read_key = race.keys[AccessType.READ]
    window = make_window(race, KeyringVault({}))
    window.console.start()
    dialog = key_dialog(qtbot, window)
    refused(qtbot, dialog, "ror-unknown-but-secret-0000")
    check(qtbot, dialog, read_key)  # its probe is refused: a READ-only key …
    qtbot.waitUntil(lambda: "READ-only" in dialog.status.text(), timeout=WAIT_MS)
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # … kept on purpose

    shown = [
        window.status_bar.text(),
        window.status_bar.key.text(),
        window.status_bar.key.toolTip(),
    ]
    for row in range(window.model.rowCount()):
        for column in range(window.model.columnCount()):
            index = window.model.index(row, column)
            shown += [str(index.data()), str(window.model.tooltip(index))]
    logged = [record.getMessage() for record in caplog.records]
    for secret in (read_key, "ror-unknown-but-secret-0000"):
        assert not any(secret in text for text in shown + logged)
    assert any("HTTP" in text or "→" in text for text in logged)  # the log did record requests


def test_a_new_key_during_a_listing_starts_a_fresh_one(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = make_window(race, DemoVault(race.keys[AccessType.WRITE]))  # cannot list
    race.inject(Fault(FaultKind.SLOW, "GET", "/devices", delay_s=1.0))
    with qtbot.waitSignal(window.console.listing_started, timeout=WAIT_MS):
        window.console.start()
    failures: list[object] = []
    window.console.listing_failed.connect(failures.append)

    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        window.console.use_key(KeyLookup(KeyState.DEMO, race.read_write_key))

    assert len(shown_tokens(window)) == 9
    assert failures == []  # the old key's refusal, arriving late, is not reported


def test_a_read_key_is_named_read_only_and_stored_only_when_asked_twice(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, memory_keyring: MemoryKeyring
) -> None:
    window = make_window(race, KeyringVault({}))
    window.console.start()
    dialog = key_dialog(qtbot, window)

    check(qtbot, dialog, race.keys[AccessType.READ])
    qtbot.waitUntil(lambda: "READ-only" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.status.text().startswith("This key is READ-only: it can list sessions but not")
    assert dialog.save_button.text().replace("&", "") == "Save READ-only key"
    assert memory_keyring.passwords == {}, "nothing stored without a second, deliberate press"
    assert window.keys.dialog is dialog

    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert memory_keyring.passwords == {(SERVICE, ACCOUNT): race.keys[AccessType.READ]}
    assert window.rights_banner.isVisible()
    probes = [r for r in race.requests("PATCH")]
    assert len(probes) == 1, "the rights came with the key: no second probe"


def test_a_keyring_that_keeps_nothing_is_this_run_only(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
    window = make_window(race, KeyringVault({}))
    window.console.start()
    dialog = key_dialog(qtbot, window)
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        check(qtbot, dialog, race.read_write_key)
    assert window.status_bar.key.text() == "Key: this run only"
    assert "did not keep it" in window.status_bar.key.toolTip()
    assert "stored in the system keyring" not in window.status_bar.key.toolTip()


class BrokenVault:
    """A vault whose backend raises what nobody foresaw (not one of keyring's own errors), the
    first `failures` times it is asked."""

    def __init__(self, key: str | None = None, failures: int = 10**6) -> None:
        self._key = key
        self._failures = failures

    def _maybe_fail(self) -> None:
        if self._failures > 0:
            self._failures -= 1
            raise RuntimeError("the keyring backend fell over")

    def load(self) -> KeyLookup:
        self._maybe_fail()
        return (
            KeyLookup(KeyState.STORED, self._key) if self._key else KeyLookup(KeyState.NOT_STORED)
        )

    def store(self, key: str) -> KeyLookup:
        self._maybe_fail()
        self._key = key
        return KeyLookup(KeyState.STORED, key)

    def forget(self) -> KeyLookup:
        self._maybe_fail()
        self._key = None
        return KeyLookup(KeyState.NOT_STORED)


def test_a_vault_that_raises_asks_for_the_key_and_keeps_it_for_this_run(
    qtbot: QtBot,
    make_window: WindowFactory,
    race: DemoCloud,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("the key vault failed")
    window = make_window(race, BrokenVault())
    window.console.start()
    dialog = key_dialog(qtbot, window)  # not "Starting…" for ever

    assert window.status_bar.key.text() == "Key: keyring unavailable"
    assert "The system keyring could not be opened." in window.status_bar.text()
    assert "kept for this run only" in dialog.keyring_note.text()
    with qtbot.waitSignal(window.console.listing_finished, timeout=WAIT_MS):
        check(qtbot, dialog, race.read_write_key)  # storing fails too: this run only

    assert window.status_bar.key.text() == "Key: this run only"
    assert len(shown_tokens(window)) == 9


def test_a_forget_that_fails_says_so_and_can_be_tried_again(
    qtbot: QtBot,
    make_window: WindowFactory,
    race: DemoCloud,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("job forget key failed unexpectedly")
    vault = BrokenVault(race.read_write_key, failures=0)
    window = listed(qtbot, make_window(race, vault))
    vault._failures = 1

    with qtbot.waitSignal(window.console.key_not_forgotten, timeout=WAIT_MS):
        window.console.forget_key()
    assert "could not be removed from the system keyring" in window.status_bar.text()
    assert window.status_bar.text().startswith("⚠")
    assert window.commands.forget_key.isEnabled()
    assert len(shown_tokens(window)) == 9  # the key is still in use

    with qtbot.waitSignal(window.console.key_changed, timeout=WAIT_MS):
        window.console.forget_key()
    assert window.status_bar.key.text() == "Key: none"
    assert window.model.rowCount() == 0


def test_a_broken_installation_shows_the_crash_dialog_not_a_window_stuck_starting(  # noqa: PLR0917
    qtbot: QtBot,
    make_window: WindowFactory,
    race: DemoCloud,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("job load key failed unexpectedly")

    def missing_module() -> None:
        raise ImportError("No module named 'requests'")

    monkeypatch.setattr(ClientFactory, "prepare", staticmethod(missing_module))
    window = make_window(race)
    reporter = CrashReporter(tmp_path / "rufus-console.log")
    reporter.watch(window)
    with qtbot.waitSignal(reporter.shown, timeout=WAIT_MS) as shown:
        window.console.start()

    assert isinstance(shown.args[0], CrashDialog)
    shown.args[0].keep_button.click()
    assert window.status_bar.text().startswith(
        "⚠ The list could not be refreshed: Something unexpected"
    )
    assert window.table.empty_label.text() != "Not listed yet."
