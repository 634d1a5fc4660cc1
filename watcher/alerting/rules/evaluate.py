"""Evaluating rules: compared facts and articles in, matches (and reasons) out. Pure.

`RuleSet` prepares the rules once: grouped by trigger type, with every keyword term of every
rule in one index, so an article is scanned once however many keyword rules there are, and
only rules whose terms occur are looked at further. Deadline reminders and passed deadlines
do not come from articles; `clock_matches` finds them from the known state and `now`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from watcher.alerting.rules.keywords import KeywordIndex
from watcher.alerting.rules.schema import KeywordTrigger, Rule
from watcher.alerting.rules.triggers import FACT_TRIGGERS, Reason
from watcher.facts.kinds.base import ClockEvent
from watcher.facts.known import Assessed, Comparison, KnownFact, KnownState, Outcome
from watcher.facts.registry import KINDS, Fact, kind_of
from watcher.ingest.documents import content_id
from watcher.ingest.text import normalize_whitespace
from watcher.models import Article

DEFAULT_GROUP_BY: dict[str, tuple[str, ...]] = {name: k.group_by for name, k in KINDS.items()}


@dataclass(frozen=True, slots=True)
class Match:
    """A rule fired: on a compared fact, on an article's terms, or on the clock."""

    rule: Rule
    event: str  # new, changed, reverted, keyword, reminder or passed
    key: str  # the rule plus the values that identify one event: one event, one alert
    article: Article | None = None
    comparison: Comparison | None = None
    terms: tuple[str, ...] = ()
    deadline: KnownFact | None = None
    days_left: int | None = None
    value: str = ""  # what the event says now: a later match with another value is an update
    corroborating: bool = False  # a confirmation: adds a source, never raises an alert


@dataclass(frozen=True, slots=True)
class Verdict:
    """For `watcher rules test`: whether a rule fired on an article, and why (not)."""

    rule: Rule
    fired: bool
    reason: str
    match: Match | None = None

    @property
    def corroborates(self) -> bool:
        return self.match is not None and self.match.corroborating


def event_value(fact: Fact) -> str:
    """The part of a fact that, when it changes, makes the same event an update."""
    return kind_of(fact).event_value(fact)


def group_key(rule: Rule, fact: Fact | None, *extra: str) -> str:
    fields = rule.alert.group_by or DEFAULT_GROUP_BY.get(rule.trigger.type, ())
    values = fact.to_dict() if fact is not None else {}
    parts = [_key_part(values.get(f)) for f in fields]
    return "|".join([rule.id, *parts, *extra])


def _key_part(value: object) -> str:
    if isinstance(value, list | tuple):
        return "+".join(str(v) for v in value)
    return "" if value is None else str(value)


def _where(rule: Rule, article: Article, tags: frozenset[str]) -> Reason:
    """The conditions every trigger shares: which sources and tags a rule listens to."""
    if rule.sources and article.source_id not in rule.sources:
        return f"source {article.source_id} is not one of {', '.join(rule.sources)}"
    if rule.tags and not tags & set(rule.tags):
        return f"the source has none of the tags {', '.join(rule.tags)}"
    return None


def _keyword(trigger: KeywordTrigger, present: frozenset[str]) -> Reason:
    if trigger.any and not present & set(trigger.any):
        return f"none of {', '.join(trigger.any)} occurs"
    missing = [t for t in trigger.all if t not in present]
    if missing:
        return f"{', '.join(missing)} does not occur"
    unwanted = [t for t in trigger.none if t in present]
    if unwanted:
        return f"{', '.join(unwanted)} occurs, which the rule excludes"
    return None


class RuleSet:
    """Enabled rules ready to evaluate."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(r for r in rules if r.enabled)
        self._fact_rules = [r for r in self.rules if r.trigger.type in FACT_TRIGGERS]
        self._keyword_rules = [r for r in self.rules if isinstance(r.trigger, KeywordTrigger)]
        keyword_triggers = [r.trigger for r in self.rules if isinstance(r.trigger, KeywordTrigger)]
        self._index = KeywordIndex.build([t for k in keyword_triggers for t in _terms(k)])
        self._by_term: dict[str, list[Rule]] = {}
        for rule, trigger in zip(self._keyword_rules, keyword_triggers, strict=True):
            for term in (*trigger.any, *trigger.all):
                self._by_term.setdefault(term, []).append(rule)

    def matches(self, item: Assessed, tags: frozenset[str] = frozenset()) -> list[Match]:
        """Every rule that fires on one assessed article, and every one it corroborates."""
        return [v.match for v in self._verdicts(item, tags, explain=False) if v.match]

    def explain(self, item: Assessed, tags: frozenset[str] = frozenset()) -> list[Verdict]:
        """Every rule's verdict on one article, with the condition that stopped it."""
        return list(self._verdicts(item, tags, explain=True))

    def _verdicts(
        self, item: Assessed, tags: frozenset[str], *, explain: bool
    ) -> Iterator[Verdict]:
        if item.comparisons or explain:  # no fact: no fact rule fires (most articles)
            for rule in self._fact_rules:
                yield from _fact_verdicts(rule, item, tags, explain=explain)
        text = f"{item.article.title}\n{item.article.text}"
        present = self._index.present(text)
        candidates = {id(r): r for t in present for r in self._by_term.get(t, ())}
        for rule in self._keyword_rules:
            if id(rule) in candidates:
                yield _keyword_verdict(rule, item.article, present, tags)
            elif explain:
                yield Verdict(rule, False, "none of its terms occurs")

    def clock_matches(self, known: KnownState, now: datetime) -> list[Match]:
        """What the clock raises without an article (deadline reminders, passed deadlines),
        as of `now`: each fact kind with a clock says when."""
        today = now.date()
        current = known.current()
        return [
            m
            for rule in self.rules
            if (clock := _clock_of(rule)) is not None
            for k in current
            if k.fact.kind == rule.trigger.type
            for m in _clock_matches(rule, clock(rule.trigger, k.fact, today), k)
        ]


def _terms(trigger: KeywordTrigger) -> tuple[str, ...]:
    return (*trigger.any, *trigger.all, *trigger.none)


def _fact_verdicts(
    rule: Rule, item: Assessed, tags: frozenset[str], *, explain: bool
) -> Iterator[Verdict]:
    predicate = FACT_TRIGGERS[rule.trigger.type]
    relevant = [c for c in item.comparisons if c.fact.kind == rule.trigger.type]
    if not relevant:
        if explain:
            yield Verdict(rule, False, f"the article states no {rule.trigger.type} fact")
        return
    where = _where(rule, item.article, tags)
    for comparison in relevant:
        reason = where or predicate(rule.trigger, comparison)
        if reason is None:
            yield _fact_verdict(rule, item.article, comparison)
        elif explain:
            yield Verdict(rule, False, reason)


def _fact_verdict(rule: Rule, article: Article, comparison: Comparison) -> Verdict:
    fact = comparison.fact
    confirmed = comparison.outcome is Outcome.CONFIRMED
    match = Match(
        rule,
        comparison.outcome.value,
        group_key(rule, fact),
        article,
        comparison,
        value=event_value(fact),
        corroborating=confirmed,
    )
    if confirmed:
        why = f"confirmed {fact.kind}: adds a source to an alert raised for it, never raises one"
        return Verdict(rule, False, why, match)
    return Verdict(rule, True, f"{comparison.outcome} {fact.kind}", match)


def _keyword_verdict(
    rule: Rule, article: Article, present: frozenset[str], tags: frozenset[str]
) -> Verdict:
    assert isinstance(rule.trigger, KeywordTrigger)
    reason = _where(rule, article, tags) or _keyword(rule.trigger, present)
    if reason is not None:
        return Verdict(rule, False, reason)
    terms = tuple(t for t in _terms(rule.trigger) if t in present)
    key = f"{rule.id}|{content_id(article.title, normalize_whitespace(article.text))}"
    match = Match(rule, "keyword", key, article, terms=terms)
    return Verdict(rule, True, f"terms present: {', '.join(terms)}", match)


def _clock_of(rule: Rule) -> Callable[[Any, Any, date], Sequence[ClockEvent]] | None:
    kind = KINDS.get(rule.trigger.type)
    return kind.clock if kind is not None else None


def _clock_matches(rule: Rule, events: Sequence[ClockEvent], known: KnownFact) -> list[Match]:
    return [
        Match(
            rule,
            e.event,
            group_key(rule, known.fact, *e.key),
            deadline=known,
            days_left=e.days_left,
        )
        for e in events
    ]
