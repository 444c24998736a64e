"""The window shows itself before the heavy modules load: the HTTP stack, the keyring and the
simulated cloud come later, on a worker (tests/bench/bench_startup.py measures the effect)."""

from __future__ import annotations

import subprocess
import sys

# And what only saving passings or the close pipeline needs: loaded on first use.
HEAVY = (
    "requests",
    "urllib3",
    "keyring",
    "app.demo.server",
    "app.rufus.client",
    "app.records.passings_export",
    "app.sessions.closing",
)


def loaded_after(statement: str) -> list[str]:
    probe = f"import sys; {statement}; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return result.stdout.split()


def test_what_the_window_imports_before_showing_leaves_the_heavy_modules_unloaded() -> None:
    assert loaded_after("import app.__main__, app.logfile, app.ui.launch") == []


def test_the_probe_sees_a_heavy_module_when_one_is_loaded() -> None:
    assert loaded_after("import app.ui.launch; from app.rufus import RufusClient") == [
        "requests",
        "urllib3",
        "app.rufus.client",
    ]
