"""Asks for the API key, checks it with RUFUS (a real listing call, then a probe of what it may
do), and has it stored. A READ-only key is stored only when the official says so twice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.control.clients import KeyIsReadOnly
from app.control.console import Console
from app.keystore import KeyLookup, KeyState
from app.rufus.errors import AuthenticationError, ConfigurationError, WriteOnlyKey
from app.ui import colours
from app.ui.colours import Tone
from app.ui.words.errors import error_text
from app.ui.words.keys import key_state

#: Qt's translation, spelled so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


class KeyDialog(QDialog):
    """Accepted once RUFUS has accepted the key, the vault has it (or keeps it for this run)
    and the console uses it. The checking and storing are the console's, in its workers."""

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._console = console
        current = console.key_lookup
        console.key_checked.connect(self._checked)
        console.key_storing.connect(self._storing)
        console.key_refused.connect(self._refused)
        self.setWindowTitle(self.tr("RUFUS API key"))
        self.setMinimumWidth(480)

        intro = QLabel(
            self.tr(
                "Rufus Console needs a RUFUS API key with <b>READ_WRITE</b> access: READ to "
                "list the sessions, WRITE to close them.<br>Create one in RUFUS Cloud → your "
                "account name (top right) → API Keys, then paste it here."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("API key"))
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.key_edit.textChanged.connect(self._edited)
        key_label = QLabel(self.tr("&Key:"))
        key_label.setBuddy(self.key_edit)
        self.paste_button = QPushButton(self.tr("&Paste"))
        self.paste_button.clicked.connect(self._paste)
        self.show_check = QCheckBox(self.tr("&Show key"))
        self.show_check.toggled.connect(self._show)
        key_row = QHBoxLayout()
        key_row.addWidget(key_label)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.paste_button)

        self.keyring_note = QLabel(_keyring_note(current))
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(bool(self.keyring_note.text()))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Check and sa&ve"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(key_row)
        layout.addWidget(self.show_check)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Only once the button belongs to the dialog: Enter in the key box then checks it.
        self.save_button.setDefault(True)
        self.key_edit.setFocus()

    def _edited(self, text: str) -> None:
        self.save_button.setEnabled(bool(text.strip()))
        self.save_button.setText(self.tr("Check and sa&ve"))
        self.status.clear()

    def _paste(self) -> None:
        self.key_edit.setText(QGuiApplication.clipboard().text().strip())
        self.key_edit.setFocus()

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)

    def _check(self) -> None:
        self._busy(True)
        self._say(self.tr("Checking the key with RUFUS…"), error=False)
        if not self._console.check_and_store(self.key_edit.text()):
            self._busy(False)

    def _storing(self) -> None:
        self._say(self.tr("Storing the key…"), error=False)

    def _checked(self, result: object) -> None:
        self._busy(False)
        if isinstance(result, KeyIsReadOnly):
            self.save_button.setText(self.tr("Sa&ve READ-only key"))
            self._say(
                self.tr(
                    "This key is READ-only: it can list sessions but not close them. Enter a "
                    "READ_WRITE key, or press “Save READ-only key” to use it for listing only."
                ),
                error=True,
            )
            return
        self.accept()

    def reject(self) -> None:
        self._console.cancel_key_check()
        super().reject()

    def _refused(self, error: object) -> None:
        self._busy(False)
        if isinstance(error, ConfigurationError):
            text = self.tr(
                "This does not look like a RUFUS API key (it is empty or has spaces or unusual "
                "characters). Copy it again from RUFUS Cloud → API Keys."
            )
        elif isinstance(error, AuthenticationError):
            text = self.tr(
                "RUFUS does not recognise this key: it may have been deleted, mistyped or "
                "made for another account. Copy it again from RUFUS Cloud → API Keys."
            )
        elif isinstance(error, WriteOnlyKey):
            text = self.tr(
                "RUFUS refused to list with this key: it is WRITE-only. The console needs a "
                "READ_WRITE key: create one in RUFUS Cloud → API Keys and paste it here."
            )
        else:
            text = error_text(error)
        self._say(self.tr("The key was not saved. %1").replace("%1", text), error=True)
        self.key_edit.setFocus()
        self.key_edit.selectAll()

    def _busy(self, busy: bool) -> None:
        for widget in (self.key_edit, self.paste_button, self.save_button):
            widget.setEnabled(not busy)

    def _say(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(colours.text_style(Tone.BAD if error else None))


def _keyring_note(current: KeyLookup) -> str:
    if current.state in (
        KeyState.NO_KEYRING,
        KeyState.LOCKED,
        KeyState.UNAVAILABLE,
        KeyState.NOT_KEPT,
    ):
        _, why = key_state(KeyLookup(current.state))
        return why + " " + translate("KeyDialog", "The key will be kept for this run only.")
    if current.state is KeyState.FROM_ENVIRONMENT:
        return translate(
            "KeyDialog",
            "RUFUS_API_KEY is set: the key entered here is used for this run and stored in the "
            "keyring, but the variable wins at the next start.",
        )
    if current.state is KeyState.DEMO:
        return translate("KeyDialog", "Demo: the key is kept in memory; nothing is stored.")
    return ""
