"""Where a process pool for extraction starts to pay (issue 13 §3).

Usage: `python bench/pool.py [--corpus DIR] [--sizes N,N,...] [--runs N] [--workers N] [--json]`.

The articles are the texts of the labelled dev and dev2 corpora (read at run time from
../shared/corpus, never copied), nearly all of which the relevance gate admits: the costly
case. For each size n (articles per run, the corpus repeated as needed) it times, interleaved
run by run, `watcher.facts.pool.Reader` reading n articles

- in this process (`pool_from=None`), and
- with the pool started at the first article (`pool_from=1`), pool start-up and shutdown
  included, as a run would pay them,

each in a fresh subprocess (so the pooled side pays its workers' start as a run does, and
neither side finds the other's imports or caches warm; the extractor's imports are done
before the clock starts, as in a run, where the gate needs them before the first article).
Reports the median wall time of each, their ratio, and whether the facts were the same.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"

_CHILD = """
import json, sys, time
from datetime import date
from pathlib import Path
from watcher.facts.pool import Doc, Reader
from watcher.facts.registry import gate_for
folder, n, workers = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[4])
pooled = sys.argv[3] == "1"
docs = []
for name in ("dev", "dev2"):
    for path in sorted((folder / name).glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        pub = date.fromisoformat(item["published"]) if item.get("published") else None
        docs.append(Doc(item["text"], item.get("title", ""), pub))
docs = (docs * (n // len(docs) + 1))[:n]
gate_for(None)
started = time.perf_counter()
with Reader(pool_from=1 if pooled else None, workers=workers) as reader:
    for doc in docs:
        reader.add(doc)
    facts = reader.facts()
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "facts": [[f.to_dict() for f in fs] for fs in facts]},
                 default=str))
"""


def run_child(corpus: Path, n: int, pooled: bool, workers: int) -> dict[str, Any]:
    """One timed read of n articles in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(corpus), str(n), "1" if pooled else "0", str(workers)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=1200,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(corpus: Path, sizes: list[int], runs: int, workers: int) -> list[dict[str, Any]]:
    """Per size: median seconds in-process and pooled, their ratio, facts equal or not."""
    rows = []
    for n in sizes:
        times: dict[bool, list[float]] = {False: [], True: []}
        same = True
        for r in range(runs):
            results = {}
            for pooled in (False, True) if r % 2 == 0 else (True, False):
                results[pooled] = run_child(corpus, n, pooled, workers)
                times[pooled].append(results[pooled]["seconds"])
            same = same and results[False]["facts"] == results[True]["facts"]
        inproc, pooled_s = statistics.median(times[False]), statistics.median(times[True])
        rows.append(
            {
                "articles": n,
                "in_process_s": inproc,
                "pooled_s": pooled_s,
                "pooled_over_in_process": pooled_s / inproc,
                "facts_identical": same,
            }
        )
        print(
            f"{n:6d} articles: in-process {inproc:6.2f} s, pooled ({workers} workers) "
            f"{pooled_s:6.2f} s, ratio {pooled_s / inproc:4.2f}, facts identical: {same}",
            file=sys.stderr,
            flush=True,
        )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--sizes", default="25,50,100,200,400,800")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=max(1, (os.cpu_count() or 1) - 1))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not (args.corpus / "dev").is_dir():
        print(f"{args.corpus}/dev: no corpus here", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = measure(args.corpus, sizes, args.runs, args.workers)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print("| articles | in-process | pooled | pooled / in-process | facts identical |")
        print("|---:|---:|---:|---:|---|")
        for row in rows:
            print(
                f"| {row['articles']} | {row['in_process_s']:.2f} s | {row['pooled_s']:.2f} s | "
                f"{row['pooled_over_in_process']:.2f} | {row['facts_identical']} |"
            )
    return 0 if all(row["facts_identical"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
