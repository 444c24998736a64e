"""When a close whose outcome is unknown is read back, and how a record says it was read back
by a later run. Its own module, free of imports, so that the window knows both before the
close pipeline (app.sessions.closing) is loaded."""

from __future__ import annotations

#: In seconds from the unanswered close request: at once, then ever more patiently, 30 s in
#: all. RUFUS has been seen applying a close seconds after the answer to it timed out.
RECHECK_SCHEDULE: tuple[float, ...] = (0.0, 2.0, 5.0, 10.0, 20.0, 30.0)

#: Among a close record's statuses: its outcome was learnt by a later run, the close having
#: been interrupted (a crash, a quit, a cut connection) before it was known.
SETTLED_LATER = "settled later"
