"""The session panel: beside the table, everything about the selected session that helps decide
whether it is over: its name, device, kind, serial, activity and the device's health; the
passings per minute over the last hour; its latest passings, newest first, arriving while it
is open. It shows what it is given (the row, the follower's view); it asks RUFUS nothing."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.control.tail import TailView
from app.sessions.activity import Activity, activity
from app.sessions.book import Row
from app.ui import colours
from app.ui.colours import Tone
from app.ui.labels import plain_label
from app.ui.passings_model import PassingsModel
from app.ui.rate_chart import RateChart
from app.ui.words import names, rows, times, translate
from app.ui.words import passings as words

#: The list's columns fit this many rows' text.
FIT_ROWS = 40


class SessionPanel(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SessionPanel", "Session"), parent)
        self.setObjectName("session-panel")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 8)
        self.hint = plain_label(words.select_one())
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint)
        self.heading = plain_label("")
        layout.addWidget(self.heading)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("device", translate("SessionPanel", "Device:")),
            ("kind", translate("SessionPanel", "Kind:")),
            ("serial", translate("SessionPanel", "Serial:")),
            ("activity", translate("SessionPanel", "Activity:")),
            ("passings", translate("SessionPanel", "Passings:")),
            ("status", translate("SessionPanel", "Device status:")),
            ("battery", translate("SessionPanel", "Battery:")),
            ("seen", translate("SessionPanel", "Last seen:")),
        ):
            self.fields[key] = plain_label("")
            form.addRow(label, self.fields[key])
        layout.addWidget(self.details)
        self.chart = RateChart()
        layout.addWidget(self.chart)
        self.caption = plain_label("")
        layout.addWidget(self.caption)
        self.status = plain_label("")
        layout.addWidget(self.status)
        self.list = QTableView()
        self.passings = PassingsModel()
        self.list.setModel(self.passings)
        self.list.verticalHeader().setVisible(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setWordWrap(False)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(translate("SessionPanel", "Latest passings, newest first"))
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fitted to the rows an official sees, not to every row each time some arrive.
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(True)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self._row: Row | None = None
        self._view: TailView | None = None
        self._problem_shown = False
        self._activity = Activity.IDLE
        self._show_chosen(False)

    # -- what it shows --------------------------------------------------------------------------

    def show_row(
        self,
        row: Row | None,
        now: datetime,
        live_within: timedelta,
        shared: Collection[str],
    ) -> None:
        """The session the panel is about (None: no single session is selected)."""
        self._row = row
        self._show_chosen(row is not None)
        if self._view is not None and (row is None or self._view.token != row.token):
            self._view = None  # another session's passings say nothing of this one
            self.passings.show(None, ())
        if row is None:
            return
        entry, device = row.entry, row.device
        self.heading.setText(names.session_name(entry.session.alias))
        self.fields["device"].setText(names.device_told_apart(device, shared))
        self.fields["kind"].setText(names.device_kind(device))
        self.fields["serial"].setText(names.hostile(device.serial_number) or "—")
        self.fields["passings"].setText(times.count(entry.session.passings))
        self.fields["status"].setText(rows.device_status(device.status))
        self.fields["battery"].setText(rows.battery(device.battery_percentage, device.charging))
        self._show_ages(now, live_within)

    def _show_chosen(self, chosen: bool) -> None:
        self.hint.setVisible(not chosen)
        for widget in (self.heading, self.details, self.chart, self.caption, self.status):
            widget.setVisible(chosen)
        self.list.setVisible(chosen)

    def show_view(
        self, view: TailView | None, now: datetime, live_within: timedelta, every_s: float
    ) -> None:
        """What the follower knows of the session's passings."""
        if self._row is None or view is None or view.token != self._row.token:
            return
        self._view = view
        self.passings.show(view.token, view.latest)
        self.tick(view, now, live_within, every_s)

    def tick(
        self, view: TailView | None, now: datetime, live_within: timedelta, every_s: float
    ) -> None:
        """Ages grow and the chart moves on, every second, with or without a read."""
        if self._row is None:
            return
        if view is not None and view.token == self._row.token:
            self._view = view
        self._show_ages(now, live_within)
        view = self._view
        if view is None:
            self.chart.show_text(words.reading())
            self.caption.setText("")
            self.status.setText("")
            return
        if view.read_until is None and view.problem is None:
            self.chart.show_text(words.chart_reading())
        elif view.read_until is None:
            self.chart.show_text(words.not_read_again(view.problem, None))
        else:
            self.chart.show_rates(view.rates)
        lines = [words.last_passing(view.rates), words.rate_summary(view.rates)]
        if view.undated:
            lines.append(words.undated(view.undated))
        self.caption.setText("\n".join(lines) if view.read_until is not None else "")
        problem = view.problem is not None
        self.status.setText(
            words.not_read_again(view.problem, view.read_until)
            if problem
            else words.freshness(view.read_until, every_s, now)
        )
        if problem != self._problem_shown:
            self._problem_shown = problem
            self.recolour()

    def _show_ages(self, now: datetime, live_within: timedelta) -> None:
        row = self._row
        if row is None:
            return
        session = row.entry.session
        newest = self._view.rates.last_passing if self._view is not None else None
        if newest is not None and (session.last is None or newest > session.last):
            session = replace(session, last=newest)  # a passing read since the listing
        self._activity = activity(session, now, live_within)
        self.fields["activity"].setText(rows.activity_name(self._activity))
        self.fields["activity"].setToolTip(rows.activity_detail(self._activity, live_within))
        seen = row.device.last_heard
        self.fields["seen"].setText("—" if seen is None else times.age(seen, now))
        self.fields["seen"].setToolTip(times.exact_time(seen))
        self._colour(self.fields["activity"], colours.activity_tone(self._activity))

    # -- how it looks ---------------------------------------------------------------------------

    def recolour(self) -> None:
        """Light, dark or outdoor: the tones follow."""
        if self._row is not None:
            self._colour(self.fields["activity"], colours.activity_tone(self._activity))
        self._colour(self.status, colours.ALERT if self._problem_shown else None)
        self.chart.update()

    def zoom(self, font: QFont) -> None:
        """The table's text size, for the panel too."""
        self.widget().setFont(font)
        self.list.verticalHeader().setDefaultSectionSize(QFontMetrics(font).height() + 6)
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(bold)

    @staticmethod
    def _colour(label: QLabel, tone: Tone | None) -> None:
        """Text in a tone, bold (colour goes with words, never alone); None: the palette's."""
        label.setStyleSheet(colours.text_style(tone))
        font = label.font()
        font.setBold(tone is not None)
        label.setFont(font)
