"""How one row of the session table is written into Qt's cells: texts, sort keys, colours and
the Close button, from the column list (app.ui.columns).

Each call into Qt may wait for the interpreter's lock behind the listing's workers, so a cell
is written with as few calls as it takes: brushes and fonts are made once per scheme, and a
cell already showing what it must is left alone.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon, QStandardItem
from PySide6.QtWidgets import QApplication, QStyle

from app.sessions.activity import Activity
from app.sessions.book import Row, RowState
from app.sessions.health import battery_low, offline
from app.ui import colours, icons
from app.ui.colours import Tone
from app.ui.columns import COLUMNS, CellContext, close_word, position
from app.ui.words import alerts as words_alerts

#: What the proxy sorts a column by: the real value, so that "4 min ago" sorts as a time.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Whether the row's Close button can be pressed.
CLOSABLE_ROLE = Qt.ItemDataRole.UserRole + 2
#: The row's full session token.
TOKEN_ROLE = Qt.ItemDataRole.UserRole + 3
#: Everything the filter matches, folded (on the first column only).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4
#: The activity the cell shows now (app.sessions.activity.Activity's value).
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 5
#: How well the row matches what is typed in the filter: its place among the matches.
RANK_ROLE = Qt.ItemDataRole.UserRole + 6
#: Whether an alert about the row's session waits to be acknowledged.
ALERTED_ROLE = Qt.ItemDataRole.UserRole + 7

STATE = position("state")
ACTIVITY = position("activity")
BATTERY = position("battery")
STATUS = position("status")
CLOSE = position("close")
TIME_COLUMNS = tuple(position(key) for key in ("opened", "last-passing", "last-seen"))
NUMERIC = tuple(number for number, column in enumerate(COLUMNS) if column.numeric)
_CLOSE_ICON = QStyle.StandardPixmap.SP_DialogCloseButton
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def new_row(row: Row, context: CellContext) -> list[QStandardItem]:
    """A row's cells, written. They stay editable as far as Qt knows (one call per cell
    fewer): the table's NoEditTriggers is what keeps anyone from editing them."""
    items = [QStandardItem() for _ in COLUMNS]
    items[0].setData(row.token, TOKEN_ROLE)
    for column in NUMERIC:
        items[column].setData(_RIGHT, Qt.ItemDataRole.TextAlignmentRole)
    fill(items, row, context)
    return items


def fill(items: list[QStandardItem], row: Row, context: CellContext) -> None:
    """Sets every cell of a row from the column list."""
    for column, (item, spec) in enumerate(zip(items, COLUMNS, strict=True)):
        if column == ACTIVITY:
            continue  # with its tag and colour, by fill_activity
        shown = spec.display(row, context)
        item.setText(shown)
        item.setData(_sortable(spec.sort_value(row, context, shown)), SORT_ROLE)
    colour(items, row, context)


def colour(
    items: list[QStandardItem], row: Row, context: CellContext, *, repaint: bool = False
) -> None:
    """Everything about a row that follows the colour scheme; with `repaint`, the Close
    button's colours too, though its state has not changed (the scheme has)."""
    _set_tone(items[STATE], colours.state_tone(row.state), colours.current().outdoor)
    if row.state is RowState.CLOSED:  # kept a while after its close, greyed
        muted = colours.brush(colours.Tone.MUTED)
        for item in items[:CLOSE]:
            if item is not items[STATE]:
                item.setForeground(muted)
    _mark_alert(items[BATTERY], battery_low(row.device.battery_percentage))
    _mark_alert(items[STATUS], offline(row.device))
    close_button(items[CLOSE], context.book.closable(row), force=repaint)
    fill_activity(items, row, context, force=True)


def update_times(items: list[QStandardItem], row: Row, context: CellContext) -> None:
    """ "4 min ago" grows older by itself, and "today" becomes yesterday."""
    for column in TIME_COLUMNS:
        text = COLUMNS[column].display(row, context)
        if items[column].text() != text:
            items[column].setText(text)
    fill_activity(items, row, context)


def fill_activity(
    items: list[QStandardItem], row: Row, context: CellContext, *, force: bool = False
) -> None:
    """The activity cell, and the tag the "live only" / "stale only" filter looks for: both
    change as time passes, without a refresh."""
    now = context.activity(row)
    if not force and items[ACTIVITY].data(ACTIVITY_ROLE) == now.value:
        return
    items[ACTIVITY].setData(now.value, ACTIVITY_ROLE)
    items[ACTIVITY].setText(COLUMNS[ACTIVITY].display(row, context))
    items[ACTIVITY].setData(COLUMNS[ACTIVITY].sort_value(row, context), SORT_ROLE)
    bold = now is Activity.LIVE or colours.current().outdoor
    _set_tone(items[ACTIVITY], colours.activity_tone(now), bold)
    items[0].setData(row.search_text + activity_tag(now), SEARCH_ROLE)


def activity_tag(activity: Activity) -> str:
    """Appended to a row's search text, where typing cannot reach it (a control character)."""
    return f"\x1cactivity={activity.value}"


def close_button(item: QStandardItem, closable: bool, *, force: bool = False) -> None:
    """The Close cell drawn as a flat button by Qt's own delegate: a Python delegate would
    be called back for every row painted (see app/ui/session_model.py)."""
    if not force and item.data(CLOSABLE_ROLE) == closable:
        return
    background, foreground = colours.current().button[closable]
    item.setData(closable, CLOSABLE_ROLE)
    item.setText(close_word() if closable else "")
    item.setData(int(Qt.AlignmentFlag.AlignCenter), Qt.ItemDataRole.TextAlignmentRole)
    item.setBackground(background)
    item.setForeground(foreground)
    item.setIcon(icons.standard(_CLOSE_ICON, colours.current()) if closable else QIcon())
    item.setFont(_fonts()[closable])


def mark_alerted(items: list[QStandardItem], alerted: bool) -> None:
    """An alert about the session waits to be acknowledged: a warning sign on its first cell,
    said to screen readers too, until it is."""
    item = items[0]
    if bool(item.data(ALERTED_ROLE)) == alerted:
        return
    item.setData(alerted, ALERTED_ROLE)
    item.setIcon(_alert_icon() if alerted else QIcon())
    item.setData(
        words_alerts.not_acknowledged() if alerted else None,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )


@functools.cache
def _alert_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _set_tone(item: QStandardItem, tone: Tone, bold: bool) -> None:
    """Two calls into Qt, with a brush and a font made once: a cell is coloured thousands of
    times in a listing, and each call may wait for the interpreter's lock."""
    item.setForeground(colours.brush(tone))
    item.setFont(_fonts()[bold])


def _mark_alert(item: QStandardItem, alert: bool) -> None:
    """A low battery or an offline device stands out: its session may be open only because
    nobody can reach the device."""
    if alert:
        _set_tone(item, colours.ALERT, bold=True)
    elif item.data(Qt.ItemDataRole.ForegroundRole) is not None:
        item.setData(None, Qt.ItemDataRole.ForegroundRole)
        item.setFont(_fonts()[False])


@functools.cache
def _fonts() -> dict[bool, QFont]:
    """Only the weight is set: the rest (size, zoom) comes from the table's own font."""
    made = {}
    for bold in (False, True):
        font = QFont()
        font.setBold(bold)
        made[bold] = font
    return made


def _sortable(key: Any) -> Any:
    """Qt compares numbers and texts; a missing time is the earliest of all."""
    if isinstance(key, float) and key == float("-inf"):
        return -1e300
    return key
