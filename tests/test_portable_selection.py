"""The part of the suite the Windows and macOS jobs run (tests/portable.py) is what it says:
its modules load no Qt when imported, it keeps the command line's and the cloud's tests, and
every test it names to leave out exists."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import portable
from tests.conftest import ROOT

LOADS_QT = (
    "import sys, importlib; importlib.import_module(sys.argv[1]); "
    "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pytestqt'}))"
)


def loaded_qt(module: Path) -> str:
    name = ".".join(module.relative_to(ROOT).with_suffix("").parts)
    result = subprocess.run(
        [sys.executable, "-c", LOADS_QT, name],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_every_kept_module_loads_no_qt_and_a_left_out_one_does() -> None:
    kept = [path for path in sorted(portable.TESTS.glob("test_*.py")) if portable.kept(path)]

    assert len(kept) >= 15
    assert {path.name for path in kept} >= {
        "test_cli.py",
        "test_parsing.py",
        "test_close.py",
        "test_demo_cloud.py",
        "test_documents_folder.py",
    }
    assert [(path.name, loaded_qt(path)) for path in kept] == [(path.name, "[]") for path in kept]
    assert loaded_qt(portable.TESTS / "test_jobs.py") == "['PySide6', 'pytestqt']"
    assert not portable.kept(portable.TESTS / "test_jobs.py")
    assert not portable.kept(portable.TESTS / "ui" / "test_languages.py")


def test_windows_leaves_out_what_needs_posix() -> None:
    cli = portable.TESTS / "test_cli.py"
    assert portable.kept(cli, "darwin")
    assert not portable.kept(cli, "win32"), "it imports pty"
    assert not portable.kept(portable.TESTS / "test_activity.py", "win32")
    assert portable.kept(portable.TESTS / "test_parsing.py", "win32")
    assert not portable.kept(portable.TESTS / "test_deb_packaging.py", "darwin")


@pytest.mark.parametrize("name", [*portable.WINDOWS_ONLY_NOT, *portable.LINUX_ONLY])
def test_each_test_left_out_exists(name: str) -> None:
    module, _, function = name.partition("::")
    path = portable.TESTS / module
    assert path.is_file()
    if function:
        assert f"def {function}(" in path.read_text(encoding="utf-8")


def test_pytest_collects_the_portable_part_only() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.portable", "--collect-only", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    files = {line.split("::")[0] for line in result.stdout.splitlines() if "::" in line}
    assert "tests/test_parsing.py" in files
    assert ("tests/test_cli.py" in files) is (sys.platform != "win32")
    assert not {f for f in files if f.startswith("tests/ui/") or f.endswith("test_jobs.py")}
