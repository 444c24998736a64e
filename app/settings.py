"""Non-secret preferences kept between runs, declared as data: each with its default, its
type and the choices a menu offers. The API key is never written here; it lives in the
keyring (app/keystore.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from app.sessions.alerts import Topic

ORGANIZATION = "Rufus Console"
APPLICATION = "rufus-console"

T = TypeVar("T", int, str, bool)


@dataclass(frozen=True)
class Preference(Generic[T]):
    key: str
    default: T
    #: The values a menu offers; empty when any value of the type will do.
    choices: tuple[T, ...] = ()

    def accept(self, value: object) -> T:
        """The stored value if it is one this preference can take, else the default: a
        settings file edited by hand, or from another version, must not break the window."""
        kind = type(self.default)
        if kind is bool and isinstance(value, str):  # QSettings' INI files keep text
            value = {"true": True, "false": False}.get(value.lower(), value)
        elif kind is int and isinstance(value, str):
            try:
                value = int(value)
            except ValueError:
                return self.default
        if not isinstance(value, kind) or (self.choices and value not in self.choices):
            return self.default
        return value


#: Seconds between automatic refreshes; 0 turns them off.
AUTO_REFRESH = Preference("refresh/every-seconds", 30, (0, 10, 30, 60, 300))
#: A session with a passing within this many minutes is live.
LIVE_WITHIN_MINUTES = Preference("sessions/live-within-minutes", 2, (1, 2, 5, 10))
#: Where passings are saved before a close; empty for Documents/Rufus Console/passings.
PASSINGS_FOLDER = Preference("passings/folder", "")
#: The window's language ("" follows the system).
LANGUAGE = Preference("view/language", "", ("", "en", "es", "ca"))
#: Black on white, bold states, taller rows: for a screen in full sun.
OUTDOOR = Preference("view/outdoor", False)
#: The table's text size, in steps from the system's (0).
ZOOM = Preference("view/zoom", 0, tuple(range(-3, 9)))
#: The separator of the CSV files the window writes: "" for the one the language's
#: spreadsheets expect (a semicolon where the decimal separator is a comma).
CSV_SEPARATOR = Preference("files/csv-separator", "", ("", ",", ";", "tab"))
#: The session panel beside the table (View → Session panel, Ctrl+P), and its width in pixels
#: (0: as wide as it asks to be).
SESSION_PANEL = Preference("view/session-panel", False)
SESSION_PANEL_WIDTH = Preference("view/session-panel-width", 0)
#: The columns the official hid (their keys, comma-separated); the window may hide more for
#: want of room, but never remembers those.
HIDDEN_COLUMNS = Preference("view/hidden-columns", "last-seen,token")

#: Each kind of alert on or off (app.sessions.alerts.Topic): all on at first.
ALERTS_ON = {topic: Preference(f"alerts/{topic.value}", True) for topic in Topic}
#: Minutes without a passing after which a session seen LIVE is silent (an alert).
SILENT_AFTER_MINUTES = Preference("alerts/silent-after-minutes", 10, (5, 10, 15, 20, 30))

_GEOMETRY = "window/geometry"
_TABLE_HEADER = "window/table-header"


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    def get(self, preference: Preference[T]) -> T:
        return preference.accept(self._store.value(preference.key, preference.default))

    def set(self, preference: Preference[T], value: T) -> None:
        self._store.setValue(preference.key, preference.accept(value))

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, value)

    def table_header(self, columns: str) -> QByteArray | None:
        """Column widths, order, which are hidden, and the sort (QHeaderView.saveState), for
        one set of columns: a version with other columns starts from its defaults."""
        return self._bytes(f"{_TABLE_HEADER}/{columns}")

    def set_table_header(self, columns: str, value: QByteArray) -> None:
        self._store.setValue(f"{_TABLE_HEADER}/{columns}", value)

    def sync(self) -> None:
        self._store.sync()

    def everything(self) -> list[tuple[str, object]]:
        """Every stored key and value, as they are: for a diagnostics file (the key to RUFUS
        is never among them)."""
        return [(key, self._store.value(key)) for key in self._store.allKeys()]

    def _bytes(self, name: str) -> QByteArray | None:
        value = self._store.value(name)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
