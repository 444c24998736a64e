"""The Close button painted in each row, so that it survives sorting, filtering and refreshes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from app.ui.session_model import CLOSABLE_ROLE, TOKEN_ROLE

Index = QModelIndex | QPersistentModelIndex

_MARGIN = 3


class CloseButtonDelegate(QStyledItemDelegate):
    """Emits `clicked` with the row's token when a press and release land on one button."""

    clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._pressed: QPersistentModelIndex | None = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        button = QStyleOptionButton()
        button.rect = option.rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        button.text = str(index.data())
        closable = bool(index.data(CLOSABLE_ROLE))
        state = QStyle.StateFlag.State_Enabled if closable else QStyle.StateFlag.State_None
        if closable and self._pressed == QPersistentModelIndex(index):
            state |= QStyle.StateFlag.State_Sunken
        elif closable and option.state & QStyle.StateFlag.State_MouseOver:
            state |= QStyle.StateFlag.State_MouseOver
        button.state = state
        button.palette = QPalette(option.palette)
        if not closable:  # styles grey the text only through the palette's disabled group
            button.palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 24, hint.height() + 2 * _MARGIN)

    def editorEvent(
        self, event: QEvent, model: object, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        if not index.data(CLOSABLE_ROLE):
            self._pressed = None
            return event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)
        if event.type() == QEvent.Type.MouseButtonPress:
            self._pressed = QPersistentModelIndex(index)
            return True
        if event.type() == QEvent.Type.MouseButtonRelease:
            pressed, self._pressed = self._pressed, None
            inside = option.rect.contains(event.position().toPoint())
            if pressed == QPersistentModelIndex(index) and inside:
                self.clicked.emit(str(index.data(TOKEN_ROLE)))
            return True
        return event.type() == QEvent.Type.MouseButtonDblClick
