"""Passings per minute as bars, drawn with QPainter: the last hour (or the session's life) at a
glance, the minute under way set apart, quiet minutes marked on the baseline and minutes not
read hatched, so that "no passing" and "not read" never look alike (race-day rule 7).

Colours are the scheme's tones (app/ui/colours.py), on the palette's base colour: readable in
light, dark and outdoor; sizes follow the widget's font, so the chart grows with the zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.sessions.tail import MinuteRates
from app.ui import colours
from app.ui.colours import Tone
from app.ui.words import passings as words
from app.ui.words.names import plain_tip

#: Bars, the minute under way, quiet minutes and minutes not read: each its own tone.
BAR = Tone.BUSY
CURRENT = Tone.LIVE
QUIET = Tone.CAUTION
NOT_READ = Tone.MUTED


class RateChart(QWidget):
    """`show_rates(rates)` draws them; `show_text(text)` says why there are none yet."""

    def __init__(self, parent: QWidget | None = None, *, lines: float = 7.0) -> None:
        super().__init__(parent)
        self._rates: MinuteRates | None = None
        self._text = ""
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(words.chart_title(60))

    # -- what it shows --------------------------------------------------------------------------

    def show_rates(self, rates: MinuteRates) -> None:
        self._rates = rates
        self._text = ""
        self.setAccessibleName(words.chart_title(len(rates.counts)))
        self.setAccessibleDescription(words.chart_description(rates))
        self.update()

    def show_text(self, text: str) -> None:
        self._rates = None
        self._text = text
        self.setAccessibleDescription(text)
        self.update()

    def rates(self) -> MinuteRates | None:
        return self._rates

    def text(self) -> str:
        return self._text

    def bars(self) -> list[int | None]:
        """Each bar's value as drawn, oldest minute first (None: hatched, not read)."""
        return list(self._rates.counts) if self._rates is not None else []

    # -- size -----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        height = QFontMetricsF(self.font()).height()
        return QSize(round(height * 18), round(height * self._lines))

    def minimumSizeHint(self) -> QSize:
        height = QFontMetricsF(self.font()).height()
        return QSize(round(height * 8), round(height * self._lines))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the zoom: taller with the text
            self.updateGeometry()

    # -- drawing --------------------------------------------------------------------------------

    def _plot(self) -> tuple[QRectF, float]:
        """Where the bars go, and the height of a line of text."""
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        outer = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        return outer.adjusted(0, line * 1.1, 0, -line * 1.2), line

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        rates = self._rates
        if rates is None or not rates.counts:
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(QRectF(self.rect()), flags, self._text)
            return
        if colours.current().outdoor:
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
        plot, line = self._plot()
        self._draw_bars(painter, plot, line, rates)
        self._draw_labels(painter, plot, line, rates)

    def _draw_bars(self, painter: QPainter, plot: QRectF, line: float, rates: MinuteRates) -> None:
        scheme = colours.current()
        top = max(rates.peak, 1)
        slots = len(rates.counts)
        slot = plot.width() / slots
        width = slot - (1.0 if slot >= 4 else 0.0)
        baseline = plot.bottom()
        text_pen = painter.pen()
        quiet_pen = QPen(scheme[QUIET], max(2.0, line / 6))
        not_read = QBrush(scheme[NOT_READ], Qt.BrushStyle.BDiagPattern)
        for index, value in enumerate(rates.counts):
            left = plot.left() + index * slot
            if value is None:
                painter.fillRect(QRectF(left, plot.top(), width, plot.height()), not_read)
            elif value == 0:  # a quiet minute: a mark on the baseline, never an empty slot
                painter.setPen(quiet_pen)
                painter.drawLine(QPointF(left, baseline), QPointF(left + width, baseline))
            else:
                height = max(2.0, plot.height() * value / top)
                tone = CURRENT if index == slots - 1 else BAR
                painter.fillRect(QRectF(left, baseline - height, width, height), scheme[tone])
        # The minute under way, outlined whatever its count: "now" is always findable.
        painter.setPen(QPen(scheme[CURRENT], 2.0 if scheme.outdoor else 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(plot.right() - slot, plot.top(), width, plot.height()))
        painter.setPen(text_pen)
        painter.drawLine(QPointF(plot.left(), baseline), QPointF(plot.right(), baseline))

    @staticmethod
    def _draw_labels(painter: QPainter, plot: QRectF, line: float, rates: MinuteRates) -> None:
        slots = len(rates.counts)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        above = QRectF(plot.left(), plot.top() - line * 1.1, plot.width(), line)
        scale = words.rate_scale(rates.peak)
        metrics = QFontMetricsF(painter.font())
        room = above.width() - metrics.horizontalAdvance(scale) - line
        title = metrics.elidedText(words.chart_title(slots), Qt.TextElideMode.ElideRight, room)
        painter.drawText(above, left, title)
        painter.drawText(above, right, scale)
        below = QRectF(plot.left(), plot.bottom() + line * 0.15, plot.width(), line)
        painter.drawText(below, left, words.chart_start(slots))
        painter.drawText(below, right, words.chart_now())

    # -- one minute on hover --------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(event.pos().x())
            if tip:
                QToolTip.showText(event.globalPos(), plain_tip(tip), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tip_at(self, x: float) -> str:
        rates = self._rates
        if rates is None or not rates.counts:
            return ""
        plot, _ = self._plot()
        if not plot.left() <= x < plot.right():
            return ""
        index = min(
            len(rates.counts) - 1, int((x - plot.left()) / plot.width() * len(rates.counts))
        )
        current = index == len(rates.counts) - 1
        return words.bar_tip(rates.minute(index), rates.counts[index], current)
