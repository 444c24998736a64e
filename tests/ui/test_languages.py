"""The window in Spanish and in Catalan, from the shipped catalogues: its own words, Qt's own
buttons, and numbers in the language's own format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud
from app.ui.columns import position
from app.ui.translation import chosen_language, install
from app.ui.words import status
from app.ui.words.errors import error_text
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
    assert summary in window.status_bar.text()
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


def every_error() -> list[Exception]:
    """One of each error the client and the close pipeline raise, with English messages."""
    from app.records.close_record import HistoryUnavailable
    from app.records.passings_errors import (
        NotSavedBecause,
        PassingsIncomplete,
        PassingsNotSaved,
    )
    from app.rufus import errors

    found: list[Exception] = [
        kind("an English message from the client", status=status)
        for kind, status in (
            (errors.AuthenticationError, 401),
            (errors.ReadOnlyKey, 403),
            (errors.WriteOnlyKey, 403),
            (errors.PermissionDenied, 403),
            (errors.SessionNotFound, 404),
            (errors.NotFound, 404),
            (errors.WrongAddress, 404),
            (errors.Refused, 409),
            (errors.RateLimited, 429),
            (errors.ServerError, 503),
            (errors.Redirected, 302),
            (errors.RequestTimeout, None),
            (errors.NetworkError, None),
            (errors.ShuttingDown, None),
            (errors.BadResponse, 200),
            (HistoryUnavailable, None),
        )
    ]
    english = "an English message"
    # What the system says of a disk failure ("Permission denied") is the system's to say.
    details = {NotSavedBecause.READ: errors.ServerError(english, status=503)}
    found += [
        PassingsNotSaved(english, because=why, place=Path("/x"), detail=details.get(why, "EACCES"))
        for why in NotSavedBecause
        if why is not NotSavedBecause.INCOMPLETE
    ]
    found.append(PassingsIncomplete(english, partial_path=Path("/x"), written=20, reported=21))
    found.append(RuntimeError(english))
    return found


def test_every_error_reaches_the_window_in_its_words_and_language(language: str) -> None:
    """The client's English never shows through: each error is said by the window itself."""
    english = [e for e in every_error() if "English" in error_text(e)]
    assert english == []
    texts = {type(e).__name__: error_text(e) for e in every_error()}
    install("en")
    in_english = {type(e).__name__: error_text(e) for e in every_error()}
    untranslated = sorted(name for name in texts if texts[name] == in_english[name])
    install(language)
    assert untranslated == []


def test_each_count_in_the_summary_agrees_with_its_number(language: str) -> None:
    one, other = {"es": ("1 abierta", "2 olvidadas"), "ca": ("1 oberta", "2 oblidades")}[language]
    assert status.summary(1, 0, 2).split(" · ")[0] == one
    assert status.summary(1, 0, 2).split(" · ")[2] == other


def mnemonic(text: str) -> str | None:
    """The letter Alt presses for `text` ("&&" is a plain ampersand)."""
    at = text.replace("&&", "").find("&")
    return None if at < 0 else text.replace("&&", "")[at + 1].lower()


@pytest.mark.parametrize("chosen", ["en", *WORDS])
def test_every_alt_letter_of_the_window_is_its_own(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, chosen: str
) -> None:
    """Alt+S reached 'Stop after this one' and the Sessions menu both: Qt then cycles between
    them, and an official pressing it once opens neither. The menu bar's titles and the
    buttons the window shows beside them (the status bar's, at times) each need a letter."""
    install(chosen)
    try:
        window = make_window(race)
        texts = [action.text() for action in window.menuBar().actions()]
        texts += [button.text() for button in window.status_bar.findChildren(QPushButton)]
    finally:
        install("en")
    letters = [mnemonic(text) for text in texts]
    assert None not in letters, texts
    clashes = {letter for letter in letters if letters.count(letter) > 1}
    assert not clashes, [text for text in texts if mnemonic(text) in clashes]
