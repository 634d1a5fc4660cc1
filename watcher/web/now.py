"""What the Now page shows: the current US↔China rates with their histories, the next
deadlines with the reminders still to come, the latest Trump–Xi contact.

Pure: the known state, the loaded rules and `now` in, values out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from watcher.alerting.rules import Rule
from watcher.facts.kinds.deadline.model import Deadline
from watcher.facts.kinds.deadline.trigger import DeadlineTrigger, deadline_filters
from watcher.facts.kinds.leader_contact.model import LeaderContact
from watcher.facts.kinds.tariff_rate.model import TariffRate
from watcher.facts.known import KnownFact, KnownState, track_of
from watcher.web.chart import Chart, rate_chart

PAIR = frozenset({"US", "China"})
LEADERS = frozenset({"Trump", "Xi"})
DEADLINES_SHOWN = 8


@dataclass(frozen=True, slots=True)
class RateRow:
    """One current rate of a pair and product, and the chart of its track."""

    known: KnownFact
    fact: TariffRate
    chart: Chart | None


@dataclass(frozen=True, slots=True)
class Reminder:
    on: date
    before: int  # days before the deadline
    rule: str


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    known: KnownFact
    fact: Deadline
    days_left: int
    reminders: tuple[Reminder, ...]

    @property
    def countdown(self) -> str:
        """`today`, `tomorrow`, `in 4 days`."""
        if self.days_left == 0:
            return "today"
        return "tomorrow" if self.days_left == 1 else f"in {self.days_left} days"


@dataclass(frozen=True, slots=True)
class NowView:
    rates: tuple[RateRow, ...]
    deadlines: tuple[DeadlineRow, ...]
    contact: KnownFact | None


def _day(known: KnownFact) -> date:
    """When a value began to hold, as the chart places it."""
    fact = known.fact
    if isinstance(fact, TariffRate) and fact.effective:
        return fact.effective
    if isinstance(fact, LeaderContact) and fact.date:
        return fact.date
    p = known.provenance
    return (p.published or p.learned_at).date()


def _rate_rows(state: KnownState, today: date) -> tuple[RateRow, ...]:
    rows = []
    for known in state.current():
        fact = known.fact
        if not isinstance(fact, TariffRate) or {fact.imposer, fact.target} != PAIR:
            continue
        history = state.history(track_of(fact))
        same = [
            (_day(k), k.fact)
            for k in history
            if isinstance(k.fact, TariffRate) and k.fact.status is fact.status
        ]
        points = [(day, f.rate_pct) for day, f in same]
        before = same[0][1].previous_pct if same else None
        rows.append(RateRow(known, fact, rate_chart(points, today, before)))
    order = {"US": 0, "China": 1}
    rows.sort(key=lambda r: (order[r.fact.imposer], r.fact.product, r.fact.status.value))
    return tuple(rows)


def reminders_to_come(fact: Deadline, rules: Sequence[Rule], today: date) -> tuple[Reminder, ...]:
    """The reminders the loaded deadline rules will still raise for `fact`: each enabled rule
    whose filters take it, at each `remind_before` offset not yet past."""
    if fact.date is None:
        return ()
    out = {
        Reminder(fact.date - offset, offset.days, rule.id)
        for rule in rules
        if rule.enabled and isinstance(rule.trigger, DeadlineTrigger)
        if "reminder" in rule.trigger.events and deadline_filters(rule.trigger, fact) is None
        for offset in rule.trigger.remind_before
        if fact.date - offset >= today
    }
    return tuple(sorted(out, key=lambda r: (r.on, r.rule)))


def _deadline_rows(
    state: KnownState, rules: Sequence[Rule], today: date
) -> tuple[DeadlineRow, ...]:
    rows = [
        DeadlineRow(known, fact, (fact.date - today).days, reminders_to_come(fact, rules, today))
        for known in state.current()
        if isinstance(fact := known.fact, Deadline) and fact.date and fact.date >= today
    ]
    rows.sort(key=lambda r: (r.days_left, r.fact.what))
    return tuple(rows[:DEADLINES_SHOWN])


def _latest_contact(state: KnownState) -> KnownFact | None:
    contacts = [
        k
        for k in state.current()
        if isinstance(k.fact, LeaderContact) and set(k.fact.participants) == LEADERS
    ]
    return max(contacts, key=_day, default=None)


def now_view(state: KnownState, rules: Sequence[Rule], now: datetime) -> NowView:
    today = now.date()
    return NowView(
        _rate_rows(state, today), _deadline_rows(state, rules, today), _latest_contact(state)
    )


__all__ = ["DeadlineRow", "NowView", "RateRow", "Reminder", "now_view", "reminders_to_come"]
