"""Alerts → Show alerts… (Ctrl+Shift+A): every alert, newest first. One not yet acknowledged
stays marked (⚠, bold, in the alert colour) until the official acknowledges it, one by one
or all at once; acknowledged ones stay listed, plain, with ✓."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.control.alerts import AlertCentre, Raised
from app.ui import colours
from app.ui.colours import Tone
from app.ui.words import alerts as words
from app.ui.words.names import plain_tip
from app.ui.words.times import exact_time, opened

_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
_TOKEN_ROLE = Qt.ItemDataRole.UserRole + 2
_ACKNOWLEDGED_ROLE = Qt.ItemDataRole.UserRole + 3
_MARK, _WHEN, _KIND, _TEXT = range(4)


class AlertsWindow(QDialog):
    #: "Show in the table": the session the selected alert is about (its token).
    show_session = Signal(str)

    def __init__(self, centre: AlertCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._centre = centre
        self.setWindowTitle(self.tr("Alerts — Rufus Console"))
        self.resize(980, 420)

        self.paused_banner = QLabel(words.paused_detail())
        self.paused_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.paused_banner.setWordWrap(True)
        self.paused_banner.hide()

        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels(["", self.tr("When"), self.tr("Alert"), self.tr("What happened")])
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in (_MARK, _WHEN, _KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setAccessibleName(self.tr("Alerts, newest first"))
        self.list.setAccessibleDescription(
            self.tr("⚠ marks an alert not acknowledged yet; ✓ one acknowledged.")
        )
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda item, column: self._show_in_table())

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"))
        self.acknowledge_button.setToolTip(self.tr("Unmark the selected alerts (Space)"))
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.acknowledge_all_button = QPushButton(self.tr("Acknowledge a&ll"))
        self.acknowledge_all_button.clicked.connect(centre.acknowledge_all)
        self.show_button = QPushButton(self.tr("&Show in the table"))
        self.show_button.clicked.connect(self._show_in_table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.acknowledge_button, self.acknowledge_all_button, self.show_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.list)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.acknowledge_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.paused_banner)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        centre.changed.connect(self.refill)
        self.refill()
        self.recolour()

    # -- what it shows ------------------------------------------------------------------------

    def refill(self) -> None:
        """Every alert again, newest first; the selection stays on the same alerts."""
        selected = set(self.selected_numbers())
        current = self.list.currentItem()
        current_number = current.data(_MARK, _NUMBER_ROLE) if current is not None else None
        self.list.clear()
        raised_all = self._centre.alerts()
        now = datetime.now(UTC)
        for raised in raised_all:
            item = _item(raised, now)
            self.list.addTopLevelItem(item)
            if raised.number in selected:
                item.setSelected(True)
            if raised.number == current_number:
                self.list.setCurrentItem(item, _MARK, QItemSelectionModel.SelectionFlag.NoUpdate)
        waiting = len(self._centre.unacknowledged())
        self.summary.setText(
            words.summary(len(raised_all), waiting) if raised_all else words.none_yet()
        )
        self.acknowledge_all_button.setEnabled(waiting > 0)
        self._selection_changed()

    def set_paused(self, paused: bool) -> None:
        """Automatic refresh is off: alerts only come when the official refreshes."""
        self.paused_banner.setVisible(paused)

    def recolour(self) -> None:
        self.paused_banner.setStyleSheet(colours.text_style(Tone.BAD) + " font-weight: bold;")
        self.refill()

    def selected_numbers(self) -> list[int]:
        return [int(item.data(_MARK, _NUMBER_ROLE)) for item in self.list.selectedItems()]

    # -- what the official does ---------------------------------------------------------------

    def acknowledge_selected(self) -> None:
        self._centre.acknowledge(self.selected_numbers())

    def _show_in_table(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.show_session.emit(str(item.data(_MARK, _TOKEN_ROLE)))

    def _selection_changed(self) -> None:
        selected = self.list.selectedItems()
        self.acknowledge_button.setEnabled(
            any(not item.data(_MARK, _ACKNOWLEDGED_ROLE) for item in selected)
        )
        self.show_button.setEnabled(self.list.currentItem() is not None)


def _item(raised: Raised, now: datetime) -> QTreeWidgetItem:
    alert = raised.alert
    item = QTreeWidgetItem(
        [
            "✓" if raised.acknowledged else "⚠",
            opened(alert.at, now),
            words.kind_name(alert.kind),
            words.alert_text(alert),
        ]
    )
    item.setData(_MARK, _NUMBER_ROLE, raised.number)
    item.setData(_MARK, _TOKEN_ROLE, alert.token)
    item.setData(_MARK, _ACKNOWLEDGED_ROLE, raised.acknowledged)
    item.setToolTip(_WHEN, exact_time(alert.at))
    item.setToolTip(_TEXT, plain_tip(words.alert_text(alert)))
    item.setData(
        _MARK,
        Qt.ItemDataRole.AccessibleTextRole,
        words.acknowledged() if raised.acknowledged else words.not_acknowledged(),
    )
    if not raised.acknowledged:
        tone = Tone.GOOD if alert.kind.good_news else colours.ALERT
        font = QFont()
        font.setBold(True)
        for column in range(4):
            item.setFont(column, font)
            item.setForeground(column, QBrush(colours.tone(tone)))
    return item
