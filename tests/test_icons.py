"""One icon source; every icon file made from it, readable by each platform's format."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from app.ui.app_icon import app_icon

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def test_the_committed_icon_files_are_a_fresh_render_of_the_svg() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("name", "image_format", "sizes"),
    [
        ("rufus-console.ico", b"ico", [16, 24, 32, 48, 64, 128, 256]),
        ("rufus-console.icns", b"icns", [16, 32, 64, 128, 256, 512, 1024]),
    ],
)
def test_windows_and_macos_icons_hold_every_size(
    qapp: QApplication, name: str, image_format: bytes, sizes: list[int]
) -> None:
    reader = QImageReader(str(ICONS / name))
    assert bytes(reader.format().data()) == image_format
    found = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        found.append(image.width())
    assert sorted(found) == sizes


def test_the_app_icon_offers_every_size_from_16_to_512(qapp: QApplication) -> None:
    # The packaged binary's self-test checks that its window carries this icon.
    sizes = sorted(size.width() for size in app_icon().availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
