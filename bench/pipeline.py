"""The whole pipeline against the bare floor, over the same feeds served on loopback.

Usage: `python bench/pipeline.py [--corpus DIR] [--feeds N] [--runs N]`.

Serves N feeds (built by `bench/parse.py` from the corpus texts, read at run time) from an
HTTP server on 127.0.0.1 and times, side by side in one run:

  floor      httpx GET of every feed + feedparser.parse, with the same thread count
  first      `run_once` on a fresh state file: fetch, parse, extract facts, compare,
             rules, alerts (to a file notifier), all written to SQLite
  unchanged  `run_once` again: conditional GET answered 304, nothing parsed

Prints the median of --runs (fresh state each run) and the ratios first/floor and
unchanged/floor. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

if not __package__:  # run as `python bench/pipeline.py`: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import feedparser
import httpx

from bench.parse import DEFAULT_CORPUS, build_feeds, generated_texts, load_texts
from watcher.alerting.rules import RuleSet, load_rules
from watcher.delivery.notifiers import build_notifier
from watcher.delivery.notifiers.config import FileConfig
from watcher.facts.baseline import load_baseline
from watcher.ingest.fetch import Fetcher
from watcher.ingest.sources import FeedSource
from watcher.logs import configure_logging
from watcher.pipeline import Deps, run_once
from watcher.settings import Settings, data_dir
from watcher.state.store import open_store

NOW = datetime(2025, 11, 6, 12, 0, tzinfo=UTC)


def serve(bodies: dict[str, bytes]) -> ThreadingHTTPServer:
    """Answer GET /feed/N with body N, ETag-aware, on an ephemeral loopback port."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = bodies.get(self.path)
            if body is None:
                self.send_response(404)
                self.end_headers()
                return
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def floor(urls: list[str], workers: int) -> float:
    started = time.perf_counter()
    with httpx.Client() as client, ThreadPoolExecutor(workers) as pool:

        def one(url: str) -> int:
            return len(feedparser.parse(io.BytesIO(client.get(url).content)).entries)

        sum(pool.map(one, urls))
    return time.perf_counter() - started


def ours(sources: list[FeedSource], folder: Path) -> tuple[float, float, int]:
    notifier = FileConfig(kind="file", path=folder / "alerts.jsonl")
    settings = Settings(state_path=folder / "state.db", notifiers={"console": notifier})
    baseline = tuple(load_baseline(data_dir("seeds") / "baseline.yaml"))
    rules = RuleSet(load_rules([data_dir("rules")]))
    with open_store(settings.state) as store, Fetcher(settings.fetch) as fetcher:
        deps = Deps(
            settings, store, fetcher, baseline, rules, {"console": build_notifier(notifier)}
        )
        started = time.perf_counter()
        report = run_once(sources, deps, NOW)
        first = time.perf_counter() - started
        started = time.perf_counter()
        run_once(sources, deps, NOW)
        again = time.perf_counter() - started
    return first, again, len(report.new_articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    configure_logging("warning")

    docs = load_texts(args.corpus)
    if docs is None:
        print(f"corpus folder {args.corpus} not found: using generated text")
        docs = generated_texts(random.Random(1))
    feeds = build_feeds(docs, args.feeds, seed=1)
    server = serve({f"/feed/{i}": f.body for i, f in enumerate(feeds)})
    port = server.server_address[1]
    urls = [f"http://127.0.0.1:{port}/feed/{i}" for i in range(len(feeds))]
    sources = [FeedSource(id=f"f{i}", kind="feed", url=u) for i, u in enumerate(urls)]
    workers = Settings().fetch.concurrency
    floors, firsts, repeats, articles = [], [], [], 0
    for _ in range(args.runs):
        floors.append(floor(urls, workers))
        with tempfile.TemporaryDirectory() as tmp:
            first, again, articles = ours(sources, Path(tmp))
        firsts.append(first)
        repeats.append(again)
    server.shutdown()
    f, o, u = (statistics.median(x) for x in (floors, firsts, repeats))
    print(f"{len(feeds)} feeds on loopback, {articles} articles; median of {args.runs} runs")
    print(f"  floor (GET + feedparser)        {f:8.2f} s")
    print(f"  watcher first poll (everything) {o:8.2f} s   {o / f:5.2f}x floor")
    print(f"  watcher second poll (304s)      {u:8.2f} s   {u / f:5.2f}x floor")


if __name__ == "__main__":
    main()
