"""Labels as the dialogs and the panel write them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


def plain_label(text: str) -> QLabel:
    """A label that shows text from devices as text, never as markup (race-day rule 8),
    wrapped, and selectable to be copied."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def in_bold(label: QLabel, colour: QColor) -> None:
    """A warning's look: bold, in `colour` (the alert's, which follows the scheme)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
