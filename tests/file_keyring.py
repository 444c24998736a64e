"""A keyring kept in one JSON file (RUFUS_TEST_KEYRING_FILE), for tests that run the app in
several processes one after another, as a system keyring serves them; no one else reads it.

    PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1

    @staticmethod
    def _entries() -> dict[str, str]:
        path = Path(os.environ["RUFUS_TEST_KEYRING_FILE"])
        return json.loads(path.read_text()) if path.exists() else {}

    @staticmethod
    def _keep(entries: dict[str, str]) -> None:
        Path(os.environ["RUFUS_TEST_KEYRING_FILE"]).write_text(json.dumps(entries))

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._keep({**self._entries(), f"{service}/{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("not stored")
        self._keep(entries)
