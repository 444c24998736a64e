"""Saved passings go to the official's own documents folder: on Windows wherever the official,
an administrator or OneDrive moved it, as Windows itself says (SHGetKnownFolderPath), asked
once. Windows is played here by a stand-in for its two DLL functions, called through ctypes
exactly as on Windows."""

from __future__ import annotations

import ctypes
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import places
from app.places import FOLDERID_DOCUMENTS, documents_folder, passings_folder, windows_documents

ONEDRIVE = "C:\\Users\\marta\\OneDrive - Club Atletisme\\Documents"

KnownFolderPath = ctypes.CFUNCTYPE(
    ctypes.c_long, ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p, ctypes.c_void_p
)
Free = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


class StandInWindows:
    """shell32.SHGetKnownFolderPath and ole32.CoTaskMemFree, as C functions."""

    def __init__(self, answer: str | None) -> None:
        self.asked: list[bytes] = []
        self.freed: list[int] = []
        self._answer = ctypes.create_unicode_buffer(answer) if answer is not None else None
        self.shell32 = type("shell32", (), {})()
        self.ole32 = type("ole32", (), {})()
        self.shell32.SHGetKnownFolderPath = KnownFolderPath(self._known_folder_path)
        self.ole32.CoTaskMemFree = Free(self.freed.append)

    def _known_folder_path(self, folder_id: int, flags: int, token: Any, out: int) -> int:
        self.asked.append(ctypes.string_at(folder_id, 16))
        if self._answer is None:
            return -2147024894  # E_FILENOTFOUND: the folder is not there
        ctypes.c_void_p.from_address(out).value = ctypes.addressof(self._answer)
        return 0


@pytest.fixture
def windows() -> Iterator[None]:
    windows_documents.cache_clear()
    yield
    windows_documents.cache_clear()


def as_windows(monkeypatch: pytest.MonkeyPatch, answer: str | None) -> StandInWindows:
    stand_in = StandInWindows(answer)
    monkeypatch.setattr(ctypes, "windll", stand_in, raising=False)
    return stand_in


@pytest.mark.usefixtures("windows")
def test_passings_go_to_the_documents_folder_windows_names(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stand_in = as_windows(monkeypatch, ONEDRIVE)

    folder = passings_folder("win32", {}, tmp_path)
    assert folder == Path(ONEDRIVE) / "Rufus Console" / "passings"
    assert stand_in.asked == [uuid.UUID("FDD39AD0-238F-46AF-ADB4-6C85480369C7").bytes_le]
    assert len(stand_in.freed) == 1, "the path Windows allocated is freed"

    passings_folder("win32", {}, tmp_path)
    assert len(stand_in.asked) == 1, "asked once: it reads the registry"


@pytest.mark.usefixtures("windows")
def test_documents_in_the_home_folder_when_windows_does_not_answer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stand_in = as_windows(monkeypatch, None)

    assert documents_folder("win32", {}, tmp_path) == tmp_path / "Documents"
    assert len(stand_in.asked) == 1
    assert len(stand_in.freed) == 1, "freed even when Windows failed"


@pytest.mark.skipif(sys.platform != "win32", reason="asks Windows itself")
@pytest.mark.usefixtures("windows")
def test_windows_names_a_documents_folder_that_is_there() -> None:
    found = windows_documents()
    assert found is not None and found.is_dir()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows answers there")
@pytest.mark.usefixtures("windows")
def test_off_windows_nothing_is_asked_and_the_home_folder_serves(tmp_path: Path) -> None:
    assert not hasattr(ctypes, "windll")
    assert windows_documents() is None
    assert documents_folder("win32", {}, tmp_path) == tmp_path / "Documents"


def test_each_system_names_its_documents_folder(tmp_path: Path) -> None:
    moved = tmp_path / "D" / "Docs"
    assert documents_folder("win32", {}, tmp_path, lambda: moved) == moved
    assert documents_folder("darwin", {}, tmp_path) == tmp_path / "Documents"
    (tmp_path / ".config").mkdir()
    (tmp_path / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Documentos"\n')
    assert documents_folder("linux", {}, tmp_path) == tmp_path / "Documentos"
    assert uuid.UUID("FDD39AD0-238F-46AF-ADB4-6C85480369C7").bytes_le == FOLDERID_DOCUMENTS
    assert "ctypes" not in vars(places), "loaded on Windows only, when first asked"
