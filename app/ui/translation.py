"""The window's language: the system's (Spanish, Catalan or English), or the one chosen in
View → Language. Qt's own buttons (Cancel, Yes…) come from Qt's catalogues for the same
language, and numbers, dates and times follow it too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.ui.app_icon import ICON_FOLDER

#: The compiled catalogues (packaging/translations.py build); in the bundle, the same place.
TRANSLATIONS = ICON_FOLDER.parent / "translations"
LANGUAGES = ("en", "es", "ca")

#: Installed translators must outlive this module's functions: Qt does not own them.
_installed: list[QTranslator] = []


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """The setting if it names one of ours, else the system's language if ours, else English."""
    if setting in LANGUAGES:
        return setting
    language = (system or QLocale.system()).name().split("_")[0]
    return language if language in LANGUAGES else "en"


def install(setting: str) -> str:
    """Loads the catalogues for the chosen language; returns its code."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    language = chosen_language(setting)
    system = QLocale.system()
    # Numbers and dates: the system's own conventions in its own language, else the
    # chosen language's.
    QLocale.setDefault(system if system.name().startswith(language) else QLocale(language))
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
