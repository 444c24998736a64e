"""Packs the built Windows or macOS app for download (.github/workflows/bundles.yml).

    python packaging/package_desktop.py zip            dist/rufus-console/ →
                                                       dist/rufus-console-<version>-windows-x64.zip
    python packaging/package_desktop.py dmg ARCH       dist/Rufus Console.app →
                                                       dist/rufus-console-<version>-macos-<ARCH>.dmg
    python packaging/package_desktop.py sums FILE...   dist/SHA256SUMS for those files

Each prints the path of what it made. The zip holds the app folder; the .dmg holds the .app
and a link to /Applications to drag it onto. SHA256SUMS is in sha256sum's format, so that
`sha256sum --check` (or `shasum -a 256 --check` on a Mac) reads it.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP_FOLDER = "rufus-console"
MAC_APP = "Rufus Console.app"
#: hdiutil on hosted runners now and then fails with "Resource busy" (a disk-arbitration race
#: with Spotlight or XProtect): it is tried again, after a longer pause each time.
DMG_ATTEMPTS = 5
DMG_PAUSE_S = 15.0


def version() -> str:
    found = re.search(r'__version__ = "([^"]+)"', (ROOT / "app" / "__init__.py").read_text())
    if found is None:
        raise SystemExit("no __version__ in app/__init__.py")
    return found[1]


def make_zip(dist: Path = DIST) -> Path:
    """The app folder in a zip, its files under rufus-console/ in a fixed order."""
    folder = dist / APP_FOLDER
    if not (folder / f"{APP_FOLDER}.exe").is_file():
        raise SystemExit(f"no {APP_FOLDER}.exe in {folder}: build it first")
    target = dist / f"{APP_FOLDER}-{version()}-windows-x64.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(dist).as_posix())
    return target


def make_dmg(
    arch: str,
    dist: Path = DIST,
    pause: Callable[[float], None] = time.sleep,
) -> Path:
    """The .app and a link to /Applications in a compressed disk image."""
    app = dist / MAC_APP
    if not (app / "Contents" / "Info.plist").is_file():
        raise SystemExit(f"no {app}: build it first")
    target = dist / f"{APP_FOLDER}-{version()}-macos-{arch}.dmg"
    with tempfile.TemporaryDirectory() as scratch:
        stage = Path(scratch) / "dmg"
        stage.mkdir()
        # ditto keeps what cp -R may not: symbolic links inside frameworks, extended
        # attributes, and with them the code signature.
        subprocess.run(["ditto", str(app), str(stage / MAC_APP)], check=True)
        (stage / "Applications").symlink_to("/Applications")
        create = [
            "hdiutil",
            "create",
            "-volname",
            f"Rufus Console {version()}",
            "-srcfolder",
            str(stage),
            "-format",
            "UDZO",
            "-ov",
            str(target),
        ]
        for attempt in range(1, DMG_ATTEMPTS + 1):
            result = subprocess.run(create, capture_output=True, text=True, check=False)
            if result.returncode == 0:
                return target
            said = (result.stderr or result.stdout).strip()
            print(f"package: hdiutil create, attempt {attempt}: {said}", file=sys.stderr)
            if attempt < DMG_ATTEMPTS:
                pause(DMG_PAUSE_S * attempt)
    raise SystemExit(f"hdiutil create failed {DMG_ATTEMPTS} times: {said}")


def write_sums(files: Iterable[Path], dist: Path = DIST) -> Path:
    """dist/SHA256SUMS, one line per file: its SHA-256, two spaces, its name."""
    lines = []
    for path in files:
        digest = hashlib.sha256()
        with path.open("rb") as data:
            for block in iter(lambda: data.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    target = dist / "SHA256SUMS"
    target.write_text("".join(lines), encoding="ascii", newline="\n")
    return target


def main(arguments: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    tasks = parser.add_subparsers(dest="task", required=True)
    tasks.add_parser("zip")
    tasks.add_parser("dmg").add_argument("arch", choices=("arm64", "x86_64"))
    tasks.add_parser("sums").add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(arguments)
    if args.task == "zip":
        made = make_zip()
    elif args.task == "dmg":
        if shutil.which("hdiutil") is None:
            raise SystemExit("hdiutil is macOS's: build the .dmg on a Mac")
        made = make_dmg(args.arch)
    else:
        made = write_sums(args.files)
    print(made)
    return 0


if __name__ == "__main__":
    sys.exit(main())
