"""What the window says, every sentence translatable, one module per topic: times, names,
errors, the key, closes, rows and the status bar.

The client's own messages are English for the command line; the window words each error kind
and each outcome here, through Qt's translation, so that a Spanish window needs no code change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: Qt's translation, spelled so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate
