"""What the Windows and macOS builds need and this Linux machine can check: the translation
tools found where pip puts them on Windows, the spec's per-platform parts, and the workflow
that builds and smoke-tests them (.github/workflows/bundles.yml)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import sysconfig
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
