"""CSV files the window writes, laid out for a spreadsheet in the official's language: the
separator its spreadsheets expect and headers in its words (app.records.csv_file.CsvStyle).
The command line keeps commas and RUFUS's field names, for scripts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.records.csv_file import CsvStyle
from app.settings import CSV_SEPARATOR, Settings

translate = QCoreApplication.translate

#: What the setting stores, for each separator ("" follows the language's spreadsheets).
SEPARATORS = {",": ",", ";": ";", "tab": "\t"}


def locale_separator() -> str:
    """A semicolon where numbers are written with a decimal comma (Spanish, Catalan…):
    spreadsheets there split rows at semicolons, and a comma-separated file lands in one
    column."""
    return ";" if QLocale().decimalPoint() == "," else ","


def separator(settings: Settings) -> str:
    return SEPARATORS.get(settings.get(CSV_SEPARATOR), "") or locale_separator()


def passings_style(settings: Settings) -> CsvStyle:
    return CsvStyle(separator(settings), _passings_headers())


def history_style(settings: Settings) -> CsvStyle:
    return CsvStyle(separator(settings), _history_headers())


def separator_name(choice: str) -> str:
    """The menu's words for a choice of the setting."""
    match choice:
        case ",":
            return translate("CsvStyle", "Comma (,)")
        case ";":
            return translate("CsvStyle", "Semicolon (;)")
        case "tab":
            return translate("CsvStyle", "Tab")
    return translate("CsvStyle", "As this computer's spreadsheets expect (%1)").replace(
        "%1", "Tab" if locale_separator() == "\t" else locale_separator()
    )


def _passings_headers() -> dict[str, str]:
    return {
        "num_passing": translate("CsvStyle", "Passing number"),
        "timestamp": translate("CsvStyle", "Time (UTC)"),
        "bib": translate("CsvStyle", "Bib"),
        "chip": translate("CsvStyle", "Chip"),
        "participant_id": translate("CsvStyle", "Participant"),
        "gender": translate("CsvStyle", "Gender"),
        "status": translate("CsvStyle", "Status"),
        "timezone": translate("CsvStyle", "Time zone"),
        "latitude": translate("CsvStyle", "Latitude"),
        "longitude": translate("CsvStyle", "Longitude"),
        "deviceid": translate("CsvStyle", "Device id"),
        "token_session": translate("CsvStyle", "Session token"),
        "other_fields": translate("CsvStyle", "Other fields"),
    }


def _history_headers() -> dict[str, str]:
    return {
        "id": translate("CsvStyle", "Number"),
        "requested_at": translate("CsvStyle", "Asked (UTC)"),
        "finished_at": translate("CsvStyle", "Ended (UTC)"),
        "server": translate("CsvStyle", "Server"),
        "key_source": translate("CsvStyle", "Key"),
        "os_user": translate("CsvStyle", "User"),
        "host": translate("CsvStyle", "Computer"),
        "app_version": translate("CsvStyle", "Console version"),
        "deviceid": translate("CsvStyle", "Device id"),
        "device_alias": translate("CsvStyle", "Device"),
        "device_model": translate("CsvStyle", "Kind"),
        "device_serial": translate("CsvStyle", "Serial"),
        "session_alias": translate("CsvStyle", "Session"),
        "token": translate("CsvStyle", "Session token"),
        "opened_at": translate("CsvStyle", "Opened (UTC)"),
        "passings_seen": translate("CsvStyle", "Passings before"),
        "last_passing_seen": translate("CsvStyle", "Last passing before (UTC)"),
        "passings_confirmed": translate("CsvStyle", "Passings after"),
        "last_passing_confirmed": translate("CsvStyle", "Last passing after (UTC)"),
        "outcome": translate("CsvStyle", "Outcome"),
        "statuses": translate("CsvStyle", "HTTP"),
        "reason": translate("CsvStyle", "Reason, as recorded"),
        "passings_file": translate("CsvStyle", "Passings file"),
    }
