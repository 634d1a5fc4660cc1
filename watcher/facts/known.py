"""The known state: the baseline plus every fact learned since, and comparing with it.

The known state is the baseline (facts reviewed from `seeds/`) plus every fact learned since,
each kept with its history and provenance, by track (`watcher.facts.registry.track_of`).
Comparing a fact with it is its kind's business (`watcher.facts.comparison` says what the
outcomes mean; each kind in `watcher.facts.kinds` says how its facts compare).

Everything here is pure: values in, values out. The store persists what `learn` adds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from watcher.facts.comparison import Comparison, KnownFact, Outcome, Provenance
from watcher.facts.kinds.base import FactBase
from watcher.facts.registry import kind_of, track_of
from watcher.models import Article

__all__ = [
    "Assessed",
    "Comparison",
    "KnownFact",
    "KnownState",
    "Outcome",
    "Provenance",
    "assess",
    "comparison_order",
    "provenance_of",
    "track_of",
]


@dataclass(frozen=True)
class KnownState:
    """Histories by track, oldest first. Build with `KnownState.of(known_facts)`."""

    tracks: Mapping[str, tuple[KnownFact, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, facts: Iterable[KnownFact]) -> KnownState:
        tracks: dict[str, list[KnownFact]] = {}
        for known in facts:
            tracks.setdefault(track_of(known.fact), []).append(known)
        return cls({k: tuple(v) for k, v in tracks.items()})

    def history(self, track: str) -> tuple[KnownFact, ...]:
        return self.tracks.get(track, ())

    def current(self) -> list[KnownFact]:
        """What is known now: per track, what its kind says is current (the latest rate or
        deadline; every distinct leader contact)."""
        return [
            known
            for history in self.tracks.values()
            if history
            for known in kind_of(history[-1].fact).current(history)
        ]

    def learn(self, fact: FactBase, provenance: Provenance) -> KnownState:
        """A new state with `fact` appended to its track (the old state is unchanged)."""
        track = track_of(fact)
        tracks = dict(self.tracks)
        tracks[track] = (*self.history(track), KnownFact(fact, provenance))
        return KnownState(tracks)

    def compare(self, fact: FactBase, published: date | None = None) -> Comparison:
        return kind_of(fact).compare(self, fact, published)


@dataclass(frozen=True, slots=True)
class Assessed:
    """One article with each of its facts compared with the known state."""

    article: Article
    comparisons: tuple[Comparison, ...]


def assess(
    items: Iterable[tuple[Article, Sequence[FactBase]]], state: KnownState, now: datetime
) -> tuple[list[Assessed], KnownState, list[KnownFact]]:
    """Compare articles' facts in publication order, learning as it goes.

    Learning as it goes means the second of two articles reporting the same new rate finds
    it `confirmed`. Returns the assessments (in the order given), the new state, and the
    facts learned (everything not merely confirmed), for the store to keep.
    """
    ordered = sorted(enumerate(items), key=lambda p: (p[1][0].published or now, p[0]))
    results: dict[int, Assessed] = {}
    learned: list[KnownFact] = []
    for index, (article, facts) in ordered:
        # an undated article is compared as of the run, as it was read (`facts_of`)
        published = (article.published or now).date()
        comparisons: dict[int, Comparison] = {}
        for at in comparison_order(facts):
            fact = facts[at]
            comparison = state.compare(fact, published)
            comparisons[at] = comparison
            if comparison.outcome is not Outcome.CONFIRMED:
                known = KnownFact(fact, provenance_of(article, now))
                state = state.learn(known.fact, known.provenance)
                learned.append(known)
        results[index] = Assessed(article, tuple(comparisons[i] for i in range(len(facts))))
    return [results[i] for i in sorted(results)], state, learned


def comparison_order(facts: Sequence[FactBase]) -> list[int]:
    """The positions of an article's facts in the order they are compared: as extracted, but
    each kind with a `compare_order` rearranges its own facts within the places they hold
    (facts of different kinds never decide each other's outcome). What the article tells
    first then does not decide whether another of its facts is news: "They met in October.
    They spoke on Monday" compares as "They spoke on Monday. They met in October" does."""
    order = list(range(len(facts)))
    places: dict[str, list[int]] = {}
    for i, fact in enumerate(facts):
        places.setdefault(fact.kind, []).append(i)
    for held in places.values():
        arrange = kind_of(facts[held[0]]).compare_order
        if arrange is None or not held[1:]:
            continue
        for place, j in zip(held, arrange([facts[i] for i in held]), strict=True):
            order[place] = held[j]
    return order


def provenance_of(article: Article, now: datetime) -> Provenance:
    return Provenance(
        article.source_id, now, article.url, article.id, article.title, article.published
    )
