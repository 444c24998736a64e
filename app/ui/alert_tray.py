"""The console in the system tray: its menu opens the window and the alerts, and each new alert
becomes a desktop notification while the console is not the active application.

QSystemTrayIcon.showMessage reaches the desktop's notification service: on Linux through
D-Bus (org.freedesktop.Notifications), which Qt uses when a StatusNotifierWatcher is on the
session bus (KDE, XFCE, GNOME with the AppIndicator extension); on Windows and macOS through
their own. With only an old-style X11 (XEmbed) tray, Qt draws its own balloon instead.
Where there is no tray (a bare GNOME, a test's offscreen screen) there is no icon and no
notification: the window's alerts list and the status bar's count still say it all.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.control.alerts import Raised
from app.ui.app_icon import app_icon
from app.ui.words import alerts as words

#: At most this many notifications at once (a refresh after a cut may raise dozens); the
#: rest are counted in one more.
NOTIFIED_AT_MOST = 3
#: How long a notification stays, where the desktop lets the app say.
NOTIFICATION_MS = 15_000


class AlertTray(QObject):
    open_window = Signal()
    open_alerts = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.menu = QMenu()
        self.menu.addAction(self.tr("Open Rufus Console"), self.open_window.emit)
        self.menu.addAction(self.tr("Alerts…"), self.open_alerts.emit)
        icon = QSystemTrayIcon(app_icon(), self)
        icon.setContextMenu(self.menu)
        icon.setToolTip(self.tr("Rufus Console"))
        icon.activated.connect(self._activated)
        icon.show()
        self.icon = icon

    def notify(self, raised: list[Raised]) -> int:
        """A notification for each new alert, unless the official is looking at the
        console already. Returns how many were sent."""
        icon = self.icon
        if icon is None or not raised or not icon.supportsMessages():
            return 0
        if QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            return 0
        sent = 0
        for each in raised[:NOTIFIED_AT_MOST]:
            alert = each.alert
            kind = (
                QSystemTrayIcon.MessageIcon.Information
                if alert.kind.good_news
                else QSystemTrayIcon.MessageIcon.Warning
            )
            icon.showMessage(
                words.notification_title(alert), words.alert_text(alert), kind, NOTIFICATION_MS
            )
            sent += 1
        rest = len(raised) - NOTIFIED_AT_MOST
        if rest > 0:
            icon.showMessage(
                self.tr("Rufus Console"),
                words.more_alerts(rest),
                QSystemTrayIcon.MessageIcon.Warning,
                NOTIFICATION_MS,
            )
            sent += 1
        return sent

    def count(self, unacknowledged: int) -> None:
        if self.icon is not None:
            self.icon.setToolTip(
                self.tr("Rufus Console")
                + (" — " + words.count(unacknowledged) if unacknowledged else "")
            )

    def release(self) -> None:
        """The window closed: the icon leaves the tray at once."""
        if self.icon is not None:
            self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_window.emit()
