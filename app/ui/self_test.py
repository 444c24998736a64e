"""`--self-test`: the real window lists the sessions, closes one through the confirmation,
and exits 0 — a smoke test for a real screen and for the packaged binary.

`--self-test crash` raises a deliberate error once the list is shown instead, and passes when
the crash dialog names the log file and that file holds the error's traceback.

`--self-test startup` prints "self-test: shown …" once the window is first on screen and quits:
what tests/bench/bench_startup.py times.

`--self-test memory` prints the process's resident memory once the first listing is in, and
again after refreshing RUFUS_SELF_TEST_REFRESHES times (100 by default), then quits: what
tests/bench/bench_memory.py reads.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Literal

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.control.clients import ListingDone
from app.records.close_record import CloseRecord
from app.sessions.activity import Activity
from app.sessions.book import RowState
from app.ui.crash_report import CrashDialog, CrashReporter
from app.ui.main_window import MainWindow
from app.ui.stall_meter import StallMeter

#: A run that has not finished by then has hung somewhere.
DEADLINE_MS = 60_000

SelfTestMode = Literal["close", "crash", "startup", "memory", "first-listing"]


class DeliberateCrash(RuntimeError):
    """Raised by `--self-test crash`; nothing else raises it."""


def language_line(window: MainWindow) -> str:
    """The window's language as shown: its menus (our catalogues) and Qt's own Cancel button
    (Qt's catalogues, which the bundle must carry too)."""
    menus = ", ".join(action.text().replace("&", "") for action in window.menuBar().actions())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    return f"language {QLocale().name()}: menus {menus}; Qt's Cancel: {cancel}"


class SelfTest(QObject):
    def __init__(self, window: MainWindow, reporter: CrashReporter, mode: SelfTestMode) -> None:
        super().__init__(window)
        self.exit_code = 1
        self._done = False
        self._window = window
        self._reporter = reporter
        self._token: str | None = None
        self._listed_once = False
        console = window.console
        if mode == "startup":
            window.winId()  # makes the native window now, so its first exposure can be seen
            handle = window.windowHandle()
            handle.installEventFilter(self)
        elif mode == "memory":
            self._refreshes = int(os.environ.get("RUFUS_SELF_TEST_REFRESHES", "100"))
            console.listing_finished.connect(self._measured)
        elif mode == "crash":
            console.listing_finished.connect(self._crash_once_listed)
            reporter.shown.connect(self._crash_reported)
        elif mode == "first-listing":
            self._meter = StallMeter(self)
            self._meter.start()  # from before the key is looked up: all the official waits for
            console.listing_finished.connect(self._first_listed)
        else:
            console.listing_finished.connect(self._listed)
        console.listing_failed.connect(lambda error: self._fail(f"listing failed: {error}"))
        console.key_needed.connect(lambda lookup: self._fail(f"no usable key: {lookup.state}"))
        console.close_progress.connect(self._closed)
        deadline = DEADLINE_MS * (1 + getattr(self, "_refreshes", 0) // 10)
        QTimer.singleShot(deadline, lambda: self._fail("timed out"))

    def _listed(self, done: ListingDone) -> None:
        model = self._window.model
        if self._token is None:
            icon_sizes = sorted(size.width() for size in self._window.windowIcon().availableSizes())
            if not icon_sizes:
                self._fail("the window has no icon (are resources/icons missing?)")
                return
            count = model.rowCount()
            platform = QGuiApplication.platformName()
            self._say(f"listed {count} open sessions on {len(done.devices)} devices ({platform})")
            self._say(
                f"window icon in {len(icon_sizes)} sizes, {icon_sizes[0]} to {icon_sizes[-1]} px"
            )
            self._say(language_line(self._window))
            if count == 0:
                self._fail("no open session to close")
                return
            # Not a live session: its confirmation holds the Close button back for a few
            # seconds, and which row comes first among same-named devices varies.
            context = model.context()
            rows = [model.row_at(n) for n in range(count)]
            calm = [row for row in rows if context.activity(row) is not Activity.LIVE]
            if not calm:
                self._fail("every session is live; none to close without the live guard")
                return
            self._token = calm[0].token
            self._window.request_close(self._token)
            dialog = self._window.confirmation
            if dialog is None:
                self._fail("no confirmation appeared")
                return
            dialog.close_button.click()
            return
        if model.row_of(self._token) is not None:
            self._fail("the closed session is still listed after a refresh")
            return
        self._say("the closed session left the list at the refresh")
        self._finish(0)

    def _measured(self, done: ListingDone) -> None:
        if not self._listed_once:
            self._listed_once = True
            self._say(
                f"listed {self._window.model.rowCount()} open sessions, RSS {resident_mb():.1f} MB"
            )
        else:
            self._refreshes -= 1
        if self._refreshes > 0:
            self._window.console.refresh()
            return
        self._say(f"refreshed, RSS {resident_mb():.1f} MB")
        self._finish(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handle = self._window.windowHandle()
        if watched is handle and event.type() == QEvent.Type.Expose and handle.isExposed():
            handle.removeEventFilter(self)
            # Once this exposure is handled the window's first frame is painted.
            QTimer.singleShot(0, self._shown)
        return False

    def _shown(self) -> None:
        # CPU time too: less at the mercy of the scheduler than the wall clock.
        self._say(f"shown after {time.process_time() * 1000:.0f} ms of CPU")
        self._finish(0)

    def _first_listed(self) -> None:
        """`--self-test first-listing`: the first listing's longest stall, once its last row
        is painted; then the idle window's, and the bulk confirmation's of every row."""
        QTimer.singleShot(0, self._first_listing_painted)

    def _first_listing_painted(self) -> None:
        meter = self._meter
        stall, noticeable = meter.stop(), meter.noticeable
        rows = self._window.model.rowCount()
        self._say(f"first listing: {rows} rows; longest stall {stall} ms ({noticeable} over 50 ms)")
        meter.start()
        QTimer.singleShot(2000, self._idle_measured)

    def _idle_measured(self) -> None:
        self._say(f"idle: longest stall {self._meter.stop()} ms")
        table = self._window.table
        table.selectAll()
        self._meter.start()
        self._window.close_selected()
        QTimer.singleShot(200, self._confirmation_painted)  # shown and painted by then

    def _confirmation_painted(self) -> None:
        stall = self._meter.stop()
        dialog = self._window.confirmation
        if dialog is None:
            self._fail("no confirmation appeared")
            return
        self._say(f"confirmation of {len(dialog.entries)} sessions: longest stall {stall} ms")
        dialog.reject()
        self._finish(0)

    def _crash_once_listed(self) -> None:
        self._say(f"listed {self._window.model.rowCount()} open sessions")
        QTimer.singleShot(0, self._crash)

    def _crash(self) -> None:
        raise DeliberateCrash("raised by --self-test crash")

    def _crash_reported(self, dialog: CrashDialog) -> None:
        log_path = self._reporter.log_path
        if log_path is None:
            self._fail("no log file could be opened")
            return
        if str(log_path) not in dialog.informativeText() or not dialog.isVisible():
            self._fail("the crash dialog does not show the log file's location")
            return
        if DeliberateCrash.__name__ not in log_path.read_text(encoding="utf-8"):
            self._fail(f"{log_path} does not hold the error's traceback")
            return
        self._say(f"crash dialog shown; traceback written to {log_path}")
        dialog.keep_button.click()
        self._finish(0)

    def _closed(self, record: CloseRecord) -> None:
        if record.outcome is None:
            return
        if not record.outcome.closed:
            self._fail(f"close failed: {record.outcome.value}: {record.reason}")
            return
        row = self._window.model.row_of(record.token)
        if row is None or row.state is not RowState.CLOSED:
            self._fail("the row does not show the session as closed")
            return
        self._say(f"closed one session ({record.outcome.value})")
        self._window.console.refresh()

    def _fail(self, reason: str) -> None:
        if not self._done:
            print(f"self-test: FAILED: {reason}", file=sys.stderr, flush=True)
            self._finish(1)

    def _finish(self, code: int) -> None:
        self._done = True
        self.exit_code = code
        if code == 0:
            self._say("passed")
        QApplication.quit()

    def _say(self, text: str) -> None:
        print(f"self-test: {text}", flush=True)


def resident_mb() -> float:
    """The process's resident memory now: Linux's /proc, Windows' working set; elsewhere
    (macOS) its peak, which is all getrusage tells."""
    if sys.platform == "win32":
        return _windows_working_set() / 2**20
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource  # noqa: PLC0415  (POSIX only: Windows has answered above)

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def _windows_working_set() -> int:
    """Bytes in this process's working set (K32GetProcessMemoryInfo; no psutil for one call)."""
    import ctypes  # noqa: PLC0415

    size_t = ctypes.c_size_t

    class Counters(ctypes.Structure):  # PROCESS_MEMORY_COUNTERS
        _fields_ = [
            ("cb", ctypes.c_uint32),
            ("PageFaultCount", ctypes.c_uint32),
            ("PeakWorkingSetSize", size_t),
            ("WorkingSetSize", size_t),
            ("QuotaPeakPagedPoolUsage", size_t),
            ("QuotaPagedPoolUsage", size_t),
            ("QuotaPeakNonPagedPoolUsage", size_t),
            ("QuotaNonPagedPoolUsage", size_t),
            ("PagefileUsage", size_t),
            ("PeakPagefileUsage", size_t),
        ]

    windll = getattr(ctypes, "windll", None)  # Windows only
    if windll is None:
        raise OSError("not Windows")
    kernel32 = windll.kernel32
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p
    kernel32.K32GetProcessMemoryInfo.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(Counters),
        ctypes.c_uint32,
    ]
    kernel32.K32GetProcessMemoryInfo.restype = ctypes.c_int  # BOOL
    counters = Counters(cb=ctypes.sizeof(Counters))
    if not kernel32.K32GetProcessMemoryInfo(
        kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb
    ):
        raise OSError("K32GetProcessMemoryInfo failed")
    return int(counters.WorkingSetSize)
