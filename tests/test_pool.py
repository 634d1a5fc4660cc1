"""Extraction in worker processes (issue 13 §3): the same facts as in this process, and a
pool only once a run has admitted enough articles to pay for one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from watcher.facts.pool import Doc, Reader

TEXTS = Path(__file__).parent / "data" / "pool"


def _docs() -> list[Doc]:
    """Each text of tests/data/pool (first line the title), dated 2026-01-15."""
    docs = []
    for path in sorted(TEXTS.glob("*.txt")):
        title, text = path.read_text(encoding="utf-8").split("\n", 1)
        docs.append(Doc(text, title, date(2026, 1, 15)))
    return docs


def _read(docs: list[Doc], **options: int | None) -> tuple[list[list[dict[str, object]]], bool]:
    with Reader(**options) as reader:  # type: ignore[arg-type]
        for doc in docs:
            reader.add(doc)
        return [[f.to_dict() for f in facts] for facts in reader.facts()], reader.pooled


def test_pooled_and_in_process_reading_give_the_same_facts() -> None:
    """Every text read by two worker processes gives exactly the facts it gives here, in
    the order the texts were added, and the texts do state facts of every kind."""
    docs = _docs() * 3
    here, pooled_here = _read(docs, pool_from=None)
    there, pooled_there = _read(docs, pool_from=1, workers=2)
    assert (pooled_here, pooled_there) == (False, True)
    assert there == here
    kinds = {fact["kind"] for facts in here for fact in facts}
    assert kinds == {"tariff_rate", "leader_contact", "deadline", "export_control"}


def test_the_pool_starts_at_the_admitted_article_that_reaches_the_threshold() -> None:
    """Articles the relevance gate turns away never count towards the pool (nor go to it)."""
    docs = _docs()
    quiet = next(d for d in docs if "festival" in d.title)
    admitted = [d for d in docs if d is not quiet]
    assert _read([quiet] * 5, pool_from=1, workers=1) == ([[]] * 5, False)
    assert _read(admitted[:2], pool_from=3, workers=1)[1] is False
    facts, pooled = _read(admitted[:3], pool_from=3, workers=1)
    assert pooled
    assert facts == _read(admitted[:3], pool_from=None)[0]


def test_no_workers_means_no_pool() -> None:
    assert _read(_docs(), pool_from=1, workers=0)[1] is False


def test_a_text_added_again_is_read_once_and_each_copy_gets_its_own_list() -> None:
    """The same story in several feeds is read once per run; the copies share its facts."""
    docs = _docs()
    tariff = next(d for d in docs if "steel" in d.title)
    with Reader(pool_from=None) as reader:
        first, second = (
            reader.add(tariff),
            reader.add(Doc(tariff.text, tariff.title, tariff.published)),
        )
        other = reader.add(Doc(tariff.text, tariff.title, date(2026, 1, 16)))  # another day
        facts = reader.facts()
        assert reader.distinct == 2
    assert facts[first] == facts[second] != []
    assert facts[first] is not facts[second]
    assert [f.kind for f in facts[other]] == ["tariff_rate"]
