"""A desktop's tray and notification services on a D-Bus session bus, for tests and screenshots:

    python -m tests.desktop_bus CALLS.jsonl [--watcher-only]

- org.kde.StatusNotifierWatcher, with a host registered: what Qt on Linux looks for before it
  calls a system tray available and puts a QSystemTrayIcon there as a StatusNotifierItem (KDE,
  XFCE and GNOME's AppIndicator extension provide it);
- org.freedesktop.Notifications (unless --watcher-only, when a real notification daemon
  draws them): the service every Linux desktop's notifications go through. Each Notify call
  is written to CALLS.jsonl as one JSON object, as it arrives.

"ready" on stdout once both names are owned. Built on QtDBus, which PySide6-Essentials has.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar, cast

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

Adaptor = TypeVar("Adaptor", bound=QDBusAbstractAdaptor)


def dbus_interface(name: str) -> Callable[[type[Adaptor]], type[Adaptor]]:
    """Names the D-Bus interface an adaptor serves, in its class info. The key is no Python
    name, so ClassInfo takes it in a dict; its stub knows neither that nor that the result
    decorates a class."""
    class_info = cast(
        Callable[[dict[str, str]], Callable[[type[Adaptor]], type[Adaptor]]], ClassInfo
    )
    return class_info({"D-Bus Interface": name})


@dbus_interface("org.freedesktop.Notifications")
class Notifications(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, calls: TextIO) -> None:
        super().__init__(parent)
        self._calls = calls
        self._last_id = 0

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:  # noqa: N802 - D-Bus names the method
        return ["body", "icon-static"]

    @Slot(result=str)
    def GetServerInformation(self) -> str:  # noqa: N802
        return "tests.desktop_bus"

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # noqa: N802, PLR0917
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        expire_timeout: int,
    ) -> int:
        self._last_id += 1
        call = {
            "app_name": app_name,
            "app_icon": app_icon,
            "summary": summary,
            "body": body,
            "expire_timeout": expire_timeout,
        }
        self._calls.write(json.dumps(call, ensure_ascii=False) + "\n")
        self._calls.flush()
        return self._last_id

    @Slot("uint")
    def CloseNotification(self, notification: int) -> None:  # noqa: N802
        pass


@dbus_interface("org.kde.StatusNotifierWatcher")
class StatusNotifierWatcher(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, calls: TextIO) -> None:
        super().__init__(parent)
        self._calls = calls
        self._items: list[str] = []

    def _host_registered(self) -> bool:
        return True

    def _registered_items(self) -> list[str]:
        return list(self._items)

    def _protocol_version(self) -> int:
        return 0

    IsStatusNotifierHostRegistered = Property(bool, _host_registered)
    # Qt's type name: D-Bus needs a list of strings ("as"); Python's list would be variants.
    # The stub takes Python types only.
    RegisteredStatusNotifierItems = Property(cast(type, "QStringList"), _registered_items)
    ProtocolVersion = Property(int, _protocol_version)

    @Slot(str)
    def RegisterStatusNotifierItem(self, service: str) -> None:  # noqa: N802
        self._items.append(service)
        self._calls.write(json.dumps({"tray_item": service}) + "\n")
        self._calls.flush()

    @Slot(str)
    def RegisterStatusNotifierHost(self, service: str) -> None:  # noqa: N802
        pass


def main(argv: list[str]) -> int:
    app = QCoreApplication(argv[:1])
    calls = Path(argv[1]).open("a", encoding="utf-8")  # noqa: SIM115 - open while it runs
    bus = QDBusConnection.sessionBus()
    watcher = QObject()
    StatusNotifierWatcher(watcher, calls)
    owned = bus.registerObject("/StatusNotifierWatcher", watcher) and bus.registerService(
        "org.kde.StatusNotifierWatcher"
    )
    notifications = QObject()
    if "--watcher-only" not in argv:
        Notifications(notifications, calls)
        owned = owned and (
            bus.registerObject("/org/freedesktop/Notifications", notifications)
            and bus.registerService("org.freedesktop.Notifications")
        )
    if not owned:
        sys.stderr.write(f"desktop_bus: could not own its names: {bus.lastError().message()}\n")
        return 1
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    # Gone with its bus: a session that ended (or a test that was cut short) leaves nothing.
    alive = QTimer()
    alive.timeout.connect(lambda: bus.isConnected() or app.quit())
    alive.start(200)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
