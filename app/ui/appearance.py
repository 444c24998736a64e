"""How the window looks, and what follows from it: the colour scheme (the system's light or
dark palette, or outdoor high contrast) and the table's zoom, both remembered."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QTableView

from app.settings import OUTDOOR, ZOOM, Settings
from app.ui import colours

#: Each zoom step makes the table's text this much larger (or smaller) than the system's.
ZOOM_STEP = 0.1
#: Space above and below a row's text: outdoors rows are taller, easier to hit and to read.
ROW_PADDING = 8
OUTDOOR_ROW_PADDING = 18


class Appearance(QObject):
    #: The colour scheme changed: whatever paints colours by hand (thousands of rows) redoes
    #: it, once per change.
    scheme_changed = Signal()
    #: The table's text size changed: whatever is sized by hand follows.
    zoomed = Signal()

    def __init__(self, table: QTableView, settings: Settings) -> None:
        super().__init__(table)
        self._table = table
        self._settings = settings
        self._system_font = QFont(table.font())
        #: The palette before outdoor replaced it, to give back when outdoor ends.
        self._system_palette: QPalette | None = None
        self.outdoor = False
        self.zoom = settings.get(ZOOM)
        # Qt tells every widget when its palette changes, the application's included (the
        # system switched to dark, or outdoor began): the table's is the one rows sit on.
        table.installEventFilter(self)
        self.set_outdoor(settings.get(OUTDOOR))
        self._size_rows()

    # -- the scheme ---------------------------------------------------------------------------

    def set_outdoor(self, on: bool) -> None:
        if on == self.outdoor:
            colours.use(colours.Scheme(QApplication.palette(), outdoor=on))
            return
        self.outdoor = on
        self._settings.set(OUTDOOR, on)
        if on:
            self._system_palette = QApplication.palette()
            QApplication.setPalette(colours.outdoor_palette())
        elif self._system_palette is not None:
            QApplication.setPalette(self._system_palette)
            self._system_palette = None
        # Now, not when Qt's palette event comes: that one then finds nothing to repaint.
        self._palette_changed()
        self._size_rows()

    def release(self) -> None:
        """The window is going: the application's palette is the system's again."""
        if self._system_palette is not None:
            QApplication.setPalette(self._system_palette)
            self._system_palette = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self._palette_changed()
        return False

    def _palette_changed(self) -> None:
        scheme = colours.Scheme(QApplication.palette(), outdoor=self.outdoor)
        if scheme.paints_like(colours.current()):
            return
        colours.use(scheme)
        self.scheme_changed.emit()

    # -- the zoom -----------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom_to(self.zoom + 1)

    def zoom_out(self) -> None:
        self._zoom_to(self.zoom - 1)

    def zoom_reset(self) -> None:
        self._zoom_to(0)

    def _zoom_to(self, step: int) -> None:
        if step not in ZOOM.choices or step == self.zoom:
            return
        self.zoom = step
        self._settings.set(ZOOM, step)
        self._size_rows()

    @property
    def scale(self) -> float:
        return 1 + ZOOM_STEP * self.zoom

    def _size_rows(self) -> None:
        font = QFont(self._system_font)
        font.setPointSizeF(self._system_font.pointSizeF() * self.scale)
        self._table.setFont(font)
        self._table.horizontalHeader().setFont(font)
        padding = OUTDOOR_ROW_PADDING if self.outdoor else ROW_PADDING
        self._table.verticalHeader().setDefaultSectionSize(QFontMetrics(font).height() + padding)
        self.zoomed.emit()
