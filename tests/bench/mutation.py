"""Mutation score of the code that decides the truth: the close pipeline, the RUFUS client and
the close history (issue 20). Slow, so never in CI.

mutmut 3 (the `mutation` extra: `.venv/bin/pip install -e '.[mutation]'`) changes the code one
small way at a time (a comparison turned round, a constant changed, a call dropped) and runs
the tests that reach the changed function against each change, in a process of its own
(one at a time, or --children at once). A
mutant the tests fail on is killed; one they pass on survived, and shows a behaviour nothing
checks (or a change that makes no difference: an equivalent mutant).

Run: .venv/bin/python -m tests.bench.mutation [FILE…] [--tests TEST…] [--workdir DIR] [--retest]
     [--children N] [--debug]

FILE defaults to every module of app/sessions and app/rufus and app/records/history.py.
The run works on a copy of the checkout (a temporary folder, or --workdir, where mutmut keeps
its results: run again there and only mutants of changed code are tested again). It prints,
per file, killed and total and the score, the three files the targets name together, the
surviving mutants of each file with their diffs, and how long it took.

mutmut keeps a verdict until the function it mutated changes: a test added since does not
reach a mutant that survived before. --retest (with --workdir) tests every mutant of FILE not
yet killed again, with the mapping of tests to functions collected afresh.

mutmut stops at once when a test fails on the unmutated code (its stats and clean runs), and
says only that: --debug has it print every test run, the failing one included.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: The code that decides what the console claims.
DEFAULT_FILES = [
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "sessions").glob("*.py")),
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "rufus").glob("*.py")),
    "app/records/history.py",
]
#: The files the targets name: ≥ 90 % each for the first two, ≥ 80 % for the three together.
TARGET_FILES = ("app/sessions/closing.py", "app/rufus/client.py", "app/records/history.py")

#: The tests that reach those modules without a window: the close pipeline, the client, the
#: history, and the command line that drives them, under every fault of the matrix. The window
#: tests add little here (the same pipeline behind a controller that is not mutated) at twice
#: the cost, and the state machine draws new cases on every run, so a mutant's fate would be
#: down to chance; --tests adds them.
DEFAULT_TESTS = [
    "tests/test_close.py",
    "tests/test_close_records.py",
    "tests/test_close_log.py",
    "tests/test_access.py",
    "tests/test_listing.py",
    "tests/test_parsing.py",
    "tests/test_faults.py",
    "tests/test_read_words.py",
    "tests/test_transport.py",
    "tests/test_passings.py",
    "tests/test_row_book.py",
    "tests/test_activity.py",
    "tests/test_shutdown.py",
    "tests/test_cli.py",
    "tests/test_cli_records.py",
    "tests/test_history_csv.py",
    "tests/test_history_truth.py",
    "tests/test_history_rows.py",
    "tests/test_listing_truth.py",
    "tests/test_shared_tokens.py",
    "tests/test_passings_truth.py",
    "tests/test_deadlines.py",
    "tests/test_tail.py",
    "tests/test_cli_tail.py",
    "tests/ui/test_fault_matrix.py::test_the_command_line_tells_the_truth",
]

#: mutmut's exit codes for a mutant, by what they mean here.
KILLED = {"killed", "timeout", "caught by type check", "segfault"}
NOT_RUN = {"not checked", "skipped", "check was interrupted by user"}

#: What a test run must not inherit from the desktop: no screen, no session bus (a keyring
#: prompt would block), Qt offscreen.
_DROPPED = ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", default=DEFAULT_FILES)
    parser.add_argument("--tests", nargs="+", default=DEFAULT_TESTS)
    parser.add_argument("--workdir", type=Path, help="reuse (or keep) the copy mutmut runs in")
    parser.add_argument(
        "--retest", action="store_true", help="test again the mutants not killed in --workdir"
    )
    parser.add_argument("--debug", action="store_true", help="show mutmut's test runs")
    parser.add_argument(
        "--children",
        type=_positive,
        default=1,
        help="mutants tested at once (default 1: the machine is shared; 2 on an idle one)",
    )
    args = parser.parse_args()
    files = [str(Path(f)) for f in args.files]
    unknown = [f for f in files if not (ROOT / f).is_file()]
    if unknown:
        parser.error(f"no such file: {', '.join(unknown)}")
    if args.retest and args.workdir is None:
        parser.error("--retest needs the --workdir of an earlier run")

    workdir: Path = args.workdir or Path(tempfile.mkdtemp(prefix="rufus-mutation-"))
    copy_checkout(workdir)
    configure(workdir, files, args.tests, debug=args.debug)
    if args.retest:
        print(f"{forget_survivors(workdir, files)} mutants not killed will be tested again")
    started = time.monotonic()
    code = run_mutmut(workdir, args.children)
    elapsed = time.monotonic() - started
    if code != 0:
        print(f"mutmut failed (exit {code}); its work is in {workdir}", file=sys.stderr)
        return code
    report(workdir, files, elapsed, args.children)
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} is not a number of processes")
    return number


def copy_checkout(workdir: Path) -> None:
    """The tracked files, as they are now (changes not yet committed included), and the
    compiled catalogues the window tests load."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True
    ).stdout.split(b"\0")
    paths = [Path(p.decode()) for p in listed if p]
    paths += [p.relative_to(ROOT) for p in (ROOT / "resources" / "translations").glob("*.qm")]
    for path in paths:
        source = ROOT / path
        if not source.is_file():
            continue  # deleted in the work tree
        target = workdir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copy2(source, target)


def configure(workdir: Path, files: list[str], tests: list[str], *, debug: bool = False) -> None:
    """mutmut's settings, in the copy's pyproject.toml (never in the checkout's)."""
    pyproject = workdir / "pyproject.toml"
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    settings = {
        "source_paths": ["app"],
        "only_mutate": files,
        "pytest_add_cli_args_test_selection": tests,
        "pytest_add_cli_args": ["-p", "no:cacheprovider"],
        # The window tests start Qt and threads: each mutant's tests run in a process forked
        # from one that has only imported them, never from one that has run them.
        "process_isolation": "forkserver",
        # The tests read the catalogues and the packaging scripts from beside them.
        "also_copy": ["resources", "packaging"],
        "use_git_change_detection": False,
        "debug": debug,
    }
    lines = ["", "[tool.mutmut]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
    pyproject.write_text(text + "\n".join(lines) + "\n", encoding="utf-8")


def forget_survivors(workdir: Path, files: list[str]) -> int:
    """Clear the verdict of every mutant of `files` not killed, so that mutmut runs it again,
    and drop which tests reach which function: a test changed since may reach more now."""
    from mutmut.stats import status_by_exit_code

    forgotten = 0
    for file in files:
        meta = workdir / "mutants" / (file + ".meta")
        if not meta.exists():
            continue
        data = json.loads(meta.read_text(encoding="utf-8"))
        exit_codes = data["exit_code_by_key"]
        for name, code in exit_codes.items():
            if code is not None and status_by_exit_code[code] not in KILLED:
                exit_codes[name] = None
                forgotten += 1
        meta.write_text(json.dumps(data, indent=4), encoding="utf-8")
    (workdir / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    return forgotten


def test_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_mutmut(workdir: Path, children: int) -> int:
    mutmut = Path(sys.executable).parent / "mutmut"
    command = [str(mutmut), "run", "--max-children", str(children)]
    return subprocess.run(command, cwd=workdir, env=test_environment(), check=False).returncode


def statuses(workdir: Path, file: str) -> dict[str, str]:
    """Each mutant of `file` and what became of it."""
    # Imported here: mutmut comes with the `mutation` extra only.
    from mutmut.stats import status_by_exit_code

    meta = workdir / "mutants" / (file + ".meta")
    if not meta.exists():
        return {}
    exit_codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return {name: status_by_exit_code[code] for name, code in exit_codes.items()}


def score(found: dict[str, str]) -> tuple[int, int]:
    """Killed, and mutants tested (those mutmut could not run are not counted)."""
    counted = [status for status in found.values() if status not in NOT_RUN]
    return sum(status in KILLED for status in counted), len(counted)


def report(workdir: Path, files: list[str], elapsed: float, children: int) -> None:
    found = {file: statuses(workdir, file) for file in files}
    print(f"\n{'file':40} {'killed':>7} {'total':>7} {'score':>8}")
    for file in files:
        print(_score_line(file, *score(found[file])))
    everything = {name: s for results in found.values() for name, s in results.items()}
    print(_score_line("all", *score(everything)))
    targets = [f for f in TARGET_FILES if f in files]
    if len(targets) > 1:
        together = {name: s for f in targets for name, s in found[f].items()}
        print(_score_line(" + ".join(Path(f).name for f in targets), *score(together)))
    print("\nby status:", dict(Counter(everything.values())))
    for file in files:
        survivors = sorted(n for n, s in found[file].items() if s not in KILLED | NOT_RUN)
        if not survivors:
            continue
        print(f"\n{len(survivors)} not killed in {file}:")
        for name in survivors:
            print(f"\n--- {name}: {found[file][name]}")
            print(show(workdir, name))
    print(f"\nmutmut ran {elapsed / 60:.1f} min, {children} at once")


def _score_line(label: str, killed: int, total: int) -> str:
    percent = f"{100 * killed / total:.1f} %" if total else "—"
    return f"{label:40} {killed:>7} {total:>7} {percent:>8}"


def show(workdir: Path, name: str) -> str:
    mutmut = Path(sys.executable).parent / "mutmut"
    shown = subprocess.run(
        [str(mutmut), "show", name],
        cwd=workdir,
        env=test_environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    return shown.stdout.strip() or shown.stderr.strip()


if __name__ == "__main__":
    raise SystemExit(main())
