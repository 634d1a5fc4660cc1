"""Where one cold `watcher check` of `bench/oneshot.py` spends its time, sampled with py-spy.

Usage: `python bench/oneshot_profile.py [--copies N] [--rate HZ] [--out FILE] [--feeds-dir DIR]`
(needs `pip install py-spy`, and ptrace allowed for one's own children).

Serves the real snapshots (`--copies` 4: 196 feeds) as `bench/oneshot.py` does, sets up a
fresh watcher folder the same way, and runs that cold `watcher check` under `py-spy record
--format raw --subprocesses` (samples of threads that are running, not idle). The raw stacks are
kept in `--out` (collapsed stacks: load them into speedscope or flamegraph.pl) and summarised
here (py-spy names files relative to their `sys.path` entry, e.g. `watcher/ingest/parse.py`):
each sample goes to the first category, in this order, that one of its frames belongs to:

  imports      a frame of importlib's `_find_and_load` (start-up, and any later lazy import)
  extraction   watcher/facts/extract/, watcher/facts/kinds/, watcher/facts/registry.py
  parsing      watcher/ingest/{parse,feedscan,text,jsonfeed}.py, feedparser, fastfeedparser
  rules        watcher/alerting/
  compare      watcher/facts/{known,comparison,baseline}.py
  state        watcher/state/, sqlite3
  fetch        watcher/ingest/fetch.py, httpx, httpcore, h11
  output       watcher/cli/output.py, rich
  other        the rest (click, settings, logging, the interpreter's own start)

Then the watcher functions with the most samples where they are the innermost watcher frame.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

if not __package__:  # run as `python bench/oneshot_profile.py`: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.oneshot import BIN, child_env, command, run_timed, setup
from bench.oneshot_feeds import DEFAULT_FEEDS, FeedServer, copies, load_snapshots, served

CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("imports", ("_find_and_load (<frozen importlib._bootstrap>",)),
    ("extraction", ("(watcher/facts/extract/", "(watcher/facts/kinds/", "(watcher/facts/registry")),
    (
        "parsing",
        (
            "(watcher/ingest/parse.py",
            "(watcher/ingest/feedscan",
            "(watcher/ingest/text",
            "(watcher/ingest/jsonfeed",
            "(feedparser/",
            "(feedparser_sgmllib/",
            "(fastfeedparser/",
        ),
    ),
    ("rules", ("(watcher/alerting/",)),
    ("compare", ("(watcher/facts/known", "(watcher/facts/comparison", "(watcher/facts/baseline")),
    ("state", ("(watcher/state/", "(sqlite3/")),
    ("fetch", ("(watcher/ingest/fetch", "(httpx/", "(httpcore/", "(h11/")),
    ("output", ("(watcher/cli/output", "(rich/")),
)


def parse_raw(text: str) -> list[tuple[list[str], int]]:
    """py-spy's raw (collapsed) output: one `frame;frame;... count` line per distinct stack."""
    stacks = []
    for line in text.splitlines():
        frames, _, count = line.rpartition(" ")
        if frames and count.isdigit():
            stacks.append((frames.split(";"), int(count)))
    return stacks


def category(frames: list[str]) -> str:
    """The first category (in CATEGORIES order) any frame of the stack belongs to."""
    for name, markers in CATEGORIES:
        if any(marker in frame for frame in frames for marker in markers):
            return name
    return "other"


def innermost_watcher(frames: list[str]) -> str | None:
    """The innermost frame in watcher's own code (py-spy names files relative to sys.path)."""
    return next((frame for frame in reversed(frames) if "(watcher/" in frame), None)


def summary(stacks: list[tuple[list[str], int]], top: int = 15) -> str:
    """Shares per category, then the watcher functions with the most samples."""
    total = sum(n for _, n in stacks) or 1
    by_category: Counter[str] = Counter()
    by_function: Counter[str] = Counter()
    for frames, n in stacks:
        by_category[category(frames)] += n
        inner = innermost_watcher(frames)
        if inner:
            by_function[inner] += n
    lines = [f"{total} samples", "", "| category | samples | share |", "|---|---:|---:|"]
    order = [name for name, _ in CATEGORIES] + ["other"]
    lines += [f"| {c} | {by_category[c]} | {by_category[c] / total:.0%} |" for c in order]
    lines += ["", f"Innermost watcher frames, top {top}:"]
    lines += [f"  {n:6d} {n / total:5.1%}  {f}" for f, n in by_function.most_common(top)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--feeds-dir", type=Path, default=DEFAULT_FEEDS)
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--rate", type=int, default=100, help="samples per second (default 100)")
    ap.add_argument("--out", type=Path, default=Path("oneshot-profile.txt"))
    args = ap.parse_args(argv)
    py_spy = BIN / "py-spy"
    if not py_spy.is_file():
        print("py-spy is not installed: pip install py-spy", file=sys.stderr)
        return 2
    bodies = copies(load_snapshots(args.feeds_dir), args.copies)
    out = args.out.resolve()
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as name, FeedServer() as server:
        folder = Path(name) / "watcher"
        setup("watcher", folder, [server.url(feed) for feed in bodies])
        server.serve(served(bodies))
        cmd = [
            str(py_spy), "record", "--format", "raw", "--subprocesses", "--rate",
            str(args.rate), "-o", str(out), "--", *command("watcher", datetime.now(UTC)),
        ]  # fmt: skip
        timed = run_timed(cmd, folder, child_env(Path(name)), folder / "profile.out")
    if timed.exit_code != 0:
        print(f"py-spy or watcher failed: exit {timed.exit_code}: {timed.note}", file=sys.stderr)
        return 1
    print(f"cold `watcher check`, {len(bodies)} feeds, under py-spy: {timed.seconds:.1f} s")
    print(f"raw stacks: {out}\n")
    print(summary(parse_raw(out.read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
