"""Words of Qt's own dialogs that Qt's Spanish catalogue lacks: its file dialog's labels gained
a mnemonic ("&Look in:") and lost their translation, and the icon provider's "Folder" was
never in it. Our catalogues fill them in (a translator answers for any context), so that no
English shows in a Spanish window. pyside6-lupdate reads them here; Qt asks for them itself."""

from __future__ import annotations

from app.ui.words import translate


def qt_words() -> tuple[str, ...]:
    """Each word as the window's language says it (a test reads them back)."""
    return (
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QAbstractFileIconProvider", "File Folder"),
    )
