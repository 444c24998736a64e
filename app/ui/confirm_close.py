"""The question before a close: it names the target and says that closing is permanent."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.display import local_time
from app.rufus.models import OpenSession
from app.ui import wording

#: Qt's translation, spelled so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


class ConfirmCloseDialog(QMessageBox):
    """Cancel is the default and Esc cancels (race-day rule 1); `confirmed` means close it."""

    confirmed = Signal(str)  # the token

    def __init__(self, entry: OpenSession, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.token = entry.token
        session, device = entry.session, entry.device
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("ConfirmClose", "Close session?"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(
            translate("ConfirmClose", "Close the session “%1” on %2 (%3)?")
            .replace("%1", wording.session_name(session.alias))
            .replace("%2", wording.device_name(device))
            .replace("%3", wording.device_kind(device))
        )
        if session.last is None:
            last = translate("ConfirmClose", "no passing yet")
        else:
            last = (
                translate("ConfirmClose", "last passing %1 (%2)")
                .replace("%1", local_time(session.last))
                .replace("%2", wording.age(session.last, now))
            )
        self.setInformativeText(
            translate(
                "ConfirmClose",
                "%1 passings · %2\n\nClosing cannot be undone: the device will not be able "
                "to send more passings into this session.",
            )
            .replace("%1", wording.count(session.passings))
            .replace("%2", last)
        )
        self.close_button: QPushButton = self.addButton(
            translate("ConfirmClose", "C&lose session"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.cancel_button.setFocus()
        self.buttonClicked.connect(self._answered)

    def _answered(self, button: object) -> None:
        if button is self.close_button:
            self.confirmed.emit(self.token)
