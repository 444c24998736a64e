"""Renders every icon file from the one source, resources/icons/rufus-console.svg.

    python packaging/make_icons.py           write the PNGs, the .ico and the .icns
    python packaging/make_icons.py --check   exit 1 if a committed file differs from a fresh render

The window and the Linux bundle use the PNGs, Windows the .ico, macOS the .icns. The containers
are written here rather than by Qt's image plugins: those write one size per file, and a
desktop picks the size it needs from a file that holds them all.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "rufus-console.svg"
NAME = "rufus-console"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types that hold a PNG, by edge length in pixels.
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNGs (read by Windows since Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNGs, one per size Apple names."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size in sorted(pngs)
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def expected_files() -> dict[Path, bytes]:
    pngs = {size: render_png(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES})}
    files = {ICONS / f"{NAME}-{size}.png": pngs[size] for size in PNG_SIZES}
    files[ICONS / f"{NAME}.ico"] = ico({size: pngs[size] for size in ICO_SIZES})
    files[ICONS / f"{NAME}.icns"] = icns({size: pngs[size] for size in ICNS_TYPES})
    return files


#: Qt's rasteriser picks its code path by CPU (SSE, AVX2, AVX-512): the same SVG renders to
#: pixels that differ by one step of one channel here and there from machine to machine.
PIXEL_TOLERANCE = 2


def ico_entries(data: bytes) -> dict[int, bytes]:
    count = struct.unpack_from("<H", data, 4)[0]
    entries = {}
    for number in range(count):
        edge, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * number)
        entries[edge or 256] = data[offset : offset + length]
    return entries


def icns_entries(data: bytes) -> dict[int, bytes]:
    sizes = {kind: size for size, kind in ICNS_TYPES.items()}
    entries, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        entries[sizes.get(kind, -1)] = data[offset + 8 : offset + length]
        offset += length
    return entries


def pngs_in(path: Path, data: bytes) -> dict[int, bytes]:
    if path.suffix == ".ico":
        return ico_entries(data)
    if path.suffix == ".icns":
        return icns_entries(data)
    return {0: data}


def same_picture(committed: bytes, fresh: bytes) -> bool:
    from PySide6.QtGui import QImage

    images = [QImage.fromData(data) for data in (committed, fresh)]
    if any(image.isNull() for image in images) or images[0].size() != images[1].size():
        return False
    old, new = (
        bytes(image.convertToFormat(QImage.Format.Format_RGBA8888).constBits()) for image in images
    )
    return all(abs(a - b) <= PIXEL_TOLERANCE for a, b in zip(old, new, strict=True))


def matches(path: Path, fresh: bytes) -> bool:
    if not path.exists():
        return False
    committed = path.read_bytes()
    if committed == fresh:
        return True
    try:
        old, new = pngs_in(path, committed), pngs_in(path, fresh)
    except struct.error:
        return False
    return old.keys() == new.keys() and all(same_picture(old[k], new[k]) for k in new)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs one)
    stale = []
    for path, data in expected_files().items():
        if args.check:
            if not matches(path, data):
                stale.append(path.name)
        else:
            path.write_bytes(data)
            print(f"make_icons: wrote {path.relative_to(ICONS.parent.parent)}")
    if stale:
        print(
            f"make_icons: out of date with {SOURCE.name}: {', '.join(stale)}; "
            "run python packaging/make_icons.py",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
