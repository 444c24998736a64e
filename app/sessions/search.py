"""What the official types in a filter box, and which rows it means (race-day rule 10: what
the official types finds names first).

What an official types is a checkpoint's name ("KM 30"), so a typed word finds the start of a
word in a name: "km 3" finds KM 30 and KM 35, never KM 10 because its serial or token holds a
3. A serial is found only by what looks like one (its start, three characters or more, or
letters and digits together), and a token only by six or more hexadecimal digits of it.
Among the rows found, the best is a name typed whole, then every word in one name, then the
most words typed whole: "km 10" finds KM 10, then KM 100, then KM 5's "10K course".

A row keeps its search text as one string, so that Qt's filter (a regular expression, in
C++) can look through thousands of rows without calling back into Python:
" words of one name \\x1f words of another \\x1e serial \\x1d token".
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

#: Between a row's names and its serial.
NAMES_END = "\x1e"
#: Between a row's serial and its token.
TOKEN_START = "\x1d"  # noqa: S105 - a separator, not a secret
#: Between two names of a row.
NAME_BREAK = "\x1f"
#: Typed words this long (or longer), all hexadecimal, are looked for in tokens too.
TOKEN_WORD = 6
#: A word this long (or with letters and digits) may be the start of a serial.
SERIAL_WORD = 3

_WORD = re.compile(r"[^\W_]+")
_HEX = frozenset(string.hexdigits.lower())


def words(text: str) -> list[str]:
    """The words of a text as search compares them: lower case, punctuation dropped."""
    return _WORD.findall(text.casefold())


def search_text(names: Iterable[str], serial: str, token: str) -> str:
    """A row's search text (see the module's docstring)."""
    fields = [" ".join(words(name)) for name in names]
    return (
        " "
        + f" {NAME_BREAK} ".join(field for field in fields if field)
        + " "
        + NAMES_END
        + "".join(words(serial))
        + TOKEN_START
        + token.casefold()
    )


def may_be_serial(word: str) -> bool:
    has_digit = any(c.isdigit() for c in word)
    has_letter = any(c.isalpha() for c in word)
    return len(word) >= SERIAL_WORD or (has_digit and has_letter)


def may_be_token(word: str) -> bool:
    return len(word) >= TOKEN_WORD and set(word) <= _HEX


@dataclass(frozen=True)
class Query:
    """What was typed, as words."""

    words: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Query:
        return cls(tuple(words(text)))

    def __bool__(self) -> bool:
        return bool(self.words)

    @property
    def phrase(self) -> str:
        return " ".join(self.words)

    @property
    def serial(self) -> str | None:
        """The whole query, if it may be (the start of) a serial typed with its dashes."""
        compact = "".join(self.words)
        return compact if len(self.words) > 1 and may_be_serial(compact) else None


#: How well a row matches: lower is better.
Rank = tuple[int, int, int]


def rank(query: Query, text: str) -> Rank | None:
    """How well a row's search text matches the query; None when it does not match."""
    names, _, rest = text.partition(NAMES_END)
    serial, _, token = rest.partition(TOKEN_START)
    fields = [field.split() for field in names.split(NAME_BREAK)]
    name_words = [word for field in fields for word in field]
    if query.serial is not None and serial.startswith(query.serial):
        return (3, 0, 0)  # a serial typed whole, dashes and all
    by_name = 0
    for typed in query.words:
        if any(word.startswith(typed) for word in name_words):
            by_name += 1
        elif not (
            (may_be_serial(typed) and serial.startswith(typed))
            or (may_be_token(typed) and typed in token)
        ):
            return None
    if by_name < len(query.words):
        return (3, 1, 0)  # found by its serial or token only
    whole_name = any(" ".join(field) == query.phrase for field in fields)
    one_name = any(
        all(any(word.startswith(typed) for word in field) for typed in query.words)
        for field in fields
    )
    typed_whole = sum(1 for typed in query.words if typed in name_words)
    return (0 if whole_name else 1 if one_name else 2, -typed_whole, 0)


def pattern(query: Query) -> str:
    """The regular expression (PCRE, as Qt's) that finds the same rows as `rank`, for Qt's
    filter: every typed word, each in one of the ways it may be found."""
    lookaheads = []
    for typed in query.words:
        word = re.escape(typed)
        ways = [f"[^{NAMES_END}]* {word}"]
        if may_be_serial(typed):
            ways.append(f"[^{NAMES_END}]*{NAMES_END}{word}")
        if may_be_token(typed):
            ways.append(f".*{TOKEN_START}.*{word}")
        lookaheads.append(f"(?={'|'.join(ways)})")
    if not lookaheads:
        return ""
    if query.serial is not None:
        return f"^(?:{''.join(lookaheads)}|[^{NAMES_END}]*{NAMES_END}{query.serial})"
    return "^" + "".join(lookaheads)
