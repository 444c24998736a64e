"""The window on whatever screen it meets: sized to the screen at first start, never restored
where no screen is (a monitor unplugged since), and on a narrow screen the least useful
columns give way so that the Close column stays in view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QPoint, QRect, QSize

#: The window at first start, when the screen has room for it; smaller screens get all of it.
PREFERRED = QSize(1400, 820)
#: Room for the title bar and borders the desktop adds, while they are not known yet (the
#: window manager tells them once the window is shown).
FRAME = QMargins(8, 40, 8, 8)
#: What must be left of the window's title bar on some screen for it to be reachable.
REACHABLE = QSize(120, 24)


def first_geometry(available: QRect, frame: QMargins = FRAME) -> QRect:
    """The window's inside: the preferred size, or all the available area when that is
    smaller, with room for the window's frame; centred."""
    room = available.marginsRemoved(frame)
    inside = QRect(QPoint(0, 0), PREFERRED.boundedTo(room.size()))
    inside.moveCenter(room.center())
    return inside


def reachable(frame: QRect, screens: Sequence[QRect]) -> bool:
    """Whether the top of the window (where it is grabbed to be moved) shows on a screen."""
    title_bar = QRect(frame.topLeft(), QSize(frame.width(), REACHABLE.height() * 2))
    for available in screens:
        shared = title_bar.intersected(available)
        if shared.width() >= REACHABLE.width() and shared.height() >= REACHABLE.height():
            return True
    return False


def columns_to_hide(
    widths: Sequence[int], give_way: Sequence[int], hidden: set[int], room: int
) -> list[int]:
    """Which columns to hide, in the order of `give_way`, until the shown ones fit in `room`
    pixels; as few as possible."""
    chosen: list[int] = []
    shown = sum(width for column, width in enumerate(widths) if column not in hidden)
    for column in give_way:
        if shown <= room:
            break
        if column in hidden:
            continue
        chosen.append(column)
        shown -= widths[column]
    return chosen
