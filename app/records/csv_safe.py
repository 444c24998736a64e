"""Every cell of every CSV file the console writes, made safe to open.

Text from devices and the cloud is hostile (race-day rule 8). A cell that starts with `=`, `+`,
`-` or `@` is read as a formula by spreadsheets (`=cmd|' /C calc'!A0` starts a program in an
old Excel), and a leading tab or carriage return can hide one; such a cell gets a leading `'`,
which spreadsheets take as "this is text". Characters that drive a terminal, reorder text or
hide themselves (controls, bidi overrides, zero-width characters) are written as escapes
(`\\x1b`, `\\u202e`), as the command line shows them, so `cat file.csv` is as safe as opening
it in a spreadsheet.

Values that are not text (a num_passing, a coordinate RUFUS sent as a number) cannot be
formulas and are written as they are: a longitude of -3.7 stays a number.
"""

from __future__ import annotations

import math

from app.display import visible

#: What a spreadsheet may read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The text to write in a CSV cell for `value`; None is an empty cell."""
    if isinstance(value, str):
        text = value if value.isprintable() else visible(value)
        # Judged on the text as sent: a leading tab, escaped above, is still marked.
        return "'" + text if value.startswith(FORMULA_STARTS) else text
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    return safe_cell(str(value))
