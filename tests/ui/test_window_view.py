"""How the window looks and is reached: the system going dark, outdoor high contrast, zoom,
the keyboard from the filter to the results, a shortcut for every command, accessible names,
the language menu, and a window that is never restored where no screen is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAction,
    QColor,
    QGuiApplication,
    QHelpEvent,
    QIcon,
    QPalette,
    QTextDocument,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMenu,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.demo import DemoCloud
from app.demo.faults import Fault, FaultKind
from app.settings import LANGUAGE, OUTDOOR, ZOOM
from app.ui.colours import NORMAL_CONTRAST, OUTDOOR_CONTRAST, contrast
from app.ui.columns import position
from app.ui.main_window import MainWindow
from app.ui.screen_fit import PREFERRED, first_geometry
from app.ui.words import names
from tests.ui.conftest import (
    WAIT_MS,
    WindowFactory,
    confirmation_of,
    listed,
    settings_at,
    shown_tokens,
)
from tests.ui.test_colours import dark


@pytest.fixture(autouse=True)
def system_palette(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends on the system's palette, whatever it switched to."""
    before = QApplication.palette()
    yield
    QApplication.setPalette(before)


def state_contrast(window: MainWindow) -> float:
    """The weakest contrast of any shown row's State text against its row."""
    palette = window.table.palette()
    rows = (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase))
    weakest = 21.0
    for number in range(window.model.rowCount()):
        index = window.model.index(number, position("state"))
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        colour = brush.color() if brush is not None else palette.color(QPalette.ColorRole.Text)
        weakest = min(weakest, *(contrast(colour, row) for row in rows))
    return weakest


def press(qtbot: QtBot, window: MainWindow, action: QAction) -> None:
    """The action's shortcut, typed into the window."""
    QTest.keySequence(window.table, action.shortcut())


def test_the_rows_follow_the_system_into_dark_mode(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    assert state_contrast(window) >= NORMAL_CONTRAST

    QApplication.setPalette(dark())

    qtbot.waitUntil(
        lambda: window.table.palette().color(QPalette.ColorRole.Base) == QColor("#2a2a2a")
    )
    assert state_contrast(window) >= NORMAL_CONTRAST, "re-coloured for the dark rows"


def test_outdoor_is_black_on_white_bold_taller_and_remembered(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, settings_file: Path
) -> None:
    window = listed(qtbot, make_window(race))
    row_height = window.table.verticalHeader().defaultSectionSize()
    system = QApplication.palette()
    repaints: list[None] = []
    window.appearance.scheme_changed.connect(lambda: repaints.append(None))
    window.table.setFocus()

    press(qtbot, window, window.commands.outdoor)
    qtbot.waitUntil(
        lambda: window.table.palette().color(QPalette.ColorRole.Base) == QColor("white")
    )
    assert len(repaints) == 1, "thousands of rows are re-coloured once, not once per event"

    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Base) == QColor("white")
    assert palette.color(QPalette.ColorRole.Text) == QColor("black")
    assert window.commands.outdoor.isChecked()
    assert state_contrast(window) >= OUTDOOR_CONTRAST
    state = window.model.index(0, position("state"))
    assert state.data(Qt.ItemDataRole.FontRole).bold()
    assert window.table.verticalHeader().defaultSectionSize() > row_height
    assert settings_at(settings_file).get(OUTDOOR) is True

    press(qtbot, window, window.commands.outdoor)
    assert QApplication.palette() == system, "the system's palette is back"
    assert QApplication.palette() != palette
    assert not window.model.index(0, position("state")).data(Qt.ItemDataRole.FontRole).bold()


def test_outdoor_is_back_at_the_next_start(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, settings_file: Path
) -> None:
    settings_at(settings_file).set(OUTDOOR, True)
    window = listed(qtbot, make_window(race))
    assert window.commands.outdoor.isChecked()
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor("white")
    window.close()
    assert QApplication.palette().color(QPalette.ColorRole.Highlight) != QColor("#ffd400"), (
        "the palette given back when the window goes"
    )


def test_zoom_in_out_and_back_and_remembered(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, settings_file: Path
) -> None:
    window = listed(qtbot, make_window(race))
    size = window.table.font().pointSizeF()
    window.table.setFocus()

    QTest.keyClick(window.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = window.table.font().pointSizeF()
    assert bigger > size
    assert settings_at(settings_file).get(ZOOM) == 2
    header = window.table.horizontalHeader()
    serial = position("serial")
    assert header.isSectionHidden(serial) or (
        header.sectionSize(serial) >= window.table.sizeHintForColumn(serial)
    ), "the serials that tell twins apart are not cut short"

    QTest.keyClick(window.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert size < window.table.font().pointSizeF() < bigger
    window.close()
    again = listed(qtbot, make_window(race))
    assert size < again.table.font().pointSizeF() < bigger, "remembered"

    again.table.setFocus()
    QTest.keyClick(again.table, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.table.font().pointSizeF() == size


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_in_the_filter_goes_to_the_first_result(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, key: Qt.Key
) -> None:
    window = listed(qtbot, make_window(race))
    window.filter_edit.setFocus()
    QTest.keyClicks(window.filter_edit, "half")
    first = shown_tokens(window)[0]

    QTest.keyClick(window.filter_edit, key)

    assert window.table.hasFocus()
    assert window.table.selected_tokens() == [first]
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    dialog = confirmation_of(qtbot, window)
    assert dialog.tokens == [first], "Delete then asks about that session"
    dialog.reject()


def test_tab_leaves_the_table_and_shift_tab_comes_back(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    """Tab walked from cell to cell for ever: a keyboard could not reach anything else."""
    window = listed(qtbot, make_window(race))
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=WAIT_MS)
    QTest.keyClick(window.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not window.table.hasFocus(), timeout=WAIT_MS)
    elsewhere = QApplication.focusWidget()
    assert elsewhere is not None and elsewhere.isVisible()
    QTest.keyClick(elsewhere, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(window.table.hasFocus, timeout=WAIT_MS)


CHOICES = {
    "&Columns",
    "&Language",
    "Refresh &automatically",
    "CSV &separator",
    "Alert &kinds",
    "A live session is &silent after",
}


def test_every_command_in_the_menus_has_a_shortcut(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    """Choices in a submenu (a column, a language, an interval) are picked by mnemonic."""
    window = make_window(race)
    missing = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                assert action.isSeparator() or action.text() in CHOICES
                continue
            if action.shortcut().isEmpty():
                missing.append(f"{top.text()} → {action.text()}")
    assert missing == []


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def unnamed(root: QWidget) -> list[str]:
    """Buttons, text fields and tables without a name; a table's header is read as part of
    its table."""
    kinds = (QAbstractButton, QLineEdit, QAbstractItemView)
    return [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, kinds)
        and not isinstance(widget, QHeaderView)
        and widget.isVisible()
        and not accessible_name(widget)
    ]


def test_what_a_screen_reader_meets_has_a_name(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    assert accessible_name(window.table) == "Open sessions"
    described = QAccessible.queryAccessibleInterface(window.table)
    assert described is not None and "Delete" in described.text(QAccessible.Text.Description)
    assert accessible_name(window.filter_edit) == "Filter"
    assert unnamed(window) == []

    window.request_close(shown_tokens(window)[0])
    dialog = confirmation_of(qtbot, window)
    assert accessible_name(dialog) == "Close session?"
    said = QAccessible.queryAccessibleInterface(dialog)
    assert said is not None and "cannot be undone" in said.text(QAccessible.Text.Description)
    assert unnamed(dialog) == []
    dialog.reject()

    window.show_history()
    history = window.history_window
    assert history is not None
    qtbot.waitUntil(lambda: "close attempt" in history.status.text(), timeout=WAIT_MS)
    assert unnamed(history) == []


def test_the_language_chosen_is_remembered_for_the_next_start(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, settings_file: Path
) -> None:
    window = make_window(race)
    [spanish] = [a for a in window.commands.languages.actions() if a.data() == "es"]
    [system] = [a for a in window.commands.languages.actions() if a.data() == ""]
    assert system.isChecked(), "the system's language until one is chosen"

    spanish.trigger()

    assert settings_at(settings_file).get(LANGUAGE) == "es"
    assert window.status_bar.text() == (
        "“Español” will be the language the next time Rufus Console starts."
    )


def test_the_first_start_fits_the_screen(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = make_window(race)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert window.size() == PREFERRED, "a desktop screen has room for the preferred size"
    assert window.geometry() == first_geometry(screen)
    assert screen.contains(window.frameGeometry())


def test_a_window_left_on_a_screen_now_gone_comes_back(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud, settings_file: Path
) -> None:
    window = make_window(race)
    window.setGeometry(QRect(2600, 200, 900, 500))  # on the second monitor, to the right
    window.close()

    again = make_window(race)

    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(again.geometry()), "not restored where no screen is"


def test_widths_remembered_from_a_wide_screen_make_room_for_close_on_a_narrow_one(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    wide = listed(qtbot, make_window(race))
    header = wide.table.horizontalHeader()
    for column in range(wide.model.columnCount() - 1):
        if not header.isSectionHidden(column):
            header.resizeSection(column, max(header.sectionSize(column), 160))
    wide.close()

    narrow = make_window(race)
    narrow.resize(1000, 600)  # the same settings, on a smaller screen
    listed(qtbot, narrow)

    header = narrow.table.horizontalHeader()
    close = position("close")
    right_edge = header.sectionViewportPosition(close) + header.sectionSize(close)
    assert right_edge <= narrow.table.viewport().width()
    assert not header.isSectionHidden(position("session"))


def test_a_short_word_is_looked_for_in_names_a_long_one_in_tokens_too(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    """Typing "km 30" shows KM 30, not KM 10 whose 64-character token contains "30"."""
    window = listed(qtbot, make_window(race))
    rows = [window.model.row_at(n) for n in range(window.model.rowCount())]
    names = " ".join(
        f"{r.entry.session.alias} {r.device.alias} {r.device.model} {r.device.type} "
        f"{r.device.serial_number}"
        for r in rows
    ).casefold()
    token = rows[0].token.casefold()
    short = next(token[i : i + 3] for i in range(60) if token[i : i + 3] not in names)

    window.filter_edit.setText(short)
    assert shown_tokens(window) == [], f"{short!r} is only inside tokens"

    window.filter_edit.setText(token[20:30])
    assert shown_tokens(window) == [rows[0].token], "a piece of a token finds its session"

    window.filter_edit.setText("km 30")
    assert {window.model.row_at(n).device.alias for n in range(window.model.rowCount())} == {
        "KM 30"
    }


def test_delete_with_no_row_chosen_asks_for_one(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    """The table's current index is invisible: it is never taken for a choice."""
    window = listed(qtbot, make_window(race))
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    window.table.clearSelection()  # the current index stays, unseen

    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    QTest.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert window.confirmation is None
    assert window.status_bar.text() == "Select a session first."


@pytest.mark.parametrize("text", ["<b>BRIDGE</b> & <img src=x>", "<p>KM 30</p>\nline two", "plain"])
def test_a_tooltip_shows_its_text_never_html_from_a_device(qapp: QApplication, text: str) -> None:
    """Qt renders a tooltip that looks like HTML as HTML (race-day rule 8)."""
    shown = QTextDocument()
    shown.setHtml(names.plain_tip(text))
    assert shown.toPlainText() == text


def test_a_cell_tooltip_is_shown_as_the_text_it_is(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    window = listed(qtbot, make_window(race))
    index = window.model.index(0, position("activity"))
    assert window.model.tooltip(index)
    rect = window.table.visualRect(index)
    event = QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), window.table.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(window.table.viewport(), event)
    shown = QTextDocument()
    shown.setHtml(QToolTip.text())
    assert shown.toPlainText() == window.model.tooltip(index)
    QToolTip.hideText()


def darkest_share(icon: QIcon) -> float:
    """The share of the icon's visible pixels that are near black."""
    image = icon.pixmap(QSize(24, 24)).toImage()
    seen = dark = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 128:
                seen += 1
                dark += pixel.lightness() < 40
    assert seen, "the icon shows something"
    return dark / seen


def test_outdoor_inks_the_icons_as_dark_as_the_text(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    """A dark desktop's icons are pale, for dark backgrounds; on outdoor's white they looked
    disabled. Outdoors they are black shapes; back from outdoor, the style's own again."""
    window = listed(qtbot, make_window(race))
    refresh, close = window.commands.refresh, window.commands.close
    before = darkest_share(refresh.icon()), darkest_share(close.icon())
    assert min(before) < 0.9, "the style's icons have colours of their own"

    press(qtbot, window, window.commands.outdoor)

    assert darkest_share(refresh.icon()) == 1.0
    assert darkest_share(close.icon()) == 1.0
    button = window.model.index(0, position("close")).data(Qt.ItemDataRole.DecorationRole)
    assert button.cacheKey() == close.icon().cacheKey(), "the Close buttons' icon too"

    press(qtbot, window, window.commands.outdoor)

    assert (darkest_share(refresh.icon()), darkest_share(close.icon())) == before


def lightest_share(icon: QIcon) -> float:
    """The share of the icon's visible pixels that are light."""
    image = icon.pixmap(QSize(24, 24)).toImage()
    seen = light = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 128:
                seen += 1
                light += pixel.lightness() > 150
    assert seen, "the icon shows something"
    return light / seen


def test_on_a_dark_palette_the_icons_are_as_light_as_the_text(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    """The style's ✗ is black: on a dark palette's grey the Close buttons and "Close
    selected" looked disabled."""
    window = listed(qtbot, make_window(race))
    close = window.commands.close
    assert lightest_share(close.icon()) < 0.5, "the style's own ✗ is dark"

    QApplication.setPalette(dark())
    qtbot.waitUntil(lambda: lightest_share(close.icon()) == 1.0, timeout=WAIT_MS)

    assert lightest_share(window.commands.refresh.icon()) == 1.0
    button = window.model.index(0, position("close")).data(Qt.ItemDataRole.DecorationRole)
    assert button.cacheKey() == close.icon().cacheKey(), "the Close buttons' icon too"


def close_in_view(window: MainWindow) -> bool:
    """Whether every row's Close button is within the table's visible width."""
    header = window.table.horizontalHeader()
    close = position("close")
    right = header.sectionViewportPosition(close) + header.sectionSize(close)
    return not header.isSectionHidden(close) and right <= window.table.viewport().width()


def test_a_long_message_never_widens_the_window_past_its_close_buttons(
    qtbot: QtBot, make_window: WindowFactory, race: DemoCloud
) -> None:
    """Venue Wi-Fi's login page answered a refresh: its long message (and each row's state)
    made the window wider than the screen for the rest of the day, the Close buttons beyond
    its edge. The message ends in "…" where the room ends, whole on hover."""
    window = listed(qtbot, make_window(race))
    window.resize(1000, 580)
    qtbot.waitUntil(lambda: close_in_view(window), timeout=WAIT_MS)
    race.inject(Fault(FaultKind.HTML_PAGE, "GET", "/devices", status=200, times=None))

    with qtbot.waitSignal(window.console.listing_failed, timeout=WAIT_MS):
        QTest.keyClick(window.table, Qt.Key.Key_F5)
    QApplication.processEvents()

    assert window.width() == 1000, "the window kept its width"
    assert window.minimumSizeHint().width() <= 1000, "and asks for no more"
    message = window.status_bar.message
    assert message.text().endswith("…"), "the message shortened to its room"
    assert window.status_bar.text() in message.toolTip(), "and whole on hover"
    assert close_in_view(window), "every Close button still in view"
