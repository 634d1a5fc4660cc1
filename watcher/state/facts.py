"""Learned facts: the history the known state is built from, beside the baseline."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from watcher.facts.known import KnownFact, Provenance, track_of
from watcher.facts.registry import fact_from_dict
from watcher.state.db import Database, iso, parse_time


class FactTables(Database):
    """The `learned_facts` table."""

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
            rows = conn.execute(
                "SELECT fact, source_id, article_id, url, title, published, learned_at"
                " FROM learned_facts ORDER BY id"
            ).fetchall()
        return [
            KnownFact(
                fact_from_dict(json.loads(fact)),
                Provenance(
                    source, datetime.fromisoformat(at), url, article, title, parse_time(published)
                ),
            )
            for fact, source, article, url, title, published, at in rows
        ]
