"""The colours that carry meaning (open, closing, failed, live…), readable on any palette.

Each tone has a colour chosen for light schemes and one for dark; whichever the palette calls
for is then darkened or lightened until it stands out from both row backgrounds (plain and
alternate) by the contrast ratio WCAG asks of body text: 4.5:1, or 7:1 outdoors. So a system
theme nobody foresaw still gets readable text, and colour always goes with words or symbols
(race-day rule 4), never alone.
"""

from __future__ import annotations

import enum

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.sessions.activity import Activity
from app.sessions.book import RowState

#: WCAG 2 AA for body text, and AAA: what the outdoor scheme keeps for a screen in full sun.
NORMAL_CONTRAST = 4.5
OUTDOOR_CONTRAST = 7.0


class Tone(enum.Enum):
    GOOD = "good"  # open, closed ✓
    BUSY = "busy"  # closing, checking
    MUTED = "muted"  # closed, unused
    BAD = "bad"  # not closed, unconfirmed, low battery, warnings
    CAUTION = "caution"  # stale, not re-read
    LIVE = "live"  # a device timing right now
    CALM = "calm"  # idle


_FOR_LIGHT = {
    Tone.GOOD: "#1b5e20",
    Tone.BUSY: "#0d47a1",
    Tone.MUTED: "#555555",
    Tone.BAD: "#b71c1c",
    Tone.CAUTION: "#7a5f00",
    Tone.LIVE: "#6a1b9a",
    Tone.CALM: "#37474f",
}
_FOR_DARK = {
    Tone.GOOD: "#81c784",
    Tone.BUSY: "#90caf9",
    Tone.MUTED: "#bdbdbd",
    Tone.BAD: "#ff8a80",
    Tone.CAUTION: "#ffd54f",
    Tone.LIVE: "#e1a6f0",
    Tone.CALM: "#cfd8dc",
}


def luminance(colour: QColor) -> float:
    """Relative luminance, as WCAG 2 defines it."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    rgb = colour.toRgb()
    red, green, blue = linear(rgb.redF()), linear(rgb.greenF()), linear(rgb.blueF())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def backgrounds(palette: QPalette) -> tuple[QColor, QColor]:
    """What rows are painted on: the plain and the alternate row colour."""
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)


def readable(colour: QColor, behind: tuple[QColor, ...], ratio: float) -> QColor:
    """`colour`, made darker on a light background (lighter on a dark one) in small steps
    until it reaches `ratio` against every colour behind it; black or white at worst."""
    dark_background = sum(luminance(c) for c in behind) / len(behind) < 0.18
    hsl = colour.toHsl()
    hue, saturation, lightness = hsl.hslHueF(), hsl.hslSaturationF(), hsl.lightnessF()
    step = 0.02 if dark_background else -0.02
    candidate = QColor(colour)
    while min(contrast(candidate, c) for c in behind) < ratio:
        lightness += step
        if not 0.0 <= lightness <= 1.0:
            return QColor("white") if dark_background else QColor("black")
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
    return candidate


class Scheme:
    """The tones for one palette: light, dark or outdoor."""

    def __init__(self, palette: QPalette, *, outdoor: bool = False) -> None:
        self.outdoor = outdoor
        self.dark = is_dark(palette)
        #: What text is written in: what icons are inked in where theirs would not show.
        self.text = QColor(palette.color(QPalette.ColorRole.Text))
        self.ratio = OUTDOOR_CONTRAST if outdoor else NORMAL_CONTRAST
        behind = backgrounds(palette)
        chosen = _FOR_DARK if self.dark else _FOR_LIGHT
        self._tones = {tone: readable(QColor(chosen[tone]), behind, self.ratio) for tone in Tone}
        #: Made once: thousands of cells share them (each made afresh costs a call into Qt).
        self._brushes = {tone: QBrush(colour) for tone, colour in self._tones.items()}
        #: The Close cell drawn as a button (app.ui.cells): a pressable one's background and
        #: text, and a disabled one's.
        self.button = {
            pressable: (
                palette.brush(group, QPalette.ColorRole.Button),
                palette.brush(group, QPalette.ColorRole.ButtonText),
            )
            for pressable, group in (
                (True, QPalette.ColorGroup.Active),
                (False, QPalette.ColorGroup.Disabled),
            )
        }

    def __getitem__(self, tone: Tone) -> QColor:
        return QColor(self._tones[tone])

    def brush(self, tone: Tone) -> QBrush:
        return self._brushes[tone]

    def paints_like(self, other: Scheme) -> bool:
        """Whether rows would look the same under either: nothing to repaint."""
        return (
            self.outdoor == other.outdoor
            and all(self._tones[tone] == other._tones[tone] for tone in Tone)
            and self.button == other.button
            and self.text == other.text
        )


def outdoor_palette() -> QPalette:
    """Black on white, a yellow selection: the most a screen can show."""
    black, white, grey = QColor("black"), QColor("white"), QColor("#f0f0f0")
    palette = QPalette(grey, white)  # the button's colour, the window's: the rest follows
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, white),
        (roles.WindowText, black),
        (roles.Base, white),
        (roles.AlternateBase, grey),
        (roles.Text, black),
        (roles.Button, grey),
        (roles.ButtonText, black),
        # A yellow selection under black text: as strong (15:1), and black icons still show.
        (roles.Highlight, QColor("#ffd400")),
        (roles.HighlightedText, black),
        (roles.ToolTipBase, white),
        (roles.ToolTipText, black),
        (roles.PlaceholderText, QColor("#404040")),
    ):
        palette.setColor(role, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#595959"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#595959"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#595959"))
    return palette


#: The scheme in use; `use` replaces it when the palette or the outdoor choice changes.
_current: Scheme | None = None


def use(scheme: Scheme) -> None:
    global _current  # noqa: PLW0603 - one scheme for the whole application, like its palette
    _current = scheme


def current() -> Scheme:
    if _current is None:
        use(Scheme(QApplication.palette()))
    assert _current is not None
    return _current


def tone(which: Tone) -> QColor:
    return current()[which]


def brush(which: Tone) -> QBrush:
    return current().brush(which)


def text_style(which: Tone | None) -> str:
    """A style sheet for a label whose text carries a tone (None: the palette's own)."""
    return "" if which is None else f"color: {tone(which).name()};"


# -- what each state's colour is -----------------------------------------------------------------

#: Colour goes with text and a symbol, never alone (race-day rule 4).
_STATE_TONES = {
    RowState.OPEN: Tone.GOOD,
    RowState.CLOSING: Tone.BUSY,
    RowState.CHECKING: Tone.BUSY,
    RowState.CLOSED: Tone.MUTED,
    RowState.NOT_CLOSED: Tone.BAD,
    RowState.UNCONFIRMED: Tone.BAD,
    RowState.NOT_RE_READ: Tone.CAUTION,
}


def state_tone(state: RowState) -> Tone:
    return _STATE_TONES[state]


_ACTIVITY_TONES = {
    Activity.LIVE: Tone.LIVE,
    Activity.STALE: Tone.CAUTION,
    Activity.UNUSED: Tone.MUTED,
    Activity.IDLE: Tone.CALM,
}


def activity_tone(activity: Activity) -> Tone:
    return _ACTIVITY_TONES[activity]


#: A low battery, an offline device, a warning in a dialog: what must not be missed.
ALERT = Tone.BAD


def warning_colour() -> QColor:
    return tone(ALERT)
