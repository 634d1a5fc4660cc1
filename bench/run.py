"""Every benchmark, one after the other: `python bench/run.py [--quick]`.

- bench/parse.py     feed parsing: ours against bare feedparser and bare fastfeedparser
- bench/pipeline.py  the whole pipeline against plain GET + feedparser, over loopback
- bench/rules.py     keyword rules: 10, 100 and 1,000 rules, indexed against naive
- bench/extract.py   extraction speed gated and ungated, on the corpora and the real feeds
- bench/pool.py      extraction in a process pool against in-process, by articles per run
- bench/accuracy.py  extraction precision and recall against the labelled dev corpus
- bench/gate.py      facts on dev and dev2, alerts on dev2 (bench/alerts.py), against floor.json
- bench/oneshot.py   `watcher check` cold, warm (304), one new item per feed and at 4x the feeds,
                     and `--help`, against the floor and urlwatch, with issue 13's targets
- bench/instances.py 1, 2 and 3 `watcher run` instances on one PostgreSQL, side by side:
                     sources polled per second with extraction, and the failover time
- bench/web.py       the web view's pages on a state of 10,000 alerts, over HTTP (target < 50 ms)

Each prints its own figures (medians of several runs, and ratios: the machines are shared
and noisy). The corpus is read from ../shared/corpus/dev at run time and never copied, the
feed snapshots from ../shared/feeds/real.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    runs = [
        ["parse.py", *(["--feeds", "60", "--repeat", "3"] if quick else [])],
        ["pipeline.py", *(["--feeds", "20", "--runs", "3"] if quick else [])],
        ["rules.py", *(["--runs", "3"] if quick else [])],
        ["extract.py", *(["--runs", "3"] if quick else [])],
        ["pool.py", *(["--sizes", "50,400", "--runs", "1"] if quick else [])],
        ["accuracy.py"],
        ["gate.py"],
        ["oneshot.py", *(["--quick"] if quick else [])],
        ["instances.py", *(["--quick"] if quick else [])],
        ["web.py", *(["--alerts", "2000", "--runs", "5"] if quick else [])],
    ]
    worst = 0
    for script, *args in runs:
        print(f"\n=== {script} {' '.join(args)}".rstrip(), flush=True)
        code = subprocess.call([sys.executable, str(HERE / script), *args])
        worst = max(worst, code)
    return worst


if __name__ == "__main__":
    sys.exit(main())
