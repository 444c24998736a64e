"""The status bar: it always says what is happening (race-day rule 3), and keeps what the
official must read until something the official does replaces it.

From left to right: the message, a listing's progress, "Stop after this one" while a bulk
close runs, how fresh the list is, where the key comes from, and which cloud this is.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

from app.ui import colours
from app.ui.colours import Tone
from app.ui.words.names import plain_tip

#: The progress bar and its text are brought up to date at most this often during a listing.
PROGRESS_TICK_MS = 250

_DEMO_STYLE = (
    "background: #ff8f00; color: black; font-weight: bold; padding: 4px 8px; border-radius: 3px;"
)
_SERVER_STYLE = (
    "background: #0d47a1; color: white; font-weight: bold; padding: 4px 8px; border-radius: 3px;"
)


class ElidedLabel(QLabel):
    """A one-line label that never widens its window: a long text ends in "…" where the
    room ends (whole on hover). A plain QLabel asks for its whole text's width, and one long
    message (a Wi-Fi login page, a folder's path) made the window wider than the screen for
    the rest of the day, its Close buttons out of view."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
        self._whole = ""
        self.set_whole_text(text)

    def whole_text(self) -> str:
        return self._whole

    def set_whole_text(self, text: str) -> None:
        self._whole = text
        self.setAccessibleDescription(text)  # a screen reader hears it whole
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._whole, Qt.TextElideMode.ElideRight, max(self.width(), 1)
        )
        if shown != self.text():
            self.setText(shown)


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = ElidedLabel(self.tr("Starting…"))
        self.message.setAccessibleName(self.tr("Status"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Devices read"))
        self.progress.hide()
        self._progress_clock = QElapsedTimer()
        self._progress_clock.start()
        self.freshness = QLabel()
        self.freshness.setAccessibleName(self.tr("Last refresh"))
        self.freshness.setTextFormat(Qt.TextFormat.PlainText)
        self.key = QLabel()
        self.key.setAccessibleName(self.tr("API key in use"))
        #: While a filter hides rows: how many it shows, in bold, where the eye looks.
        self.shown = QLabel()
        self.shown.setAccessibleName(self.tr("Sessions shown"))
        bold = self.shown.font()
        bold.setBold(True)
        self.shown.setFont(bold)
        self.shown.hide()
        #: Said only when RUFUS's clock is far off the computer's (race-day rule 12).
        self.clock = QLabel()
        self.clock.setAccessibleName(self.tr("RUFUS's clock"))
        self.clock.hide()
        #: After files were saved: their folder, in the system's file manager.
        self.open_folder = QPushButton(self.tr("&Open folder"))
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        self.addWidget(self.message, 1)
        self.addWidget(self.open_folder)
        self.addWidget(self.progress)
        self.addPermanentWidget(self.shown)
        self.addPermanentWidget(self.clock)
        #: Alerts not acknowledged yet, or why none can come (app/ui/alert_flow.py).
        self.alerts = QLabel()
        self.alerts.setTextFormat(Qt.TextFormat.PlainText)
        self.alerts.setAccessibleName(self.tr("Alerts"))
        self.alerts.hide()
        self.addPermanentWidget(self.alerts)
        self.addPermanentWidget(self.freshness)
        self.addPermanentWidget(self.key)
        #: The message is to stay through automatic refreshes (see `say`).
        self._kept = False
        #: The listing under way was started by the auto-refresh: it does not cover what
        #: is kept (see `tell`).
        self.quiet = False
        self._tone: Tone | None = None
        #: The folder "Open folder" opens.
        self.folder = ""

    # -- the message ------------------------------------------------------------------------

    def text(self) -> str:
        """The whole message, however much of it the room shows."""
        return self.message.whole_text()

    def say(
        self, text: str, *, error: bool = False, keep: bool = False, detail: str | None = None
    ) -> None:
        """The message (whole on hover, with `detail` when the words are general). An error,
        or with `keep` a close's outcome, stays until something the official does replaces
        it: an automatic refresh does not."""
        shown = ("⚠ " if error else "") + text
        self.message.set_whole_text(shown)
        self.message.setToolTip(plain_tip(shown + (f"\n\n{detail}" if detail else "")))
        self._kept = error or keep
        self._tone = Tone.BAD if error else None
        self.message.setStyleSheet(colours.text_style(self._tone))
        self.open_folder.hide()  # it went with the message that offered it

    def offer_folder(self, folder: str) -> None:
        """The message just said is about files saved in `folder`: one press opens it."""
        self.folder = folder
        self.open_folder.setToolTip(plain_tip(folder))
        self.open_folder.show()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder))

    def tell(self, text: str, *, error: bool = False, detail: str | None = None) -> None:
        """A listing's progress and summary: said unless an automatic refresh would hide a
        message kept for the official (its errors are said all the same)."""
        if self.quiet and self._kept and not error:
            return
        self.say(text, error=error, detail=detail)

    def recolour(self) -> None:
        self.message.setStyleSheet(colours.text_style(self._tone))
        self.clock.setStyleSheet(colours.text_style(Tone.CAUTION))
        self.alerts.setStyleSheet(colours.text_style(colours.ALERT) + " font-weight: bold;")

    def show_alerts(self, text: str, detail: str) -> None:
        """The alerts count (or why alerts are paused) in the alert tone; hidden when empty."""
        self.alerts.setText(text)
        self.alerts.setToolTip(plain_tip(detail))
        self.alerts.setStyleSheet(colours.text_style(colours.ALERT) + " font-weight: bold;")
        self.alerts.setVisible(bool(text))

    # -- a listing's progress ---------------------------------------------------------------

    def busy(self) -> None:
        """Busy until the devices are counted."""
        self.progress.setRange(0, 0)
        self.progress.show()

    def counted(self, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self._progress_clock.start()

    def answered(self, answered: int) -> bool:
        """Moves the bar on; False when it was moved too recently to move again now.
        QProgressBar repaints itself at once on every new value (~10 ms): at most a few
        times a second, then, however fast the devices answer."""
        if self._progress_clock.elapsed() < PROGRESS_TICK_MS and answered < self.progress.maximum():
            return False
        self._progress_clock.restart()
        self.progress.setValue(answered)
        return True

    def idle(self) -> None:
        self.progress.hide()

    # -- what stays -------------------------------------------------------------------------

    def show_filtered(self, shown: int, every: int, only: str) -> None:
        """ "Showing 3 of 16 · Stale only" while a filter hides rows; nothing otherwise."""
        text = self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(every))
        self.shown.setText(f"{text} · {only}" if only else text)
        self.shown.setVisible(shown < every or bool(only))

    def show_clock(self, note: str | None, meaning: str = "") -> None:
        """RUFUS's clock against the computer's, when far off; nothing otherwise."""
        self.clock.setText(note or "")
        self.clock.setToolTip(plain_tip(meaning))
        self.clock.setStyleSheet(colours.text_style(Tone.CAUTION))
        self.clock.setVisible(bool(note))

    def show_key(self, label: str, explanation: str) -> None:
        self.key.setText(label)
        self.key.setToolTip(plain_tip(explanation))

    def add_stop_button(self, button: QPushButton) -> None:
        self.insertWidget(3, button)

    def mark_demo(self) -> None:
        marker = QLabel(self.tr("DEMO"))
        marker.setStyleSheet(_DEMO_STYLE)
        marker.setToolTip(self.tr("This window talks to a simulated RUFUS cloud."))
        self.addPermanentWidget(marker)

    def mark_server(self, server: str, base_url: str) -> QLabel:
        """Not the production RUFUS: which one, always in view."""
        label = QLabel(self.tr("Server: %1").replace("%1", server))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(_SERVER_STYLE)
        label.setToolTip(
            self.tr("Not the production RUFUS (%1): this window talks to %2.")
            .replace("%1", "api.runonrufus.com")
            .replace("%2", base_url)
        )
        self.addPermanentWidget(label)
        return label
