"""Builds the Debian package from the one-folder app that build_bundle.sh has just made:

    python packaging/build_deb.py APP_FOLDER OUT_FOLDER

prints OUT_FOLDER/rufus-console_<version>_<arch>.deb. The package holds the app under
/opt/rufus-console, a launcher /usr/bin/rufus-console, the menu entry, the hicolor icons, the
AppStream metainfo, a manual page, the copyright file and a changelog made from the
metainfo's releases, and a postrm that says what stays after removal.

Depends is read off the app folder itself (`system_depends`): every library that its ELF files
load from outside the folder, found with ldd with the folder first on the search path (as the
app's bootloader sets it), is mapped to the Debian package that holds it on this machine, with
the minimum version from that package's shlibs file; packages that only come in through
another one's libraries are left to that one's own Depends. `DATA_DEPENDS` adds what the app
reads from the system that is not a library.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEB = ROOT / "packaging" / "linux" / "deb"
METAINFO = ROOT / "resources" / "com.runonrufus.console.metainfo.xml"
PACKAGE = "rufus-console"
INSTALL_DIR = Path("opt") / PACKAGE
MAINTAINER = "Rufus Console maintainers <rufus-console@runonrufus.com>"
HOMEPAGE = "https://github.com/runonrufus/rufus-console"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# What the app reads from the system that is not a library: the bundled libfontconfig reads
# its configuration from /etc/fonts, and without a font every glyph is an empty box
# (shared/PLATFORM.md). fontconfig-config holds that configuration and depends on a font.
DATA_DEPENDS = ["fontconfig-config"]


def log(text: str) -> None:
    print(f"build_deb: {text}", file=sys.stderr, flush=True)


def output(*command: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout


# --- the version, the description and the changelog --------------------------------------


def app_version() -> str:
    found = re.search(r'__version__ = "([^"]+)"', (ROOT / "app" / "__init__.py").read_text())
    if not found:
        raise SystemExit("build_deb: no __version__ in app/__init__.py")
    return found[1]


def deb_version(version: str) -> str:
    """A Python version as Debian orders it: pre-releases sort before the release (~, and ~~
    for development releases, which come before alphas), post-releases after it (+).
    0.2.0.dev3 -> 0.2.0~~dev3, 0.2.0rc1 -> 0.2.0~rc1, 0.2.0.post1 -> 0.2.0+post1."""
    match = re.fullmatch(r"([\d.]*\d)[.-]?(a|b|rc|dev|post)(.*)", version)
    if not match:
        return version
    release, kind, rest = match.groups()
    mark = {"dev": "~~", "post": "+"}.get(kind, "~")
    return f"{release}{mark}{kind}{rest}"


@dataclass(frozen=True)
class Release:
    version: str
    date: str  # YYYY-MM-DD
    notes: list[str]


@dataclass(frozen=True)
class Metainfo:
    summary: str
    paragraphs: list[str | list[str]]  # a paragraph, or a list's items
    releases: list[Release]  # newest first, as AppStream orders them


def words(element: ET.Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def read_metainfo(path: Path = METAINFO) -> Metainfo:
    component = ET.parse(path).getroot()  # noqa: S314  (the project's own file)
    summary = words(component.find("summary"))
    description = component.find("description")
    paragraphs: list[str | list[str]] = []
    for block in description if description is not None else []:
        if block.tag == "p":
            paragraphs.append(words(block))
        else:
            paragraphs.append([words(item) for item in block])
    releases = [
        Release(
            release.get("version", ""),
            release.get("date", ""),
            [words(p) for p in release.iterfind("description/p")],
        )
        for release in component.iterfind("releases/release")
    ]
    return Metainfo(summary, paragraphs, releases)


def control_description(info: Metainfo) -> str:
    """The Description field: the summary, then the description wrapped as Debian wants it
    (paragraphs wrapped at 79 columns, " ." between them, list items kept as they are)."""
    lines: list[str] = []
    for paragraph in info.paragraphs:
        if lines:
            lines.append(" .")
        if isinstance(paragraph, str):
            lines += textwrap.wrap(paragraph, 79, initial_indent=" ", subsequent_indent=" ")
        else:
            for item in paragraph:
                lines += textwrap.wrap(item, 79, initial_indent="  - ", subsequent_indent="    ")
    synopsis = info.summary[0].lower() + info.summary[1:]
    return "\n".join([f"Description: {synopsis}", *lines])


def changelog(info: Metainfo) -> str:
    """A Debian changelog with one entry per AppStream release."""
    entries = []
    for release in info.releases:
        stamp = datetime.strptime(release.date, "%Y-%m-%d").replace(tzinfo=UTC)
        notes = "\n".join(
            textwrap.fill(note, 78, initial_indent="  * ", subsequent_indent="    ")
            for note in release.notes or ["New release."]
        )
        entries.append(
            f"{PACKAGE} ({deb_version(release.version)}) stable; urgency=medium\n\n{notes}\n\n"
            f" -- {MAINTAINER}  {stamp.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
        )
    return "\n".join(entries)


# --- what the app needs from the system ------------------------------------------------


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def elf_files(app: Path) -> list[Path]:
    return sorted(p for p in app.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def needed(binary: Path) -> set[str]:
    """The sonames the file names itself (its NEEDED entries)."""
    dynamic = output("readelf", "--dynamic", "--wide", str(binary))
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))


def loaded_from_outside(binary: Path, app: Path) -> dict[str, Path]:
    """soname -> the file outside the app folder that the loader takes for it, for every
    library in the file's closure, with the folder first on the search path as at run time."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LD_LIBRARY_PATH": str(app / "_internal"),
    }
    try:
        listing = output("ldd", str(binary), env=env)
    except subprocess.CalledProcessError:
        return {}  # statically linked, or not loadable on its own (ldd says which)
    found: dict[str, Path] = {}
    for line in listing.splitlines():
        if match := re.match(r"\s*(\S+) => not found", line):
            raise SystemExit(f"build_deb: {binary} needs {match[1]}, which is nowhere here")
        if match := re.match(r"\s*(\S+) => (/\S+)", line):
            soname, path = match[1], Path(match[2])
        elif match := re.match(r"\s*(/\S+) \(0x", line):  # the dynamic loader itself
            soname, path = Path(match[1]).name, Path(match[1])
        else:
            continue
        if app not in path.parents:
            found[soname] = path
    return found


@cache
def owning_package(path: Path) -> str:
    """The Debian package that holds a library (merged /usr: it may be listed either way)."""
    candidates = [path, path.resolve()]
    for candidate in list(candidates):
        text = str(candidate)
        candidates.append(Path(text[4:] if text.startswith("/usr/") else "/usr" + text))
    for candidate in candidates:
        result = subprocess.run(
            ["dpkg-query", "--search", str(candidate)], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            return result.stdout.split(":")[0].split(",")[0].strip()
    raise SystemExit(f"build_deb: no Debian package holds {path}")


@cache
def shlibs_dependency(package: str, soname: str) -> str:
    """The dependency the package's shlibs file declares for the soname (what dpkg-shlibdeps
    falls back to), or the bare package name."""
    path = output("dpkg-query", "--control-path", package, "shlibs").strip()
    name, _, version = soname.partition(".so.")
    for line in Path(path).read_text().splitlines() if path else []:
        fields = line.split(maxsplit=2)
        if len(fields) == 3 and fields[:2] == [name, version]:
            return fields[2]
    return package


def package_dependencies(package: str) -> set[str]:
    """Every installed package that `package` pulls in through Depends and Pre-Depends,
    recursively (an alternative counts: whichever is installed here)."""
    seen: set[str] = set()
    todo = [package]
    while todo:
        query = [
            "dpkg-query",
            "--show",
            "--showformat=${db:Status-Abbrev}|${Depends}, ${Pre-Depends}",
        ]
        result = subprocess.run([*query, todo.pop()], capture_output=True, text=True, check=False)
        status, _, fields = result.stdout.partition("|")
        if result.returncode != 0 or not status.startswith("ii"):
            continue
        for name in re.findall(r"(?:^|[,|])\s*([a-z0-9][a-z0-9+.-]+)", fields):
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


def highest(dependencies: list[str]) -> str:
    """Of several `pkg (>= v)` for one package, the one with the highest version."""

    def newer(a: str, b: str) -> bool:
        va, vb = (re.search(r"\(>= ([^)]+)\)", d) for d in (a, b))
        if not va or not vb:
            return bool(va)
        return (
            subprocess.run(
                ["dpkg", "--compare-versions", va[1], "gt", vb[1]], check=False
            ).returncode
            == 0
        )

    best = dependencies[0]
    for candidate in dependencies[1:]:
        if newer(candidate, best):
            best = candidate
    return best


def system_depends(app: Path) -> tuple[list[str], list[str]]:
    """Depends, and a report of where each entry came from."""
    direct: dict[str, list[str]] = {}  # package -> its dependency strings, per soname used
    why: dict[str, set[str]] = {}
    transitive: dict[str, str] = {}  # package -> one soname it provides
    for binary in elf_files(app):
        names = needed(binary)
        for soname, path in loaded_from_outside(binary, app).items():
            package = owning_package(path)
            if soname in names:
                direct.setdefault(package, []).append(shlibs_dependency(package, soname))
                why.setdefault(package, set()).add(soname)
            else:
                transitive.setdefault(package, soname)
    covered = set().union(*(package_dependencies(p) for p in direct)) if direct else set()
    report = [f"{p}: {', '.join(sorted(why[p]))}" for p in sorted(direct)]
    depends = [highest(sorted(set(deps))) for _, deps in sorted(direct.items())]
    for package, soname in sorted(transitive.items()):
        if package in direct:
            continue
        if package in covered:
            report.append(f"{package}: {soname} (through the Depends of the packages above)")
        else:
            depends.append(package)
            report.append(
                f"{package}: {soname} (a system library loads it; nothing else brings it)"
            )
    for package in DATA_DEPENDS:
        depends.append(package)
        report.append(f"{package}: not a library (see DATA_DEPENDS)")
    return depends, report


# --- the package tree ---------------------------------------------------------------------


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def normalise_modes(tree: Path, executables: set[Path]) -> None:
    """Folders 0755, files 0644 (shared libraries too, as Debian ships them), executables 0755."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path in executables else 0o644)


def stage(app: Path, tree: Path, version: str, info: Metainfo) -> None:
    shutil.rmtree(tree, ignore_errors=True)
    opt = tree / INSTALL_DIR
    shutil.copytree(app, opt, symlinks=True)
    share = tree / "usr" / "share"
    (tree / "usr" / "bin").mkdir(parents=True)
    # Absolute: /usr/bin and /opt are different top-level folders (Debian policy 10.5). The
    # bootloader finds its folder through /proc/self/exe, so a link works.
    (tree / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / PACKAGE)
    (share / "applications").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / f"{PACKAGE}.desktop", share / "applications")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        source = ROOT / "resources" / "icons" / f"{PACKAGE}-{size}.png"
        shutil.copy(source, folder / f"{PACKAGE}.png")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy(METAINFO, share / "metainfo")
    date = info.releases[0].date
    manual = (DEB / f"{PACKAGE}.1").read_text().replace("@VERSION@", version)
    manual = manual.replace('.TH RUFUS-CONSOLE 1 ""', f'.TH RUFUS-CONSOLE 1 "{date}"')
    (share / "man" / "man1").mkdir(parents=True)
    (share / "man" / "man1" / f"{PACKAGE}.1.gz").write_bytes(gzipped(manual.encode()))
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copy(DEB / "copyright", doc / "copyright")
    (doc / "changelog.gz").write_bytes(gzipped(changelog(info).encode()))
    (share / "lintian" / "overrides").mkdir(parents=True)
    shutil.copy(DEB / "lintian-overrides", share / "lintian" / "overrides" / PACKAGE)
    (tree / "DEBIAN").mkdir()
    shutil.copy(DEB / "postrm", tree / "DEBIAN" / "postrm")
    normalise_modes(tree, {opt / PACKAGE, tree / "DEBIAN" / "postrm"})


def md5sums(tree: Path) -> str:
    lines = []
    for path in sorted(tree.rglob("*")):
        relative = path.relative_to(tree)
        if path.is_file() and not path.is_symlink() and relative.parts[0] != "DEBIAN":
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {relative}\n")
    return "".join(lines)


def installed_size_kib(tree: Path) -> int:
    """As dpkg-gencontrol counts it: each file rounded up to a KiB, one per folder and link."""
    total = 0
    for path in tree.rglob("*"):
        if "DEBIAN" in path.relative_to(tree).parts:
            continue
        total += -(-path.lstat().st_size // 1024) if path.is_file() and not path.is_symlink() else 1
    return total


def control(version: str, arch: str, depends: list[str], size: int, info: Metainfo) -> str:
    fields = [
        f"Package: {PACKAGE}",
        f"Version: {version}",
        f"Architecture: {arch}",
        f"Maintainer: {MAINTAINER}",
        f"Installed-Size: {size}",
        f"Depends: {', '.join(depends)}",
        "Section: utils",
        "Priority: optional",
        f"Homepage: {HOMEPAGE}",
        control_description(info),
    ]
    return "\n".join(fields) + "\n"


def main() -> int:
    app, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    info = read_metainfo()
    version = app_version()
    if not info.releases or info.releases[0].version != version:
        raise SystemExit(f"build_deb: the metainfo's newest release is not {version}: add it")
    arch = output("dpkg", "--print-architecture").strip()
    tree = ROOT / "build" / "deb" / "tree"
    stage(app, tree, version, info)
    depends, report = system_depends(tree / INSTALL_DIR)
    for line in report:
        log(f"depends: {line}")
    (tree / "DEBIAN" / "md5sums").write_text(md5sums(tree))
    (tree / "DEBIAN" / "md5sums").chmod(0o644)
    text = control(deb_version(version), arch, depends, installed_size_kib(tree), info)
    (tree / "DEBIAN" / "control").write_text(text)
    (tree / "DEBIAN" / "control").chmod(0o644)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{deb_version(version)}_{arch}.deb"
    subprocess.run(
        # xz at level 3: 11 s on 2 cores for 40 MB; the default level 6 takes 27 s for 37 MB.
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(tree), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    log(f"{deb.name}: {deb.stat().st_size / 1e6:.0f} MB, Depends: {', '.join(depends)}")
    print(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
