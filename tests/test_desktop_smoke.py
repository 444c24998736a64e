"""The Windows and macOS jobs' packaging and smoke scripts, run here on what Linux has: the
app from source stands in for the built one (a wrapper that runs `python -m app`), a keyring
in a file for the system's, and small scripts for hdiutil. What only Windows or macOS can do
(Credential Manager, Set-Culture, hdiutil attach, codesign) runs in the workflow alone."""

from __future__ import annotations

import json
import os
import shlex
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_bundles_windows_macos import packaging_module

# Shell scripts stand in for the app and hdiutil, and LANGUAGE for the system's languages.
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux stands in for the others")

smoke = packaging_module("smoke_desktop")
package = packaging_module("package_desktop")


def program(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    """The app from source, as the smoke script runs a built one, with a keyring in a file."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.file_keyring.FileKeyring")
    monkeypatch.setenv("RUFUS_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.delenv("RUFUS_API_KEY", raising=False)
    body = f'exec {shlex.quote(sys.executable)} -m app "$@"'
    console = program(tmp_path, "rufus-console", body)
    return smoke.App(console, console, smoke.log_file())


def in_file_keyring(service: str, account: str, key: str | None) -> bool:
    path = Path(os.environ["RUFUS_TEST_KEYRING_FILE"])
    entries = json.loads(path.read_text()) if path.exists() else {}
    found = entries.get(f"{service}/{account}")
    return found is not None if key is None else found == key


def spoken(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    return {**env, "LANG": "", "LC_ALL": "", **extra}


def test_a_working_app_passes_every_check(app: object, capsys: pytest.CaptureFixture[str]) -> None:
    smoke.check_version(app)
    smoke.check_window(app)
    smoke.check_language(app, smoke.SPANISH, "Spanish system", spoken(LANGUAGE="es"))
    smoke.check_language(app, smoke.ENGLISH, "English system", spoken(LANGUAGE="en"))
    smoke.check_crash_report(app)
    smoke.check_keyring(app, in_file_keyring)

    said = capsys.readouterr().out
    assert "desktop-smoke: window: passed" in said
    menus = "menus Archivo, Sesiones, Ver, Clave, Alertas, Ayuda"
    assert f"Spanish system: language es_ES: {menus}" in said
    assert "desktop-smoke: keyring: stored, found by the system, used, forgotten" in said
    assert not in_file_keyring("rufus-console", "api-key", None)


def test_the_wrong_language_fails(app: object) -> None:
    with pytest.raises(smoke.SmokeFailure, match="got language en_US: menus File"):
        smoke.check_language(app, smoke.SPANISH, "Spanish system", spoken(LANGUAGE="de"))


def test_a_key_the_system_does_not_hold_fails(app: object) -> None:
    with pytest.raises(smoke.SmokeFailure, match="not in the system's keyring"):
        smoke.check_keyring(app, lambda service, account, key: False)


def test_an_app_that_hangs_fails_in_time_with_what_it_said_and_its_log(tmp_path: Path) -> None:
    log = tmp_path / "rufus-console.log"
    log.write_text("INFO app: starting\nCRITICAL app: the last words before the hang\n")
    hangs = program(tmp_path, "hangs", "echo 'self-test: listed 16 open sessions'; exec sleep 60")
    app = smoke.App(hangs, hangs, log)

    with pytest.raises(smoke.SmokeFailure) as failure:
        app.run(["--demo", "--self-test"], timeout=2)
    message = str(failure.value)
    assert "hangs --demo --self-test did not end within 2 s" in message
    assert "self-test: listed 16 open sessions" in message
    assert "the last words before the hang" in message


def test_a_failing_self_test_shows_the_end_of_the_log(tmp_path: Path) -> None:
    log = tmp_path / "rufus-console.log"
    log.write_text("ERROR app.ui: the listing failed: connection refused\n")
    fails = program(tmp_path, "fails", "echo 'self-test: FAILED: listing failed' >&2; exit 1")

    with pytest.raises(smoke.SmokeFailure) as failure:
        smoke.self_test(smoke.App(fails, fails, log))
    message = str(failure.value)
    assert "exit 1" in message and "self-test: FAILED: listing failed" in message
    assert "the listing failed: connection refused" in message


def test_the_zip_holds_the_app_folder_and_its_sum_is_checked(tmp_path: Path) -> None:
    folder = tmp_path / "rufus-console"
    (folder / "_internal").mkdir(parents=True)
    for name in ("rufus-console.exe", "rufus-console-cli.exe", "_internal/python311.dll"):
        (folder / name).write_bytes(name.encode())
    archive = package.make_zip(tmp_path)
    package.write_sums([archive], tmp_path)

    assert archive.name == f"rufus-console-{smoke.expected_version()}-windows-x64.zip"
    smoke.check_sums(archive)
    with zipfile.ZipFile(archive) as opened:
        assert sorted(opened.namelist()) == [
            "rufus-console/_internal/python311.dll",
            "rufus-console/rufus-console-cli.exe",
            "rufus-console/rufus-console.exe",
        ]
    unpacked = smoke.open_zip(archive, tmp_path / "unpacked")
    assert unpacked.console == tmp_path / "unpacked/rufus-console/rufus-console-cli.exe"
    assert unpacked.windowed == tmp_path / "unpacked/rufus-console/rufus-console.exe"

    archive.write_bytes(archive.read_bytes() + b"tampered")
    with pytest.raises(smoke.SmokeFailure, match="SHA256SUMS does not match"):
        smoke.check_sums(archive)


def test_a_busy_hdiutil_is_tried_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tools = tmp_path / "tools"
    tools.mkdir()
    program(tools, "ditto", 'cp -R "$1" "$2"')
    # Fails twice as hosted runners' hdiutil sometimes does, then writes the image.
    program(
        tools,
        "hdiutil",
        f"n=$(cat {tmp_path}/tries 2>/dev/null || echo 0); echo $((n+1)) > {tmp_path}/tries\n"
        'if [ "$n" -lt 2 ]; then echo "hdiutil: create failed - Resource busy" >&2; exit 1; fi\n'
        'for last; do :; done; echo image > "$last"',
    )
    monkeypatch.setenv("PATH", f"{tools}:{os.environ['PATH']}")
    app = tmp_path / "Rufus Console.app" / "Contents"
    app.mkdir(parents=True)
    (app / "Info.plist").write_text("<plist/>")
    pauses: list[float] = []

    image = package.make_dmg("arm64", tmp_path, pause=pauses.append)

    assert image.read_text() == "image\n"
    assert image.name == f"rufus-console-{smoke.expected_version()}-macos-arm64.dmg"
    assert (tmp_path / "tries").read_text().strip() == "3"
    assert pauses == [package.DMG_PAUSE_S, 2 * package.DMG_PAUSE_S]


def test_an_hdiutil_that_stays_busy_fails_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tools = tmp_path / "tools"
    tools.mkdir()
    program(tools, "ditto", 'cp -R "$1" "$2"')
    program(tools, "hdiutil", 'echo "hdiutil: create failed - Resource busy" >&2; exit 1')
    monkeypatch.setenv("PATH", f"{tools}:{os.environ['PATH']}")
    (tmp_path / "Rufus Console.app" / "Contents").mkdir(parents=True)
    (tmp_path / "Rufus Console.app" / "Contents" / "Info.plist").write_text("<plist/>")

    with pytest.raises(SystemExit, match="failed 5 times: hdiutil: create failed - Resource busy"):
        package.make_dmg("x86_64", tmp_path, pause=lambda seconds: None)
