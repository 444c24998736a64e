"""Non-secret preferences kept between runs: window geometry, the table's columns and sort.

The API key is never written here; it lives in the keyring (app/keystore.py).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Rufus Console"
APPLICATION = "rufus-console"

_GEOMETRY = "window/geometry"
_TABLE_HEADER = "window/table-header"


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, value)

    @property
    def table_header(self) -> QByteArray | None:
        """Column widths, order and the sort column and direction (QHeaderView.saveState)."""
        return self._bytes(_TABLE_HEADER)

    @table_header.setter
    def table_header(self, value: QByteArray) -> None:
        self._store.setValue(_TABLE_HEADER, value)

    def sync(self) -> None:
        self._store.sync()

    def _bytes(self, name: str) -> QByteArray | None:
        value = self._store.value(name)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
