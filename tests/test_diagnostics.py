"""The diagnostics zip for support (app/records/diagnostics.py) through `rufus-console
diagnostics --out FILE`: what it holds, and that no file in it holds the key or a whole
token or device id, even where the log or the history hold them."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import __version__
from app.demo import DemoCloud
from app.display import short_token
from app.logfile import FILE_NAME
from app.logsetup import SecretRedactor
from app.records.close_record import CloseRecord, Outcome
from app.records.diagnostics import (
    LAST_RECORDS,
    Scrubber,
    Sources,
    history_summary,
    write_diagnostics,
)
from app.records.history import CloseHistory
from app.rufus.models import Device, OpenSession, Session
from app.sessions.closing import close_context
from tests.test_cli import CONSOLE, quiet_environment

FILES = {
    "README.txt",
    "system.json",
    "settings.json",
    "log.txt",
    "native-crashes.txt",
    "close-history.json",
    "requests.json",
    "check.json",
}


def secrets_of(cloud: DemoCloud) -> list[str]:
    """Every key of the cloud, and every token and device id it holds."""
    state = cloud.state
    tokens = [s.token_session for d in state.devices() for s in state.sessions_of(d.deviceid)]
    return [*cloud.keys.values(), *tokens, *(d.deviceid for d in state.devices())]


def leaks(archive: Path, secrets: list[str]) -> list[str]:
    found = []
    with zipfile.ZipFile(archive) as opened:
        for name in opened.namelist():
            text = opened.read(name).decode("utf-8")
            found += [f"{name}: {secret[:10]}…" for secret in secrets if secret in text]
    return found


def fill_history(cloud: DemoCloud, home: Path, attempts: int) -> list[str]:
    """`attempts` closes in the history, each mentioning its whole token in its reason and
    its saved passings file (as a file name can hold 32 characters of it)."""
    history = CloseHistory(home / ".local" / "share" / "rufus-console" / "close-history.sqlite3")
    context = close_context(cloud.url, "environment")
    sessions = cloud.state.open_sessions()
    written = []
    for number in range(attempts):
        session = sessions[number % len(sessions)]
        device = cloud.state.device(session.deviceid)
        assert device is not None
        entry = OpenSession(
            Session(session.token_session, alias=session.alias),
            Device(device.deviceid, alias=device.alias, serial_number=device.serial_number),
        )
        token = session.token_session
        history.write(
            CloseRecord(
                entry,
                context,
                datetime(2026, 5, 10, 9, tzinfo=UTC) + timedelta(minutes=number),
                outcome=Outcome.CLOSED if number % 3 else Outcome.REFUSED,
                finished_at=datetime(2026, 5, 10, 10, tzinfo=UTC),
                statuses=("PATCH 200",),
                reason=f"RUFUS said no to {token}",
                passings_file=str(home / "passings" / f"2026-05-10_{token[:32]}.csv"),
            )
        )
        written.append(token)
    return written


def test_the_command_writes_every_part_and_no_secret(private_folders: Path) -> None:
    home = private_folders
    with DemoCloud() as cloud:
        key = cloud.read_write_key
        written = fill_history(cloud, home, LAST_RECORDS + 10)
        token, device = written[-1], cloud.state.devices()[0].deviceid
        log_folder = home / ".local" / "state" / "rufus-console"
        log_folder.mkdir(parents=True)
        # A log written by something that did not know to mask them.
        (log_folder / FILE_NAME).write_text(
            "old line\n" * 10
            + f"2026-05-10 INFO app: key {key} closed {token} on {device}\n"
            + "2026-05-10 WARNING app: the last line\n",
            encoding="utf-8",
        )
        settings = home / ".config" / "Rufus Console" / "rufus-console.conf"
        settings.parent.mkdir(parents=True)
        settings.write_text(
            "[refresh]\nevery-seconds=10\n\n[window]\ngeometry=@ByteArray(\\x1\\xd9)\n",
            encoding="utf-8",
        )
        out = home / "support" / "diag.zip"
        done = subprocess.run(
            [CONSOLE, "--base-url", cloud.url, "diagnostics", "--out", str(out)],
            capture_output=True,
            text=True,
            env=quiet_environment(RUFUS_API_KEY=key),
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"Diagnostics written to {out} (no API key in it; tokens shortened)\n"
        assert leaks(out, secrets_of(cloud)) == []

    with zipfile.ZipFile(out) as archive:
        assert set(archive.namelist()) == FILES
        part = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}

    system = json.loads(part["system.json"])
    assert system["app"]["version"] == __version__
    assert system["python"]["version"]
    assert system["platform"]["system"] == platform.system()
    assert system["key_from_environment"] is True

    settings_values = json.loads(part["settings.json"])["values"]
    if sys.platform.startswith("linux"):  # elsewhere only the window can read them
        assert settings_values == {"refresh/every-seconds": "10", "window/geometry": "<bytes>"}

    assert part["log.txt"].endswith("WARNING app: the last line\n")
    assert f"closed {short_token(token)} on {short_token(device)}" in part["log.txt"]
    assert "key «redacted»" in part["log.txt"]

    history = json.loads(part["close-history.json"])
    assert history["attempts"] == LAST_RECORDS + 10
    assert history["by_outcome"] == {"closed": 40, "refused": 20}
    assert len(history["last"]) == LAST_RECORDS
    newest = history["last"][0]
    assert newest["token"] == short_token(token)
    assert newest["reason"] == f"RUFUS said no to {short_token(token)}"
    assert newest["requested_at"] == "2026-05-10T09:59:00.000+00:00"

    requests = json.loads(part["requests.json"])
    assert [(r["method"], r["path"], r["status"]) for r in requests] == [("GET", "/devices", 200)]
    assert float(requests[0]["elapsed_ms"]) >= 0

    check = json.loads(part["check.json"])
    assert check["devices"] == len(cloud.state.devices())
    assert check["key_source"] == "environment"


def test_without_a_key_the_file_is_written_and_says_why_rufus_was_not_asked(
    private_folders: Path,
) -> None:
    out = private_folders / "diag.zip"
    done = subprocess.run(
        [CONSOLE, "diagnostics", "--out", str(out)],
        capture_output=True,
        text=True,
        env=quiet_environment(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as archive:
        check = json.loads(archive.read("check.json"))
        assert "No API key" in check["error"]
        assert json.loads(archive.read("requests.json")) == []
        assert "(no file at" in archive.read("log.txt").decode()


def test_a_folder_that_cannot_be_written_is_one_line(private_folders: Path) -> None:
    blocked = private_folders / "blocked"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    done = subprocess.run(
        [CONSOLE, "diagnostics", "--out", str(blocked / "diag.zip")],
        capture_output=True,
        text=True,
        env=quiet_environment(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("rufus-console: the diagnostics could not be written to")
    assert len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("key ror-ae4fc6c19681a20fad30 here", "key «redacted» here"),
        ("id 65A1B7E0" + "0" * 56, "id 65A1B7…0000"),
        ("short ABCDEF012345 stays", "short ABCDEF012345 stays"),
        ("opaque sess-abc123-long-token", "opaque sess-a…oken"),
    ],
)
def test_the_scrubber(text: str, scrubbed: str) -> None:
    scrub = Scrubber(tokens=frozenset({"sess-abc123-long-token"}))
    assert scrub(text) == scrubbed


def test_the_scrubber_masks_every_key_the_process_knows_whatever_its_shape(
    fresh_redactor: SecretRedactor,
) -> None:
    fresh_redactor.add("Opaque Key 42")
    assert Scrubber()("sent with Opaque Key 42.") == "sent with «redacted»."


def test_a_record_s_token_is_shortened_whatever_its_shape(tmp_path: Path) -> None:
    history = CloseHistory(tmp_path / "history.sqlite3")
    entry = OpenSession(Session("sess-abc123-long-token"), Device("device-1"))
    history.write(CloseRecord(entry, close_context("x", "demo"), datetime.now(UTC)))
    last = history_summary(history)["last"]
    assert isinstance(last, list)
    assert [record["token"] for record in last] == ["sess-a…oken"]


def test_the_zip_appears_whole_or_not_at_all(tmp_path: Path) -> None:
    class FailsHalfway(Scrubber):
        """The disk fills up after the first parts are in the zip."""

        calls = 0

        def __call__(self, text: str) -> str:
            self.calls += 1
            if self.calls == 3:
                raise OSError(28, "No space left on device")
            return super().__call__(text)

    with pytest.raises(OSError, match="No space left"):
        write_diagnostics(
            tmp_path / "diag.zip",
            Sources(history=CloseHistory(tmp_path / "h.sqlite3"), log_folder=tmp_path),
            FailsHalfway(),
        )
    assert list(tmp_path.iterdir()) == []
