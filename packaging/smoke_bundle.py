"""Smoke-tests the built Linux bundle, not the source.

    python packaging/smoke_bundle.py dist/rufus-console-<version>-linux-<arch>.tar.gz

Unpacks the tarball in a scratch folder outside the checkout, installs it there with its own
install.sh into a throwaway HOME, and runs the installed binary:

- with an empty PATH, no PYTHON* variables, no REQUESTS_CA_BUNDLE/SSL_CERT_FILE, from the
  scratch folder, and (as root) in a mount namespace where every Python installation on this
  machine and the checkout with its venv are hidden under empty folders;
- `--version`; the window on the simulated cloud (`--self-test`: lists, closes one through the
  confirmation, exits 0, prints nothing else); a deliberate crash (`--self-test crash`: the
  dialog names the log file, which holds the traceback);
- the key stored and read back through a real Secret Service (gnome-keyring in a private
  D-Bus session);
- a TLS server with a self-signed certificate: refused as unverifiable, which needs the
  bundle's own CA file (a control run with a missing CA file fails differently).

Each check prints one line; the first failure stops the run with exit 1.
"""

from __future__ import annotations

import contextlib
import datetime
import http.server
import os
import re
import shutil
import ssl
import subprocess
import sys
import tarfile
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 90
KEYRING_PASSWORD = b"smoke-test-only"
SPEAKER = "bundle-smoke"  # smoke_deb.py speaks as itself


class SmokeFailure(Exception):
    pass


def say(text: str) -> None:
    print(f"{SPEAKER}: {text}", flush=True)


def check(condition: bool, failure: str) -> None:
    if not condition:
        raise SmokeFailure(failure)


def told(result: subprocess.CompletedProcess[str]) -> str:
    """What a failed run said, short enough to read in a CI log."""
    out = "\n    ".join(result.stdout.splitlines()[-15:])
    err = "\n    ".join(result.stderr.splitlines()[-25:])
    return f"exit {result.returncode}\n  stdout:\n    {out}\n  stderr:\n    {err}"


class Bundle:
    """The installed binary and the clean world it runs in: this machine with Python hidden,
    or (`root`) a throwaway Debian system that the binary runs chrooted in."""

    def __init__(
        self, binary: Path, home: Path, hidden: list[Path], root: Path | None = None
    ) -> None:
        self.binary = binary  # as the binary itself sees it (inside `root`, if any)
        self.home = home  # on this machine's disk
        self.hidden = hidden
        self.root = root
        self.scratch = home.parent

    def seen(self, path: Path) -> Path:
        """A path on this machine's disk as the binary sees it."""
        return Path("/", path.relative_to(self.root)) if self.root else path

    def environment(self, **extra: str) -> dict[str, str]:
        runtime = self.home / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        home = self.seen(self.home)
        env = {
            "HOME": str(home),
            "PATH": "",
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(self.seen(runtime)),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
        }
        env.update(extra)
        return env

    def command(self, args: list[str], env: dict[str, str]) -> list[str]:
        """The binary with exactly `env` (nothing inherited), behind the hidden Pythons or
        inside its root."""
        run = ["/usr/bin/env", "-i", *(f"{k}={v}" for k, v in env.items()), str(self.binary)]
        if self.root:
            return inside(self.root, [*run, *args])
        if not self.hidden:
            return run + args
        return behind(self.hidden, [*run, *args])

    def run(
        self, args: list[str], env: dict[str, str], stdin: str = ""
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(args, env),
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.scratch,
            timeout=TIMEOUT_S,
            check=False,
        )


def behind(hidden: list[Path], command: list[str]) -> list[str]:
    """`command` in a private mount namespace where each `hidden` folder is an empty tmpfs."""
    mounts = "".join(f'mount -t tmpfs -o size=1m none "{path}" && ' for path in hidden)
    namespace = ["unshare", "--mount", "--propagation", "private", "sh", "-c"]
    return [*namespace, f'{mounts}exec "$@"', "sh", *command]


def inside(root: Path, command: list[str]) -> list[str]:
    """`command` chrooted into `root`, with /dev and /proc mounted there in a private mount
    namespace (they go away with it). The X server and the D-Bus bus are reached through
    abstract sockets, which a chroot shares with this machine."""
    mounts = 'mount --rbind /dev "$0/dev" && mount -t proc proc "$0/proc" && exec chroot "$0" "$@"'
    namespace = ["unshare", "--mount", "--propagation", "private"]
    return [*namespace, "sh", "-c", mounts, str(root), *command]


def unpack_and_install(tarball: Path, scratch: Path) -> tuple[Path, Path]:
    with tarfile.open(tarball) as archive:
        archive.extractall(scratch, filter="data")
    (folder,) = [p for p in scratch.iterdir() if p.name.startswith("rufus-console-")]
    for name in (
        "rufus-console/rufus-console",
        "rufus-console.desktop",
        "rufus-console.png",
        "install.sh",
        "INSTALL.txt",
    ):
        check((folder / name).exists(), f"the tarball has no {name}")
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run(
            [validator, str(folder / "rufus-console.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        check(result.returncode == 0 and not result.stdout.strip(), f"desktop file: {told(result)}")
    home = scratch / "home"
    home.mkdir()
    result = subprocess.run(
        [str(folder / "install.sh")],
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    check(result.returncode == 0, f"install.sh failed: {result.stderr}")
    launcher = home / ".local" / "bin" / "rufus-console"
    desktop = home / ".local" / "share" / "applications" / "rufus-console.desktop"
    icon = home / ".local/share/icons/hicolor/256x256/apps/rufus-console.png"
    check(launcher.resolve().is_file() and icon.is_file(), "install.sh left no launcher or icon")
    installed_exec = f'Exec="{home}/.local/opt/rufus-console/rufus-console"'
    check(installed_exec in desktop.read_text(), "the menu entry does not run the installed app")
    say(f"unpacked and installed into a throwaway HOME ({result.stdout.splitlines()[0]})")
    return folder, launcher


def python_installations() -> list[Path]:
    """Every folder holding a Python standard library on this disk, and the checkout (its
    venv and the app's source): what the binary must not need."""
    skipped = ["(", "-path", "/proc", "-o", "-path", "/sys", "-o", "-path", "/tmp", ")", "-prune"]
    stdlib = ["-type", "f", "-path", "*/encodings/__init__.py", "-print"]
    found = subprocess.run(
        ["find", "/", "-xdev", *skipped, "-o", *stdlib],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    libraries = {Path(path).parent.parent for path in found}
    # A stdlib inside another one's site-packages (a vendored copy) is hidden with its parent.
    outer = {lib for lib in libraries if not any(p in lib.parents for p in libraries)}
    return sorted(outer | {ROOT})


def hide_python() -> list[Path]:
    hidden = python_installations()
    namespace = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"], capture_output=True, check=False
    )
    if os.geteuid() != 0 or namespace.returncode != 0:
        say("cannot make a mount namespace here (not root?): Python stays on disk, PATH is empty")
        return []
    # Every python the shell can name, the venv's too, must fail once the folders are hidden.
    candidates = f'/usr/bin/python3 /usr/local/bin/python3 "{sys.executable}" $(command -v python3)'
    probe = f'for p in {candidates}; do "$p" -c pass 2>/dev/null && echo "$p"; done'
    working = subprocess.run(
        behind(hidden, ["sh", "-c", probe]),
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    check(not working, f"a Python still runs with the installations hidden: {working}")
    say(f"hid {len(hidden)} folders holding Python (no python3 runs there any more)")
    return hidden


@contextlib.contextmanager
def virtual_screen() -> Iterator[str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            display = numbers.readline().strip()
        check(display.isdigit(), "Xvfb did not start")
        yield f":{display}"
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def check_version(bundle: Bundle) -> None:
    expected = re.search(r'__version__ = "([^"]+)"', (ROOT / "app/__init__.py").read_text())
    assert expected is not None
    result = bundle.run(["--version"], bundle.environment())
    check(result.stdout == f"rufus-console {expected[1]}\n", f"--version printed {told(result)}")
    say(f"--version: {result.stdout.strip()}")


def app_log(bundle: Bundle) -> str:
    """The end of the app's own log in the throwaway home: why a self-test went wrong."""
    log = bundle.home / ".local" / "state" / "rufus-console" / "rufus-console.log"
    if not log.is_file():
        return "  (no log file)"
    return "  log:\n    " + "\n    ".join(log.read_text(errors="replace").splitlines()[-20:])


def check_window(bundle: Bundle, display: str) -> None:
    result = bundle.run(["--demo", "--self-test"], bundle.environment(DISPLAY=display))
    lines = result.stdout.splitlines()
    check(result.returncode == 0, f"the window self-test failed: {told(result)}\n{app_log(bundle)}")
    check("self-test: passed" in lines, f"the self-test did not pass: {told(result)}")
    check(not result.stderr.strip(), f"unexpected output on stderr:\n{result.stderr}")
    stray = [line for line in lines if not line.startswith("self-test: ")]
    check(not stray, f"unexpected output: {stray}")
    settings = bundle.home / ".config" / "Rufus Console" / "rufus-console.conf"
    check(settings.is_file(), f"no settings in the throwaway folder ({settings})")
    for line in lines:
        say(f"window: {line.removeprefix('self-test: ')}")


def check_window_in_spanish(bundle: Bundle, display: str) -> None:
    """The same self-test on a Spanish system: our catalogues and Qt's own, from the bundle."""
    env = bundle.environment(DISPLAY=display, LANG="es_ES.UTF-8")
    result = bundle.run(["--demo", "--self-test"], env)
    check(result.returncode == 0, f"the self-test in Spanish failed: {told(result)}")
    [line] = [x for x in result.stdout.splitlines() if x.startswith("self-test: language")]
    wanted = (
        "language es_ES: menus Archivo, Sesiones, Ver, Clave, Alertas, Ayuda; Qt's Cancel: Cancelar"
    )
    check(line == f"self-test: {wanted}", f"the window is not in Spanish: {line}")
    say(f"window in Spanish: {line.removeprefix('self-test: ')}")


def check_crash_report(bundle: Bundle, display: str) -> None:
    result = bundle.run(["--demo", "--self-test", "crash"], bundle.environment(DISPLAY=display))
    check(result.returncode == 0, f"the crash self-test failed: {told(result)}")
    log_file = bundle.home / ".local" / "state" / "rufus-console" / "rufus-console.log"
    check(log_file.is_file(), f"no log file at {log_file}")
    text = log_file.read_text()
    check("DeliberateCrash: raised by --self-test crash" in text, f"no traceback in {log_file}")
    shown = bundle.seen(log_file)
    check(f"written to {shown}" in result.stdout, f"the dialog did not name {shown}")
    stray = [
        line
        for line in result.stderr.splitlines()
        if re.search(r"\b(WARNING|ERROR)\b|qt\.", line) and "DeliberateCrash" not in line
    ]
    check(not stray, f"unexpected warnings: {stray}")
    say(f"crash: dialog shown, traceback in {log_file.relative_to(bundle.home)}")


@contextlib.contextmanager
def demo_cloud(bundle: Bundle, env: dict[str, str]) -> Iterator[tuple[str, str]]:
    server = subprocess.Popen(
        bundle.command(["demo-server", "--port", "0"], env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=bundle.scratch,
    )
    try:
        assert server.stdout is not None
        url = key = ""
        for line in server.stdout:
            if match := re.match(r"Simulated RUFUS cloud at (\S+)", line):
                url = match[1]
            if match := re.match(r"\s+READ_WRITE\s+(\S+)", line):
                key = match[1]
                break
        check(bool(url and key), "the bundle's demo-server printed no address and key")
        yield url, key
    finally:
        server.terminate()
        server.wait(10)


@contextlib.contextmanager
def secret_service(bundle: Bundle) -> Iterator[str]:
    """A private D-Bus session with an unlocked gnome-keyring; yields the bus address."""
    env = {"HOME": str(bundle.home), "PATH": "/usr/bin:/bin"}
    # A binary chrooted in its own root cannot see this machine's /tmp, but it shares the
    # abstract socket namespace.
    listen = [f"--address=unix:abstract=/tmp/rufus-smoke-{os.getpid()}"] if bundle.root else []
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", *listen],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # "failed to set fd limit": not root's business here
        text=True,
        env=env,
    )
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        subprocess.run(
            ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
            input=KEYRING_PASSWORD,
            env=env,
            capture_output=True,
            timeout=30,
            check=True,
        )
        yield address
    finally:
        bus.terminate()  # gnome-keyring-daemon leaves with its bus
        bus.wait(10)


def stored_in_secret_service(bus: str, key: str) -> bool:
    """Asks the Secret Service itself, through the venv's keyring, not through the bundle."""
    from app.keystore import ACCOUNT, SERVICE

    reader = (
        "import sys, keyring.backends.SecretService as s; "
        f"sys.exit(s.Keyring().get_password({SERVICE!r}, {ACCOUNT!r}) != sys.stdin.read())"
    )
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus}
    env.pop("DISPLAY", None)  # never a prompt on a screen
    read = subprocess.run(
        [sys.executable, "-c", reader], input=key, env=env, text=True, check=False
    )
    return read.returncode == 0


def check_secret_service(bundle: Bundle) -> None:
    with secret_service(bundle) as bus:
        env = bundle.environment(DBUS_SESSION_BUS_ADDRESS=bus)
        with demo_cloud(bundle, env) as (url, key):
            stored = bundle.run(["key", "set", "--base-url", url], env, stdin=key + "\n")
            check(stored.returncode == 0, f"key set failed: {told(stored)}")
            status = bundle.run(["key", "status"], env)
            check(status.returncode == 0, f"key status: {told(status)}")
            check(stored_in_secret_service(bus, key), "the key is not in the Secret Service")
            listed = bundle.run(["sessions", "--json", "--base-url", url], env)
            listed_ok = listed.returncode == 0 and '"token_session"' in listed.stdout
            check(listed_ok, f"sessions with the stored key: {told(listed)}")
            forgotten = bundle.run(["key", "forget"], env)
            check(forgotten.returncode == 0, f"key forget: {told(forgotten)}")
            after = bundle.run(["sessions", "--base-url", url], env)
            check(after.returncode != 0, "the key was still found after key forget")
    say(f"secret service: stored, read back and listed, then forgotten ({status.stdout.strip()})")


@contextlib.contextmanager
def self_signed_tls_server(folder: Path) -> Iterator[int]:
    # The venv has cryptography: keyring's Secret Service backend needs it.
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    pem = folder / "server.pem"
    pem.write_bytes(
        cert.public_bytes(serialization.Encoding.PEM)
        + key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pem)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()


def check_ca_bundle(bundle: Bundle) -> None:
    with self_signed_tls_server(bundle.scratch) as port:
        args = ["sessions", "--base-url", f"https://127.0.0.1:{port}/v0"]
        env = bundle.environment(RUFUS_API_KEY="ror-00000000000000000000")
        refused = bundle.run(args, env)
        verified = "could not be verified" in refused.stderr
        check(refused.returncode == 1 and verified, f"self-signed server: {told(refused)}")
        # Control: without a CA file the same call fails another way, so the check above
        # needed the bundle's own CA file.
        control = bundle.run(args, {**env, "REQUESTS_CA_BUNDLE": "/nonexistent/ca.pem"})
        check("could not be verified" not in control.stderr, f"control run: {told(control)}")
    say("tls: its own CA bundle verifies certificates (a self-signed server is refused)")


def uninstall(folder: Path, home: Path) -> None:
    result = subprocess.run(
        [str(folder / "install.sh"), "--uninstall"],
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    history = home / ".local" / "share" / "rufus-console" / "close-history.sqlite3"
    # The logs (state) and the close history (share/rufus-console) are the official's: kept.
    kept = (home / ".local" / "state", history.parent)
    left = [
        p
        for p in (home / ".local").rglob("*rufus-console*")
        if not any(p == folder or folder in p.parents for folder in kept)
    ]
    check(result.returncode == 0 and not left, f"uninstall left {left}: {result.stderr}")
    check(history.is_file(), f"uninstall removed the close history {history}")
    check("close history" in result.stdout, f"uninstall did not say what stays: {result.stdout}")
    say("install.sh --uninstall removed the app, launcher, menu entry and icon; kept the history")


def check_installed_app(bundle: Bundle) -> None:
    """Every check of the installed binary; smoke_deb.py runs them on the .deb's too."""
    check_version(bundle)
    with virtual_screen() as display:
        check_window(bundle, display)
        check_crash_report(bundle, display)
    check_secret_service(bundle)
    check_ca_bundle(bundle)


def main() -> int:
    tarball = Path(sys.argv[1]).resolve()
    scratch = Path(tempfile.mkdtemp(prefix="rufus-bundle-smoke-"))
    try:
        folder, launcher = unpack_and_install(tarball, scratch)
        bundle = Bundle(launcher, scratch / "home", hide_python())
        check_installed_app(bundle)
        with virtual_screen() as display:
            check_window_in_spanish(bundle, display)
        uninstall(folder, bundle.home)
    except (SmokeFailure, subprocess.SubprocessError) as failure:
        say(f"FAILED: {failure}")
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    say(f"passed: {tarball.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
