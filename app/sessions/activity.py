"""How alive an open session is, at a glance: the classes an official sorts sessions into on
race day. Qt-free, so that the window and the command line class every session alike."""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from app.display import in_local_zone
from app.rufus.models import Session

#: A passing within this long makes a session live, unless the settings say otherwise.
LIVE_WITHIN = timedelta(minutes=2)
#: A session opened before today is stale only when its last passing is older than this:
#: an overnight ultra, a 24-hour race or mats opened the evening before are still timing,
#: even when a remote checkpoint is quiet for a while.
STALE_AFTER_QUIET = timedelta(hours=2)


class Activity(enum.Enum):
    #: A passing arrived within the last few minutes: a mat is timing right now.
    LIVE = "live"
    #: Opened before today (local time), no passing for hours: most likely forgotten.
    STALE = "stale"
    #: Opened today, no passing yet.
    UNUSED = "unused"
    #: Has passings, none just now (opened today, or still timing since yesterday).
    IDLE = "idle"


def activity(session: Session, now: datetime, live_within: timedelta = LIVE_WITHIN) -> Activity:
    """One class per session, the most urgent first: a forgotten session that a device still
    times into is live, not stale.

    `now` is RUFUS's clock (RufusClient.server_now): the times come from RUFUS, and the
    computer's clock may be hours off. A session whose last passing is unknown (sent but
    unreadable, or passings counted without a time) may be timing right now: never stale."""
    last = session.last
    if last is not None and now - last <= live_within:
        return Activity.LIVE  # a time ahead of now too: the safe side is "live"
    if session.last_unknown:
        return Activity.IDLE
    opened = session.creation_date
    quiet = last is None or now - last > STALE_AFTER_QUIET
    if quiet and opened is not None and _before_today(opened, now):
        return Activity.STALE
    if not session.passings and last is None:
        return Activity.UNUSED
    return Activity.IDLE


def _before_today(opened: datetime, now: datetime) -> bool:
    """Whether the session opened before today, in the computer's zone (the venue's)."""
    local_opened, local_now = in_local_zone(opened), in_local_zone(now)
    if local_opened is None or local_now is None:
        return False  # a day that the zone cannot hold cannot be judged: not stale
    return local_opened.date() < local_now.date()
