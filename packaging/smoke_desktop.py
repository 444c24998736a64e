"""Smoke-tests the Windows or macOS app as an official downloads it, on GitHub's hosted
runners (.github/workflows/bundles.yml); it cannot run on Linux, but its checks can.

    python packaging/smoke_desktop.py dist/rufus-console-<version>-windows-x64.zip
        [--installer dist/rufus-console-<version>-windows-x64-setup.exe]
    python packaging/smoke_desktop.py dist/rufus-console-<version>-macos-<arch>.dmg

It checks the artefact against the SHA256SUMS beside it, opens it as an official would (the
zip unpacked into a folder; the .dmg attached, its app copied out as dragging it to
Applications does, and its code signature verified), and runs that copy:

- `--version`;
- the window on the simulated cloud (`--self-test`: lists, closes one, passes), through the
  program that prints (on Windows the console twin, rufus-console-cli.exe), and once through
  the windowed exe officials double-click, which shows nothing and is judged by its exit code;
- the window's language: English on an English system whose regional format is Spanish
  (Windows), Spanish when Spanish is the system's first language and no LANG is set (macOS,
  as from Finder), Spanish when chosen in View → Language (Windows);
- a deliberate crash (`--self-test crash`): the dialog names the log file, which holds the
  traceback;
- the key stored through the command line in the system's own keyring (Credential Manager,
  Keychain), found there, used, then forgotten;
- with --installer, the per-user installer installs silently, the installed app passes the
  window's self-test, and the uninstaller removes it.

Every run of the app has a time limit: an app that hangs (a dialog waiting for a click) fails
the check, which then prints what the app printed and the end of its log. Each check prints
one line; the first failure stops the run with exit 1.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import plistlib
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the app's own names for its folders, keyring entry, settings

#: One run of the app; a first start on a fresh runner is slow (Defender, Gatekeeper).
TIMEOUT_S = 180
SPEAKER = "desktop-smoke"
LOG_LINES = 40
MAC_APP = "Rufus Console.app"

ENGLISH = ("en", "File, Sessions, View, Key, Alerts, Help", "Cancel")
SPANISH = ("es", "Archivo, Sesiones, Ver, Clave, Alertas, Ayuda", "Cancelar")


class SmokeFailure(Exception):
    pass


def say(text: str) -> None:
    print(f"{SPEAKER}: {text}", flush=True)


def check(condition: bool, failure: str) -> None:
    if not condition:
        raise SmokeFailure(failure)


@dataclass(frozen=True)
class Result:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str


@dataclass(frozen=True)
class App:
    """The copy under test: the program that prints, the one officials double-click (the
    same file on macOS), and the log the app writes."""

    console: Path
    windowed: Path
    log: Path

    def run(
        self,
        args: list[str],
        *,
        env: Mapping[str, str] | None = None,
        stdin: str = "",
        windowed: bool = False,
        timeout: float = TIMEOUT_S,
    ) -> Result:
        program = self.windowed if windowed else self.console
        command = [str(program), *args]
        started = {"input": stdin.encode("utf-8"), "capture_output": True}
        if windowed and sys.platform == "win32":
            # As from Explorer: no console and no standard streams at all (sys.stdout and
            # sys.stderr are None in the app), not pipes that would give it some.
            started = {"stdin": subprocess.DEVNULL, "creationflags": subprocess.DETACHED_PROCESS}
        try:
            done = subprocess.run(
                command,
                env=dict(env) if env is not None else None,
                timeout=timeout,
                check=False,
                **started,  # type: ignore[arg-type]
            )
        except subprocess.TimeoutExpired as expired:
            partial = Result(command, -1, _text(expired.stdout), _text(expired.stderr))
            raise SmokeFailure(
                f"{program.name} {' '.join(args)} did not end within {timeout:.0f} s "
                f"(a dialog waiting for a click?)\n{told(partial)}\n{self.log_tail()}"
            ) from None
        # The app writes UTF-8 whatever the console's code page (app/__main__.py).
        return Result(command, done.returncode, _text(done.stdout), _text(done.stderr))

    def log_tail(self) -> str:
        if not self.log.is_file():
            return f"  (no log file at {self.log})"
        lines = self.log.read_text(encoding="utf-8", errors="replace").splitlines()
        return f"  end of {self.log}:\n    " + "\n    ".join(lines[-LOG_LINES:])

    def failed(self, what: str, result: Result) -> SmokeFailure:
        return SmokeFailure(f"{what}\n{told(result)}\n{self.log_tail()}")


def _text(output: bytes | str | None) -> str:
    if isinstance(output, bytes):
        return output.decode("utf-8", errors="replace")
    return output or ""


def told(result: Result) -> str:
    """What a run said, short enough to read in a CI log."""
    out = "\n    ".join(result.stdout.splitlines()[-15:])
    err = "\n    ".join(result.stderr.splitlines()[-25:])
    return f"  exit {result.returncode}\n  stdout:\n    {out}\n  stderr:\n    {err}"


# --- what an official sees, on any system ---------------------------------------------------


def expected_version() -> str:
    found = re.search(r'__version__ = "([^"]+)"', (ROOT / "app" / "__init__.py").read_text())
    assert found is not None
    return found[1]


def check_version(app: App) -> None:
    result = app.run(["--version"])
    wanted = f"rufus-console {expected_version()}"
    if result.returncode != 0 or result.stdout.strip() != wanted:
        raise app.failed(f"--version did not print {wanted!r}", result)
    say(f"--version: {result.stdout.strip()}")


def self_test(app: App, env: Mapping[str, str] | None = None, *, windowed: bool = False) -> Result:
    """The window lists the demo sessions, closes one through the confirmation, and exits 0."""
    result = app.run(["--demo", "--self-test"], env=env, windowed=windowed)
    if result.returncode != 0:
        raise app.failed("the window's self-test failed", result)
    if not windowed and "self-test: passed" not in result.stdout.splitlines():
        raise app.failed("the window's self-test did not say it passed", result)
    return result


def check_window(app: App, env: Mapping[str, str] | None = None) -> None:
    result = self_test(app, env)
    for line in result.stdout.splitlines():
        say(f"window: {line.removeprefix('self-test: ')}")
    worrying = [
        line
        for line in result.stderr.splitlines()
        if re.search(r"Traceback|\b(ERROR|CRITICAL)\b", line)
    ]
    check(not worrying, f"the self-test passed but printed errors:\n{result.stderr}")


def language_line(result: Result) -> str:
    lines = [x for x in result.stdout.splitlines() if x.startswith("self-test: language ")]
    return lines[0].removeprefix("self-test: ") if lines else "(no language line)"


def check_language(
    app: App, language: tuple[str, str, str], why: str, env: Mapping[str, str] | None = None
) -> None:
    """The self-test's language line: the locale, our menus, and Qt's own Cancel button."""
    code, menus, cancel = language
    line = language_line(self_test(app, env))
    # The locale's region follows the system (es_ES, or es_US on an American Mac in Spanish).
    pattern = rf"language {code}(_[A-Z]{{2}})?: menus {re.escape(menus)}; Qt's Cancel: {cancel}"
    check(re.fullmatch(pattern, line) is not None, f"{why}: expected {pattern}, got {line}")
    say(f"{why}: {line}")


def check_crash_report(app: App) -> None:
    result = app.run(["--demo", "--self-test", "crash"])
    if result.returncode != 0:
        raise app.failed("the crash self-test failed", result)
    check(app.log.is_file(), f"no log file at {app.log}")
    text = app.log.read_text(encoding="utf-8", errors="replace")
    check("DeliberateCrash: raised by --self-test crash" in text, f"no traceback in {app.log}")
    check(f"written to {app.log}" in result.stdout, f"the dialog did not name {app.log}")
    say(f"crash: dialog shown, traceback in {app.log}")


def check_windowed(app: App) -> None:
    """The exe officials double-click: no console, so only its exit code can tell."""
    self_test(app, windowed=True)
    say(f"{app.windowed.name}: the window's self-test passed (exit 0)")


@contextlib.contextmanager
def demo_server(app: App) -> Iterator[tuple[str, str]]:
    """The bundle's own simulated cloud, in its own process: its address and READ_WRITE key."""
    server = subprocess.Popen(
        [str(app.console), "demo-server", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        encoding="utf-8",
        errors="replace",
    )
    lines: queue.Queue[str] = queue.Queue()
    output = server.stdout
    assert output is not None

    def read() -> None:  # a thread, so that waiting for a line has a time limit
        for line in output:
            lines.put(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        url = key = ""
        deadline = time.monotonic() + TIMEOUT_S
        while not (url and key) and time.monotonic() < deadline:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                check(server.poll() is None, f"demo-server ended (exit {server.returncode})")
                continue
            if match := re.match(r"Simulated RUFUS cloud at (\S+)", line):
                url = match[1]
            if match := re.match(r"\s+READ_WRITE\s+(\S+)", line):
                key = match[1]
        check(bool(url and key), "the bundle's demo-server printed no address and key in time")
        yield url, key
    finally:
        server.kill()
        server.wait(30)
        reader.join(30)  # the pipe ends with the server
        output.close()


#: Whether the system's keyring holds `key` (any key, for None) for (service, account).
KeyringProbe = Callable[[str, str, str | None], bool]


def check_keyring(app: App, stored_in_system: KeyringProbe) -> None:
    from app.keystore import ACCOUNT, SERVICE

    with demo_server(app) as (url, key):
        stored = app.run(["key", "set", "--base-url", url], stdin=key + "\n")
        if stored.returncode != 0:
            raise app.failed("key set failed", stored)
        status = app.run(["key", "status"])
        if status.returncode != 0 or "stored in the system keyring" not in status.stdout:
            raise app.failed("key status does not find the stored key", status)
        check(stored_in_system(SERVICE, ACCOUNT, key), "the key is not in the system's keyring")
        listed = app.run(["sessions", "--json", "--base-url", url])
        if listed.returncode != 0 or '"token_session"' not in listed.stdout:
            raise app.failed("sessions with the stored key failed", listed)
        forgotten = app.run(["key", "forget"])
        if forgotten.returncode != 0:
            raise app.failed("key forget failed", forgotten)
        after = app.run(["sessions", "--base-url", url])
        check(after.returncode != 0, "the key was still found after key forget")
        check(not stored_in_system(SERVICE, ACCOUNT, None), "key forget left it in the keyring")
    say(f"keyring: stored, found by the system, used, forgotten ({status.stdout.strip()})")


def check_sums(artefact: Path) -> None:
    sums = artefact.with_name("SHA256SUMS")
    check(sums.is_file(), f"no SHA256SUMS beside {artefact.name}")
    listed = {
        name: digest
        for digest, _, name in (line.partition("  ") for line in sums.read_text().splitlines())
    }
    digest = hashlib.sha256(artefact.read_bytes()).hexdigest()
    check(listed.get(artefact.name) == digest, f"SHA256SUMS does not match {artefact.name}")
    say(f"SHA256SUMS: {artefact.name}: OK")


# --- Windows ------------------------------------------------------------------------------------


def log_file() -> Path:
    from app.logfile import FILE_NAME
    from app.places import log_folder

    return log_folder() / FILE_NAME


def open_zip(artefact: Path, scratch: Path) -> App:
    """Unzipped as Explorer's "Extract all" does; the exe inside the zip view cannot run."""
    with zipfile.ZipFile(artefact) as archive:
        names = archive.namelist()
        check(all(n.startswith("rufus-console/") for n in names), "files outside rufus-console/")
        archive.extractall(scratch)
    folder = scratch / "rufus-console"
    for name in ("rufus-console.exe", "rufus-console-cli.exe"):
        check((folder / name).is_file(), f"the zip has no rufus-console/{name}")
    say(f"unzipped {len(names)} files into {folder}")
    return App(folder / "rufus-console-cli.exe", folder / "rufus-console.exe", log_file())


def powershell(command: str) -> str:
    done = subprocess.run(
        ["powershell", "-NoProfile", "-NonInteractive", "-Command", command],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


@contextlib.contextmanager
def regional_format(culture: str) -> Iterator[None]:
    """This user's regional format (Settings → Time & language → Region) for a while; the
    display language stays as it is."""
    before = powershell("(Get-Culture).Name")
    powershell(f"Set-Culture {culture}")
    try:
        yield
    finally:
        powershell(f"Set-Culture {before}")


def qt_system_locale() -> str:
    """The system locale Qt finds in a new process: on Windows, the regional format."""
    probe = "from PySide6.QtCore import QLocale; print(QLocale().name())"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip()


@contextlib.contextmanager
def chosen_language(code: str) -> Iterator[None]:
    """View → Language set to `code`, as the app keeps it (QSettings: the registry)."""
    from app.settings import LANGUAGE, Settings

    settings = Settings()
    before = settings.get(LANGUAGE)
    settings.set(LANGUAGE, code)
    try:
        yield
    finally:
        settings.set(LANGUAGE, before)


def in_credential_manager(service: str, account: str, key: str | None) -> bool:
    from keyring.backends.Windows import WinVaultKeyring

    found = WinVaultKeyring().get_password(service, account)
    return found is not None if key is None else found == key


def check_installer(installer: Path, scratch: Path) -> None:
    """Per user, silently, into a scratch folder; the installed app runs; the uninstaller
    takes it away."""
    target = scratch / "installed"
    done = subprocess.run(
        [
            str(installer),
            "/VERYSILENT",
            "/SUPPRESSMSGBOXES",
            "/NORESTART",
            "/CURRENTUSER",
            f"/DIR={target}",
            f"/LOG={scratch / 'install.log'}",
        ],
        capture_output=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    check(done.returncode == 0, f"the installer failed (exit {done.returncode})")
    app = App(target / "rufus-console-cli.exe", target / "rufus-console.exe", log_file())
    check_version(app)
    self_test(app)
    say(f"installer: installed into {target}, the window's self-test passed")
    uninstaller = target / "unins000.exe"
    check(uninstaller.is_file(), "the installer left no uninstaller")
    subprocess.run(
        [str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"],
        timeout=TIMEOUT_S,
        check=False,
    )
    # The uninstaller hands over to a copy of itself and returns before it is done.
    deadline = time.monotonic() + TIMEOUT_S
    while (target / "rufus-console.exe").exists() and time.monotonic() < deadline:
        time.sleep(1)
    check(not (target / "rufus-console.exe").exists(), "the uninstaller left the app")
    say("installer: uninstalled")


def smoke_windows(artefact: Path, installer: Path | None, scratch: Path) -> None:
    check_sums(artefact)
    app = open_zip(artefact, scratch)
    check_version(app)
    # Officials' Windows is often English with the regional format of their country: the
    # window follows the display language, never the number format.
    with regional_format("es-ES"):
        # Proof that the change reaches a new process, or the check below proves nothing.
        formats = qt_system_locale()
        check(formats.startswith("es"), f"Set-Culture es-ES left Qt's locale at {formats}")
        check_language(app, ENGLISH, f"English display, regional format {formats}")
    check_window(app)
    with chosen_language("es"):
        check_language(app, SPANISH, "Spanish chosen in View → Language")
    check_windowed(app)
    check_crash_report(app)
    check_keyring(app, in_credential_manager)
    if installer is not None:
        check_sums(installer)
        check_installer(installer, scratch)


# --- macOS --------------------------------------------------------------------------------------


@contextlib.contextmanager
def attached(dmg: Path, scratch: Path) -> Iterator[Path]:
    mount = scratch / "volume"
    mount.mkdir()
    subprocess.run(
        ["hdiutil", "attach", "-nobrowse", "-readonly", "-mountpoint", str(mount), str(dmg)],
        capture_output=True,
        timeout=TIMEOUT_S,
        check=True,
    )
    try:
        yield mount
    finally:
        subprocess.run(["hdiutil", "detach", str(mount), "-force"], timeout=120, check=False)


def open_dmg(artefact: Path, scratch: Path) -> tuple[App, Path]:
    """Attached, and the app copied out, as dragging it onto Applications does."""
    applications = scratch / "Applications"
    applications.mkdir()
    with attached(artefact, scratch) as volume:
        check((volume / MAC_APP).is_dir(), f"the .dmg has no {MAC_APP}")
        link = volume / "Applications"
        check(link.is_symlink() and os.readlink(link) == "/Applications", "no Applications link")
        subprocess.run(["ditto", str(volume / MAC_APP), str(applications / MAC_APP)], check=True)
    app_folder = applications / MAC_APP
    binary = app_folder / "Contents" / "MacOS" / "rufus-console"
    say(f"attached the .dmg and copied {MAC_APP} out of it")
    return App(binary, binary, log_file()), app_folder


def check_signature(app_folder: Path) -> None:
    done = subprocess.run(
        ["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app_folder)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    check(done.returncode == 0, f"codesign --verify failed:\n{done.stderr}")
    say("codesign --verify: the (ad-hoc) signature holds")


def check_info_plist(app_folder: Path) -> None:
    info = plistlib.loads((app_folder / "Contents" / "Info.plist").read_bytes())
    languages = sorted(info.get("CFBundleLocalizations", []))
    check(languages == ["ca", "en", "es"], f"CFBundleLocalizations is {languages}")
    minimum = info.get("LSMinimumSystemVersion", "")
    running = tuple(int(part) for part in platform_version().split(".")[:2])
    wanted = tuple(int(part) for part in minimum.split(".")[:2])
    check(bool(minimum) and wanted <= running, f"LSMinimumSystemVersion {minimum!r}")
    say(f"Info.plist: languages {', '.join(languages)}; macOS {minimum} or newer")


def platform_version() -> str:
    import platform

    return platform.mac_ver()[0]


def like_finder() -> dict[str, str]:
    """The environment of an app started from Finder or the Dock: no LANG, no LC_*."""
    return {k: v for k, v in os.environ.items() if k != "LANG" and not k.startswith("LC_")}


@contextlib.contextmanager
def preferred_languages(*languages: str) -> Iterator[None]:
    """System Settings → General → Language & Region → Preferred Languages, for a while."""
    exported = subprocess.run(
        ["defaults", "export", "-g", "-"], capture_output=True, timeout=60, check=True
    ).stdout
    before = plistlib.loads(exported).get("AppleLanguages")
    subprocess.run(["defaults", "write", "-g", "AppleLanguages", "-array", *languages], check=True)
    try:
        yield
    finally:
        if before:
            restore = ["defaults", "write", "-g", "AppleLanguages", "-array", *before]
        else:
            restore = ["defaults", "delete", "-g", "AppleLanguages"]
        subprocess.run(restore, check=False)


def in_keychain(service: str, account: str, key: str | None) -> bool:
    """Asks for the entry's attributes only: reading the secret from another program would
    make macOS ask the (absent) user for permission."""
    done = subprocess.run(
        ["security", "find-generic-password", "-s", service, "-a", account],
        capture_output=True,
        timeout=60,
        check=False,
    )
    return done.returncode == 0


def smoke_macos(artefact: Path, scratch: Path) -> None:
    check_sums(artefact)
    app, app_folder = open_dmg(artefact, scratch)
    check_signature(app_folder)
    check_info_plist(app_folder)
    check_version(app)
    check_language(app, ENGLISH, "English system, started as from Finder", like_finder())
    with preferred_languages("es-ES", "en-US"):
        check_language(app, SPANISH, "Spanish system, started as from Finder", like_finder())
    check_window(app)
    check_crash_report(app)
    check_keyring(app, in_keychain)


def main(arguments: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("artefact", type=Path)
    parser.add_argument("--installer", type=Path)
    args = parser.parse_args(arguments)
    # A file the app or an antivirus still holds must not turn a pass into a failure.
    with tempfile.TemporaryDirectory(prefix="rufus-smoke-", ignore_cleanup_errors=True) as scratch:
        try:
            if args.artefact.suffix == ".zip" and sys.platform == "win32":
                smoke_windows(args.artefact.resolve(), args.installer, Path(scratch))
            elif args.artefact.suffix == ".dmg" and sys.platform == "darwin":
                smoke_macos(args.artefact.resolve(), Path(scratch))
            else:
                raise SmokeFailure(f"{args.artefact.name} is not tested on {sys.platform}")
        except SmokeFailure as failure:
            print(f"{SPEAKER}: FAILED: {failure}", file=sys.stderr, flush=True)
            return 1
    say("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
