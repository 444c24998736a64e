"""How alive an open session is, at a glance: the classes an official sorts sessions into on
race day. Qt-free, so that the window and the command line class every session alike."""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

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
    times into is live, not stale."""
    if session.last is not None and now - session.last <= live_within:
        return Activity.LIVE
    opened = session.creation_date
    quiet = session.last is None or now - session.last > STALE_AFTER_QUIET
    if opened is not None and opened.astimezone().date() < now.astimezone().date() and quiet:
        return Activity.STALE
    if not session.passings and session.last is None:
        return Activity.UNUSED
    return Activity.IDLE
