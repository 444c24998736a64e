"""Logging for every entry point, with secrets masked wherever a record might carry one."""

from __future__ import annotations

import logging
import sys

_MASK = "«redacted»"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SecretRedactor(logging.Filter):
    """Replaces known secrets in a record's final text: a last line of defence, not the first."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add(self, secret: str) -> None:
        if secret:
            self._secrets.add(secret)

    def forget_all(self) -> None:
        """For tests: a redactor that knows no secret yet."""
        self._secrets.clear()

    def mask(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, _MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        text = record.getMessage()
        masked = self.mask(text)
        if masked != text:
            record.msg, record.args = masked, None
        return True


class RedactingFormatter(logging.Formatter):
    """Masks secrets in the whole formatted text: a traceback's exception messages are not
    part of the record's message, so the filter alone would let them through."""

    def __init__(self, secrets: SecretRedactor) -> None:
        super().__init__(FORMAT)
        self._secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        return self._secrets.mask(super().format(record))


redactor = SecretRedactor()


def secret_safe(handler: logging.Handler) -> logging.Handler:
    handler.setFormatter(RedactingFormatter(redactor))
    handler.addFilter(redactor)
    return handler


def configure_logging(*, verbose: bool, quiet: bool = False) -> None:
    """`verbose` logs requests to stderr; `quiet` (the command line without -v) keeps stderr
    for the command's own one-line outcome, with no log line beside it."""
    level = logging.DEBUG if verbose else logging.WARNING
    root = logging.getLogger()
    root.handlers[:] = []
    if sys.stderr is not None and (verbose or not quiet):  # a windowed Windows binary has none
        terminal = secret_safe(logging.StreamHandler(sys.stderr))
        # Its own level: the log file may ask the root logger for more.
        terminal.setLevel(level)
        root.addHandler(terminal)
    elif not root.handlers:
        # Without any handler, Python's last resort would print warnings on stderr anyway.
        root.addHandler(logging.NullHandler())
    root.setLevel(level)
