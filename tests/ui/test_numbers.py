"""Numbers the window writes itself must read exactly as Qt's locale writes them, in every
language the window speaks and in regional formats it may be given."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale

from app.ui.words import numbers

SAMPLES: tuple[int, ...] = (0, 1, 9, 10, 99, 100, 999, 1000, 1001, 4321, 9999, 10000, 10743)
SAMPLES += (99999, 100000, 123456, 999999, 1000000, 7654321, 2**31 - 1, 10**12 + 5, -1, -12345)


@pytest.fixture
def locale_named() -> Iterator[Callable[[str], None]]:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))
        numbers.forget()

    yield use
    QLocale.setDefault(before)
    numbers.forget()


@pytest.mark.parametrize(
    "name", ["en_US", "es_ES", "ca_ES", "es_MX", "de_CH", "fr_FR", "ar_EG", "hi_IN", "C"]
)
def test_whole_numbers_read_as_qt_writes_them(
    locale_named: Callable[[str], None], name: str
) -> None:
    locale_named(name)
    for number in SAMPLES:
        assert numbers.whole(number) == QLocale().toString(number), (name, number)


def test_a_changed_language_is_noticed_once_forgotten(
    locale_named: Callable[[str], None],
) -> None:
    locale_named("en_US")
    assert numbers.whole(10743) == "10,743"
    locale_named("es_ES")
    assert numbers.whole(10743) == "10.743"
    assert numbers.whole(1234) == "1234"
