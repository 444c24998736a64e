"""A windowed Windows exe runs with sys.stdout and sys.stderr set to None: nothing it does may
write to them unguarded, or the official gets a crash dialog (on quitting) or nothing at all
(a bad address). Each test runs the app in its own process with both streams set to None."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.logfile import FILE_NAME
from app.places import log_folder
from tests.conftest import ROOT

TIMED_OUT = -1

WITHOUT_STREAMS = """
import sys
sys.stdout = sys.stderr = None
{setup}
from app.__main__ import main
code = main({argv!r})
with open({result!r}, "w") as result:
    result.write(str(code))
"""


def run_windowed(
    tmp_path: Path, argv: list[str], setup: str = "", **env: str
) -> tuple[int, str | None]:
    """The app's main() as a windowed exe runs it; returns the process's exit code and what
    main() returned, if it returned."""
    result = tmp_path / "returned"
    script = WITHOUT_STREAMS.format(setup=setup, argv=argv, result=str(result))
    environment = {k: v for k, v in os.environ.items() if k != "RUFUS_API_KEY"}
    environment.update(env)
    try:
        process = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except subprocess.TimeoutExpired:  # a dialog waiting for a click nobody can give
        return TIMED_OUT, None
    returned = result.read_text() if result.exists() else None
    return process.returncode, returned


def log_text() -> str:
    """The app's log, in the throwaway home the fixtures set up."""
    log = log_folder() / FILE_NAME
    return log.read_text(encoding="utf-8") if log.exists() else ""


def test_a_bad_address_is_refused_and_said_in_the_log(
    tmp_path: Path, private_folders: Path
) -> None:
    code, returned = run_windowed(tmp_path, ["--base-url", "ftp://timing.example"])

    assert (code, returned) == (0, "2")
    assert "ftp://timing.example" in log_text()
    assert "must start with https://" in log_text()


def test_a_mistyped_option_ends_with_the_usage_error_code(tmp_path: Path) -> None:
    code, returned = run_windowed(tmp_path, ["--self-test", "everything"])
    assert (code, returned) == (2, None)  # argparse's exit, not a crash (1)


# A keyring whose every call waits forever, like one whose unlock prompt nobody answers: the
# window's first key lookup never ends, so quitting leaves a worker running.
STUCK_KEYRING = """
import threading
import keyring
from keyring.backend import KeyringBackend

class Stuck(KeyringBackend):
    priority = 1
    def get_password(self, service, username):
        threading.Event().wait()
    def set_password(self, service, username, password):
        threading.Event().wait()
    def delete_password(self, service, username):
        threading.Event().wait()

keyring.set_keyring(Stuck())
"""


def test_quitting_with_a_stuck_worker_exits_without_a_crash(
    tmp_path: Path, private_folders: Path
) -> None:
    # --self-test startup quits as soon as the window is on screen.
    argv = ["--self-test", "startup", "--base-url", "http://127.0.0.1:9"]
    code, returned = run_windowed(tmp_path, argv, setup=STUCK_KEYRING)

    log = log_text()
    assert "exiting with work still running" in log
    assert "unexpected error" not in log
    assert code == 0, log
    assert returned is None, "the process ends there: waiting for the worker would hang"
