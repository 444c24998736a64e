"""The oldest macOS a set of Mach-O files says it runs on: the highest minimum among them
(LC_BUILD_VERSION's minos, or the older LC_VERSION_MIN_MACOSX), over every architecture of a
universal file. The spec declares it as the app's LSMinimumSystemVersion, so Finder refuses
an older macOS with a message instead of the app failing to load a library.

    python packaging/macos_minimum.py FILE_OR_FOLDER...   prints the minimum and what sets it
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

Version = tuple[int, int]

_FAT = {b"\xca\xfe\xba\xbe": 4, b"\xca\xfe\xba\xbf": 8}  # big-endian; offsets 32 or 64 bits
_THIN = {b"\xcf\xfa\xed\xfe": 32, b"\xce\xfa\xed\xfe": 28}  # 64- and 32-bit little-endian
_LC_BUILD_VERSION = 0x32
_LC_VERSION_MIN_MACOSX = 0x24
_PLATFORM_MACOS = 1


def minimum(files: Iterable[Path]) -> tuple[Version, Path] | None:
    """The highest minimum among `files` and the file that sets it; None when none of them
    is a Mach-O file that names one."""
    found = [(version, path) for path in files for version in minimums(path)]
    return max(found, key=lambda pair: pair[0], default=None)


def minimums(path: Path) -> Iterator[Version]:
    """The minimum macOS of each architecture in `path`; nothing for other files."""
    try:
        with path.open("rb") as file:
            magic = file.read(4)
            if magic in _FAT:
                yield from _fat(file, _FAT[magic])
            elif magic in _THIN:
                yield from _thin(file, 0, _THIN[magic])
    except (OSError, struct.error):
        return


def text(version: Version) -> str:
    return f"{version[0]}.{version[1]}"


def _fat(file: BinaryIO, offset_size: int) -> Iterator[Version]:
    (count,) = struct.unpack(">I", file.read(4))
    entry = ">iiQQI4x" if offset_size == 8 else ">iiIII"
    slices = [struct.unpack(entry, file.read(struct.calcsize(entry)))[2] for _ in range(count)]
    for start in slices:
        file.seek(start)
        magic = file.read(4)
        if magic in _THIN:
            yield from _thin(file, start, _THIN[magic])


def _thin(file: BinaryIO, start: int, header_size: int) -> Iterator[Version]:
    file.seek(start + 16)
    commands, size = struct.unpack("<II", file.read(8))
    file.seek(start + header_size)
    table = file.read(size)
    at = 0
    for _ in range(commands):
        command, length = struct.unpack_from("<II", table, at)
        if command == _LC_BUILD_VERSION:
            platform, packed = struct.unpack_from("<II", table, at + 8)
            if platform == _PLATFORM_MACOS:
                yield _unpacked(packed)
        elif command == _LC_VERSION_MIN_MACOSX:
            (packed,) = struct.unpack_from("<I", table, at + 8)
            yield _unpacked(packed)
        at += length


def _unpacked(packed: int) -> Version:
    """Mach-O's xxxx.yy.zz nibbles, without the patch level."""
    return (packed >> 16, (packed >> 8) & 0xFF)


def main(arguments: list[str]) -> int:
    given = [Path(argument) for argument in arguments]
    inside = [sorted(path.rglob("*")) if path.is_dir() else [path] for path in given]
    files = [path for paths in inside for path in paths if path.is_file() and not path.is_symlink()]
    found = minimum(files)
    if found is None:
        print("no Mach-O file names a minimum macOS")
        return 1
    version, path = found
    print(f"macOS {text(version)} or newer ({path})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
