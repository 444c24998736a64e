"""The window in Spanish and in Catalan, from the shipped catalogues: its own words, Qt's own
buttons, and numbers in the language's own format."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud
from app.ui.columns import position
from app.ui.translation import chosen_language, install
from tests.ui.conftest import WindowFactory, confirmation_of, listed, shown_tokens

WORDS = {
    # language: (the Session column, the Sessions menu, Qt's own Cancel, the summary's start)
    "es": ("Sesión", "&Sesiones", "Cancelar", "abiertas"),
    "ca": ("Sessió", "&Sessions", "Cancel·la", "obertes"),
}


@pytest.fixture(params=list(WORDS))
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert install(request.param) == request.param
    yield request.param
    install("en")


def test_the_whole_window_speaks_the_language(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, language: str
) -> None:
    session, menu, cancel, summary = WORDS[language]
    window = listed(qtbot, make_window(race))

    header = window.model.headerData(position("session"), Qt.Orientation.Horizontal)
    assert header == session
    assert menu in [action.text() for action in window.menuBar().actions()]
    assert summary in window.status_text()
    window.request_close(shown_tokens(window)[0])
    dialog = confirmation_of(qtbot, window)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    dialog.reject()


def test_numbers_follow_the_language(language: str) -> None:
    assert QLocale().toString(10743) == "10.743"


def test_the_system_language_is_followed_and_a_choice_wins() -> None:
    assert chosen_language("", QLocale("ca_ES")) == "ca"
    assert chosen_language("", QLocale("es_MX")) == "es"
    assert chosen_language("", QLocale("de_DE")) == "en"
    assert chosen_language("es", QLocale("ca_ES")) == "es"
