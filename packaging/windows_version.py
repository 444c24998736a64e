"""The version resource of each Windows executable (Properties → Details in Explorer): the
window's exe and its command-line twin, each with its own file name and description, so
that neither claims to be the other."""

from __future__ import annotations

import re
from typing import Any

PRODUCT = "Rufus Console"
#: US English, Unicode: the language and code page of the strings below.
LANGUAGE, CODEPAGE = 0x0409, 1200


def strings(version: str, exe: str, description: str) -> dict[str, str]:
    """The StringFileInfo table of `exe` ("rufus-console-cli.exe")."""
    return {
        "CompanyName": PRODUCT,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe.removesuffix(".exe"),
        "OriginalFilename": exe,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }


def numbers(version: str) -> tuple[int, int, int, int]:
    """ "0.1.0" → (0, 1, 0, 0): the four numbers Windows compares."""
    found = [int(part) for part in re.findall(r"\d+", version)[:3]]
    major, minor, patch = [*found, 0, 0, 0][:3]
    return (major, minor, patch, 0)


def version_info(version: str, exe: str, description: str) -> Any:
    """PyInstaller's VSVersionInfo for `exe` (its module needs pefile: Windows builds only)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    table = strings(version, exe, description)
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers(version), prodvers=numbers(version)),
        kids=[
            vi.StringFileInfo(
                [
                    vi.StringTable(
                        f"{LANGUAGE:04X}{CODEPAGE:04X}",
                        [vi.StringStruct(key, value) for key, value in table.items()],
                    )
                ]
            ),
            vi.VarFileInfo([vi.VarStruct("Translation", [LANGUAGE, CODEPAGE])]),
        ],
    )
