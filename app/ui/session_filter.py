"""Sorting by each column's real value, and the filter box's matching."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from app.ui.session_model import SORT_ROLE, SessionTableModel


class SessionFilter(QSortFilterProxyModel):
    """Keeps the rows whose session, device, kind or full token contain every typed word."""

    def __init__(self, source: SessionTableModel) -> None:
        super().__init__()
        self._source = source
        self._words: tuple[str, ...] = ()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)  # rows arriving mid-listing land in sorted place

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = tuple(text.casefold().split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        haystack = self._source.search_text(source_row)
        return all(word in haystack for word in self._words)
