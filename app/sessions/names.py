"""Names that repeat: wherever such a name is shown, what tells its owners apart (a device's
serial) must be shown too (race-day rule 10). The same rule in the window, the row book and
the command line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def shared_names(names: Iterable[str]) -> frozenset[str]:
    """The names given more than once (each name once per owner)."""
    counts = Counter(names)
    return frozenset(name for name, times in counts.items() if times > 1)
