"""What the Windows and macOS builds need and this Linux machine can check: the translation
tools found where pip puts them on Windows, the spec's per-platform parts, and the workflow
that builds and smoke-tests them (.github/workflows/bundles.yml)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def packaging_module(name: str) -> ModuleType:
    """A script of packaging/, imported as the build runs it."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def split_installation(tmp_path: Path) -> Path:
    """An interpreter whose scripts folder is not beside it, as on Windows, where python.exe
    sits in the installation's root and pip's console scripts in Scripts\\: here a venv whose
    python lives in interp/ while sysconfig's scripts folder is bin/. PySide6 comes from this
    checkout's venv, its two tools are the venv's own scripts pointed at the new python.
    Returns that python."""
    venv = tmp_path / "install"
    interpreter = venv / "interp" / "python"
    interpreter.parent.mkdir(parents=True)
    base = Path(sys.executable).resolve()
    interpreter.symlink_to(base)
    # Python finds pyvenv.cfg beside its executable or one folder up.
    (venv / "pyvenv.cfg").write_text(f"home = {base.parent}\n")
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    site_packages = venv / "lib" / version / "site-packages"
    site_packages.mkdir(parents=True)
    ours = sysconfig.get_path("purelib")
    (site_packages / "checkout.pth").write_text(f"import site; site.addsitedir({ours!r})\n")
    scripts = venv / "bin"
    scripts.mkdir()
    for name in ("pyside6-lupdate", "pyside6-lrelease"):
        source = Path(sysconfig.get_path("scripts")) / name
        body = source.read_text().split("\n", 1)[1]
        (scripts / name).write_text(f"#!{interpreter}\n{body}")
        (scripts / name).chmod(0o755)
    return interpreter


@pytest.mark.skipif(sys.platform != "linux", reason="lays out a Linux venv by hand")
def test_the_translation_tools_are_found_where_pip_put_them(tmp_path: Path) -> None:
    python = split_installation(tmp_path)
    # What `translations.py update` and `check` do first: run lupdate over the app.
    probe = (
        "import sys, sysconfig; sys.path.insert(0, 'packaging'); import translations; "
        "print(sysconfig.get_path('scripts')); print(len(translations.extract())); "
        "print(translations.tool('pyside6-lrelease'))"
    )
    result = subprocess.run(
        [str(python), "-c", probe],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    scripts, extracted, lrelease = result.stdout.split()
    assert Path(scripts) == tmp_path / "install" / "bin"
    assert Path(scripts) != python.parent, "the installation must have its scripts elsewhere"
    assert Path(lrelease) == Path(scripts) / "pyside6-lrelease"
    assert int(extracted) > 100  # lupdate ran and read the app's strings


def test_a_missing_tool_is_named_with_where_it_was_looked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    translations = packaging_module("translations")
    monkeypatch.setenv("PATH", "")
    with pytest.raises(FileNotFoundError) as raised:
        translations.tool("pyside6-nothing")
    assert "pyside6-nothing" in str(raised.value)
    assert sysconfig.get_path("scripts") in str(raised.value)


def mach_o(path: Path, *minimums: tuple[int, int], old_command: bool = False) -> Path:
    """A Mach-O file with one 64-bit slice per minimum (a universal file when several), each
    naming its minimum macOS as a linker writes it."""

    def thin(version: tuple[int, int]) -> bytes:
        packed = version[0] << 16 | version[1] << 8
        if old_command:  # LC_VERSION_MIN_MACOSX: version, sdk
            command = struct.pack("<IIII", 0x24, 16, packed, packed)
        else:  # LC_BUILD_VERSION: platform macOS, minos, sdk, no tools
            command = struct.pack("<IIIIII", 0x32, 24, 1, packed, packed, 0)
        uuid = struct.pack("<II16s", 0x1B, 24, bytes(16))  # another command before it
        commands = uuid + command
        header = struct.pack("<IiiIIII4x", 0xFEEDFACF, 0x0100000C, 0, 6, 2, len(commands), 0)
        return header + commands

    slices = [thin(version) for version in minimums]
    if len(slices) == 1:
        path.write_bytes(slices[0])
        return path
    table = b"".join(
        struct.pack(">iiIII", 0x0100000C, 0, 4096 * (n + 1), len(body), 12)
        for n, body in enumerate(slices)
    )
    data = bytearray(struct.pack(">II", 0xCAFEBABE, len(slices)) + table)
    for n, body in enumerate(slices):
        data.extend(bytes(4096 * (n + 1) - len(data)))
        data.extend(body)
    path.write_bytes(bytes(data))
    return path


def test_the_oldest_macos_is_the_newest_that_any_library_was_built_for(tmp_path: Path) -> None:
    macos = packaging_module("macos_minimum")
    files = [
        mach_o(tmp_path / "QtCore", (13, 0), (13, 0)),  # Qt's frameworks, universal
        mach_o(tmp_path / "QtCore.abi3.so", (15, 0), (14, 0)),  # the bindings
        mach_o(tmp_path / "libpython3.11.dylib", (10, 9), old_command=True),
        tmp_path / "base_library.zip",
    ]
    files[-1].write_bytes(b"PK\x03\x04 not a library")

    assert macos.minimum(files) == ((15, 0), tmp_path / "QtCore.abi3.so")
    assert macos.minimum(files[:1] + files[2:]) == ((13, 0), tmp_path / "QtCore")
    assert list(macos.minimums(files[2])) == [(10, 9)]
    assert macos.minimum(files[3:]) is None


class PyInstallerStandIn:
    """The names PyInstaller gives a spec, recording what the spec asks of them."""

    def __init__(self, binaries: list[tuple[str, str, str]]) -> None:
        self.binaries = binaries
        self.calls: dict[str, list[dict[str, object]]] = {}

    def api(self) -> dict[str, object]:
        stand_in = self

        class Analysis:
            def __init__(
                self, scripts: list[str], datas: Iterable[object] = (), **options: object
            ) -> None:
                self.scripts = scripts
                self.pure: list[object] = []
                self.binaries = list(stand_in.binaries)
                self.datas = list(datas)

        def recorder(name: str) -> object:
            def call(*args: object, **options: object) -> str:
                stand_in.calls.setdefault(name, []).append(options)
                return name

            return call

        return {
            "SPECPATH": str(ROOT / "packaging"),
            "Analysis": Analysis,
            **{name: recorder(name) for name in ("PYZ", "EXE", "COLLECT", "BUNDLE")},
        }


def run_spec(
    monkeypatch: pytest.MonkeyPatch, platform: str, binaries: list[tuple[str, str, str]]
) -> dict[str, list[dict[str, object]]]:
    """Runs packaging/rufus-console.spec as PyInstaller would on `platform`."""
    stand_in = PyInstallerStandIn(binaries)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    spec = ROOT / "packaging" / "rufus-console.spec"
    exec(compile(spec.read_text(), str(spec), "exec"), stand_in.api())  # noqa: S102
    return stand_in.calls


def test_the_mac_app_declares_its_languages_and_the_macos_it_needs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    qt = mach_o(tmp_path / "QtCore", (13, 0), (13, 0))
    bindings = mach_o(tmp_path / "QtCore.abi3.so", (15, 0), (15, 0))
    binaries = [
        ("PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore", str(qt), "BINARY"),
        ("PySide6/QtCore.abi3.so", str(bindings), "EXTENSION"),
    ]
    calls = run_spec(monkeypatch, "darwin", binaries)

    [bundle] = calls["BUNDLE"]
    plist = bundle["info_plist"]
    assert isinstance(plist, dict)
    assert plist["LSMinimumSystemVersion"] == "15.0"
    assert sorted(plist["CFBundleLocalizations"]) == ["ca", "en", "es"]
    assert plist["CFBundleDevelopmentRegion"] == "en"
    assert [exe["name"] for exe in calls["EXE"]] == ["rufus-console"]


def test_each_windows_exe_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    versions = packaging_module("windows_version")
    # The real resource needs pefile, which PyInstaller installs on Windows only: the table
    # of strings it is made from stands in for it.
    monkeypatch.setattr(versions, "version_info", versions.strings)
    calls = run_spec(monkeypatch, "win32", [])

    tables = {exe["name"]: exe["version"] for exe in calls["EXE"]}
    assert set(tables) == {"rufus-console", "rufus-console-cli"}
    # A table that is not a dict leaves its name out, and the comparison below fails.
    names = {
        name: table["OriginalFilename"] for name, table in tables.items() if isinstance(table, dict)
    }
    assert names == {
        "rufus-console": "rufus-console.exe",
        "rufus-console-cli": "rufus-console-cli.exe",
    }
    console = {exe["name"]: exe["console"] for exe in calls["EXE"]}
    assert console == {"rufus-console": False, "rufus-console-cli": True}
    assert "BUNDLE" not in calls
    assert versions.numbers("0.1.0") == (0, 1, 0, 0)
    assert versions.numbers("1.2") == (1, 2, 0, 0)


WORKFLOW = ROOT / ".github" / "workflows" / "bundles.yml"
#: Hosted runner images GitHub no longer runs (a job on one waits until it is cancelled); the
#: actionlint release we pin still knows some of them as valid labels.
RETIRED = {
    "macos-12": "retired in December 2024",
    "macos-13": "retired in December 2025",
    "macos-14": "unsupported since 2 November 2026",
    "windows-2019": "retired in June 2025",
    "ubuntu-20.04": "retired in April 2025",
}


def workflow_jobs() -> dict[str, str]:
    """Each job's text, by name (the two-space keys under `jobs:`)."""
    text = WORKFLOW.read_text(encoding="utf-8").split("\njobs:\n", 1)[1]
    parts = re.split(r"^  ([\w-]+):\n", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def steps(job: str) -> list[str]:
    return re.split(r"^      - ", job.split("    steps:\n", 1)[1], flags=re.MULTILINE)[1:]


def runners(job: str) -> list[str]:
    labels = re.findall(r"runs-on: ([\w.-]+)|runner: ([\w.-]+)|runner: \[([^\]]+)\]", job)
    return [
        label.strip() for found in labels for group in found if group for label in group.split(",")
    ]


def test_actionlint_finds_nothing_wrong_with_the_workflow() -> None:
    actionlint = shutil.which("actionlint", path=sysconfig.get_path("scripts"))
    assert actionlint is not None, "pip install -e '.[dev]' installs actionlint"
    shellcheck = shutil.which("shellcheck")  # it lints the bash steps when it is there
    result = subprocess.run(
        [actionlint, *([f"-shellcheck={shellcheck}"] if shellcheck else []), str(WORKFLOW)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_runners_are_current_and_one_failing_does_not_cancel_another() -> None:
    jobs = workflow_jobs()
    labels = [label for job in jobs.values() for label in runners(job)]
    assert labels, "the workflow names its runners"
    assert not {label: RETIRED[label] for label in labels if label in RETIRED}
    mac = runners(jobs["macos"])
    assert any(label.endswith("-intel") for label in mac), "an Intel build"
    assert any(not label.endswith("-intel") for label in mac), "an Apple silicon build"
    for name, job in jobs.items():
        if "matrix:" in job:
            assert "fail-fast: false" in job, f"{name}: one failing cancels the others"


def test_every_step_that_runs_something_has_a_time_limit() -> None:
    for name, job in workflow_jobs().items():
        assert re.search(r"^    timeout-minutes: \d+$", job, flags=re.MULTILINE), name
        for step in steps(job):
            if "run:" in step:
                limit = re.search(r"timeout-minutes: (\d+)", step)
                assert limit is not None, f"{name}: {step.splitlines()[0]}"
                assert int(limit[1]) <= 20, f"{name}: {step.splitlines()[0]}"


def test_what_officials_download_is_summed_and_smoke_tested_as_downloaded() -> None:
    jobs = workflow_jobs()
    windows = "\n".join(steps(jobs["windows"]))
    assert "package_desktop.py sums dist/rufus-console-*-windows-x64.zip" in windows
    assert "dist/rufus-console-*-windows-x64-setup.exe" in windows
    assert re.search(r"smoke_desktop\.py dist/rufus-console-\*-windows-x64\.zip", windows)
    assert "--installer dist/rufus-console-*-windows-x64-setup.exe" in windows
    mac = "\n".join(steps(jobs["macos"]))
    assert "package_desktop.py dmg" in mac and "hdiutil" not in mac  # the retries live there
    assert "package_desktop.py sums dist/rufus-console-*-macos-*.dmg" in mac
    assert "smoke_desktop.py dist/rufus-console-*-macos-*.dmg" in mac
    for job in (windows, mac):
        # The smoke test runs after the sums, on the artefact, not on the build folder.
        assert job.index("sums") < job.index("smoke_desktop.py")
        assert "dist/SHA256SUMS" in job.split("upload-artifact")[1]


def test_the_portable_tests_run_on_windows_and_macos() -> None:
    job = workflow_jobs()["portable-tests"]
    labels = runners(job)
    assert any(label.startswith("windows-") for label in labels)
    assert any(label.startswith("macos-") for label in labels)
    assert "python -m pytest -p tests.portable" in job


def test_the_windows_installer_is_per_user_and_built_as_the_workflow_says() -> None:
    script = ROOT / "packaging" / "windows" / "rufus-console.iss"
    text = script.read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", text, flags=re.MULTILINE))
    assert settings["PrivilegesRequired"] == "lowest", "no administrator rights needed"
    assert settings["DefaultDirName"] == "{autopf}\\Rufus Console"  # per user: LOCALAPPDATA
    assert settings["OutputBaseFilename"] == "rufus-console-{#Version}-windows-x64-setup"
    assert (script.parent / settings["SetupIconFile"].replace("\\", "/")).is_file()
    used = set(re.findall(r"\{#(\w+)\}", text))
    job = "\n".join(steps(workflow_jobs()["windows"]))
    assert {name for name in used if f"/D{name}=" not in job} == set()
