"""What the close confirmation says about each session it is about: everything that tells it
from any other (race-day rule 10), whether a device is still timing into it, and whether its
device is out of reach (it may still hold passings it has not sent).

The bulk list is a model that writes a cell only when it is painted: a confirmation of 5 000
sessions opens as fast as one of five.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.display import local_time, short_token
from app.rufus.models import OpenSession
from app.sessions.activity import Activity, activity
from app.sessions.health import offline, out_of_reach
from app.ui import colours
from app.ui.words import names, rows, times

#: Qt's translation, spelled so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


def target_lines(entry: OpenSession, now: datetime) -> list[str]:
    """Everything that tells this session from any other (race-day rule 10)."""
    session, device = entry.session, entry.device
    if session.last is None and session.last_unknown:
        last = times.unknown()
    elif session.last is None:
        last = translate("ConfirmClose", "no passing yet")
    else:
        last = (
            translate("ConfirmClose", "%1 (%2)")
            .replace("%1", times.exact_time(session.last))
            .replace("%2", times.age(session.last, now, unreadable=session.last_unknown))
        )
    seen = device.last_heard
    lines = (
        (translate("ConfirmClose", "Session:"), names.session_name(session.alias)),
        (
            translate("ConfirmClose", "Device:"),
            " + ".join(
                translate("ConfirmClose", "%1 — %2")
                .replace("%1", names.device_name(each))
                .replace("%2", names.device_kind(each))
                for each in names.in_order(entry)
            ),
        ),
        (translate("ConfirmClose", "Serial:"), names.hostile(device.serial_number) or "—"),
        (translate("ConfirmClose", "Device status:"), rows.device_status(device.status)),
        (
            translate("ConfirmClose", "Last seen:"),
            "—" if seen is None else f"{times.exact_time(seen)} ({times.age(seen, now)})",
        ),
        (translate("ConfirmClose", "Opened:"), times.exact_time(session.creation_date) or "—"),
        (translate("ConfirmClose", "Passings:"), times.count(session.passings)),
        (translate("ConfirmClose", "Last passing:"), last),
        (translate("ConfirmClose", "Token:"), names.hostile(short_token(session.token_session))),
    )
    return [f"{label} {value}" for label, value in lines]


def out_of_reach_warning(entry: OpenSession, now: datetime) -> str:
    """For one session whose device is out of reach: why closing it now may lose passings."""
    device = entry.device
    seen = device.last_heard
    if offline(device):
        if seen is None:
            return translate(
                "ConfirmClose",
                "Device offline — it may still hold passings it has not sent. Closing the "
                "session now loses them for good.",
            )
        return translate(
            "ConfirmClose",
            "Device offline since %1 — it may still hold passings it has not sent. Closing "
            "the session now loses them for good.",
        ).replace("%1", local_time(seen))
    return translate(
        "ConfirmClose",
        "Device not heard from since %1 — it may still hold passings it has not sent. "
        "Closing the session now loses them for good.",
    ).replace("%1", local_time(seen))


class Targets:
    """The sessions a confirmation is about, and what each one's row in the list says."""

    def __init__(
        self,
        entries: Sequence[OpenSession],
        now: datetime,
        live_within: timedelta,
        shared: Collection[str],
    ) -> None:
        self.now = now
        self.shared = shared
        self.live_within = live_within
        self.classes: dict[str, Activity] = {}
        self.live: list[OpenSession] = []
        self.out_of_reach: list[OpenSession] = []
        # Live sessions first, then devices out of reach: what must not be closed by mistake
        # is seen first (in one pass: thousands of sessions are weighed while the window waits).
        unreachable: list[OpenSession] = []
        rest: list[OpenSession] = []
        for entry in entries:
            kind = self.classes[entry.token] = activity(entry.session, now, live_within)
            far = out_of_reach(entry.device, now)
            if far:
                self.out_of_reach.append(entry)
            if kind is Activity.LIVE:
                self.live.append(entry)
            else:
                (unreachable if far else rest).append(entry)
        self.shown = self.live + unreachable + rest

    def tone(self, entry: OpenSession) -> QColor | None:
        """The colour of what there is to weigh: live as in the table, then out of reach."""
        if self.classes[entry.token] is Activity.LIVE:
            return colours.tone(colours.Tone.LIVE)
        if out_of_reach(entry.device, self.now):
            return colours.warning_colour()
        if self.classes[entry.token] is Activity.STALE:
            return colours.tone(colours.Tone.CAUTION)
        return None

    def why(self, entry: OpenSession) -> str:
        """What an official must weigh before closing it: live, stale (and why), out of reach."""
        parts = []
        kind = self.classes[entry.token]
        if kind is Activity.LIVE:
            parts.append(rows.activity_name(kind))
        elif kind is Activity.STALE:
            session = entry.session
            quiet = (
                translate("ConfirmClose", "no passing yet")
                if session.last is None
                else translate("ConfirmClose", "quiet for %1").replace(
                    "%1", times.span(self.now - session.last)
                )
            )
            parts.append(
                translate("ConfirmClose", "◷ STALE: opened %1, %2")
                .replace("%1", times.opened(session.creation_date, self.now))
                .replace("%2", quiet)
            )
        if entry.also_on:
            parts.append(translate("ConfirmClose", "⚠ listed under several devices"))
        if out_of_reach(entry.device, self.now):
            parts.append(
                translate("ConfirmClose", "⚠ device offline")
                if offline(entry.device)
                else translate("ConfirmClose", "⚠ device not heard from")
            )
        return " · ".join(parts)


def _headers() -> tuple[str, ...]:
    return (
        translate("ConfirmClose", "Session"),
        translate("ConfirmClose", "To weigh"),
        translate("ConfirmClose", "Device"),
        translate("ConfirmClose", "Kind"),
        translate("ConfirmClose", "Serial"),
        translate("ConfirmClose", "Opened"),
        translate("ConfirmClose", "Passings"),
        translate("ConfirmClose", "Last passing"),
        translate("ConfirmClose", "Device status"),
        translate("ConfirmClose", "Last seen"),
    )


#: The columns of the list, as `texts` writes them. Why each session is there comes next to
#: its name: last, it was the column a narrow screen cut off.
WHY_COLUMN = 1
PASSINGS_COLUMN = 6
_NUMBER_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TargetsModel(QAbstractTableModel):
    """The bulk confirmation's list, written cell by cell as it is painted."""

    def __init__(self, targets: Targets) -> None:
        super().__init__()
        self._targets = targets
        self._headers = _headers()
        self._texts: dict[int, tuple[str, ...]] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._targets.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == PASSINGS_COLUMN:
            return _NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == WHY_COLUMN:
            return self._targets.tone(self._targets.shown[index.row()])
        return None

    def texts(self, row: int) -> tuple[str, ...]:
        """One row's cells, worked out once, when first shown."""
        known = self._texts.get(row)
        if known is None:
            targets = self._targets
            entry = targets.shown[row]
            session, device = entry.session, entry.device
            seen = device.last_heard
            known = self._texts[row] = (
                names.session_name(session.alias),
                targets.why(entry),
                names.devices_told_apart(entry, targets.shared),
                names.device_kind(device),
                names.hostile(device.serial_number) or "—",
                times.opened(session.creation_date, targets.now, unreadable=session.opened_unknown),
                times.count(session.passings),
                times.age(session.last, targets.now, unreadable=session.last_unknown),
                rows.device_status(device.status),
                "—" if seen is None else times.age(seen, targets.now),
            )
        return known


#: The bulk list's columns are as wide as this many of its first rows need (the live and the
#: out-of-reach ones come first), not thousands.
FIT_TO_ROWS = 64


def targets_table(targets: Targets, screen_width: int) -> QTableView:
    """Every session, one row each; cells are written only as they are painted. Every column
    in view without scrolling sideways, within the screen's width."""
    table = QTableView()
    table.setModel(TargetsModel(targets))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setAccessibleName(translate("ConfirmClose", "Sessions to close"))
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(FIT_TO_ROWS)
    header.setStretchLastSection(True)
    table.resizeColumnsToContents()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setMinimumHeight(min(320, 40 + 26 * len(targets.shown)))
    wanted = header.length() + 2 * table.frameWidth() + 24
    table.setMinimumWidth(min(wanted, screen_width - 80))
    return table
