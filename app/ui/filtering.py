"""What the official types in a filter box, as Qt's filter looks for it: every word, in any
order, among the names; a word long enough to be a piece of a token among the tokens too.

Rows keep their search text as "names NAMES_END tokens", lower-cased once
(app.sessions.book.NAMES_END), so that "km 30" never brings up KM 10 because its token
happens to contain "30".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression

from app.sessions.book import NAMES_END

#: Typed words this long (or longer) are looked for in the full token too: a piece of a
#: token copied from RUFUS, not a checkpoint's number.
TOKEN_WORD = 6


def words_of(text: str) -> list[str]:
    return text.casefold().split()


def expression(words: Sequence[str], tags: Sequence[str] = ()) -> QRegularExpression:
    """Matches a search text holding every word (and every tag, anywhere)."""
    lookaheads = [
        f"(?=.*{QRegularExpression.escape(word)})"
        if len(word) >= TOKEN_WORD
        else f"(?=[^{NAMES_END}]*{QRegularExpression.escape(word)})"
        for word in words
    ]
    lookaheads += [f"(?=.*{QRegularExpression.escape(tag)})" for tag in tags]
    return QRegularExpression(f"^{''.join(lookaheads)}" if lookaheads else "")
