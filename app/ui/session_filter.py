"""The filter box's matching; sorting is the table model's own (see session_model)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.ui.session_model import SessionTableModel


class SessionFilter(QSortFilterProxyModel):
    """Keeps the rows whose session, device, kind, serial or full token contain every typed
    word."""

    def __init__(self, source: SessionTableModel) -> None:
        super().__init__()
        self._source = source
        self._words: tuple[str, ...] = ()
        self.setSourceModel(source)

    def set_filter_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filtering(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        haystack = self._source.row_at(source_row).search_text
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The view asks the proxy; the model sorts itself, far faster than the proxy could.
        self._source.sort(column, order)
