"""Every word in the window goes through Qt's translation: a Spanish .qm file changes the
window without a code change (the contexts that pyside6-lupdate extracts match those the
code asks for at run time)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud
from app.ui.columns import position
from tests.ui.conftest import WindowFactory, click_close_button, listed, shown_tokens

UI_SOURCES = sorted((Path(__file__).parents[2] / "app" / "ui").rglob("*.py"))
TOOLS = Path(sys.executable).parent

SPANISH = {
    "Session": "Sesión",
    "● Open": "● Abierta",
    "Close the session “%1” on %2 (%3)?": "¿Cerrar la sesión «%1» en %2 (%3)?",
    "Key: demo": "Clave: demo",
}


@pytest.fixture
def spanish(tmp_path: Path) -> Iterator[None]:
    catalogue = tmp_path / "rufus_es.ts"
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *UI_SOURCES, "-ts", catalogue],
        check=True,
        capture_output=True,
    )
    tree = ElementTree.parse(catalogue)  # noqa: S314 (our own lupdate output)
    found = set()
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in SPANISH and translation is not None:
            translation.text = SPANISH[source]
            translation.attrib.pop("type", None)
            found.add(source)
    assert found == set(SPANISH), "lupdate must find every string"
    tree.write(catalogue, encoding="utf-8")
    compiled = tmp_path / "rufus_es.qm"
    subprocess.run(
        [TOOLS / "pyside6-lrelease", catalogue, "-qm", compiled], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("spanish")
def test_a_spanish_catalogue_changes_the_window_without_code(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))

    header = window.model.headerData(position("session"), Qt.Orientation.Horizontal)
    assert header == "Sesión"
    assert window.model.index(0, position("state")).data() == "● Abierta"
    assert window.status_bar.key.text() == "Clave: demo"

    click_close_button(qtbot, window, shown_tokens(window)[0])
    qtbot.waitUntil(lambda: window.confirmation is not None, timeout=10_000)
    assert window.confirmation is not None
    assert window.confirmation.heading.text().startswith("¿Cerrar la sesión «")
    window.confirmation.reject()
