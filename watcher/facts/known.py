"""The known state, and how a newly extracted fact compares with it.

The known state is the baseline (facts reviewed from `seeds/`) plus every fact learned since,
each kept with its history and provenance. Comparing a fact with it gives one of:

- `new`: nothing is known for the fact's key (a pair and product never seen, a contact on a
  date never reported, a deadline never set);
- `changed`: something is known and this differs (30% → 100%; a deadline moved; a contact
  that was only planned now happened);
- `confirmed`: this agrees with what is known (an article restating the current rate);
- `reverted`: this differs from the current value but equals an earlier one (A → B → A).

Tariff rates are tracked on two tracks per key, because a threat is not a rate in force:
`in_force` (happened, announced) and `prospective` (threatened, planned, speculated,
suspended, denied). A prospective fact already on record is `confirmed` (the fifth article
about the same threat says nothing new); otherwise a threatened, planned or speculated rate is
compared with the rate in force, so a threat of 100% against 30% in force is `changed`, while
a suspended or denied rate is `new` (it says what is not in force). An in-force fact is
compared only with the in-force track, so a threat that is carried out is still news.

Everything here is pure: values in, values out. The store persists what `learn` adds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from watcher.models import Article, Deadline, Fact, LeaderContact, Status, TariffRate

IN_FORCE = frozenset({Status.HAPPENED, Status.ANNOUNCED})
# A suspended or denied rate says what is *not* in force, so it is never a change of the rate
# in force: it is new until the same suspension or denial has been seen.
NOT_A_RATE_CHANGE = frozenset({Status.SUSPENDED, Status.DENIED})
RATE_TOLERANCE = 0.01
# End dates derived from a duration differ by a day or two between outlets (90 days from the
# agreement or from the day it took effect); a real move is weeks or months.
DEADLINE_TOLERANCE_DAYS = 3
# A contact reported without a date ("a recent call") is the known one if that happened
# within this many days before the article.
UNDATED_CONTACT_WINDOW = timedelta(days=10)
# An undated expectation ("the leaders are expected to speak soon") repeats an earlier one only
# if that was reported within this many days; months later it is a new expectation.
UNDATED_PLAN_WINDOW = timedelta(days=14)


class Outcome(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    CONFIRMED = "confirmed"
    REVERTED = "reverted"


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where and when a known value was learned."""

    source: str  # a seed file name, or a source id
    learned_at: datetime
    url: str | None = None
    article_id: str | None = None
    title: str | None = None
    published: datetime | None = None


@dataclass(frozen=True, slots=True)
class KnownFact:
    """One fact in the known state, with where it came from."""

    fact: Fact
    provenance: Provenance

    def to_dict(self) -> dict[str, Any]:
        p = self.provenance
        return {
            **self.fact.to_dict(),
            "learned_from": p.source,
            "learned_at": p.learned_at.isoformat(),
            "published": p.published.isoformat() if p.published else None,
            "url": p.url,
            "title": p.title,
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """How one fact compares with the known state, and the known fact it was compared with."""

    fact: Fact
    outcome: Outcome
    known: KnownFact | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.fact.to_dict(),
            "comparison": self.outcome.value,
            "known": self.known.to_dict() if self.known else None,
        }


def track_of(fact: Fact) -> str:
    """The history a fact belongs to: its key plus, for rates, in-force or prospective."""
    key = "/".join(fact.key)
    if isinstance(fact, TariffRate):
        return f"{key}#{'in_force' if fact.status in IN_FORCE else 'prospective'}"
    return key


def _same_rate(a: float, b: float) -> bool:
    return abs(a - b) < RATE_TOLERANCE


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
        """What is known now: the latest value of every rate and deadline track, and every
        distinct leader contact (one per date, latest report first wins)."""
        out: list[KnownFact] = []
        for history in self.tracks.values():
            if history and isinstance(history[-1].fact, LeaderContact):
                out.extend(_distinct_contacts(history))
            elif history:
                out.append(history[-1])
        return out

    def learn(self, fact: Fact, provenance: Provenance) -> KnownState:
        """A new state with `fact` appended to its track (the old state is unchanged)."""
        track = track_of(fact)
        tracks = dict(self.tracks)
        tracks[track] = (*self.history(track), KnownFact(fact, provenance))
        return KnownState(tracks)

    def compare(self, fact: Fact, published: date | None = None) -> Comparison:
        if isinstance(fact, TariffRate):
            return self._compare_rate(fact)
        if isinstance(fact, LeaderContact):
            return self._compare_contact(fact, published)
        return self._compare_deadline(fact, published)

    # -- tariff rates -------------------------------------------------------------------

    def _compare_rate(self, fact: TariffRate) -> Comparison:
        key = "/".join(fact.key)
        history = self.history(f"{key}#in_force")
        if fact.status not in IN_FORCE:
            latest = _latest_prospective(self.history(f"{key}#prospective"), history)
            if latest is not None and _same_rate_as(latest, fact):
                return Comparison(fact, Outcome.CONFIRMED, latest)
            if fact.status in NOT_A_RATE_CHANGE:
                return Comparison(fact, Outcome.NEW, latest)
        return _compare_values(fact, history, lambda k: _same_rate_as(k, fact))

    # -- deadlines ----------------------------------------------------------------------

    def _compare_deadline(self, fact: Deadline, published: date | None) -> Comparison:
        history = self.history(track_of(fact))
        last = _date_of(history[-1]) if history else None
        if (
            last is not None
            and published is not None
            and fact.date is not None
            and (last < published - timedelta(days=DEADLINE_TOLERANCE_DAYS) < fact.date)
        ):
            # The known deadline had passed when this article appeared: a new deadline for
            # the pair, not the old one moving.
            return Comparison(fact, Outcome.NEW, history[-1])
        return _compare_values(fact, history, lambda k: _near_date(_date_of(k), fact.date))

    # -- leader contacts ----------------------------------------------------------------

    def _compare_contact(self, fact: LeaderContact, published: date | None) -> Comparison:
        history = self.history(track_of(fact))
        match = _matching_contact(fact, history, published)
        if match is None:
            return Comparison(fact, Outcome.NEW, history[-1] if history else None)
        happened_before = match.fact.status is Status.HAPPENED
        if fact.status is Status.HAPPENED and not happened_before:
            return Comparison(fact, Outcome.CHANGED, match)  # planned → happened
        if fact.status is Status.DENIED and happened_before:
            return Comparison(fact, Outcome.CHANGED, match)
        return Comparison(fact, Outcome.CONFIRMED, match)


def _latest_prospective(
    prospective: tuple[KnownFact, ...], in_force: tuple[KnownFact, ...]
) -> KnownFact | None:
    """The threat (or plan, or suspension) now on record: the latest one, if it came after the
    latest change of the rate in force. A threat renewed after other news is news again."""
    if not prospective:
        return None
    latest = prospective[-1]
    if in_force and latest.provenance.learned_at < in_force[-1].provenance.learned_at:
        return None
    return latest


def _same_rate_as(known: KnownFact, fact: TariffRate) -> bool:
    return isinstance(known.fact, TariffRate) and _same_rate(known.fact.rate_pct, fact.rate_pct)


def _near_date(a: date | None, b: date | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs((a - b).days) <= DEADLINE_TOLERANCE_DAYS


def _date_of(known: KnownFact) -> date | None:
    return known.fact.date if isinstance(known.fact, LeaderContact | Deadline) else None


def _distinct_contacts(history: tuple[KnownFact, ...]) -> list[KnownFact]:
    """The latest report of each dated contact, and undated expectations not yet overtaken
    by a contact that happened after they were reported."""
    by_date: dict[date | None, KnownFact] = {}
    for known in history:
        by_date[_date_of(known)] = known
    happened = [
        k.provenance.published
        for k in history
        if k.fact.status is Status.HAPPENED
        and _date_of(k) is not None
        and k.provenance.published is not None
    ]
    pending = by_date.pop(None, None)
    if (
        pending is not None
        and pending.provenance.published is not None
        and not any(h >= pending.provenance.published for h in happened if h is not None)
    ):
        by_date[None] = pending
    return sorted(by_date.values(), key=lambda k: _date_of(k) or date.max)


def _compare_values(
    fact: Fact, history: tuple[KnownFact, ...], same: Callable[[KnownFact], bool]
) -> Comparison:
    if not history:
        return Comparison(fact, Outcome.NEW)
    if same(history[-1]):
        return Comparison(fact, Outcome.CONFIRMED, history[-1])
    for earlier in reversed(history[:-1]):
        if same(earlier):
            return Comparison(fact, Outcome.REVERTED, history[-1])
    return Comparison(fact, Outcome.CHANGED, history[-1])


def _matching_contact(
    fact: LeaderContact, history: tuple[KnownFact, ...], published: date | None
) -> KnownFact | None:
    """The known contact this one reports: same day (±1 for time zones), or a recent one."""
    for known in reversed(history):
        if _same_contact(fact, known, published):
            return known
    return None


def _same_contact(fact: LeaderContact, known: KnownFact, published: date | None) -> bool:
    known_date = _date_of(known)
    if fact.date is not None:
        return known_date is not None and abs((fact.date - known_date).days) <= 1
    if known_date is None:  # the same undated plan or expectation, if it is recent
        if fact.status in (Status.HAPPENED, Status.DENIED):
            return False
        stated = known.provenance.published
        return (
            published is None
            or stated is None
            or (abs(published - stated.date()) <= UNDATED_PLAN_WINDOW)
        )
    if published is None:
        return False
    return timedelta(0) <= published - known_date <= UNDATED_CONTACT_WINDOW


@dataclass(frozen=True, slots=True)
class Assessed:
    """One article with each of its facts compared with the known state."""

    article: Article
    comparisons: tuple[Comparison, ...]


def assess(
    items: Iterable[tuple[Article, Sequence[Fact]]], state: KnownState, now: datetime
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
        published = article.published.date() if article.published else None
        comparisons = []
        for fact in facts:
            comparison = state.compare(fact, published)
            comparisons.append(comparison)
            if comparison.outcome is not Outcome.CONFIRMED:
                known = KnownFact(fact, provenance_of(article, now))
                state = state.learn(known.fact, known.provenance)
                learned.append(known)
        results[index] = Assessed(article, tuple(comparisons))
    return [results[i] for i in sorted(results)], state, learned


def provenance_of(article: Article, now: datetime) -> Provenance:
    return Provenance(
        article.source_id, now, article.url, article.id, article.title, article.published
    )
