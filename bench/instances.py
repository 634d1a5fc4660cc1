"""Several `watcher run` instances on one PostgreSQL: throughput and failover.

Usage: `python bench/instances.py [--feeds N] [--runs N] [--window S] [--quick]`.

A throwaway PostgreSQL 15 server (the tests' fixture, `tests/postgres.py`) and one loopback
feed server. Each of N feeds keeps changing: every request gets a window of items that has
moved on by `NEW_PER_POLL` since the last one, and the items are texts of the corpus
(../shared/corpus/dev, read at run time and never copied), so every poll fetches, parses,
extracts facts, compares them with what was learned, evaluates the rules and writes all of
it to PostgreSQL. Every source is due each second: more than one instance can do, so the
figure is the capacity of 1, 2 and 3 instances, measured side by side in one run (in turn,
each run on a fresh schema), as sources polled per second over `--window` seconds after a
warm-up; the medians of `--runs` runs are printed.

Failover: in every run of 2 and 3 instances one instance is then SIGKILLed, and the time
until every feed has been requested again is measured (the killed instance's sources come
back after its leases expire: `lease_s` plus at most an interval). The machine is shared
and noisy; read the figures side by side, not alone.
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

if not __package__:  # run as `python bench/instances.py`: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.parse import DEFAULT_CORPUS, load_texts
from tests.postgres import BIN, PostgresServer

WINDOW_ITEMS = 6  # items a feed lists at once
NEW_PER_POLL = 2  # of which are new at each request
LEASE_S = 5.0
WARMUP_S = 8.0


class ChangingFeeds:
    """Feeds that move on at every request; records when each feed was asked for."""

    def __init__(self, docs: Sequence[dict[str, str]], feeds: int) -> None:
        self.docs, self.feeds = docs, feeds
        self.lock = threading.Lock()
        self.served: dict[int, int] = defaultdict(int)
        self.times: dict[int, list[float]] = defaultdict(list)

    def body(self, n: int) -> bytes:
        with self.lock:
            k = self.served[n]
            self.served[n] += 1
            self.times[n].append(time.monotonic())
        first = k * NEW_PER_POLL
        items = "".join(self._item(n, i) for i in range(first + WINDOW_ITEMS - 1, first - 1, -1))
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Bench feed {n}</title><link>https://bench{n}.example.com/</link>"
            f"<description>d</description>{items}</channel></rss>"
        ).encode()

    def _item(self, n: int, i: int) -> str:
        doc = self.docs[(n * 7 + i) % len(self.docs)]
        return (
            f"<item><title>{html.escape(doc['title'])} ({i})</title>"
            f"<link>https://bench{n}.example.com/a/{i}</link>"
            f'<guid isPermaLink="false">bench{n}-{i}</guid>'
            f"<description>{html.escape(doc['text'])}</description></item>"
        )

    def requests_between(self, start: float, end: float) -> int:
        with self.lock:
            return sum(start <= t < end for times in self.times.values() for t in times)

    def back_after(self, t0: float) -> float | None:
        """Seconds from `t0` until every feed had been requested again (None if one was not)."""
        with self.lock:
            firsts = [next((t for t in times if t > t0), None) for times in self.times.values()]
        if len(firsts) < self.feeds or any(t is None for t in firsts):
            return None
        return max(t for t in firsts if t is not None) - t0


def serve(feeds: ChangingFeeds) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            n = int(self.path.rsplit("/", 1)[-1])
            body = feeds.body(n)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def start_instance(folder: Path, url: str, name: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    env.update(
        {
            "WATCHER_STATE_URL": url,
            "WATCHER_SOURCES_FILE": str(folder / "sources.yaml"),
            "WATCHER_LEASE_S": str(LEASE_S),
            "WATCHER_HTTP_LISTEN": "off",
            "WATCHER_LOG_LEVEL": "error",
            "WATCHER_LOG_FORMAT": "json",
            "WATCHER_FETCH__PER_HOST_CONCURRENCY": "8",  # every feed is on 127.0.0.1 here
            "WATCHER_NOTIFIERS__ARCHIVE__KIND": "file",
            "WATCHER_NOTIFIERS__ARCHIVE__PATH": str(folder / f"alerts-{name}.jsonl"),
        }
    )
    with (folder / f"{name}.log").open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "watcher", "run"], cwd=folder, env=env, stdout=log, stderr=log
        )


def one_run(
    server: PostgresServer, docs: Sequence[dict[str, str]], count: int, n_feeds: int, window: float
) -> tuple[float, float | None]:
    """Sources polled per second by `count` instances, and the failover time (count > 1)."""
    feeds = ChangingFeeds(docs, n_feeds)
    http = serve(feeds)
    folder = Path(tempfile.mkdtemp(prefix="watcher-bench-instances-"))
    base = f"http://127.0.0.1:{http.server_address[1]}"
    (folder / "sources.yaml").write_text(
        "sources:\n"
        + "".join(
            f"  - {{id: feed{i}, kind: feed, url: '{base}/feed/{i}', interval: 1s}}\n"
            for i in range(n_feeds)
        )
    )
    url = server.new_schema()
    procs = [start_instance(folder, url, f"i{k}") for k in range(count)]
    try:
        time.sleep(WARMUP_S)
        start = time.monotonic()
        time.sleep(window)
        rate = feeds.requests_between(start, start + window) / window
        failover = None
        if count > 1:
            procs[0].send_signal(signal.SIGKILL)
            procs[0].wait()
            killed = time.monotonic()
            time.sleep(LEASE_S + 6)
            failover = feeds.back_after(killed)
        return rate, failover
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        http.shutdown()
        http.server_close()
        shutil.rmtree(folder, ignore_errors=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--feeds", type=int, default=120)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--window", type=float, default=20.0)
    parser.add_argument("--quick", action="store_true", help="2 runs of a 10 s window")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.window = 2, 10.0
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    docs = load_texts(args.corpus)
    if not docs:
        print(f"no corpus at {args.corpus}: the bench needs its texts (facts to extract)")
        return 2
    if not (BIN / "initdb").is_file():
        print(f"PostgreSQL 15 is not installed ({BIN}/initdb is missing): skipped")
        return 0
    root = Path(tempfile.mkdtemp(prefix="watcher-bench-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    server = PostgresServer(root)
    server.init()
    server.start()
    rates: dict[int, list[float]] = defaultdict(list)
    failovers: dict[int, list[float]] = defaultdict(list)
    try:
        for run in range(args.runs):
            for count in (1, 2, 3):  # side by side: each run measures all three in turn
                rate, failover = one_run(server, docs, count, args.feeds, args.window)
                rates[count].append(rate)
                if failover is not None:
                    failovers[count].append(failover)
                shown = f", failover {failover:.1f} s" if failover is not None else ""
                print(
                    f"run {run + 1}: {count} instance(s): {rate:.1f} sources/s{shown}", flush=True
                )
    finally:
        server.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)
    print_report(args, rates, failovers)
    return 0


def print_report(
    args: argparse.Namespace, rates: dict[int, list[float]], failovers: dict[int, list[float]]
) -> None:
    print(
        f"\n{args.feeds} changing feeds (each due every 1 s, {NEW_PER_POLL} new articles a poll, "
        f"corpus texts), PostgreSQL on a unix socket, lease_s {LEASE_S:g}; medians of "
        f"{args.runs} runs of {args.window:g} s\n"
    )
    print("| instances | sources polled / s | vs 1 | failover (SIGKILL → all polled again) |")
    print("|---|---|---|---|")
    one = statistics.median(rates[1])
    for count in (1, 2, 3):
        rate = statistics.median(rates[count])
        fail = failovers.get(count)
        shown = f"{statistics.median(fail):.1f} s" if fail else "—"
        print(f"| {count} | {rate:.1f} | {rate / one:.2f}x | {shown} |")


if __name__ == "__main__":
    sys.exit(main())
