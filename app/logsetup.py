"""Logging for every entry point, with secrets masked wherever a record might carry one."""

from __future__ import annotations

import logging
import sys

_MASK = "«redacted»"


class SecretRedactor(logging.Filter):
    """Replaces known secrets in a record's final text: a last line of defence, not the first."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add(self, secret: str) -> None:
        if secret:
            self._secrets.add(secret)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        text = record.getMessage()
        masked = text
        for secret in self._secrets:
            masked = masked.replace(secret, _MASK)
        if masked != text:
            record.msg, record.args = masked, None
        return True


redactor = SecretRedactor()


def configure_logging(*, verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(redactor)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
