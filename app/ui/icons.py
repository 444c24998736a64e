"""The style's icons, readable in every colour scheme.

A dark desktop theme draws its icons light, for dark backgrounds; outdoors the window turns
black on white, where those light icons look disabled. So outdoors every icon is inked in the
scheme's text colour: a silhouette, as strong as the text beside it.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

#: The sizes an icon is drawn at in menus, tool bars and table cells (at 1x and 2x).
_SIZES = (16, 22, 24, 32, 48)


@functools.cache
def standard(which: QStyle.StandardPixmap, *, outdoor: bool) -> QIcon:
    """The style's icon; outdoors, inked black. Made once each: a listing draws one in
    thousands of cells."""
    icon = QApplication.style().standardIcon(which)
    return inked(icon, QColor("black")) if outdoor else icon


def inked(icon: QIcon, colour: QColor) -> QIcon:
    """The icon's shape filled with one colour: its transparency kept, its colours not."""
    result = QIcon()
    for size in _SIZES:
        pixmap = icon.pixmap(QSize(size, size))
        if pixmap.isNull():
            continue
        filled = QPixmap(pixmap)
        painter = QPainter(filled)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(filled.rect(), colour)
        painter.end()
        result.addPixmap(filled, QIcon.Mode.Normal)
        # Disabled still reads as disabled: the same shape, paler.
        result.addPixmap(_faded(filled), QIcon.Mode.Disabled)
    return result


def _faded(pixmap: QPixmap) -> QPixmap:
    faded = QPixmap(pixmap.size())
    faded.setDevicePixelRatio(pixmap.devicePixelRatio())
    faded.fill(Qt.GlobalColor.transparent)
    painter = QPainter(faded)
    painter.setOpacity(0.4)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return faded
