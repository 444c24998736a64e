"""Tooltips of the session table, worked out when the pointer rests on a cell.

Setting a tooltip on every cell up front would cost thousands of texts per refresh; asking
the model (a Python call) for each cell as Qt paints would cost far more under a listing (see
app/ui/session_model.py). One question, on hover, is all it takes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QTableView, QToolTip

from app.ui.session_model import SessionTableModel
from app.ui.words.names import plain_tip


class CellTooltips(QObject):
    def __init__(self, table: QTableView, model: SessionTableModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self._table.indexAt(event.pos())
        text = self._model.tooltip(index) if index.isValid() else None
        if text:
            QToolTip.showText(
                event.globalPos(),
                plain_tip(text),
                self._table.viewport(),
                self._table.visualRect(index),
            )
        else:
            QToolTip.hideText()
        return True
