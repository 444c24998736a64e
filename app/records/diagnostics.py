"""A diagnostics file for support: one zip that says what a support engineer asks first, and
holds no secret. Qt-free: `rufus-console diagnostics` writes it; the window adds what only Qt
knows (its version, the screens) and writes it in a worker.

What it holds, each a file in the zip:
- system.json: the app's and Python's versions, the platform, locale and zone, and what the
  caller adds;
- settings.json: the preferences (never the key: it is never in them);
- log.txt, native-crashes.txt: the end of the log files;
- close-history.json: how many closes ended how, and the last 50 attempts;
- requests.json: the last 200 requests to RUFUS (method, path, status, time taken);
- check.json: what the command line saw when it asked RUFUS for the device list.

Nothing secret leaves: every text goes through `scrub`, which masks the keys the process
knows and anything shaped like a key, and shortens every long identifier (tokens, device ids)
to the six and four characters the console shows.
"""

from __future__ import annotations

import configparser
import json
import locale
import os
import platform
import re
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.display import short_token
from app.logfile import FILE_NAME, NATIVE_FILE_NAME
from app.logsetup import SecretRedactor, redactor
from app.places import log_folder
from app.records.history import CloseHistory, HistoryError, HistoryRow
from app.rufus.request_log import RecentRequests, recent_requests

#: The end of the log that is kept: about a day of a window's lines.
LOG_TAIL_BYTES = 256_000
#: The close attempts kept, newest first.
LAST_RECORDS = 50

#: A RUFUS key ("ror-" and hex, in the only example RUFUS gives), whatever its length.
_KEY_SHAPE = re.compile(r"ror-[0-9A-Za-z]{6,}")
#: Identifiers: a token or a device id is 64 hex characters; anything this long and hex is
#: one of them, or part of one.
_LONG_HEX = re.compile(r"[0-9A-Fa-f]{16,}")
_MASK = "«redacted»"
#: The environment variables that say how the app was started: never the key's.
_ENVIRONMENT = (
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "TZ",
    "QT_QPA_PLATFORM",
    "QT_QPA_PLATFORMTHEME",
    "QT_SCALE_FACTOR",
    "XDG_CURRENT_DESKTOP",
    "XDG_SESSION_TYPE",
    "DESKTOP_SESSION",
)


@dataclass
class Scrubber:
    """Takes every secret out of a text: the keys the process knows (the redactor's), any
    key-shaped text, and identifiers (tokens given, and any long hex run) cut short."""

    secrets: SecretRedactor = field(default_factory=lambda: redactor)
    #: Identifiers that need not look like hex (RUFUS's tokens are opaque): cut short too.
    tokens: frozenset[str] = frozenset()

    def __call__(self, text: str) -> str:
        text = self.secrets.mask(text)
        text = _KEY_SHAPE.sub(_MASK, text)
        for token in self.tokens:
            if len(token) > 12:
                text = text.replace(token, short_token(token))
        return _LONG_HEX.sub(lambda found: short_token(found.group()), text)


@dataclass
class Sources:
    """Where the file's parts come from; each defaults to the process's own."""

    history: CloseHistory | None = None
    log_folder: Path | None = None
    requests: RecentRequests = field(default_factory=lambda: recent_requests)
    #: The preferences, by key; None when the caller could not read them (and says why in
    #: `settings_note`).
    settings: Mapping[str, object] | None = None
    settings_note: str = ""
    #: Facts only the caller knows: the window's Qt and screens.
    system: Mapping[str, object] = field(default_factory=dict)
    #: What the command line saw when it asked RUFUS (None: not asked).
    check: Mapping[str, object] | None = None


def write_diagnostics(path: Path, sources: Sources, scrub: Scrubber | None = None) -> Path:
    """Writes the zip to `path` (whole or not at all: it appears only once complete) and
    returns it. Reads files and the close history: never on the GUI thread."""
    scrub = scrub or Scrubber()
    parts: dict[str, str] = {
        "README.txt": _README,
        "system.json": _json(system_facts(sources.system)),
        "settings.json": _json(
            {"values": dict(sources.settings), "note": sources.settings_note}
            if sources.settings is not None
            else {"values": None, "note": sources.settings_note}
        ),
        "close-history.json": _json(history_summary(sources.history or CloseHistory())),
        "requests.json": _json([request.as_dict() for request in sources.requests.recent()]),
    }
    folder = sources.log_folder or log_folder()
    for name, file in (("log.txt", FILE_NAME), ("native-crashes.txt", NATIVE_FILE_NAME)):
        parts[name] = log_tail(folder / file)
    if sources.check is not None:
        parts["check.json"] = _json(sources.check)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".diagnostics-", suffix=".zip", dir=path.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in parts.items():
                archive.writestr(name, scrub(text))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def diagnostics_name(now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).astimezone()
    return f"rufus-console-diagnostics-{moment:%Y%m%d-%H%M%S}.zip"


# -- the parts --------------------------------------------------------------------------------


def system_facts(extra: Mapping[str, object] | None = None) -> dict[str, object]:
    facts: dict[str, object] = {
        "app": {
            "version": __version__,
            "packaged": bool(getattr(sys, "frozen", False)),
        },
        "python": {"version": sys.version, "implementation": platform.python_implementation()},
        "platform": {
            "system": platform.system(),
            "release": platform.release(),
            "version": platform.version(),
            "machine": platform.machine(),
            "platform": platform.platform(),
            "sys.platform": sys.platform,
        },
        "locale": {
            "preferred_encoding": locale.getpreferredencoding(False),
            "messages": _locale(),
            "time_zones": list(time.tzname),
            "utc_offset_now_s": _utc_offset_s(),
        },
        "environment": {name: os.environ.get(name) for name in _ENVIRONMENT},
        # Whether the key comes from the environment; never the key.
        "key_from_environment": bool(os.environ.get("RUFUS_API_KEY")),
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    facts.update(extra or {})
    return facts


def history_summary(history: CloseHistory) -> dict[str, object]:
    """How many closes ended how, and the last LAST_RECORDS attempts (tokens shortened)."""
    try:
        rows = history.rows()
    except HistoryError as error:
        return {"path": str(history.path), "error": f"{error} ({error.reason})"}
    outcomes = Counter(row.outcome.value if row.outcome else "no outcome" for row in rows)
    return {
        "path": str(history.path),
        "attempts": len(rows),
        "by_outcome": dict(sorted(outcomes.items())),
        "last": [_record(row) for row in rows[:LAST_RECORDS]],
    }


def _record(row: HistoryRow) -> dict[str, object]:
    return {
        "requested_at": _iso(row.requested_at),
        "finished_at": _iso(row.finished_at),
        "outcome": row.outcome.value if row.outcome else None,
        "statuses": row.statuses,
        "reason": row.reason,
        "server": row.server,
        "key_source": row.key_source,
        "app_version": row.app_version,
        "device_alias": row.device_alias,
        "device_model": row.device_model,
        "device_serial": row.device_serial,
        "session_alias": row.session_alias,
        "token": short_token(row.token),
        "opened_at": _iso(row.opened_at),
        "passings_seen": row.passings_seen,
        "last_passing_seen": _iso(row.last_passing_seen),
        "passings_confirmed": row.passings_confirmed,
        "last_passing_confirmed": _iso(row.last_passing_confirmed),
        # Its name only: the folder is the official's.
        "passings_file": Path(row.passings_file).name if row.passings_file else None,
    }


def log_tail(path: Path, size: int = LOG_TAIL_BYTES) -> str:
    """The end of a log file, from a whole line on; a note when there is none."""
    try:
        with path.open("rb") as file:
            file.seek(0, os.SEEK_END)
            length = file.tell()
            file.seek(max(0, length - size))
            data = file.read()
    except FileNotFoundError:
        return f"(no file at {path})\n"
    except OSError as error:
        return f"(could not read {path}: {error.strerror or type(error).__name__})\n"
    text = data.decode("utf-8", errors="replace")
    if length > size:
        text = text.partition("\n")[2]
    return text


def settings_file(
    platform_name: str = sys.platform, environ: Mapping[str, str] = os.environ
) -> tuple[dict[str, object] | None, str]:
    """The window's preferences as the command line can read them, without Qt: on Linux, the
    INI file Qt keeps them in. Elsewhere (the registry, a property list) only the window can."""
    if platform_name in ("win32", "darwin"):
        return None, "read by the window only (Help → Save diagnostics…) on this system"
    base = Path(environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    path = base / "Rufus Console" / "rufus-console.conf"
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        read = parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error) as error:
        return None, f"{path} could not be read: {error}"
    if not read:
        return {}, f"no settings file at {path}: every preference has its default"
    values: dict[str, object] = {}
    for section in parser.sections():
        for name, value in parser.items(section):
            key = name if section == "General" else f"{section}/{name}"
            values[key] = _setting(value)
    return values, str(path)


def settings_values(values: Iterable[tuple[str, object]]) -> dict[str, object]:
    """Preferences as the window reads them (QSettings' keys and values) made writable as
    JSON: bytes (a window's geometry) by their size only."""
    return {key: _setting(value) for key, value in values}


def _setting(value: object) -> object:
    if isinstance(value, bytes | bytearray):
        return f"<{len(value)} bytes>"
    if isinstance(value, str) and value.startswith("@ByteArray("):
        return "<bytes>"
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_setting(item) for item in value]
    return f"<{type(value).__name__}>"


def _locale() -> str | None:
    try:
        return locale.setlocale(locale.LC_MESSAGES) if hasattr(locale, "LC_MESSAGES") else None
    except locale.Error:
        return None


def _utc_offset_s() -> int | None:
    offset = datetime.now().astimezone().utcoffset()
    return None if offset is None else int(offset.total_seconds())


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds") if moment else None


def _json(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"


_README = """Rufus Console diagnostics, for support.

system.json         the app's and Python's versions, the system, its language and zone
settings.json       the console's preferences
log.txt             the end of the log file (native-crashes.txt: of crashes inside Qt)
close-history.json  how closes ended, and the last 50 attempts
requests.json       the last 200 requests to RUFUS: method, path, status, time taken
check.json          (command line) what RUFUS answered to a device list request

No API key is in this file, and every token and device id is shortened to its first six and
last four characters, as the console shows them.
"""
