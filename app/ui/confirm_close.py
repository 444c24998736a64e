"""The question before a close: it names the target fully and says that closing is permanent."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.display import short_token
from app.rufus.models import OpenSession
from app.ui import wording

#: Qt's translation, spelled so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


def target_lines(entry: OpenSession, now: datetime) -> list[str]:
    """Everything that tells this session from any other: for the question, and the README's
    promise that twins can be told apart (race-day rule 10)."""
    session, device = entry.session, entry.device
    if session.last is None:
        last = translate("ConfirmClose", "no passing yet")
    else:
        last = (
            translate("ConfirmClose", "%1 (%2)")
            .replace("%1", wording.exact_time(session.last))
            .replace("%2", wording.age(session.last, now))
        )
    rows = (
        (translate("ConfirmClose", "Session:"), wording.session_name(session.alias)),
        (
            translate("ConfirmClose", "Device:"),
            translate("ConfirmClose", "%1 — %2")
            .replace("%1", wording.device_name(device))
            .replace("%2", wording.device_kind(device)),
        ),
        (
            translate("ConfirmClose", "Serial:"),
            wording.hostile(device.serial_number) or "—",
        ),
        (
            translate("ConfirmClose", "Opened:"),
            wording.exact_time(session.creation_date) or "—",
        ),
        (translate("ConfirmClose", "Passings:"), wording.count(session.passings)),
        (translate("ConfirmClose", "Last passing:"), last),
        (translate("ConfirmClose", "Token:"), wording.hostile(short_token(session.token_session))),
    )
    return [f"{label} {value}" for label, value in rows]


class ConfirmCloseDialog(QMessageBox):
    """Cancel is the default and Esc cancels (race-day rule 1); `confirmed` means close it."""

    confirmed = Signal(str)  # the token

    def __init__(
        self,
        entry: OpenSession,
        now: datetime,
        parent: QWidget | None = None,
        *,
        shared: Collection[str] = (),
    ) -> None:
        super().__init__(parent)
        self.token = entry.token
        session, device = entry.session, entry.device
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("ConfirmClose", "Close session?"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        device_name = (
            wording.with_serial(device) if device.alias in shared else wording.device_name(device)
        )
        self.setText(
            translate("ConfirmClose", "Close the session “%1” on %2 (%3)?")
            .replace("%1", wording.session_name(session.alias))
            .replace("%2", device_name)
            .replace("%3", wording.device_kind(device))
        )
        self.setInformativeText(
            "\n".join(target_lines(entry, now))
            + "\n\n"
            + translate(
                "ConfirmClose",
                "Closing cannot be undone: the device will not be able to send more passings "
                "into this session.",
            )
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
