"""When a close whose outcome is unknown is read back. Its own module, free of imports, so that
the window knows the schedule before the close pipeline (app.sessions.closing) is loaded."""

from __future__ import annotations

#: In seconds from the unanswered close request: at once, then ever more patiently, 30 s in
#: all. RUFUS has been seen applying a close seconds after the answer to it timed out.
RECHECK_SCHEDULE: tuple[float, ...] = (0.0, 2.0, 5.0, 10.0, 20.0, 30.0)
