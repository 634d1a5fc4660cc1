"""The web view's speed: each page's render time on a state holding 10,000 alerts.

`python bench/web.py [--alerts N] [--runs N]` builds a state file (alerts of several rules
and severities, each with a source, a delivery and its attempt, through the store's own API),
starts a real `watcher serve` on it on 127.0.0.1, and times each page over HTTP: the median
of `--runs` requests after two warm-ups. Issue 16's target is under 50 ms a page; the exit
code is 1 when a page misses it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from watcher.alerting.alerts import Alert, SourceRef  # noqa: E402
from watcher.alerting.decide import State  # noqa: E402
from watcher.state.alerts import AlertLog  # noqa: E402
from watcher.state.store import open_store  # noqa: E402

TARGET_MS = 50.0
NOW = datetime(2025, 11, 6, 12, tzinfo=UTC)
RULES = (
    ("us-china-tariff-change", "critical"),
    ("trump-xi-contact", "critical"),
    ("us-china-truce-deadline", "warning"),
    ("us-china-tariff-threat", "warning"),
    ("us-china-export-controls", "info"),
)
BATCH = 500  # deliveries attempted per round, as an outbox would


def _alert(i: int) -> Alert:
    rule, severity = RULES[i % len(RULES)]
    ref = SourceRef("bench", f"https://example.org/bench/{i}", f"Bench article {i}", NOW)
    return Alert(
        rule=rule,
        trigger="tariff_rate",
        severity=severity,
        key=f"{rule}|bench-{i}",
        event="changed",
        title=f"Bench alert {i}: a rate moved to {i % 90}%",
        message=f"The rate moved to {i % 90}%.\n\nA sentence the benchmark wrote, number {i}.",
        facts=(),
        comparison="changed",
        known={"rate_pct": i % 70},
        sources=(ref,),
        notify=("console",),
    )


def build(path: Path, count: int) -> None:
    """A state of `count` alerts, one minute apart, each with a delivered delivery."""
    with open_store(path) as store:
        log = AlertLog(store)
        for start in range(0, count, BATCH):
            for i in range(start, min(start + BATCH, count)):
                when = NOW - timedelta(minutes=count - i)
                alert = _alert(i)
                alert_id = log.create(alert, str(i), State.SENT, "first", when)
                log.add_source(alert_id, alert.sources[0], f"a{i}", f"h{i}", when)
                log.enqueue(alert_id, alert.key, 1, [("console", when)])
            due = log.claim_due(NOW)
            log.record_attempt(
                [d.id for d in due], NOW, 0.01, error=None, permanent=False,
                state="delivered", due_at=None,
            )  # fmt: skip


def _serve(state: Path) -> tuple[subprocess.Popen[str], str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "watcher", "serve", "--state", str(state),
            "--sources", str(ROOT / "examples" / "sources.yaml"), "--listen", "127.0.0.1:0",
            "--now", NOW.isoformat(),
        ],
        cwd=state.parent, env=env, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    url = proc.stdout.readline().rsplit(" ", 1)[-1].strip().rstrip("/")
    if not url.startswith("http"):
        proc.kill()
        raise SystemExit("watcher serve did not start")
    return proc, url


def _time(url: str, runs: int) -> float:
    """Median milliseconds of a GET, after two warm-ups."""
    for _ in range(2):
        urllib.request.urlopen(url).read()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        with urllib.request.urlopen(url) as response:
            response.read()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / "bench.db"
        started = time.perf_counter()
        build(state, args.alerts)
        print(f"state: {args.alerts} alerts built in {time.perf_counter() - started:.1f} s")
        proc, url = _serve(state)
        try:
            pages = {
                "Now (/)": "/",
                "Alerts, first page": "/alerts",
                "Alerts, filtered": "/alerts?rule=trump-xi-contact&severity=critical",
                "Alerts, page 150": "/alerts?page=150",
                "one alert (the oldest)": "/alerts/1",
                f"one alert (the newest, {args.alerts})": f"/alerts/{args.alerts}",
                "Sources": "/sources",
            }
            worst = 0
            for name, path in pages.items():
                ms = _time(url + path, args.runs)
                verdict = "ok" if ms < TARGET_MS else f"OVER the {TARGET_MS:g} ms target"
                worst = max(worst, int(ms >= TARGET_MS))
                print(f"{name:<32} {ms:7.1f} ms median of {args.runs}  {verdict}")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return worst


if __name__ == "__main__":
    sys.exit(main())
