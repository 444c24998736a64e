"""The layers of DESIGN.md, kept by tests: what must never load Qt, which package may import
which, and no module that imports itself back through others."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"

#: Lowest first; a package may import its own layer's modules and those of lower layers.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"app", "app.display", "app.places", "app.logsetup"}),
    frozenset({"app.rufus", "app.keystore", "app.logfile", "app.demo"}),
    frozenset({"app.records"}),
    frozenset({"app.sessions"}),
    frozenset({"app.cli", "app.jobs", "app.settings"}),
    frozenset({"app.control"}),
    frozenset({"app.ui"}),
    frozenset({"app.__main__"}),
)
#: What the command line and the simulated cloud are made of: never Qt.
QT_FREE = (
    "app.rufus",
    "app.sessions",
    "app.records",
    "app.cli",
    "app.demo",
    "app.keystore",
    "app.places",
    "app.display",
)


def module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def package_of(module: str) -> str:
    return ".".join(module.split(".")[:2])


def layer_of(module: str) -> int:
    package = package_of(module)
    return next(n for n, layer in enumerate(LAYERS) if package in layer)


def imports(path: Path, *, lazy: bool = True) -> Iterator[str]:
    """The app's modules `path` imports; with `lazy`, also inside functions. Imports for type
    checking only are left out: they never run."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(inner) for inner in ast.walk(node)}
        if not lazy and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            skipped |= {id(inner) for inner in ast.walk(node) if inner is not node}
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith("app"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app"):
            yield node.module


MODULES = {module_name(path): path for path in sorted(APP.rglob("*.py"))}


def test_every_package_has_a_layer() -> None:
    assert {package_of(m) for m in MODULES} <= set().union(*LAYERS)


def test_no_package_imports_a_higher_layer() -> None:
    upward = [
        f"{module} imports {imported}"
        for module, path in MODULES.items()
        for imported in imports(path)
        if layer_of(imported) > layer_of(module)
    ]
    assert upward == []


def cycles_in(graph: dict[str, set[str]]) -> list[str]:
    found = []
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> None:
        if module in trail:
            found.append(" → ".join([*trail[trail.index(module) :], module]))
            return
        if module in done:
            return
        for imported in sorted(graph[module]):
            visit(imported, [*trail, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    return found


def test_no_module_imports_itself_back_through_others() -> None:
    graph = {
        module: {i for i in imports(path, lazy=False) if i in MODULES and i != module}
        for module, path in MODULES.items()
    }
    assert cycles_in(graph) == []


def test_the_checks_see_an_upward_import_and_a_cycle(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text("from app.ui.main_window import MainWindow\nimport app.rufus\n")
    assert list(imports(wrong)) == ["app.ui.main_window", "app.rufus"]
    assert layer_of("app.ui.main_window") > layer_of("app.rufus.client")
    assert cycles_in({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a → b → c → a"]


@pytest.mark.parametrize("package", QT_FREE)
def test_the_qt_free_layers_never_load_qt(package: str) -> None:
    """Every module of the package imported, in a fresh interpreter: PySide6 stays unloaded
    (the command line must not pay for Qt, nor depend on it)."""
    modules = [m for m in MODULES if m == package or m.startswith(package + ".")]
    probe = "; ".join(
        [f"import {module}" for module in modules]
        + ["import sys", "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"]
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=ROOT,
    )
    assert result.stdout.strip() == "[]", f"{package} loads {result.stdout.strip()}"


def test_the_probe_sees_qt_when_it_is_loaded() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import app.jobs, sys; print('PySide6' in sys.modules)"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=ROOT,
    )
    assert result.stdout.strip() == "True"
