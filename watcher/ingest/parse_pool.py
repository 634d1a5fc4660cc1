"""Parsing a run's changed bodies in worker processes (issue 13 §3, "use the cores").

Parsing and normalising a feed body is pure Python for the most part (the fast path's scan,
fastfeedparser, HTML to text, feedparser's fallback) and runs in the poll threads, which
share one core through the GIL: about 60% of a cold check's CPU. `Parser` parses the first
bodies of a run in the calling thread, as before, and from the `POOL_FROM`-th changed body
on hands each to a `ProcessPoolExecutor` that it starts then, so the pool's start-up is paid
only by runs with many changed bodies, and its work overlaps with the fetching of the other
sources (the poll thread waits for its body's answer; the others keep fetching).

A worker is given the fetched body and the source's seen ids as a set (`seen.known()`, read
from the store in the poll thread); it returns the same `ParsedFeed` the calling thread would
have made (a test parses feeds both ways, the real snapshots too when they are beside the
checkout). The start method is `forkserver`, else `spawn`: never `fork` under the run's fetch
threads.

`POOL_FROM` was measured on the shared 2-core machine (bench/HISTORY.md, "Issue 13, fifth
round"): parsing alone, 196 bodies, took 1.47-1.94 s in threads and 0.73-0.97 s with two
workers. A whole cold `watcher check` of 196 feeds, pooled from the 24th body, was 25% faster
in wall time while the machine's other load was about 2 (2.98 -> 2.20 s, 3.65 -> 2.74 s) and
19-22% slower at a load of 4-8; at 49 feeds it gained nothing, and a check with one new item in
each of 196 feeds (pooled from the 64th) was 12% slower at a load of 4.5. The polling process
still fetches, extracts and records, and the other load takes the second core; so the pool is
off until a machine with more cores shows a steady gain.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import structlog

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import ProcessPoolExecutor

    from watcher.ingest.normalise import SeenId
    from watcher.ingest.parse import ParsedFeed
    from watcher.models import FetchResult

log = structlog.get_logger(__name__)

POOL_FROM: int | None = None
"""The changed body of a run from which bodies are parsed by worker processes; None: never.
Off: on the shared 2-core machine the gain came and went with the other load (above)."""


def _usable_cores() -> int:
    """The cores this process may run on (its affinity mask, which a cgroup's cpuset narrows),
    else the machine's count where the mask is not available."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        try:
            return max(1, len(affinity(0)))
        except OSError:
            pass
    return max(1, os.cpu_count() or 1)


POOL_WORKERS = _usable_cores()
"""Worker processes: one per usable core (the polling process mostly waits while they
parse)."""


class KnownIds(Protocol):
    """A `SeenId` that can also give every id it knows, to be sent to a worker."""

    def __call__(self, article_id: str) -> bool: ...

    def known(self) -> frozenset[str]: ...


@dataclass(frozen=True, slots=True)
class SeenSet:
    """A `SeenId` over a set of ids: what a worker process is given."""

    ids: frozenset[str]

    def __call__(self, article_id: str) -> bool:
        return article_id in self.ids


def _parse_in_worker(result: FetchResult, ids: frozenset[str] | None) -> ParsedFeed:
    from watcher.ingest.parse import parse_feed  # noqa: PLC0415 - in the worker

    return parse_feed(result, seen=SeenSet(ids) if ids is not None else None)


def _parse_here(result: FetchResult, seen: SeenId | None) -> ParsedFeed:
    from watcher.ingest.parse import parse_feed  # noqa: PLC0415 - not needed on a 304

    return parse_feed(result, seen=seen)


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing  # noqa: PLC0415 - only a run that starts a pool needs it

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class Parser:
    """Parses a run's changed bodies: in the calling thread, or from the `pool_from`-th on in
    worker processes. Thread-safe; `close` (or the `with` block's end) stops the workers."""

    def __init__(self, pool_from: int | None = POOL_FROM, workers: int = POOL_WORKERS) -> None:
        self._pool_from = pool_from if workers > 0 else None
        self._workers = workers
        self._lock = threading.Lock()
        self._bodies = 0
        self._pool: ProcessPoolExecutor | None = None
        self._recreated = False

    @property
    def pooled(self) -> bool:
        """Whether this run started worker processes."""
        return self._pool is not None

    def __call__(self, result: FetchResult, seen: SeenId | None) -> ParsedFeed:
        known = getattr(seen, "known", None)
        pool = self._pool_for_next() if seen is None or known is not None else None
        if pool is None:
            return _parse_here(result, seen)
        ids = known() if known is not None else None
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

        try:
            return pool.submit(_parse_in_worker, result, ids).result()
        except BrokenProcessPool:
            self._replace_broken(pool)
            return _parse_here(result, seen)

    def _pool_for_next(self) -> ProcessPoolExecutor | None:
        with self._lock:
            self._bodies += 1
            if self._pool_from is None or self._bodies < self._pool_from:
                return None
            if self._pool is None:
                from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

                self._pool = ProcessPoolExecutor(self._workers, mp_context=_context())
            return self._pool

    def _replace_broken(self, pool: ProcessPoolExecutor) -> None:
        """A worker died (killed, out of memory) and `pool` refuses all work: start a new pool
        for the next bodies, once a run; a second broken pool leaves the rest of the run
        parsing in the calling thread. The body that met the broken pool is parsed there."""
        with self._lock:
            if self._pool is not pool:  # another thread has dealt with it already
                return
            self._pool = None
            if self._recreated:
                self._pool_from = None
            self._recreated = True
        log.warning("parse_pool_broken", recreated=self._pool_from is not None)
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Parser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
