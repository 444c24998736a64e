"""What the official types in a filter box, as Qt's filter looks for it: the same rows that
app.sessions.search finds, matched in C++ so that thousands of rows never call back into
Python."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression

from app.sessions import search


def expression(query: search.Query, tags: Sequence[str] = ()) -> QRegularExpression:
    """Matches a search text the query finds, and that holds every tag."""
    typed = search.pattern(query)
    tagged = "".join(f"(?=.*{QRegularExpression.escape(tag)})" for tag in tags)
    if not typed and not tagged:
        return QRegularExpression("")
    return QRegularExpression((typed or "^") + tagged)
