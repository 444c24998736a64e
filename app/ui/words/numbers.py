"""Whole numbers as the window's language writes them: "10,743" in English, "10.743" in
Spanish, "7" alike.

Written in Python when the language groups plain digits by threes (all that the window
speaks): QLocale writes a number in two calls into Qt, and each one gives up the
interpreter's lock, so that with a listing's workers running a row's numbers cost ten
times what they should (a tenth of a second a thousand rows). Any other way of writing
numbers (other digits, other groups) is QLocale's own, number by number.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QLocale

#: Numbers whose QLocale spelling must match ours before ours is trusted.
_PROBES = (0, 7, 42, 999, 1000, 1234, 9999, 12345, 123456, 1234567, 1234567890)


def whole(number: int) -> str:
    """ "10,743", with the language's grouping."""
    grouping = _grouping()
    if grouping is None or number < 0:
        return QLocale().toString(number)
    return _grouped(number, *grouping)


def forget() -> None:
    """The language changed (QLocale.setDefault): its grouping is read again."""
    _grouping.cache_clear()


@functools.cache
def _grouping() -> tuple[str, int] | None:
    """The language's group separator and the fewest digits it groups (four, or five as in
    Spanish: "1234" but "12.345"); None when its numbers are not plain digits grouped by
    threes."""
    locale = QLocale()
    separator = locale.groupSeparator()
    for fewest in (4, 5):
        if all(locale.toString(n) == _grouped(n, separator, fewest) for n in _PROBES):
            return separator, fewest
    return None


def _grouped(number: int, separator: str, fewest: int) -> str:
    digits = str(number)
    if len(digits) < fewest:
        return digits
    return f"{number:,}".replace(",", separator)
