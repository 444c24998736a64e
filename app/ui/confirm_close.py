"""The question before a close: it names every target fully, says that closing is permanent,
and asks for one more deliberate act when a mistake would cost the most (race-day rule 1).

- One session: its name, device, kind, serial, opened, passings, last passing and short token.
- A live session (a passing within the last minutes): a red warning in words, and the Close
  button stays off for a few seconds (it counts down).
- Five sessions or more, or several with a live one among them: the official types how many.
- Sessions with passings: "Save the N passings first" (on by default).
Cancel is the default button and Esc cancels; everything works from the keyboard.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.rufus.models import OpenSession
from app.sessions.activity import LIVE_WITHIN
from app.ui import colours, dialog_fit
from app.ui.confirm_targets import (
    Targets,
    TargetsModel,
    out_of_reach_warning,
    target_lines,
    targets_table,
)
from app.ui.labels import in_bold, plain_label
from app.ui.rate_chart import RateChart
from app.ui.words import closes, names, times
from app.ui.words import passings as passings_words

if TYPE_CHECKING:
    from app.control.tail import TailView
    from app.sessions.tail import MinuteRates

#: Qt's translation, spelled so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

#: From this many sessions on, the official types their number to confirm.
TYPE_THE_COUNT_FROM = 5
#: How long the Close button stays off when a live session is among the targets.
LIVE_WAIT_S = 3


class ConfirmCloseDialog(QDialog):
    """`confirmed(tokens, save_passings)` once the official has asked for the close."""

    confirmed = Signal(list, bool)

    def __init__(
        self,
        entries: Sequence[OpenSession],
        now: datetime,
        parent: QWidget | None = None,
        *,
        shared: Collection[str] = (),
        live_within: timedelta = LIVE_WITHIN,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.entries = list(entries)
        self.tokens = [entry.token for entry in self.entries]
        self._now = now
        #: The one session's newest passing: the listing's, or a newer one the chart read.
        self._last_passing = self.entries[0].session.last if len(self.entries) == 1 else None
        self._rates: MinuteRates | None = None
        #: RUFUS's clock against the computer's: the live guard's age keeps RUFUS's time.
        self._skew = now - datetime.now(UTC)
        self.targets = Targets(self.entries, now, live_within, shared)
        self._live_within = live_within
        count = len(self.entries)
        live = self.targets.live
        passings = sum(e.session.passings or 0 for e in self.entries)
        self.setWindowTitle(
            translate("ConfirmClose", "Close session?")
            if count == 1
            else translate("ConfirmClose", "Close %n session(s)?", "", count)
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top(shared))
        self.details: QWidget = (
            plain_label("\n".join(target_lines(self.entries[0], now)))
            if count == 1
            else targets_table(self.targets, dialog_fit.screen_width(self))
        )
        layout.addWidget(self.details)
        self.totals = plain_label(
            translate("ConfirmClose", "%1 · %2 passings · %3 live")
            .replace("%1", translate("ConfirmClose", "%n session(s)", "", count))
            .replace("%2", times.count(passings))
            .replace("%3", str(len(live)))
        )
        self.totals.setVisible(count > 1)
        layout.addWidget(self.totals)
        self._add_warnings(layout)
        self.permanence = plain_label(closes.permanence(count))
        self.setAccessibleDescription(closes.permanence(count))
        layout.addWidget(self.permanence)
        self.save_check = QCheckBox(
            translate("ConfirmClose", "&Save the %Ln passing(s) to a file first", "", passings)
        )
        self.save_check.setChecked(passings > 0)
        self.save_check.setVisible(passings > 0)
        layout.addWidget(self.save_check)
        self.folder_label = plain_label(
            translate(
                "ConfirmClose",
                "One CSV file per session, in %1. If a session's passings cannot all be "
                "saved, it is not closed.",
            ).replace("%1", str(folder) if folder is not None else "")
        )
        self.folder_label.setIndent(24)
        self.folder_label.setVisible(passings > 0 and folder is not None)
        self.save_check.toggled.connect(
            lambda on: self.folder_label.setVisible(on and folder is not None)
        )
        layout.addWidget(self.folder_label)
        self.needs_typing = count >= TYPE_THE_COUNT_FROM or (count > 1 and bool(live))
        layout.addLayout(self._typing_row(count))
        self.rate_chart = self._rate_chart(layout) if count == 1 else None
        layout.addWidget(self._button_box(count))

        self._wait_left = LIVE_WAIT_S if count == 1 and live else 0
        # Every second: the wait counts down, and "a passing arrived 35 s ago" grows older,
        # in the details, the warning and the chart's caption alike.
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self.type_edit.textChanged.connect(self._update_button)
        if live or count == 1:
            self._clock.start(1000)
        self._update_button()
        (self.type_edit if self.needs_typing else self.cancel_button).setFocus()

    def _add_warnings(self, layout: QVBoxLayout) -> None:
        """In the alert's colour, each only when it applies: a device still timing into a
        session, a device out of reach, a session listed under several devices."""
        live = self.targets.live
        self.live_warning = plain_label(self._live_words())
        self.live_warning.setVisible(bool(live))
        in_bold(self.live_warning, colours.warning_colour())
        layout.addWidget(self.live_warning)
        self.reach_warning = plain_label(self._reach_words())
        self.reach_warning.setVisible(bool(self.targets.out_of_reach))
        in_bold(self.reach_warning, colours.warning_colour())
        layout.addWidget(self.reach_warning)
        twice = [entry for entry in self.entries if entry.also_on]
        self.twice_warning = plain_label("\n".join(names.listed_twice(entry) for entry in twice))
        self.twice_warning.setVisible(bool(twice))
        in_bold(self.twice_warning, colours.warning_colour())
        layout.addWidget(self.twice_warning)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        dialog_fit.fit_width(self)
        self._fit_height()

    def _fit_height(self) -> None:
        """Again whenever lines are added after the dialog is shown (the chart's caption),
        which otherwise were painted over."""
        dialog_fit.fit_height(self, self.details if isinstance(self.details, QTableView) else None)

    def _top(self, shared: Collection[str]) -> QHBoxLayout:
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.heading = plain_label(self._heading(shared))
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        return top

    def _typing_row(self, count: int) -> QHBoxLayout:
        self._typed_count = str(count)
        self.type_edit = QLineEdit()
        self.type_edit.setAccessibleName(translate("ConfirmClose", "Number of sessions"))
        label = QLabel(
            translate("ConfirmClose", "&Type %1 to confirm that you mean all of them:").replace(
                "%1", self._typed_count
            )
        )
        label.setBuddy(self.type_edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.type_edit)
        for widget in (label, self.type_edit):
            widget.setVisible(self.needs_typing)
        return row

    def _rate_chart(self, layout: QVBoxLayout) -> RateChart:
        """Is it really over? The last hour's passings per minute, where the decision is made;
        filled in by `show_rates` when they come, the dialog never waiting for them."""
        chart = RateChart(lines=4.5)
        chart.show_text(passings_words.chart_reading())
        self.rate_caption = plain_label("")
        self.rate_caption.hide()
        layout.addWidget(chart)
        layout.addWidget(self.rate_caption)
        return chart

    def show_rates(self, view: TailView | None) -> None:
        """The session's passings per minute (None: they cannot be read, no key)."""
        if self.rate_chart is None:
            return
        if view is None:
            self.rate_chart.show_text(passings_words.no_key())
            return
        if view.read_until is None:
            self.rate_chart.show_text(passings_words.not_read_again(view.problem, None))
            return
        self.rate_chart.show_rates(view.rates)
        self._rates = view.rates
        newest = view.rates.last_passing
        if newest is not None and (self._last_passing is None or newest > self._last_passing):
            self._last_passing = newest
            if self.live_warning.isHidden() and self._rufus_now() - newest <= self._live_within:
                self._became_live()
        self._show_ages()
        self.rate_caption.show()
        if self.isVisible():
            self._fit_height()

    def _button_box(self, count: int) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.close_label = (
            translate("ConfirmClose", "C&lose session")
            if count == 1
            else translate("ConfirmClose", "C&lose %n session(s)", "", count)
        )
        self.close_button: QPushButton = self.buttons.addButton(
            self.close_label, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button.setDefault(True)  # Enter never closes a session by accident
        self.close_button.setAutoDefault(False)
        return self.buttons

    # -- reading (tests, accessibility) -------------------------------------------------------

    def words(self) -> str:
        """Every word the dialog shows, for whoever reads it whole."""
        labels = (
            self.heading,
            self.totals,
            self.live_warning,
            self.reach_warning,
            self.twice_warning,
            self.permanence,
        )
        parts = [label.text() for label in labels if not label.isHidden()]
        if isinstance(self.details, QLabel):
            parts.append(self.details.text())
        else:
            assert isinstance(self.details, QTableView)
            model = self.details.model()
            assert isinstance(model, TargetsModel)
            parts += ["\t".join(model.texts(row)) for row in range(model.rowCount())]
        return "\n".join(parts)

    # -- building -----------------------------------------------------------------------------

    def _heading(self, shared: Collection[str]) -> str:
        count = len(self.entries)
        if count > 1:
            return translate("ConfirmClose", "Close these %n session(s)?", "", count)
        session, device = self.entries[0].session, self.entries[0].device
        name = names.devices_told_apart(self.entries[0], shared)
        return (
            translate("ConfirmClose", "Close the session “%1” on %2 (%3)?")
            .replace("%1", names.session_name(session.alias))
            .replace("%2", name)
            .replace("%3", names.device_kind(device))
        )

    def _live_words(self) -> str:
        """The live warning's words, whether it shows (a single session's age keeps ticking:
        the chart may find it live after the dialog opened)."""
        live = self.targets.live
        if len(self.entries) == 1:
            last = self._last_passing
            if last is None:
                return ""
            return (
                translate(
                    "ConfirmClose",
                    "LIVE: a passing arrived %1 ago. The device is still timing: closing now "
                    "stops it mid-race.",
                )
            ).replace("%1", times.span(self._rufus_now() - last))
        if not live:
            return ""
        count = len(live)  # lupdate skips a plural whose count is a call
        sentence = translate(
            "ConfirmClose",
            "%n of these sessions are LIVE: their devices are still timing, and closing now "
            "stops them mid-race.",
            "",
            count,
        )
        return sentence

    def _reach_words(self) -> str:
        out = self.targets.out_of_reach
        if not out:
            return ""
        if len(self.entries) == 1:
            return out_of_reach_warning(out[0], self._now)
        count = len(out)  # lupdate skips a plural whose count is a call
        return translate(
            "ConfirmClose",
            "%n of these sessions are on devices offline or not heard from: they may still "
            "hold passings they have not sent, and closing now loses those for good.",
            "",
            count,
        )

    # -- the deliberate act -------------------------------------------------------------------

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if len(self.entries) == 1:
            self._show_ages()
        self._update_button()

    def _became_live(self) -> None:
        """The chart read a passing newer than the listing's, recent enough to be live: the
        same guard as a session listed live (the warning, the Close button's wait)."""
        self.live_warning.show()
        self._wait_left = LIVE_WAIT_S
        self._update_button()

    def _show_ages(self) -> None:
        """One last passing, one age, wherever the dialog says it: the details, the live
        warning and the chart's caption once disagreed by minutes (the listing's passing, a
        newer one the chart read, and a caption that did not tick)."""
        now = self._rufus_now()
        entry = self.entries[0]
        if self._last_passing != entry.session.last:
            entry = replace(entry, session=replace(entry.session, last=self._last_passing))
        assert isinstance(self.details, QLabel)
        if not self.details.hasSelectedText():  # what the official is copying stays put
            self.details.setText("\n".join(target_lines(entry, now)))
        if not self.live_warning.isHidden():
            self.live_warning.setText(self._live_words())
        if self._rates is not None:
            ticked = replace(self._rates, now=now, last_passing=self._last_passing)
            self.rate_caption.setText(
                passings_words.last_passing(ticked)
                + "\n"
                + passings_words.rate_summary(self._rates)
            )

    def _rufus_now(self) -> datetime:
        return datetime.now(UTC) + self._skew

    def _update_button(self) -> None:
        typed = not self.needs_typing or self.type_edit.text().strip() == self._typed_count
        waiting = self._wait_left > 0
        self.close_button.setEnabled(typed and not waiting)
        label = self.close_label
        if waiting:
            label += f" ({self._wait_left})"
        self.close_button.setText(label)

    def _confirm(self) -> None:
        if not self.close_button.isEnabled():
            return
        self.confirmed.emit(self.tokens, self.save_check.isChecked())
        self.accept()
