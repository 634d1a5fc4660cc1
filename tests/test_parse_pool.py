"""Parsing in worker processes (`ingest.parse_pool`, issue 13 §3) gives what parsing in the
polling thread gives, seen ids and errors included."""

from __future__ import annotations

import os
import pickle
import signal
import time
from pathlib import Path

import pytest

from watcher.errors import ParseError
from watcher.ingest import parse_pool
from watcher.ingest.parse import parse_feed
from watcher.ingest.parse_pool import Parser, SeenSet
from watcher.models import FetchResult

REAL = Path(__file__).resolve().parents[2] / "shared" / "feeds" / "real"


def _feed(items: int, offset: int = 0) -> bytes:
    body = "".join(
        f"<item><guid>g{i}</guid><title>Item {i} &amp; more</title>"
        f"<link>https://wire.example.org/{i}</link>"
        f"<description>&lt;p&gt;Duties rose to {i}% on &lt;b&gt;steel&lt;/b&gt;.&lt;/p&gt;"
        f"</description><pubDate>Mon, 0{1 + i % 9} Jun 2026 10:00:00 GMT</pubDate></item>"
        for i in range(offset, offset + items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title>'
        f"<link>https://wire.example.org/</link>{body}</channel></rss>"
    ).encode()


class _Known:
    def __init__(self, ids: frozenset[str]) -> None:
        self.ids = ids

    def __call__(self, article_id: str) -> bool:
        return article_id in self.ids

    def known(self) -> frozenset[str]:
        return self.ids


def _results() -> list[FetchResult]:
    results = [
        FetchResult(f"s{i}", f"https://wire.example.org/{i}", 200, _feed(5, i)) for i in range(6)
    ]
    if REAL.is_dir():
        results += [
            FetchResult(p.stem, f"https://{p.stem}.example.org/", 200, p.read_bytes())
            for p in sorted(REAL.iterdir())
            if p.is_file() and not p.name.endswith(".md")
        ]
    return results


def test_pooled_parsing_gives_the_articles_of_parsing_here() -> None:
    results = _results()
    seen = _Known(frozenset({"https://wire.example.org/2", "g3"}))
    with Parser(pool_from=1, workers=2) as parser:
        pooled = [parser(r, seen) for r in results]
        assert parser.pooled
    here = [parse_feed(r, seen=seen) for r in results]
    assert pooled == here


def test_bodies_before_the_threshold_are_parsed_here() -> None:
    with Parser(pool_from=3, workers=1) as parser:
        parser(FetchResult("a", "https://a.example.org/", 200, _feed(2)), None)
        parser(FetchResult("b", "https://b.example.org/", 200, _feed(2)), None)
        assert not parser.pooled
        parser(FetchResult("c", "https://c.example.org/", 200, _feed(2)), None)
        assert parser.pooled
    with Parser(pool_from=None) as off:
        for _ in range(5):
            off(FetchResult("a", "https://a.example.org/", 200, _feed(2)), None)
        assert not off.pooled


def test_a_seen_test_without_its_ids_stays_here() -> None:
    """A `seen` that cannot list its ids (a plain function) is never sent to a worker."""
    with Parser(pool_from=1, workers=1) as parser:
        parser(FetchResult("a", "https://a.example.org/", 200, _feed(2)), lambda _id: False)
        assert not parser.pooled


def test_a_parse_error_crosses_from_the_worker_as_it_is() -> None:
    error = ParseError("wire", "not a feed")
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again), again.source_id) == (ParseError, str(error), "wire")
    with Parser(pool_from=1, workers=1) as parser, pytest.raises(ParseError) as raised:
        parser(FetchResult("wire", "https://wire.example.org/", 200, b"<html>no feed</html>"), None)
    with pytest.raises(ParseError) as here:
        parse_feed(FetchResult("wire", "https://wire.example.org/", 200, b"<html>no feed</html>"))
    assert str(raised.value) == str(here.value)


def test_seen_set() -> None:
    assert SeenSet(frozenset({"a"}))("a") and not SeenSet(frozenset({"a"}))("b")


def _kill_a_worker(parser: Parser) -> None:
    pool = parser._pool
    assert pool is not None
    os.kill(next(iter(pool._processes)), signal.SIGKILL)  # type: ignore[attr-defined]
    time.sleep(0.3)  # the executor's manager thread notices and marks the pool broken


def test_a_dead_worker_does_not_break_the_rest_of_the_run() -> None:
    """A killed worker breaks its pool: that body is parsed here, a new pool takes the next
    ones; a second broken pool leaves the rest of the run parsing here."""
    result = FetchResult("a", "https://a.example.org/", 200, _feed(2))
    expected = parse_feed(result)
    with Parser(pool_from=1, workers=2) as parser:
        assert parser(result, None) == expected
        first = parser._pool
        _kill_a_worker(parser)
        assert parser(result, None) == expected  # met the broken pool: parsed here
        assert parser(result, None) == expected
        assert parser._pool is not None and parser._pool is not first  # started again
        _kill_a_worker(parser)
        for _ in range(3):
            assert parser(result, None) == expected
        assert not parser.pooled  # once a run: the rest parse here


def test_workers_are_the_cores_this_process_may_use() -> None:
    if hasattr(os, "sched_getaffinity"):
        assert len(os.sched_getaffinity(0)) == parse_pool._usable_cores()
    assert parse_pool.POOL_WORKERS >= 1
