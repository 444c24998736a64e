"""One icon source; every icon file made from it, readable by each platform's format."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import cast

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader
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


def _make_icons() -> ModuleType:
    # Loaded by path: PyPI's `packaging` would shadow the folder as a package name.
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging/make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub asks for bytes; Qt for Python takes the format as str only (bytes: ValueError).
    image.save(buffer, cast(bytes, "PNG"))
    return bytes(data.data())


@pytest.mark.parametrize(("step", "same"), [(1, True), (2, True), (40, False)])
def test_the_check_forgives_rounding_between_cpus_but_not_a_changed_picture(
    qapp: QApplication, step: int, same: bool
) -> None:
    make_icons = _make_icons()
    original = QImage(str(ICONS / "rufus-console-32.png")).convertToFormat(
        QImage.Format.Format_RGBA8888
    )
    changed = original.copy()
    colour = changed.pixelColor(16, 16)
    colour.setRed(colour.red() + step if colour.red() + step <= 255 else colour.red() - step)
    changed.setPixelColor(16, 16, colour)
    assert make_icons.same_picture(_png(original), _png(changed)) is same
