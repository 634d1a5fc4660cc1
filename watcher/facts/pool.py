"""Reading a run's new articles for facts: in this process, or in worker processes when many.

Extraction is pure and CPU-bound (texts in, facts out), so threads cannot spread it over the
cores (the GIL); worker processes can, while this process goes on fetching and parsing. A
worker costs a fresh interpreter and the extractor's imports (about 0.3 s of CPU before its
first article), and every article and its facts are pickled across, so a pool only pays when
a run has a lot to read. `Reader` reads in this process until the run has admitted
`pool_from` articles (those the relevance gate lets through: an article no kind can match
costs a scan and never goes to a worker), and only then starts the pool for the rest.

Measured on the 2-core machine this project is benchmarked on (bench/pool.py and a cold
`watcher check` of 196 real feeds, bench/HISTORY.md "Extraction in a process pool"), the pool
does not pay: dense trade articles read by 2 workers took 0.81-0.99x the in-process time
from 200 articles on (3.96x at 50, 1.44x at 100), within the noise of a shared machine; with
the 1 worker a 2-core machine leaves beside the fetching process, a cold run of 196 feeds
(about 300 admitted articles) took 7.4 s pooled against 6.5 s in process. So `POOL_FROM` is
None: off by default, a constant rather than a setting until a machine with more cores shows
a gain worth offering. The start method is `forkserver` where the platform has it, else
`spawn`: never `fork`, since the run's fetch threads may hold locks at the moment of forking.

Whatever reads it, a text is read once per run: the same story in several feeds (a wire
story syndicated, a feed listed under two names) gives the same `Doc`, and extraction is
pure, so the later copies take the first one's facts. Facts name no source or article, so
sharing them is safe; each copy gets its own list.
"""

from __future__ import annotations

import os
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Self

from watcher.facts.kinds.base import FactBase
from watcher.facts.registry import admitted_kinds, extract_facts, gate_for

if TYPE_CHECKING:  # imported when a pool starts: multiprocessing costs ~30 ms at start-up
    import multiprocessing.context
    from concurrent.futures import ProcessPoolExecutor

POOL_FROM: int | None = None
"""Admitted articles in one run from which the rest are read by worker processes; None:
never (it did not pay on 2 cores, see the module docstring)."""

POOL_WORKERS = max(1, (os.cpu_count() or 1) - 1)
"""Worker processes: every core but the one this process fetches and parses on."""


@dataclass(frozen=True, slots=True)
class Doc:
    """One article as the extractor reads it (picklable: it crosses to a worker)."""

    text: str
    title: str = ""
    published: date | None = None
    gazetteer: Path | None = None
    undated: bool = False  # `published` is the reading day of an article without a date


def extract_doc(doc: Doc) -> list[FactBase]:
    """The facts of one article; what a worker runs (a module-level function, so it pickles)."""
    return extract_facts(
        doc.text,
        title=doc.title,
        published=doc.published,
        gazetteer_path=doc.gazetteer,
        undated=doc.undated,
    )


def _warm(gazetteer: Path | None) -> None:
    """A worker's start: import the extractor and build the gate before its first article."""
    gate_for(gazetteer)


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing  # noqa: PLC0415 - only a run that starts a pool needs it

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class Reader:
    """The facts of a run's new articles, in the order they were added.

    `add` reads an article at once (in this process) or hands it to the pool; `facts` waits
    for the pool's answers. `pool_from=None` never starts a pool (and `workers=0` neither).
    """

    def __init__(self, *, pool_from: int | None = POOL_FROM, workers: int = POOL_WORKERS) -> None:
        self._pool_from = pool_from if workers > 0 else None
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._slots: list[list[FactBase] | Future[list[FactBase]]] = []
        self._first: dict[Doc, int] = {}  # each distinct text's first slot
        self._admitted = 0

    @property
    def pooled(self) -> bool:
        """Whether this run started worker processes."""
        return self._pool is not None

    @property
    def distinct(self) -> int:
        """How many distinct texts were read (each once, however often it was added)."""
        return len(self._first)

    def add(self, doc: Doc) -> int:
        """Read `doc` (now, or in a worker; once per run for the same text); its index in
        `facts()`."""
        first = self._first.get(doc)
        if first is None:
            self._first[doc] = len(self._slots)
            self._slots.append(self._read(doc))
        else:
            earlier = self._slots[first]
            self._slots.append(earlier if isinstance(earlier, Future) else list(earlier))
        return len(self._slots) - 1

    def _read(self, doc: Doc) -> list[FactBase] | Future[list[FactBase]]:
        if self._pool_from is None:
            return extract_doc(doc)  # no pool this run: no need to count what the gate admits
        if not admitted_kinds(doc.text, doc.gazetteer, title=doc.title):
            return []  # no kind can match it: not worth a worker's time (nor pickling)
        self._admitted += 1
        if self._pool is None and self._pool_from is not None:
            self._start_pool_at(self._pool_from, doc.gazetteer)
        if self._pool is None:
            return extract_doc(doc)
        return self._pool.submit(extract_doc, doc)

    def _start_pool_at(self, pool_from: int, gazetteer: Path | None) -> None:
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - see _context

        if self._admitted >= pool_from:
            self._pool = ProcessPoolExecutor(
                self._workers, _context(), initializer=_warm, initargs=(gazetteer,)
            )

    def read_now(self, indexes: list[int]) -> list[list[FactBase]] | None:
        """The facts of these articles if all were read in this process, else None."""
        found = [self._slots[i] for i in indexes]
        return None if any(isinstance(s, Future) for s in found) else found  # type: ignore[return-value]

    def facts(self) -> list[list[FactBase]]:
        """Every added article's facts, by index (waits for the workers)."""
        return [list(s.result()) if isinstance(s, Future) else s for s in self._slots]

    def close(self) -> None:
        """Stop the workers (what they have not started is dropped)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
