"""The style's icons, readable in every colour scheme.

An icon drawn for one background looks disabled on another: a dark desktop theme's light
icons on outdoor's white, the style's black ✗ on a dark palette's grey. So outside the light
scheme every icon is inked in the scheme's text colour: a silhouette, as strong as the text
beside it.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from app.ui.colours import Scheme

#: The sizes an icon is drawn at in menus, tool bars and table cells (at 1x and 2x).
_SIZES = (16, 22, 24, 32, 48)


def standard(which: QStyle.StandardPixmap, scheme: Scheme) -> QIcon:
    """The style's icon as `scheme` wants it: its own on a light palette, else inked in the
    scheme's text colour (black outdoors)."""
    if not (scheme.outdoor or scheme.dark):
        return _made(which, None)
    return _made(which, scheme.text.rgba())


@functools.cache
def _made(which: QStyle.StandardPixmap, ink: int | None) -> QIcon:
    """Made once each: a listing draws one in thousands of cells."""
    icon = QApplication.style().standardIcon(which)
    return icon if ink is None else inked(icon, QColor.fromRgba(ink))


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
