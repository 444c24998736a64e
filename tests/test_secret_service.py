"""The one test that reaches a real keyring: gnome-keyring's Secret Service, in a private
D-Bus session with a throwaway HOME, so no desktop keyring is ever touched or prompted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.secret_service

TOOLS = ("dbus-run-session", "gnome-keyring-daemon")
KEY = "ror-ae4fc6c19681a20fad30"

PROBE = f"""
import keyring
from app import keystore
print(type(keyring.get_keyring()).__module__)
print(keystore.store_key({KEY!r}).state.name)
lookup = keystore.load_key({{}})
print(lookup.state.name, lookup.key == {KEY!r})
"""
FORGET = """
from app import keystore
print(keystore.forget_key().state.name, keystore.load_key({}).state.name)
"""


@pytest.fixture(autouse=True)
def tools_present() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and os.environ.get("CI"):
        pytest.fail(f"CI must run the Secret Service test; missing {missing}")
    if missing:
        pytest.skip(f"needs {missing}: apt-get install dbus gnome-keyring")


def in_private_session(home: Path, daemon: str, script: str) -> list[str]:
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
        and not name.startswith(("XDG_", "PYTHON_KEYRING"))
    }
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        PROBE=script,
    )
    shell = f'{daemon} >/dev/null; exec "{sys.executable}" -c "$PROBE"'
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).parent.parent,
    )
    assert done.returncode == 0, done.stderr
    assert KEY not in done.stdout + done.stderr
    return done.stdout.splitlines()


UNLOCKED = "printf pass | gnome-keyring-daemon --unlock --components=secrets"
STARTED_LOCKED = "gnome-keyring-daemon --start --components=secrets"


def test_the_key_round_trips_through_a_real_secret_service(tmp_path: Path) -> None:
    lines = in_private_session(tmp_path, UNLOCKED, PROBE)
    assert lines == ["keyring.backends.SecretService", "STORED", "STORED True"]
    keyring_files = list((tmp_path / ".local" / "share" / "keyrings").iterdir())
    assert keyring_files, "the key went to the Secret Service's own store"
    assert all(KEY.encode() not in f.read_bytes() for f in keyring_files), "stored encrypted"

    assert in_private_session(tmp_path, UNLOCKED, FORGET) == ["NOT_STORED NOT_STORED"]


def test_a_locked_keyring_is_named_locked(tmp_path: Path) -> None:
    in_private_session(tmp_path, UNLOCKED, PROBE)  # creates the keyring with a password
    lines = in_private_session(tmp_path, STARTED_LOCKED, PROBE)
    assert lines == ["keyring.backends.SecretService", "LOCKED", "LOCKED False"]


def test_a_keyring_that_cannot_be_opened_is_named_unavailable(tmp_path: Path) -> None:
    lines = in_private_session(tmp_path, STARTED_LOCKED, PROBE)
    assert lines == ["keyring.backends.SecretService", "UNAVAILABLE", "UNAVAILABLE False"]


# The window's own path: the key dialog stores the key through the Secret Service, and a
# second start reads it back from there and lists without asking.
WINDOW = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import keyring
from PySide6.QtCore import QEventLoop, QTimer
from app.demo import DemoCloud
from app.keystore import ACCOUNT, SERVICE, KeyringVault
from app.control.clients import ClientFactory
from app.ui.launch import Target, application, build

app = application([])

def wait(signal):
    loop = QEventLoop()
    signal.connect(lambda *args: loop.quit())
    QTimer.singleShot(20000, loop.quit)
    return loop

with DemoCloud() as cloud:
    first = build(Target(ClientFactory(cloud.url), KeyringVault({}), demo=False))
    first.show()
    asked = wait(first.console.key_needed)
    first.console.start()
    asked.exec()
    dialog = first.keys.dialog
    dialog.key_edit.setText(cloud.read_write_key)
    listed = wait(first.console.listing_finished)
    dialog.save_button.click()
    listed.exec()
    print(first.status_bar.key.text(), first.model.rowCount())
    print(keyring.get_password(SERVICE, ACCOUNT) == cloud.read_write_key)
    first.close()

    second = build(Target(ClientFactory(cloud.url), KeyringVault({}), demo=False))
    second.show()
    listed = wait(second.console.listing_finished)
    second.console.start()
    listed.exec()
    print(second.status_bar.key.text(), second.model.rowCount(), second.keys.dialog is None)
    second.close()
"""


def test_the_window_stores_and_reads_its_key_through_a_real_secret_service(
    tmp_path: Path,
) -> None:
    lines = in_private_session(tmp_path, UNLOCKED, WINDOW)
    assert lines == ["Key: system keyring 9", "True", "Key: system keyring 9 True"]
