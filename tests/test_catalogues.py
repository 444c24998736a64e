"""The translation catalogues hold every string the code asks Qt to translate. pyside6-lupdate's
Python reader silently skips some calls (a plural whose count is a call, `len(rows)`), and
a skipped string stays English in every language; reading the code's own syntax tree finds
what lupdate missed."""

from __future__ import annotations

import ast
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _translations_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


translations = _translations_tool()


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def asked_for(tree: ast.Module) -> Iterator[tuple[str, str]]:
    """(context, source) for each translate("Context", "source", …) and self.tr("source", …)."""
    for klass in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
        scope = tree if klass is None else klass
        for node in ast.walk(scope):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "translate" and len(node.args) >= 2:
                context, source = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and source is not None:
                    yield context, source
            elif name == "tr" and klass is not None and node.args:
                source = _literal(node.args[0])
                if source is not None:
                    yield klass.name, source


def test_every_string_the_code_translates_is_in_the_english_catalogue() -> None:
    catalogued = {(m.context, m.source) for m in translations.read(translations.catalogue("en"))}
    asked = {
        pair
        for path in sorted((ROOT / "app").rglob("*.py"))
        for pair in asked_for(ast.parse(path.read_text(encoding="utf-8")))
    }
    assert len(asked) > 200, "the reader above finds the code's calls"
    missing = sorted(asked - catalogued)
    assert missing == [], "run packaging/translations.py update; lupdate skipped these"


def test_every_translation_call_names_its_string_literally() -> None:
    """A wrapper such as `def _tr(text): return translate("Menu", text)` hides every string
    passed to it from lupdate: those stay English in every language."""
    hidden = [
        f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}"
        for path in sorted((ROOT / "app").rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and not _names_its_string(node)
    ]
    assert hidden == []


def _names_its_string(call: ast.Call) -> bool:
    name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
    if name == "translate":
        return len(call.args) >= 2 and all(_literal(a) is not None for a in call.args[:2])
    if name == "tr":
        return bool(call.args) and _literal(call.args[0]) is not None
    return True


def test_the_check_notices_a_string_lupdate_would_miss() -> None:
    code = 'translate(\n    "CloseFlow",\n    "%n things",\n    "",\n    len(things),\n)\n'
    assert list(asked_for(ast.parse(code))) == [("CloseFlow", "%n things")]


@pytest.mark.parametrize("language", ["es", "ca"])
def test_spanish_and_catalan_translate_every_string(language: str) -> None:
    wanted = {m.key for m in translations.read(translations.catalogue("en"))}
    found = {m.key: m for m in translations.read(translations.catalogue(language))}
    missing = sorted(wanted - set(found))
    unfinished = sorted(key for key, message in found.items() if not message.finished)
    assert (missing, unfinished) == ([], []), "packaging/translations.py check lists them"
    for key in wanted:
        for form in found[key].forms:
            for placeholder in ("%1", "%2", "%3", "%n", "%Ln"):
                assert form.count(placeholder) == key[1].count(placeholder), (key, form)
