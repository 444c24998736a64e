"""Every colour that carries meaning is readable on its row, on a light, a dark and the
outdoor high-contrast scheme: WCAG's contrast ratio, computed for every state."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app.sessions.activity import Activity
from app.sessions.book import RowState
from app.ui import colours
from app.ui.colours import NORMAL_CONTRAST, OUTDOOR_CONTRAST, Scheme, contrast


def light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark() -> QPalette:
    """A dark desktop theme, as Fusion paints one when the system asks for dark."""
    palette = QPalette(QColor("#454545"), QColor("#353535"))  # button, window
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.ButtonText, "#e0e0e0"),
        (roles.Base, "#2a2a2a"),
        (roles.AlternateBase, "#323232"),
        (roles.Text, "#e0e0e0"),
        (roles.Window, "#353535"),
        (roles.WindowText, "#e0e0e0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def grey() -> QPalette:
    """A theme nobody foresaw: rows of middle grey, where neither fixed set would do."""
    palette = QPalette(QColor("#8a8a8a"), QColor("#8a8a8a"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#8a8a8a"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#949494"))
    return palette


SCHEMES = {
    "light": (light, False, NORMAL_CONTRAST),
    "dark": (dark, False, NORMAL_CONTRAST),
    "grey": (grey, False, NORMAL_CONTRAST),
    "outdoor": (colours.outdoor_palette, True, OUTDOOR_CONTRAST),
}


@pytest.fixture(params=list(SCHEMES))
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[QPalette, float]]:
    make, outdoor, ratio = SCHEMES[request.param]
    palette = make()
    colours.use(Scheme(palette, outdoor=outdoor))
    yield palette, ratio
    colours.use(Scheme(QApplication.palette()))


def meaningful_colours() -> dict[str, QColor]:
    """What the table and the dialogs paint: every row state, every activity, the low
    battery mark and the warnings."""
    found = {f"state {s.name}": colours.tone(colours.state_tone(s)) for s in RowState}
    found |= {f"activity {a.name}": colours.tone(colours.activity_tone(a)) for a in Activity}
    found["low battery, offline, warning"] = colours.warning_colour()
    return found


def test_every_state_stands_out_from_both_row_colours(scheme: tuple[QPalette, float]) -> None:
    palette, ratio = scheme
    rows = (
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.AlternateBase),
    )
    weak = {
        name: round(min(contrast(colour, row) for row in rows), 2)
        for name, colour in meaningful_colours().items()
        if min(contrast(colour, row) for row in rows) < ratio
    }
    assert weak == {}, f"below {ratio}:1"


def test_the_states_stay_told_apart_by_colour_too(scheme: tuple[QPalette, float]) -> None:
    """Readable is not enough: open, failed and live must not all turn black."""
    found = meaningful_colours()
    picked = {found["state OPEN"].name(), found["state NOT_CLOSED"].name()}
    picked.add(found["activity LIVE"].name())
    assert len(picked) == 3


def test_the_fixed_colours_of_before_were_unreadable_on_dark() -> None:
    """What this file guards against: the green "Open" of the light scheme on a dark row."""
    assert contrast(QColor("#1b5e20"), dark().color(QPalette.ColorRole.Base)) < 2
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
