"""The known state kept by the store between polls (`FactTables.known`), on SQLite and on
PostgreSQL: always what the baseline plus the whole learned history gives, including what
another instance learned in between."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from watcher.facts.baseline import known_state
from watcher.facts.known import KnownFact, Provenance
from watcher.facts.registry import TariffRate
from watcher.models import Status
from watcher.state.store import open_store

T0 = datetime(2025, 6, 1, tzinfo=UTC)


def rate(pct: float, product: str = "all goods") -> KnownFact:
    fact = TariffRate(Status.HAPPENED, "evidence", "US", "China", product, pct)
    return KnownFact(fact, Provenance("wire", T0, article_id=f"{product}-{pct}"))


def test_the_kept_state_follows_what_every_instance_learns(state_at: Path | str) -> None:
    """Read, then learned here and by another store on the same state, then read again:
    the kept state equals the one built from scratch, and a new baseline starts over."""
    baseline = (rate(10),)
    with open_store(state_at) as here, open_store(state_at) as there:
        assert here.known(baseline) == known_state(baseline, [])
        here.learn([rate(30)])
        there.learn([rate(50, "steel"), rate(60)])
        assert here.known(baseline) == known_state(baseline, here.learned_facts())
        assert sum(map(len, here.known(baseline).tracks.values())) == 4
        here.learn([rate(70)])
        assert here.known(baseline) == known_state(baseline, there.learned_facts())
        other = (rate(20),)
        assert here.known(other) == known_state(other, here.learned_facts())
        assert there.known(other) == here.known(other)
