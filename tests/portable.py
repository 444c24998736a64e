"""The part of the suite that the Windows and macOS jobs run (.github/workflows/bundles.yml):

    python -m pytest -p tests.portable

It keeps the tests that need neither Qt nor Linux. A test module is kept when

- it is a top-level tests/test_*.py module whose imports (at module level, followed through
  the project's own modules) reach neither PySide6 nor pytest-qt: the window's tests need a
  screen, fonts and a platform plugin that these jobs do not set up;
- it is not Linux-only (LINUX_ONLY);
- on Windows, it imports no POSIX-only standard module at module level (pty, termios…), and
  it is not in WINDOWS_ONLY_NOT, which lists, with the reason, the tests that rely on POSIX
  behaviour at run time (file modes, signals, time.tzset, the console script beside python).

The lists come from reading the tests, not from running them on Windows or macOS: the jobs
print how many tests were kept, and tests/test_portable_selection.py checks the rule here.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"

QT = frozenset({"PySide6", "shiboken6", "pytestqt"})
POSIX_MODULES = frozenset({"pty", "tty", "termios", "fcntl", "resource", "pwd", "grp"})

LINUX_ONLY = {
    "test_deb_packaging.py": "builds and inspects a Debian package",
    "test_secret_service.py": "a Secret Service (gnome-keyring) over D-Bus",
    "test_tray_notifications.py": "a desktop's tray and notification services over D-Bus, on Xvfb",
}

WINDOWS_ONLY_NOT = {
    "test_activity.py": "moves the local zone with time.tzset",
    "test_zone_and_output.py::test_local_times_carry_a_short_zone": "time.tzset",
    "test_close_records.py::test_a_close_killed_mid_request_is_completed_by_the_next_run": (
        "SIGKILL, and the rufus-console script beside python (Scripts\\ on Windows)"
    ),
    "test_history_csv.py::test_every_column_of_every_row_comes_back": "POSIX file modes",
    "test_logfile.py::test_the_log_file_gets_information_and_errors_but_never_a_secret": (
        "POSIX file modes"
    ),
}


def module_path(name: str) -> Path | None:
    """The project's file for a module name ("app.ui.launch", "tests.conftest")."""
    base = ROOT.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def imported_at_module_level(path: Path) -> set[str]:
    """Every module `path` imports when it is imported: its top-level import statements,
    including those inside top-level if/try blocks, not those inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found: set[str] = set()
    statements: list[ast.stmt] = list(tree.body)
    while statements:
        statement = statements.pop()
        if isinstance(statement, ast.Import):
            found.update(alias.name for alias in statement.names)
        elif isinstance(statement, ast.ImportFrom):
            parts = package.split(".") if statement.level else []
            if statement.level > 1:
                parts = parts[: len(parts) - statement.level + 1]
            base = ".".join([*parts, *([statement.module] if statement.module else [])])
            found.add(base)
            # "from app.ui import wording" imports the module app.ui.wording.
            found.update(f"{base}.{alias.name}" for alias in statement.names)
        elif isinstance(statement, ast.If | ast.Try):
            statements.extend(_blocks(statement))
    return found


def _blocks(statement: ast.If | ast.Try) -> Iterable[ast.stmt]:
    yield from statement.body
    yield from statement.orelse
    if isinstance(statement, ast.Try):
        for handler in statement.handlers:
            yield from handler.body
        yield from statement.finalbody


@cache
def reaches(path: Path) -> frozenset[str]:
    """The outside top-level modules (PySide6, pty…) that importing `path` imports, through
    the project's own modules and the packages that hold them."""
    outside: set[str] = set()
    seen: set[Path] = set()
    todo = [path]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for name in imported_at_module_level(current):
            parts = name.split(".")
            own = [module_path(".".join(parts[:n])) for n in range(1, len(parts) + 1)]
            if own[0] is None:
                outside.add(parts[0])
            todo.extend(found for found in own if found is not None)
    return frozenset(outside)


def kept(path: Path, platform: str = sys.platform) -> bool:
    """Whether the module at `path` belongs to the portable part on `platform`."""
    if path.parent != TESTS or not path.name.startswith("test_") or path.name in LINUX_ONLY:
        return False
    outside = reaches(path)
    if outside & QT:
        return False
    return not (platform == "win32" and (outside & POSIX_MODULES or path.name in WINDOWS_ONLY_NOT))


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.is_dir():  # tests/ui and the rest below tests/: the window's
        return TESTS in collection_path.parents or None
    if collection_path.suffix != ".py" or collection_path.name in ("conftest.py", "__init__.py"):
        return None
    return not kept(collection_path)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if sys.platform == "win32":
        _leave_out_listed(config, items)


# Apart, so that a type check made for Linux still reads it (it skips a platform's branch,
# and calls what follows an early return for another platform unreachable).
def _leave_out_listed(config: pytest.Config, items: list[pytest.Item]) -> None:
    left_out = [item for item in items if _listed_name(item) in WINDOWS_ONLY_NOT]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]


def _listed_name(item: pytest.Item) -> str:
    """ "test_cli.py::test_x" for tests/test_cli.py::test_x[g1]: as WINDOWS_ONLY_NOT names it."""
    return item.nodeid.removeprefix("tests/").split("[")[0]
