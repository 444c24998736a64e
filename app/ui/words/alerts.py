"""What the window says about alerts: their kinds, one sentence per alert, the count, and why
there are none while automatic refresh is off."""

from __future__ import annotations

import re

from app.display import local_time
from app.sessions.alerts import Alert, AlertKind, Topic
from app.sessions.health import LOW_BATTERY
from app.ui.words import translate
from app.ui.words.names import device_told_apart, session_name
from app.ui.words.times import span


def kind_name(kind: AlertKind) -> str:
    match kind:
        case AlertKind.OFFLINE:
            return translate("Alerts", "Offline")
        case AlertKind.BACK_ONLINE:
            return translate("Alerts", "Back online")
        case AlertKind.BATTERY_LOW:
            return translate("Alerts", "Battery low")
        case AlertKind.BATTERY_RECOVERED:
            return translate("Alerts", "Battery recovered")
        case AlertKind.SILENT:
            return translate("Alerts", "Silent")
        case AlertKind.OPENED:
            return translate("Alerts", "New session")
        case AlertKind.CLOSED_ELSEWHERE:
            return translate("Alerts", "Closed elsewhere")


def topic_name(topic: Topic) -> str:
    """A kind of alert as the menu that switches it on and off names it."""
    match topic:
        case Topic.OFFLINE:
            return translate("Alerts", "A device goes offline, or comes back")
        case Topic.BATTERY:
            return translate("Alerts", "A battery runs low, or recovers")
        case Topic.SILENT:
            return translate("Alerts", "A live session falls silent while others time")
        case Topic.OPENED:
            return translate("Alerts", "A session opens on a device that had none")
        case Topic.CLOSED_ELSEWHERE:
            return translate("Alerts", "A session is closed elsewhere")


def alert_text(alert: Alert) -> str:
    """One sentence: what happened, to which session on which device (its serial when
    another device has the same name)."""
    device = device_told_apart(alert.device, {alert.device.alias} if alert.told_apart else ())
    session = translate("Alerts", "“%1”").replace("%1", session_name(alert.entry.session.alias))
    battery = str(alert.device.battery_percentage)
    match alert.kind:
        case AlertKind.OFFLINE:
            return filled(
                translate("Alerts", "%1 went offline; its session %2 is open"), device, session
            )
        case AlertKind.BACK_ONLINE:
            return filled(
                translate("Alerts", "%1 is back online; its session %2 is open"), device, session
            )
        case AlertKind.BATTERY_LOW:
            return filled(
                translate("Alerts", "%1: battery low (%2 %); its session %3 is open"),
                device,
                battery,
                session,
            )
        case AlertKind.BATTERY_RECOVERED:
            return filled(
                translate("Alerts", "%1: battery back above %2 % (%3 %); its session %4 is open"),
                device,
                str(LOW_BATTERY),
                battery,
                session,
            )
        case AlertKind.SILENT:
            last = alert.entry.session.last
            return filled(
                translate(
                    "Alerts",
                    "%1 on %2: no passing for %3 (the last at %4) while other sessions are live",
                ),
                session,
                device,
                span(alert.at - last) if last is not None else "?",
                local_time(last),
            )
        case AlertKind.OPENED:
            return filled(
                translate("Alerts", "%1 opened on %2, which had no open session"), session, device
            )
        case AlertKind.CLOSED_ELSEWHERE:
            return filled(
                translate("Alerts", "%1 on %2 was closed elsewhere (not by this console)"),
                session,
                device,
            )


def count(unacknowledged: int) -> str:
    """The status bar's count: "⚠ 3 alerts"."""
    return "⚠ " + translate("Alerts", "%n alert(s)", "", unacknowledged)


def count_detail(unacknowledged: int) -> str:
    return translate(
        "Alerts",
        "%n alert(s) not acknowledged yet. Alerts → Show alerts (Ctrl+Shift+A).",
        "",
        unacknowledged,
    )


def summary(total: int, waiting: int) -> str:
    """ "12 alerts, 3 not acknowledged"."""
    return (
        translate("Alerts", "%n alert(s)", "", total)
        + ", "
        + translate("Alerts", "%n not acknowledged", "", waiting)
    )


def none_yet() -> str:
    return translate(
        "Alerts",
        "No alert yet. Each refresh is compared with the one before: a device going offline, "
        "a battery running low, a live mat falling silent, a session opened or closed "
        "elsewhere is listed here.",
    )


def acknowledged() -> str:
    return translate("Alerts", "Acknowledged")


def not_acknowledged() -> str:
    return translate("Alerts", "Not acknowledged")


def paused() -> str:
    return "⚠ " + translate("Alerts", "Alerts paused: automatic refresh is off")


def paused_detail() -> str:
    return translate(
        "Alerts",
        "Alerts come from each refresh: with automatic refresh off, nobody is told when a "
        "device goes offline or a mat falls silent. Turn it on in Sessions → Refresh "
        "automatically.",
    )


def not_in_table() -> str:
    return translate(
        "Alerts", "That session is not in the table: it was closed, or the filter hides it."
    )


def notification_title(alert: Alert) -> str:
    return translate("Alerts", "Rufus Console: %1").replace("%1", kind_name(alert.kind))


def more_alerts(count: int) -> str:
    return translate("Alerts", "and %n more alert(s): see Alerts in Rufus Console", "", count)


_PLACE = re.compile(r"%(\d)")


def filled(template: str, *values: str) -> str:
    """`template` with %1, %2… replaced in one pass: a name from a device that itself holds
    "%2" stays as it is."""

    def value(found: re.Match[str]) -> str:
        number = int(found.group(1))
        return values[number - 1] if 0 < number <= len(values) else found.group()

    return _PLACE.sub(value, template)
