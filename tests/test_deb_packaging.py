"""What the .deb is made of, checked without building it: the AppStream metainfo, the
version Debian sees, the control text and changelog made from the metainfo, the postrm, and
how Depends is read off an app folder (packaging/build_deb.py). smoke_deb.py tests the built
package itself."""

from __future__ import annotations

import importlib.util
import itertools
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import app

ROOT = Path(__file__).resolve().parent.parent
METAINFO = ROOT / "resources" / "com.runonrufus.console.metainfo.xml"


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None and os.environ.get("CI"):
        pytest.fail(f"CI must run this test; {name} is missing")
    if found is None:
        pytest.skip(f"needs {name}: apt-get install {package}")
    return found


@pytest.fixture(scope="module")
def build_deb() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("build_deb", ROOT / "packaging/build_deb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_deb"] = module  # its dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["build_deb"]


def test_appstream_accepts_the_metainfo() -> None:
    appstreamcli = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    # Only notes, no warnings: the one note is AppStream 0.16 not knowing <developer>,
    # which AppStream 1.0 wants (the file carries both spellings).
    issues = [line for line in result.stdout.splitlines() if re.match(r"[EWIP]: ", line)]
    assert all(line.startswith("I: ") for line in issues), result.stdout


def test_the_newest_release_is_this_version_and_releases_run_newest_first(
    build_deb: ModuleType,
) -> None:
    releases = build_deb.read_metainfo().releases
    assert releases[0].version == app.__version__, "add a <release> for the new version"
    dates = [release.date for release in releases]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) for date in dates)
    assert dates == sorted(dates, reverse=True)


def test_the_metainfo_names_the_menu_entry_and_screenshots_that_exist() -> None:
    component = ET.parse(METAINFO).getroot()  # noqa: S314  (the project's own file)
    launchable = component.findtext("launchable")
    assert launchable is not None
    assert (ROOT / "resources" / launchable).is_file()
    images = component.findall("screenshots/screenshot/image")
    assert images
    for image in images:
        assert image.text is not None
        assert image.text.startswith("https://")
        local = ROOT / "resources" / "screenshots" / image.text.rsplit("/", 1)[1]
        width, height = struct.unpack(">II", local.read_bytes()[16:24])
        assert (image.get("width"), image.get("height")) == (str(width), str(height))


@pytest.mark.parametrize(
    ("python", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("0.2.0rc1", "0.2.0~rc1"),
        ("0.2.0b2", "0.2.0~b2"),
        ("0.2.0.dev3", "0.2.0~~dev3"),
        ("0.2.0.post1", "0.2.0+post1"),
    ],
)
def test_debian_orders_versions_as_python_does(
    build_deb: ModuleType, python: str, debian: str
) -> None:
    assert build_deb.deb_version(python) == debian
    dpkg = _tool("dpkg", "dpkg")
    order = ["0.2.0~~dev3", "0.2.0~b2", "0.2.0~rc1", "0.2.0", "0.2.0+post1"]
    for older, newer in itertools.pairwise(order):
        result = subprocess.run([dpkg, "--compare-versions", older, "lt", newer], check=False)
        assert result.returncode == 0, f"{older} should sort before {newer}"


def test_the_description_is_the_metainfo_in_debian_form(build_deb: ModuleType) -> None:
    info = build_deb.read_metainfo()
    text = build_deb.control_description(info)
    first, *body = text.splitlines()
    synopsis = first.removeprefix("Description: ")
    assert synopsis.lower() == info.summary.lower()
    assert len(first) <= 80
    assert not synopsis.endswith(".")
    assert body
    assert all(line.startswith(" ") and len(line) <= 80 for line in body)
    assert " ." in body  # paragraphs apart
    assert any(line.startswith("  - ") for line in body)  # list items, shown as they are


def test_the_changelog_parses_with_the_versions_of_the_releases(
    build_deb: ModuleType, tmp_path: Path
) -> None:
    parser = _tool("dpkg-parsechangelog", "dpkg-dev")
    info = build_deb.read_metainfo()
    changelog = tmp_path / "changelog"
    changelog.write_text(build_deb.changelog(info))
    result = subprocess.run(
        [parser, "--file", str(changelog), "--all", "--show-field", "Version"],
        capture_output=True,
        text=True,
        check=True,
    )
    expected = [build_deb.deb_version(release.version) for release in info.releases]
    assert result.stdout.split() == expected


def test_the_postrm_says_what_stays_on_removal_and_nothing_on_upgrade() -> None:
    postrm = ROOT / "packaging" / "linux" / "deb" / "postrm"
    assert os.access(postrm, os.X_OK)
    removed = subprocess.run([str(postrm), "remove"], capture_output=True, text=True, check=True)
    assert "settings, logs and close history" in removed.stdout
    assert "key" in removed.stdout
    upgraded = subprocess.run(
        [str(postrm), "upgrade", "0.2.0"], capture_output=True, text=True, check=True
    )
    assert upgraded.stdout == ""


def _app_folder(tmp_path: Path, program: str, bundled: list[str]) -> Path:
    """A one-folder app made of a system program and, in _internal, copies of some of the
    libraries it loads."""
    path = shutil.which(program)
    if path is None:
        pytest.skip(f"needs {program}")
    folder = tmp_path / "app"
    (folder / "_internal").mkdir(parents=True)
    shutil.copy(path, folder / program)
    listing = subprocess.run(["ldd", path], capture_output=True, text=True, check=True).stdout
    for soname in bundled:
        found = re.search(rf"{re.escape(soname)} => (\S+)", listing)
        assert found, f"{program} does not load {soname}"
        shutil.copy(found[1], folder / "_internal" / soname)
    return folder


def test_depends_names_the_system_libraries_the_folder_loads(
    build_deb: ModuleType, tmp_path: Path
) -> None:
    _tool("readelf", "binutils")
    folder = _app_folder(tmp_path, "openssl", [])
    depends, _ = build_deb.system_depends(folder)
    names = [re.split(r"[ (]", entry)[0] for entry in depends]
    assert "libssl3" in names
    assert "libc6" in names
    assert any(re.fullmatch(r"libc6 \(>= [\d.]+\)", entry) for entry in depends)
    assert names[-1] == "fontconfig-config"  # read from /etc/fonts, not linked


def test_depends_leaves_out_what_the_folder_carries(build_deb: ModuleType, tmp_path: Path) -> None:
    _tool("readelf", "binutils")
    folder = _app_folder(tmp_path, "openssl", ["libssl.so.3", "libcrypto.so.3"])
    depends, report = build_deb.system_depends(folder)
    names = [re.split(r"[ (]", entry)[0] for entry in depends]
    assert "libssl3" not in names, report
    assert "libc6" in names
