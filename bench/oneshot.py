"""One-shot runs against the floor and urlwatch, over real feeds on loopback (issue 13).

Usage: `python bench/oneshot.py [--runs N] [--copies N] [--scale-copies N] [--feeds-dir DIR]
[--quick] [--json] [--save FILE]`.

Serves the real feed snapshots of `../shared/feeds/real/` (49 files; `--copies` 4 gives 196
feeds, `--scale-copies` 16 gives 784) from a threaded HTTP server in this process, on 127.0.0.1,
with ETag / If-None-Match -> 304 (see `bench/oneshot_feeds.py`). Then, for `--runs` rounds
(interleaved: every contestant runs in every phase of a round, their order rotating from round
to round), each run a subprocess timed from start to exit:

  floor     `bench/oneshot_floor.py`: a sequential httpx GET + fastfeedparser.parse of every
            URL (conditional on the ETags of its previous run), nothing else
  watcher   `watcher check` with a fresh state file, a sources.yaml listing every feed, the
            shipped rules and seeds, and its `console` notifier replaced by a `file` notifier
  urlwatch  `urlwatch` with a urls.yaml of the same URLs and its own cache file (skipped with
            a note when it is not installed)

Phases of a round: cold (fresh state), warm (the same state again: every answer a 304), one
new item in every feed (the server swaps in bodies with one new item each; watcher's state
file must then hold exactly one more seen article per feed), cold at the larger scale, and
`--help` of watcher and urlwatch, and two import-only runs for the lower bounds (below).
Reported: medians of the runs, and the ratios as medians of the per-round ratios (the runs of
a round are neighbours in time, so their ratio suffers less from the machine's noise); peak
RSS and CPU time of each subprocess come from `os.wait4`'s resource usage of that child
(ru_maxrss: the largest resident set of the process, or of any child it waited for). Each
target of issue 13 is printed with whether it is met.

Lower bounds: a `watcher check` must import the libraries the project is required to use on
that path (pydantic-settings for its settings, structlog for its log; `REQUIRED_IMPORTS`). Each
round times `python -c "import <required>"`, `python -c "import <floor's>"` (httpx,
fastfeedparser) and `python -c "import <floor's>, <required>"`. Two bounds follow, each as a
ratio to the target's reference run of the same round: the required imports alone, which no
program importing them can go under; and the floor's run of the phase plus what the required
libraries add to the floor's imports, which a check doing the floor's work (its imports, its
requests one by one, its parse) cannot go under. The report says which of them already misses
each target.

Exit status: 0 after a complete run (targets met or not), 1 when a subprocess failed or the
one-new check did not hold, 2 when the feed snapshots are missing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

if not __package__:  # run as `python bench/oneshot.py`: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.oneshot_feeds import (
    DEFAULT_FEEDS,
    FeedServer,
    MutationError,
    add_item,
    check_added,
    copies,
    load_snapshots,
    served,
)

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TIMEOUT_S = 1200
CONTESTANTS = ("floor", "watcher", "urlwatch")
FLOOR_IMPORTS = ("httpx", "fastfeedparser")
REQUIRED_IMPORTS = ("pydantic_settings", "structlog")
_PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy"}


@dataclass(frozen=True)
class Timed:
    """One subprocess: wall time from start to exit, peak RSS, CPU time, exit code."""

    seconds: float
    rss_mb: float
    cpu_s: float
    exit_code: int
    note: str = ""


@dataclass
class Results:
    """Every run, by phase and contestant, and what the checks found."""

    runs: dict[str, dict[str, list[Timed]]] = field(default_factory=dict)
    checks: dict[str, list[str]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def add(self, phase: str, who: str, timed: Timed) -> None:
        self.runs.setdefault(phase, {}).setdefault(who, []).append(timed)
        if timed.exit_code != 0:
            self.failures.append(f"{phase} {who}: exit {timed.exit_code}: {timed.note}")

    def check(self, phase: str, line: str) -> None:
        self.checks.setdefault(phase, []).append(line)


# --- running one subprocess --------------------------------------------------------------------


def run_timed(cmd: list[str], cwd: Path, env: dict[str, str], out: Path) -> Timed:
    """Run `cmd` to its exit, stdout and stderr to files; its wall time and resource usage."""
    with out.open("wb") as stdout, out.with_suffix(".err").open("wb") as stderr:
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr
        )
        timer = threading.Timer(TIMEOUT_S, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        timer.cancel()
        seconds = time.perf_counter() - started
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    tail = out.with_suffix(".err").read_text("utf-8", "replace").strip().splitlines()[-1:]
    return Timed(
        seconds=seconds,
        rss_mb=usage.ru_maxrss / 1024,
        cpu_s=usage.ru_utime + usage.ru_stime,
        exit_code=code,
        note=(tail[0][:200] if code and tail else ""),
    )


def child_env(home: Path) -> dict[str, str]:
    """The environment of every run: this checkout first, no WATCHER_* setting, no proxy."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("WATCHER_")
        and k.lower() not in {"http_proxy", "https_proxy", "all_proxy"}
    }
    env.update(PYTHONPATH=str(REPO), HOME=str(home), NO_PROXY="127.0.0.1,localhost")
    return env


def program(name: str) -> list[str] | None:
    """How to start a console script of this environment (`watcher`, `urlwatch`), if any."""
    script = BIN / name
    if script.is_file():
        return [str(script)]
    found = shutil.which(name)
    return [found] if found else None


# --- the three contestants: setup and command --------------------------------------------------


def setup(who: str, folder: Path, urls: list[str]) -> None:
    """The files a contestant reads: a URL list, sources.yaml + watcher.toml, or urls.yaml."""
    folder.mkdir(parents=True)
    if who == "floor":
        (folder / "urls.txt").write_text("\n".join(urls) + "\n", encoding="utf-8")
    elif who == "watcher":
        lines = ["sources:"]
        for i, url in enumerate(urls):
            lines += [f"  - id: feed-{i:04d}", "    kind: feed", f"    url: {url}"]
        (folder / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (folder / "watcher.toml").write_text(
            f"rules_dir = {json.dumps(str(REPO / 'rules'))}\n"
            f"seeds_dir = {json.dumps(str(REPO / 'seeds'))}\n"
            '[notifiers.console]\nkind = "file"\npath = "alerts.jsonl"\n',
            encoding="utf-8",
        )
    else:
        jobs = [f"name: feed-{i:04d}\nurl: {url}\n" for i, url in enumerate(urls)]
        (folder / "urls.yaml").write_text("---\n".join(jobs), encoding="utf-8")
        (folder / "urlwatch.yaml").write_text(
            "report:\n  stdout:\n    enabled: true\n    color: false\n", encoding="utf-8"
        )


def command(who: str, now: datetime) -> list[str]:
    """The command line of a contestant's run (in its folder)."""
    if who == "floor":
        return [sys.executable, str(REPO / "bench" / "oneshot_floor.py"), "urls.txt", "etags.json"]
    if who == "watcher":
        return [
            *(program("watcher") or [sys.executable, "-m", "watcher"]),
            "check", "--config", "watcher.toml", "--sources", "sources.yaml",
            "--state", "state.db", "--now", now.isoformat(),
        ]  # fmt: skip
    return [
        *(program("urlwatch") or []),
        "--urls", "urls.yaml", "--config", "urlwatch.yaml", "--cache", "cache.db",
    ]  # fmt: skip


def compile_checkout() -> None:
    """Byte-compile this checkout's package once, before anything is timed.

    watcher runs from the checkout (`PYTHONPATH`), while the floor's and urlwatch's modules are
    installed, and installing compiles them (pip writes the .pyc files). Without this, with
    PYTHONDONTWRITEBYTECODE set (as on the shared machines), every watcher run compiled its
    ~150 modules from source: 0.05-0.15 s a run that no installed watcher pays.
    """
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "watcher")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def urlwatch_available() -> bool:
    """Whether urlwatch can run here (it is importable and has its console script)."""
    try:
        import urlwatch  # type: ignore[import-untyped]  # noqa: F401, PLC0415
    except ImportError:
        return False
    return program("urlwatch") is not None


# --- what the runs left behind -----------------------------------------------------------------


def seen_per_source(state: Path) -> dict[str, int]:
    """How many articles watcher's state file remembers, per source."""
    with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT source_id, count(*) FROM seen_articles GROUP BY source_id")
        return {str(source): int(n) for source, n in rows}


def failed_sources(state: Path) -> int:
    """How many sources watcher's state file records as failing after the last poll."""
    with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as db:
        row = db.execute("SELECT count(*) FROM source_state WHERE last_error IS NOT NULL")
        return int(row.fetchone()[0])


def one_new_check(before: dict[str, int], after: dict[str, int], feeds: int) -> list[str]:
    """The feeds whose count of seen articles did not grow by exactly one (empty: it held)."""
    ids = [f"feed-{i:04d}" for i in range(feeds)]
    return [
        f"{i}: +{after.get(i, 0) - before.get(i, 0)}"
        for i in ids
        if after.get(i, 0) - before.get(i, 0) != 1
    ]


def report_lines(out: Path, prefix: str) -> int:
    """How many lines of a run's stdout start with `prefix` (urlwatch's NEW: / CHANGED:)."""
    text = out.read_text("utf-8", "replace") if out.is_file() else ""
    return sum(1 for line in text.splitlines() if line.startswith(prefix))


# --- the rounds --------------------------------------------------------------------------------


@dataclass
class Bench:
    """What every round needs: the server, the feed sets, who runs, the clock of the runs."""

    server: FeedServer
    small: dict[str, bytes]
    large: dict[str, bytes]
    contestants: tuple[str, ...]
    now: datetime
    env: dict[str, str]
    results: Results = field(default_factory=Results)

    def urls(self, bodies: dict[str, bytes]) -> list[str]:
        return [self.server.url(name) for name in bodies]


def rotated(items: tuple[str, ...], by: int) -> tuple[str, ...]:
    """The items rotated left `by` places (round r starts with contestant r mod n)."""
    k = by % len(items)
    return items[k:] + items[:k]


def phase(
    bench: Bench, name: str, folders: dict[str, Path], order: tuple[str, ...], now: datetime
) -> None:
    """One run of each contestant in `order`, each in its folder; counts the server's answers."""
    for who in order:
        bench.server.take_statuses()
        out = folders[who] / f"{name}.out"
        timed = run_timed(command(who, now), folders[who], bench.env, out)
        bench.results.add(name, who, timed)
        statuses = bench.server.take_statuses()
        answers = ", ".join(f"{n}x{s}" for s, n in sorted(statuses.items()))
        bench.results.check(name, f"{who}: server answered {answers or 'nothing'}")


def small_round(bench: Bench, r: int, tmp: Path) -> None:
    """Cold, warm and one-new at the small scale; watcher's one-new count checked."""
    order = rotated(bench.contestants, r)
    folders = {who: tmp / who for who in order}
    urls = bench.urls(bench.small)
    for who in order:
        setup(who, folders[who], urls)
    bench.server.serve(served(bench.small))
    phase(bench, "cold", folders, order, bench.now)
    state = folders["watcher"] / "state.db"
    if failing := failed_sources(state):
        bench.results.check("cold", f"watcher: {failing} sources failed (round {r})")
    phase(bench, "warm", folders, order, bench.now + timedelta(minutes=1))
    before = seen_per_source(state)
    when = bench.now + timedelta(seconds=90)
    changed = {name: add_item(body, name, f"r{r}", when) for name, body in bench.small.items()}
    bench.server.serve(served(changed))
    phase(bench, "one_new", folders, order, bench.now + timedelta(minutes=2))
    wrong = one_new_check(before, seen_per_source(state), len(urls))
    verdict = "exactly one new article in every feed" if not wrong else "NOT one new in every feed"
    bench.results.check("one_new", f"watcher: {verdict} ({len(urls)} feeds)")
    if wrong:
        bench.results.failures.append(f"one_new round {r}: {len(wrong)} feeds not +1: {wrong[:5]}")
    if "urlwatch" in folders:
        changes = report_lines(folders["urlwatch"] / "one_new.out", "CHANGED:")
        bench.results.check("one_new", f"urlwatch: {changes} CHANGED jobs reported")


def large_round(bench: Bench, r: int, tmp: Path) -> None:
    """Cold at the large scale."""
    order = rotated(bench.contestants, r)
    folders = {who: tmp / f"{who}-large" for who in order}
    for who in order:
        setup(who, folders[who], bench.urls(bench.large))
    bench.server.serve(served(bench.large))
    phase(bench, "cold_large", folders, order, bench.now)


def help_round(bench: Bench, r: int, tmp: Path) -> None:
    """`watcher --help` and `urlwatch --help`, in rotating order."""
    for who in rotated(tuple(c for c in bench.contestants if c != "floor"), r):
        cmd = [*(program(who) or [sys.executable, "-m", who]), "--help"]
        bench.results.add("help", who, run_timed(cmd, tmp, bench.env, tmp / f"help-{who}.out"))


def imports_round(bench: Bench, r: int, tmp: Path) -> None:
    """`python -c "import ..."`: the floor's libraries, the required ones, and both together."""
    runs = {
        "floor": FLOOR_IMPORTS,
        "required": REQUIRED_IMPORTS,
        "both": FLOOR_IMPORTS + REQUIRED_IMPORTS,
    }
    for who in rotated(tuple(runs), r):
        cmd = [sys.executable, "-c", f"import {', '.join(runs[who])}"]
        bench.results.add("imports", who, run_timed(cmd, tmp, bench.env, tmp / f"imp-{who}.out"))


def run_rounds(bench: Bench, runs: int, progress: Callable[[str], None]) -> None:
    """Every round, each in a fresh temporary folder (fresh state for every contestant)."""
    for r in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-oneshot-") as name:
            tmp = Path(name)
            started = time.perf_counter()
            small_round(bench, r, tmp / "small")
            help_round(bench, r, tmp)
            imports_round(bench, r, tmp)
            large_round(bench, r, tmp / "large")
            progress(f"round {r + 1}/{runs} done in {time.perf_counter() - started:.0f} s")


# --- figures, targets, table -------------------------------------------------------------------


def median_of(timed: list[Timed], attr: str = "seconds") -> float | None:
    """The median of one attribute over the runs (None when there were none)."""
    return statistics.median(getattr(t, attr) for t in timed) if timed else None


def paired_ratio(top: list[Timed], bottom: list[Timed], scale: float = 1.0) -> float | None:
    """The median over rounds of top/bottom (times `scale`), round by round."""
    pairs = [a.seconds / b.seconds * scale for a, b in zip(top, bottom, strict=False)]
    return statistics.median(pairs) if pairs else None


@dataclass(frozen=True)
class Target:
    """One target of issue 13: which ratio, its limit, and what else must hold."""

    text: str
    ratio: str  # "wf", "wu" or "scale"
    limit: float
    strict: bool = False  # `<` instead of `<=`


TARGETS: dict[str, tuple[Target, ...]] = {
    "cold": (Target("≤ 1.25x floor", "wf", 1.25), Target("< urlwatch", "wu", 1.0, strict=True)),
    "warm": (Target("≤ 0.5x urlwatch", "wu", 0.5),),
    "one_new": (Target("≤ 0.3x urlwatch, one new per feed", "wu", 0.3),),
    "cold_large": (),
    "scale": (Target("per feed ≤ 1.2x that of the small run", "scale", 1.2),),
    "help": (Target("≤ urlwatch's", "wu", 1.0),),
}


def met(row: dict[str, Any], one_new_ok: bool) -> str:
    """`yes`, `no`, or `n/a` (a ratio it needs was not measured) for a row's targets."""
    verdicts = []
    for target in TARGETS[row["phase"]]:
        value = row[target.ratio]
        if value is None:
            verdicts.append(None)
        else:
            verdicts.append(value < target.limit if target.strict else value <= target.limit)
    if row["phase"] == "one_new":
        verdicts.append(one_new_ok)
    if not verdicts:
        return ""
    if any(v is False for v in verdicts):
        return "no"
    return "n/a" if any(v is None for v in verdicts) else "yes"


def summarise(results: Results, feeds: tuple[int, int]) -> list[dict[str, Any]]:
    """One row per phase (and the per-feed cost row), with medians, ratios and verdicts."""
    one_new_ok = not any("one_new round" in f for f in results.failures)
    rows = []
    for ph in ("cold", "warm", "one_new", "cold_large", "help"):
        runs = results.runs.get(ph, {})
        row: dict[str, Any] = {"phase": ph}
        for who in CONTESTANTS:
            row[who] = median_of(runs.get(who, []))
            row[f"{who}_rss_mb"] = median_of(runs.get(who, []), "rss_mb")
            row[f"{who}_cpu_s"] = median_of(runs.get(who, []), "cpu_s")
        row["wf"] = paired_ratio(runs.get("watcher", []), runs.get("floor", []))
        row["wu"] = paired_ratio(runs.get("watcher", []), runs.get("urlwatch", []))
        row["scale"] = None
        rows.append(row)
    rows.insert(4, scale_row(results, feeds))
    for row in rows:
        row["met"] = met(row, one_new_ok)
        row["target"] = "; ".join(t.text for t in TARGETS[row["phase"]])
    return rows


def scale_row(results: Results, feeds: tuple[int, int]) -> dict[str, Any]:
    """Cost per feed at the large scale over that at the small one, per contestant (ms/feed)."""
    small, large = results.runs.get("cold", {}), results.runs.get("cold_large", {})
    row: dict[str, Any] = {"phase": "scale", "wf": None, "wu": None}
    for who in CONTESTANTS:
        a, b = median_of(small.get(who, [])), median_of(large.get(who, []))
        row[who] = None if a is None or b is None else (a / feeds[0] * 1000, b / feeds[1] * 1000)
    row["scale"] = paired_ratio(
        large.get("watcher", []), small.get("watcher", []), feeds[0] / feeds[1]
    )
    return row


BOUNDED = {"cold": ("floor", 1.25), "warm": ("urlwatch", 0.5), "one_new": ("urlwatch", 0.3)}


def lower_bounds(results: Results) -> list[dict[str, Any]]:
    """Per phase with a ratio target: the least a check built on the required libraries costs.

    Two bounds, each a ratio to the target's reference run of the same round (the floor, or
    urlwatch), medianed over rounds: `alone`, importing the required libraries and nothing else
    (no fetch, no parse, no other library); `bound`, the floor's run of the phase plus what the
    required libraries cost on top of the floor's (`both` minus `floor` in the imports round,
    the median over rounds). `within` says whether `bound` meets the target.
    """
    imports = results.runs.get("imports", {})
    pairs = zip(imports.get("floor", []), imports.get("both", []), strict=False)
    extras = [both.seconds - floor.seconds for floor, both in pairs]
    if not extras:
        return []
    extra = statistics.median(extras)
    required = imports.get("required", [])
    rows = []
    for ph, (reference, limit) in BOUNDED.items():
        runs = results.runs.get(ph, {})
        floor, against = runs.get("floor", []), runs.get(reference, [])
        ratios = [(f.seconds + extra) / a.seconds for f, a in zip(floor, against, strict=False)]
        if not ratios:
            continue
        ratio = statistics.median(ratios)
        rows.append(
            {
                "phase": ph,
                "extra_s": extra,
                "bound_s": (median_of(floor) or 0.0) + extra,
                "reference": reference,
                "alone": paired_ratio(required, against),
                "ratio": ratio,
                "limit": limit,
                "within": ratio <= limit,
            }
        )
    return rows


def _bound_verdict(bound: dict[str, Any]) -> str:
    """Whether the phase's target is within the bounds, and if not, which bound misses it."""
    if bound["within"]:
        return "yes"
    if bound["alone"] is not None and bound["alone"] > bound["limit"]:
        return "no: importing the required libraries alone misses it"
    return "no: the floor's work plus the required imports misses it"


def bounds_table(bounds: list[dict[str, Any]], feeds: tuple[int, int]) -> str:
    """The lower bounds, one line per phase with a ratio target."""
    if not bounds:
        return ""
    names = {"small": feeds[0], "large": feeds[1]}
    required = " and ".join(REQUIRED_IMPORTS)
    out = [
        f"Lower bounds of a check that uses {required}: importing them alone, and the floor's "
        f"run plus their cost on top of the floor's libraries ({bounds[0]['extra_s']:.2f} s):",
        "",
        "| run | imports alone | floor + imports | target | within the bounds |",
        "|---|---|---|---|---|",
    ]
    for b in bounds:
        ref = b["reference"]
        alone = "–" if b["alone"] is None else f"{b['alone']:.2f}x {ref}"
        out.append(
            f"| {LABELS[b['phase']].format(**names)} | {alone} | "
            f"{b['bound_s']:.2f} s, {b['ratio']:.2f}x {ref} | ≤ {b['limit']}x {ref} | "
            f"{_bound_verdict(b)} |"
        )
    return "\n".join(out)


LABELS = {
    "cold": "cold, fresh state ({small} feeds)",
    "warm": "warm, all answers 304",
    "one_new": "one new item in every feed",
    "cold_large": "cold, {large} feeds",
    "scale": "ms per feed, {small} → {large} feeds",
    "help": "`--help`",
}


def _cell(value: Any, unit: str = " s") -> str:
    if value is None:
        return "–"
    if isinstance(value, tuple):
        return f"{value[0]:.1f} → {value[1]:.1f}"
    return f"{value:.2f}{unit}"


def _usage(row: dict[str, Any], who: str) -> str:
    rss, cpu = row[f"{who}_rss_mb"], row[f"{who}_cpu_s"]
    return "–" if rss is None else f"{rss:.0f} MB, {cpu:.2f} s"


def table(rows: list[dict[str, Any]], feeds: tuple[int, int]) -> str:
    """The readable table: one line per row of the issue, with its target and verdict."""
    names = {"small": feeds[0], "large": feeds[1]}
    out = [
        "| run | floor | watcher | urlwatch | watcher/floor | watcher/urlwatch | target | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio_wf, ratio_wu, verdict = _cell(row["wf"], "x"), _cell(row["wu"], "x"), row["met"]
        if row["phase"] == "scale":
            verdict = f"{verdict} (watcher: {_cell(row['scale'], 'x')})"
        out.append(
            f"| {LABELS[row['phase']].format(**names)} | {_cell(row['floor'])} | "
            f"{_cell(row['watcher'])} | {_cell(row['urlwatch'])} | {ratio_wf} | {ratio_wu} | "
            f"{row['target']} | {verdict} |"
        )
    out += ["", "Peak RSS (MB) and CPU time (s) of each subprocess, medians:", ""]
    out += ["| run | floor | watcher | urlwatch |", "|---|---|---|---|"]
    for row in rows:
        if row["phase"] == "scale":
            continue
        cells = [
            "–"
            if row[f"{w}_rss_mb"] is None
            else f"{row[f'{w}_rss_mb']:.0f} MB, {row[f'{w}_cpu_s']:.2f} s"
            for w in CONTESTANTS
        ]
        out.append(f"| {LABELS[row['phase']].format(**names)} | {' | '.join(cells)} |")
    return "\n".join(out)


# --- main --------------------------------------------------------------------------------------


def verify_mutation(snapshots: dict[str, bytes], when: datetime) -> None:
    """Every snapshot gains exactly one parseable entry (feedparser), before anything is timed."""
    for name, body in snapshots.items():
        check_added(body, add_item(body, name, "check", when), name, "check")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--feeds-dir", type=Path, default=DEFAULT_FEEDS)
    ap.add_argument("--runs", type=int, default=5, help="interleaved rounds (default 5)")
    ap.add_argument("--copies", type=int, default=4, help="copies of each snapshot (default 4)")
    ap.add_argument("--scale-copies", type=int, default=16, help="copies at scale (default 16)")
    ap.add_argument("--quick", action="store_true", help="3 rounds, 1 and 4 copies")
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    ap.add_argument("--save", type=Path, help="also write the JSON to this file")
    args = ap.parse_args(argv)
    if args.quick:
        args.runs, args.copies, args.scale_copies = 3, 1, 4
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    try:
        snapshots = load_snapshots(args.feeds_dir)
    except FileNotFoundError as exc:
        progress(str(exc))
        return 2
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    try:
        verify_mutation(snapshots, now)
    except MutationError as exc:
        progress(f"cannot add one new item to every feed: {exc}")
        return 1
    compile_checkout()
    contestants = CONTESTANTS if urlwatch_available() else ("floor", "watcher")
    small, large = copies(snapshots, args.copies), copies(snapshots, args.scale_copies)
    feeds = (len(small), len(large))
    progress(f"{len(snapshots)} snapshots: {feeds[0]} and {feeds[1]} feeds; {args.runs} rounds")
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home, FeedServer() as server:
        bench = Bench(server, small, large, contestants, now, child_env(Path(home)))
        run_rounds(bench, args.runs, progress)
    rows = summarise(bench.results, feeds)
    notes = [] if "urlwatch" in contestants else ["urlwatch is not installed: skipped"]
    document = json.dumps(as_json(bench, rows, feeds, notes, args.runs), indent=2)
    if args.save:
        args.save.write_text(document + "\n", encoding="utf-8")
    if args.json:
        print(document)
    else:
        print_report(bench, rows, feeds, notes, args.runs)
    return 1 if bench.results.failures else 0


def as_json(
    bench: Bench, rows: list[dict[str, Any]], feeds: tuple[int, int], notes: list[str], runs: int
) -> dict[str, Any]:
    """Everything measured: rows, every run, the checks and failures."""
    return {
        "feeds": {"small": feeds[0], "large": feeds[1]},
        "rounds": runs,
        "started": bench.now.isoformat(),
        "rows": rows,
        "runs": {
            ph: {who: [asdict(t) for t in ts] for who, ts in by.items()}
            for ph, by in bench.results.runs.items()
        },
        "bounds": lower_bounds(bench.results),
        "checks": bench.results.checks,
        "failures": bench.results.failures,
        "notes": notes,
    }


def print_report(
    bench: Bench, rows: list[dict[str, Any]], feeds: tuple[int, int], notes: list[str], runs: int
) -> None:
    """The table, then each distinct check with how many rounds it held in, then failures."""
    print(f"\nMedians of {runs} interleaved rounds; ratios are medians of per-round ratios.\n")
    print(table(rows, feeds))
    if bounds := bounds_table(lower_bounds(bench.results), feeds):
        print(f"\n{bounds}")
    print("\nChecks:")
    for ph, lines in bench.results.checks.items():
        for line in sorted(set(lines)):
            print(f"  {ph}: {line} (x{lines.count(line)})")
    for line in notes + bench.results.failures:
        print(f"  ! {line}")


if __name__ == "__main__":
    sys.exit(main())
