"""Learned facts: the history the known state is built from, beside the baseline.

Every poll compares its facts with the known state, the baseline followed by everything
learned since. Rebuilding that from the whole table at each poll grows with the history and
runs inside the poll's write transaction, where the instances take turns (`store.db`): with
a thousand facts learned it took 60 ms a poll, and the instances waited for one another. So
the state is kept between polls (`known`) and advanced by the rows learned since: learned
facts are only ever appended, in the order of their ids (written in the writers' turn), and
never changed or removed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from watcher.facts.known import KnownFact, KnownState, Provenance, track_of
from watcher.facts.registry import fact_from_dict
from watcher.state.db import Database, iso, parse_time

_COLUMNS = "id, fact, source_id, article_id, url, title, published, learned_at"


def _known_fact(row: Sequence[Any]) -> KnownFact:
    _, fact, source, article, url, title, published, at = row
    return KnownFact(
        fact_from_dict(json.loads(fact)),
        Provenance(source, datetime.fromisoformat(at), url, article, title, parse_time(published)),
    )


class _Known:
    """The known state as of the last learned fact read (`upto`), for one baseline."""

    def __init__(self, baseline: tuple[KnownFact, ...]) -> None:
        self.baseline = baseline
        self.upto = 0
        self.state = KnownState.of(baseline)


class FactTables(Database):
    """The `learned_facts` table."""

    _known_cache: _Known | None = None
    _known_lock = threading.Lock()

    def known(self, baseline: tuple[KnownFact, ...]) -> KnownState:
        """The baseline followed by everything learned since (as `facts.baseline.known_state`
        builds it), read incrementally: only the facts learned since the last call."""
        with self.read() as conn, self._known_lock:  # in this order wherever it is taken
            cache = self._known_cache
            if cache is None or cache.baseline is not baseline:
                cache = _Known(baseline)
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM learned_facts WHERE id > ? ORDER BY id",  # noqa: S608
                (cache.upto,),
            ).fetchall()
            if rows:
                new = [_known_fact(r) for r in rows]
                if cache.upto == 0:
                    cache.state = KnownState.of([*baseline, *new])
                else:
                    for k in new:
                        cache.state = cache.state.learn(k.fact, k.provenance)
                cache.upto = int(rows[-1][0])
            self._known_cache = cache
            return cache.state

    def learn(self, facts: Iterable[KnownFact]) -> None:
        """Append facts to the known state's history, in order."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO learned_facts (track, fact, source_id, article_id, url, title,"
                " published, learned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        track_of(k.fact),
                        json.dumps(k.fact.to_dict(), ensure_ascii=False),
                        k.provenance.source,
                        k.provenance.article_id,
                        k.provenance.url,
                        k.provenance.title,
                        iso(k.provenance.published) if k.provenance.published else None,
                        iso(k.provenance.learned_at),
                    )
                    for k in facts
                ),
            )

    def learned_facts(self) -> list[KnownFact]:
        """Every fact learned since the baseline, oldest first."""
        with self.read() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM learned_facts ORDER BY id").fetchall()  # noqa: S608
        return [_known_fact(r) for r in rows]
