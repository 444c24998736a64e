"""The application icon, from the PNGs rendered out of resources/icons/rufus-console.svg."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

#: In a checkout this is the repository's resources/icons; in the packaged app the spec puts
#: the same files at the same place relative to the frozen `app` package.
ICON_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "icons"


def app_icon() -> QIcon:
    """Every size there is, so each desktop picks a sharp one; empty if the files are missing
    (an install without resources still runs, with the desktop's default icon)."""
    icon = QIcon()
    for path in sorted(ICON_FOLDER.glob("rufus-console-*.png")):
        icon.addFile(str(path))
    return icon
