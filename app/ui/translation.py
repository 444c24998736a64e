"""The window's language: the one chosen in View → Language, else the first of the system's
UI languages that we ship (Spanish, Catalan or English). Qt's own buttons (Cancel, Yes…) come
from Qt's catalogues for the same language, and numbers, dates and times follow it too."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.ui.app_icon import ICON_FOLDER
from app.ui.words import numbers

#: The compiled catalogues (packaging/translations.py build); in the bundle, the same place.
TRANSLATIONS = ICON_FOLDER.parent / "translations"
LANGUAGES = ("en", "es", "ca")

#: Installed translators must outlive this module's functions: Qt does not own them.
_installed: list[QTranslator] = []


@functools.cache
def system_locale() -> QLocale:
    """The system's locale as Qt reads it, kept from before `install` sets a default of its
    own (after that, QLocale() answers with the default). Not QLocale.system(): on macOS
    PySide6 answers that from Python's locale.getlocale(), which is empty for an app started
    from Finder or the Dock (no LANG), while QLocale() asks macOS itself."""
    return QLocale()


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """The setting if it names one of ours; else the first of the system's UI languages, in
    the official's order of preference, that we ship; else English.

    The UI languages, not the locale's name: Windows' locale is the regional format (an
    English Windows with Spanish dates is still English), and macOS's follows what the app
    bundle declares it speaks."""
    if setting in LANGUAGES:
        return setting
    for tag in (system or system_locale()).uiLanguages():
        if (language := _language(tag)) in LANGUAGES:
            return language
    return "en"


def install(setting: str) -> str:
    """Loads the catalogues for the chosen language; returns its code."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    system = system_locale()
    language = chosen_language(setting, system)
    QLocale.setDefault(_formats(language, system))
    numbers.forget()
    catalogues = [(str(TRANSLATIONS), f"rufus_{language}")]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues.append((qt_folder, f"qtbase_{language}"))
    for folder, name in catalogues:
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return language


def _formats(language: str, system: QLocale) -> QLocale:
    """Numbers and dates: the system's own conventions when they are in the window's language
    (Mexican Spanish stays Mexican); else those of the official's first UI language in it
    ("es-ES"); else the language's usual ones."""
    if _language(system.name()) == language:
        return system
    for tag in system.uiLanguages():
        if _language(tag) == language:
            return QLocale(tag)
    return QLocale(language)


def _language(tag: str) -> str:
    """ "es" from "es-ES", "es_MX", "es-Latn-ES"."""
    return tag.replace("_", "-").split("-")[0].lower()
