"""The window starts in the official's language even when nothing sets LANG: an app started
from Finder or the Dock has none, and Windows' locale is the regional format, not the display
language. The language comes from the system's UI languages, in the official's order, and on
Linux Qt reads those from LANGUAGE (the variable a desktop sets for its display language)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def without_locale(**extra: str) -> dict[str, str]:
    """This environment with an empty LANG and LC_ALL, no LC_MESSAGES, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env.update(LANG="", LC_ALL="", **extra)
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def test_an_empty_lang_with_spanish_as_ui_language_opens_the_window_in_spanish() -> None:
    result = run(["-m", "app", "--demo", "--self-test"], without_locale(LANGUAGE="es"))

    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert (
        "self-test: language es_ES: menus Archivo, Sesiones, Ver, Clave, Alertas, Ayuda; "
        "Qt's Cancel: Cancelar"
    ) in result.stdout.splitlines()


CHOOSE = (
    "from PySide6.QtCore import QLocale; from app.ui.translation import install; "
    "print(install(''), QLocale().name(), QLocale().toString(10743))"
)


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        ("es", "es es_ES 10.743"),
        ("de:ca:es", "ca ca_ES 10.743"),  # the first language we ship, in the official's order
        ("de:en:es", "en en_US 10,743"),
        ("fr", "en en_US 10,743"),  # none we ship: English
    ],
)
def test_the_first_shipped_language_in_the_officials_order_is_chosen(
    ui_languages: str, expected: str
) -> None:
    result = run(["-c", CHOOSE], without_locale(LANGUAGE=ui_languages))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == expected


def test_the_system_languages_are_read_before_the_window_sets_its_own() -> None:
    """View → Language applies at the next start, but tests and the screenshots install
    languages one after another in one process: following the system again must find the
    system's languages, not the ones the last install made the default."""
    probe = (
        "from app.ui.translation import install; "
        "print(install('es'), install(''), install('en'), install(''))"
    )
    result = run(["-c", probe], without_locale(LANGUAGE="ca"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["es", "ca", "en", "ca"]
