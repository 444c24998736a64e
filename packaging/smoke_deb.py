"""Tests the built .deb the way an official's machine gets it, not the source.

    python packaging/smoke_deb.py dist/rufus-console_<version>_<arch>.deb

- dist/SHA256SUMS lists every artefact beside it, and `sha256sum -c` accepts it;
- what the package holds (dpkg-deb): root-owned files under the folders it may use only,
  the icons at every size, a Depends line;
- lintian finds no error (its warnings are printed; the README says why they stay);
- `appstreamcli validate-tree --no-net` accepts the unpacked tree (metainfo, menu entry, icons),
  and desktop-file-validate the menu entry;
- in a throwaway Debian 12 root (mmdebstrap: apt and dpkg only, no Python) `apt-get install`
  takes an older release made from this one (a lower version, one more file) with the
  Depends from the archive, then this one over it: every file of the older release that this
  one does not ship is gone, and nothing else changed;
- the menu entry's Exec and Icon resolve in that root, and smoke_bundle.py's checks run on the
  binary its Exec names, chrooted in that root: --version, the window on Xvfb, the crash
  dialog, the Secret Service round trip, the bundled CA file;
- with a key stored in the Secret Service and an official's settings, logs and close history
  in the root's home folder, `apt-get remove` says what stays, then it and `dpkg --purge`
  remove exactly the package's files: the home folder and the key are untouched.

As root only (a chroot, mounts). Otherwise the .deb is unpacked with dpkg-deb -x and its binary
checked as the tarball's is. Each step prints one line with its time; the first failure stops
the run with exit 1.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import smoke_bundle as smoke
from smoke_bundle import Bundle, SmokeFailure, check, say

PACKAGE = "rufus-console"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SUITE = "bookworm"  # the oldest system the package is for
HOME = Path("home") / "official"
# What the package may install, besides the folders leading there.
OWNED = re.compile(
    r"\./(opt/rufus-console/.*"
    r"|usr/bin/rufus-console"
    r"|usr/share/applications/rufus-console\.desktop"
    r"|usr/share/icons/hicolor/\d+x\d+/apps/rufus-console\.png"
    r"|usr/share/metainfo/com\.runonrufus\.console\.metainfo\.xml"
    r"|usr/share/man/man1/rufus-console\.1\.gz"
    r"|usr/share/doc/rufus-console/(copyright|changelog\.gz)"
    r"|usr/share/lintian/overrides/rufus-console)"
)
# What apt, dpkg and a running app change in a root besides the package's own files.
CHURN = re.compile(r"(var/(lib/(dpkg|apt)|log|cache)|tmp|run|root|etc/ld\.so\.cache)(/|$)")
# The official's files that no upgrade or removal may touch. The window's self-test writes the
# real close history (close-history.sqlite3) beside the stand-in below; both must survive.
USER_DATA = {
    ".config/Rufus Console/rufus-console.conf": "[MainWindow]\nseen=before the upgrade\n",
    ".local/state/rufus-console/rufus-console.log": "a log line from the older release\n",
    ".local/share/rufus-console/history.sqlite3": "stand-in for the close history\n",
}


class Timer:
    def __init__(self) -> None:
        self.started = time.monotonic()

    def __str__(self) -> str:
        seconds = time.monotonic() - self.started
        self.started = time.monotonic()
        return f"{seconds:.1f} s"


def run(
    command: list[str], cwd: Path | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, check=False, cwd=cwd, timeout=timeout
    )


# --- the file, its contents, its metadata ---------------------------------------------------


def check_checksums(deb: Path) -> None:
    sums = deb.parent / "SHA256SUMS"
    check(sums.is_file(), f"no {sums}")
    listed = {line.split(maxsplit=1)[1].lstrip("*") for line in sums.read_text().splitlines()}
    artefacts = {p.name for p in deb.parent.iterdir() if p.is_file() and p != sums}
    check(listed == artefacts, f"SHA256SUMS lists {sorted(listed)}, dist holds {sorted(artefacts)}")
    result = run(["sha256sum", "--check", "--strict", sums.name], cwd=deb.parent)
    check(result.returncode == 0, f"sha256sum --check: {smoke.told(result)}")
    say(f"SHA256SUMS: {len(listed)} artefacts, all match")


def check_contents(deb: Path) -> str:
    listing = run(["dpkg-deb", "--contents", str(deb)]).stdout.splitlines()
    paths = [line.split()[5] for line in listing]
    owners = {line.split()[1] for line in listing}
    check(owners == {"root/root"}, f"files not owned by root: {owners}")
    files = [p for p, line in zip(paths, listing, strict=True) if not line.startswith("d")]
    stray = [p for p in files if not OWNED.fullmatch(p)]
    check(not stray, f"files outside the package's own places: {stray[:10]}")
    folders = [p for p, line in zip(paths, listing, strict=True) if line.startswith("d")]
    empty = [d for d in folders if not any(f.startswith(d) for f in files)]
    check(not empty, f"folders with no file in them: {empty}")
    for size in ICON_SIZES:
        icon = f"./usr/share/icons/hicolor/{size}x{size}/apps/{PACKAGE}.png"
        check(icon in files, f"no {size} px icon")
    check("./usr/bin/rufus-console" in files, "no launcher in /usr/bin")
    depends = run(["dpkg-deb", "--field", str(deb), "Depends"]).stdout.strip()
    check(bool(depends), "no Depends")
    say(f"contents: {len(files)} files and links, all root's, in the package's own places")
    say(f"Depends: {depends}")
    return depends


def check_lintian(deb: Path) -> None:
    result = run(["lintian", "--fail-on", "error", "--no-tag-display-limit", str(deb)])
    tags = [line for line in result.stdout.splitlines() if re.match(r"[EWX]: ", line)]
    counts: dict[str, int] = {}
    for line in tags:
        name = " ".join(line.split()[:3])
        counts[name] = counts.get(name, 0) + 1
    check(result.returncode == 0, f"lintian found errors:\n{result.stdout}{result.stderr}")
    for name, count in sorted(counts.items()):
        say(f"lintian: {name} ({count}x)")
    say("lintian: no errors")


def check_metadata(tree: Path) -> None:
    result = run(["appstreamcli", "validate-tree", "--no-net", str(tree)])
    check(result.returncode == 0, f"appstreamcli validate-tree: {smoke.told(result)}")
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    desktop = tree / "usr/share/applications" / f"{PACKAGE}.desktop"
    valid = run(["desktop-file-validate", str(desktop)])
    check(valid.returncode == 0 and not valid.stdout.strip(), f"menu entry: {smoke.told(valid)}")
    say(f"appstreamcli validate-tree --no-net: {summary}; the menu entry validates")


# --- a throwaway Debian root ----------------------------------------------------------------


def in_root(root: Path, command: list[str], check_rc: bool = True) -> str:
    """A command run as root inside the root (apt, dpkg); its output."""
    env = ["PATH=/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND=noninteractive", "LANG=C.UTF-8"]
    result = run(smoke.inside(root, ["/usr/bin/env", "-i", *env, *command]))
    if check_rc:
        check(result.returncode == 0, f"{' '.join(command)} in the root: {smoke.told(result)}")
    return result.stdout + result.stderr


def host_sources() -> list[str]:
    """This machine's own apt sources when it is the same release, so the root comes from
    the same mirror; elsewhere mmdebstrap's default ones."""
    release = Path("/etc/os-release").read_text()
    if f"VERSION_CODENAME={SUITE}" not in release:
        return []
    apt = Path("/etc/apt")
    found = [apt / "sources.list"] if (apt / "sources.list").is_file() else []
    folder = apt / "sources.list.d"
    found += sorted(folder.glob("*.list")) + sorted(folder.glob("*.sources"))
    return [str(p) for p in found if re.search(r"^\s*(deb|Types:)", p.read_text(), re.M)]


def make_root(scratch: Path) -> Path:
    root = scratch / "root"
    result = run(
        [
            "mmdebstrap",
            "--variant=apt",
            "--quiet",
            "--skip=cleanup/apt/lists",
            SUITE,
            str(root),
            *host_sources(),
        ]
    )
    check(result.returncode == 0, f"mmdebstrap: {smoke.told(result)}")
    pythons = [str(p) for p in root.rglob("encodings/__init__.py")]
    check(not pythons, f"the root has a Python: {pythons}")
    return root


def files_in(root: Path) -> set[str]:
    """Every file, link and folder in the root, relative, but what apt, dpkg and a running app
    change anyway, and the official's home."""
    found = set()
    for folder, dirs, names in os.walk(root):
        here = Path(folder).relative_to(root)
        for name in dirs + names:
            path = (here / name).as_posix()
            if not CHURN.match(path) and not path.startswith(HOME.as_posix()):
                found.add(path)
    return found


def owned(root: Path) -> set[str]:
    """The package's own files, links and folders, as dpkg lists them (a shared folder such
    as /usr/share is the package's only while no other package has it)."""
    listed = in_root(root, ["dpkg-query", "--listfiles", PACKAGE]).splitlines()
    return {p.lstrip("/") for p in listed if p.startswith("/") and p != "/."}


def older_release(deb: Path, scratch: Path) -> tuple[Path, str]:
    """This package under a lower version, with one file that this one no longer ships."""
    tree = scratch / "older"
    subprocess.run(["dpkg-deb", "--raw-extract", str(deb), str(tree)], check=True)
    control = tree / "DEBIAN" / "control"
    version = re.search(r"^Version: (.+)$", control.read_text(), re.M)
    assert version is not None
    older = f"{version[1]}~older"
    control.write_text(control.read_text().replace(f"Version: {version[1]}", f"Version: {older}"))
    retired = Path("opt/rufus-console/_internal/retired-since/old-library.so")
    (tree / retired).parent.mkdir(mode=0o755)
    (tree / retired).write_text("a file only the older release had\n")
    (tree / retired).chmod(0o644)
    digest = hashlib.md5((tree / retired).read_bytes(), usedforsecurity=False).hexdigest()
    with (tree / "DEBIAN" / "md5sums").open("a") as sums:
        sums.write(f"{digest}  {retired}\n")
    built = scratch / f"{PACKAGE}_{older}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Znone", "--build", str(tree), str(built)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(tree)
    return built, retired.as_posix()


def seed_user_data(home: Path) -> dict[str, str]:
    for name, text in USER_DATA.items():
        (home / name).parent.mkdir(parents=True, exist_ok=True)
        (home / name).write_text(text)
    return snapshot(home)


def snapshot(home: Path) -> dict[str, str]:
    return {
        str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(home.rglob("*"))
        if p.is_file()
    }


def install_and_upgrade(root: Path, deb: Path, scratch: Path) -> None:
    older, retired = older_release(deb, scratch)
    for package in (older, deb):
        shutil.copy(package, root / "tmp" / package.name)
    timer = Timer()
    out = in_root(
        root, ["apt-get", "install", "--yes", "--no-install-recommends", f"/tmp/{older.name}"]
    )
    pulled = re.search(r"(\d+) newly installed", out)
    say(
        f"apt-get install of an older release: {pulled[1] if pulled else '?'} packages, "
        f"it and its Depends, into a root with no Python ({timer})"
    )
    old_files = owned(root)
    check(retired in old_files, "the older release does not hold its extra file")
    with_old = files_in(root)
    seed_user_data(root / HOME)
    out = in_root(
        root, ["apt-get", "install", "--yes", "--no-install-recommends", f"/tmp/{deb.name}"]
    )
    check("Unpacking rufus-console" in out and "over (" in out, f"not an upgrade:\n{out}")
    new_files = owned(root)
    after = files_in(root)
    check(not (root / retired).exists(), f"the upgrade left {retired}")
    expected = (with_old - old_files) | new_files
    check(
        after == expected,
        f"the upgrade left {sorted(after - expected)[:10]}, lost {sorted(expected - after)[:10]}",
    )
    say(f"upgrade: the older release's own file is gone, nothing else changed ({timer})")


def check_menu_entry(root: Path) -> Path:
    """What a desktop's menu runs: the entry's Exec on the standard PATH; its icon."""
    entry = (root / "usr/share/applications" / f"{PACKAGE}.desktop").read_text()
    exec_line = re.search(r"^Exec=(\S+)", entry, re.M)
    icon = re.search(r"^Icon=(\S+)", entry, re.M)
    check(exec_line is not None and icon is not None, "the menu entry has no Exec or Icon")
    assert exec_line is not None and icon is not None
    found = [
        Path(d, exec_line[1])
        for d in ("/usr/local/bin", "/usr/bin", "/bin")
        if os.path.lexists(root / d.lstrip("/") / exec_line[1])
    ]
    check(bool(found), f"the menu entry's {exec_line[1]} is on no PATH folder")
    target = root / os.readlink(root / found[0].relative_to("/")).lstrip("/")
    check(os.access(target, os.X_OK), f"{found[0]} leads to no program")
    for size in ICON_SIZES:
        path = root / f"usr/share/icons/hicolor/{size}x{size}/apps/{icon[1]}.png"
        check(path.is_file(), f"no {size} px icon named {icon[1]}")
    say(f"menu entry: Exec {exec_line[1]} is {found[0]} -> {target.relative_to(root)}; icon found")
    return found[0]


def check_removal(root: Path, bundle: Bundle) -> None:
    """With a key in the Secret Service and the official's files in place, remove and purge:
    exactly the package's files go; the home folder and the key stay."""
    timer = Timer()
    installed = owned(root)
    with_package = files_in(root)
    files = [p for p in installed if (root / p).is_symlink() or not (root / p).is_dir()]
    with smoke.secret_service(bundle) as bus:
        env = bundle.environment(DBUS_SESSION_BUS_ADDRESS=bus)
        with smoke.demo_cloud(bundle, env) as (url, key):
            stored = bundle.run(["key", "set", "--base-url", url], env, stdin=key + "\n")
            check(stored.returncode == 0, f"key set: {smoke.told(stored)}")
        home = snapshot(bundle.home)
        check(set(USER_DATA) <= set(home), f"the official's files are missing: {sorted(home)}")
        removed = in_root(root, ["apt-get", "remove", "--yes", PACKAGE])
        check("settings, logs and close history" in removed, f"removal said:\n{removed}")
        in_root(root, ["dpkg", "--purge", PACKAGE])
        check(snapshot(bundle.home) == home, "removing the package changed the home folder")
        check(smoke.stored_in_secret_service(bus, key), "the key left the Secret Service")
    left = files_in(root)
    expected = with_package - installed
    check(expected <= left, f"removal took {sorted(expected - left)[:10]}")
    # What stays of the package's list must be a folder that another package has too.
    kept = sorted(left - expected)
    shared = in_root(root, ["dpkg-query", "--search", *(f"/{p}" for p in kept)], check_rc=False)
    others = {line.split(": ", 1)[1] for line in shared.splitlines() if ": /" in line}
    stray = [p for p in kept if f"/{p}" not in others or not (root / p).is_dir()]
    check(not stray, f"removal left {stray[:10]}")
    status = in_root(root, ["dpkg-query", "--show", PACKAGE], check_rc=False)
    check("no packages found" in status, f"dpkg still knows the package: {status}")
    say(
        f"removal: the package's {len(files)} files gone, nothing else; the home folder "
        f"({len(home)} files) and the key stayed; apt said so ({timer})"
    )


def test_in_root(deb: Path, scratch: Path) -> None:
    timer = Timer()
    root = make_root(scratch)
    say(f"a Debian 12 root with apt and no Python, by mmdebstrap ({timer})")
    install_and_upgrade(root, deb, scratch)
    launcher = check_menu_entry(root)
    bundle = Bundle(launcher, root / HOME, [], root=root)
    timer = Timer()
    smoke.check_installed_app(bundle)
    say(f"the installed app passed smoke_bundle.py's checks, chrooted in the root ({timer})")
    check_removal(root, bundle)


def test_unpacked(tree: Path) -> None:
    """Not root: the binary as the package unpacks it, with Python hidden where it can be."""
    say("not root: no throwaway root can be made; the unpacked binary is checked instead")
    home = tree.parent / "home"
    home.mkdir()
    bundle = Bundle(tree / "opt" / PACKAGE / PACKAGE, home, smoke.hide_python())
    smoke.check_installed_app(bundle)


def main() -> int:
    smoke.SPEAKER = "deb-smoke"
    deb = Path(sys.argv[1]).resolve()
    scratch = Path(tempfile.mkdtemp(prefix="rufus-deb-smoke-"))
    started = time.monotonic()
    try:
        timer = Timer()
        check_checksums(deb)
        check_contents(deb)
        tree = scratch / "unpacked"
        subprocess.run(["dpkg-deb", "--extract", str(deb), str(tree)], check=True)
        check_metadata(tree)
        say(f"checksums, contents and metadata checked ({timer})")
        check_lintian(deb)
        say(f"lintian took {timer}")
        if os.geteuid() == 0:
            test_in_root(deb, scratch)
        else:
            test_unpacked(tree)
    except (SmokeFailure, subprocess.SubprocessError) as failure:
        say(f"FAILED: {failure}")
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    say(f"passed: {deb.name} ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
