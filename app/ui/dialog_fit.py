"""A dialog on whatever screen it meets: as wide as what it shows, as tall as its wrapped
lines, and never bigger than the screen, its list giving way first. Qt sizes a dialog from
size hints that leave out wrapped text (then paints the text over what follows it) and opens
it at most two thirds of the screen wide (a 1366 px laptop cut off a list's last columns)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

#: Room left for the window's title bar and borders.
FRAME_ROOM = 60
#: What a dialog leaves of the screen's width.
SIDE_ROOM = 40
#: A list keeps at least a few rows, however small the screen.
MIN_LIST_HEIGHT = 110


def screen_width(widget: QWidget, default: int = 10_000) -> int:
    screen = widget.screen()
    return screen.availableGeometry().width() if screen is not None else default


def fit_width(dialog: QWidget) -> None:
    """As wide as its contents ask, within the screen, and still wholly on it."""
    wanted = min(dialog.minimumSizeHint().width(), screen_width(dialog) - SIDE_ROOM)
    if wanted <= dialog.width():
        return
    dialog.resize(wanted, dialog.height())
    screen = dialog.screen()
    if screen is not None:  # centred where it can be
        area = screen.availableGeometry()
        left = area.left() + (area.width() - dialog.frameGeometry().width()) // 2
        dialog.move(max(area.left(), left), dialog.y())


def fit_height(dialog: QWidget, shrinking: QTableView | None = None) -> None:
    """Tall enough for every line, within the screen; `shrinking` (a list) gives up rows
    first when the screen is short."""
    screen = dialog.screen()
    room = screen.availableGeometry().height() - FRAME_ROOM if screen is not None else 10_000
    layout = dialog.layout()
    if layout is None:
        return
    needed = layout.totalHeightForWidth(dialog.width())
    if shrinking is not None and needed > room:
        lower = max(MIN_LIST_HEIGHT, shrinking.minimumHeight() - (needed - room))
        shrinking.setMinimumHeight(lower)
        needed = layout.totalHeightForWidth(dialog.width())
    if needed > dialog.height():
        dialog.resize(dialog.width(), min(needed, room))
