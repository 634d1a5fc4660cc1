"""One pure predicate per trigger type: does this comparison fire the rule, and if not, why?

Each predicate returns None when the fact passes every condition, or the reason it did not,
in words a rule author can act on ("status threatened is not one of happened, announced").
`watcher rules test` prints those reasons; evaluation only needs to know which is None.

A `confirmed` fact passes too: it cannot raise an alert, but it corroborates one already
raised for the same event (the second outlet becomes the alert's second source).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from watcher.alerting.rules.schema import (
    DeadlineTrigger,
    LeaderContactTrigger,
    TariffRateTrigger,
    Trigger,
)
from watcher.facts.known import Comparison, Outcome
from watcher.models import Deadline, LeaderContact, Status, TariffRate

Reason = str | None


def _one_of(field: str, value: str | None, allowed: Iterable[str]) -> Reason:
    allowed = tuple(allowed)
    if not allowed or (value or "").casefold() in {a.casefold() for a in allowed}:
        return None
    return f"{field} {value or '(none)'} is not one of {', '.join(allowed)}"


def _status(status: Status, allowed: tuple[Status, ...]) -> Reason:
    if status in allowed:
        return None
    return f"status {status} is not one of {', '.join(allowed)}"


def rate_change(comparison: Comparison) -> float | None:
    """Points the rate moved: against the known rate, else the previous rate the text gave."""
    fact = comparison.fact
    assert isinstance(fact, TariffRate)
    known = comparison.known.fact if comparison.known else None
    if isinstance(known, TariffRate) and comparison.outcome is not Outcome.NEW:
        return fact.rate_pct - known.rate_pct
    if fact.previous_pct is not None:
        return fact.rate_pct - fact.previous_pct
    return None


def _rate_outcome(trigger: TariffRateTrigger, comparison: Comparison) -> Reason:
    outcome = comparison.outcome
    if outcome is Outcome.CONFIRMED:
        return None  # corroborates: may add a source to an alert, never raises one
    if trigger.change == "new" and outcome is not Outcome.NEW:
        return f"change is {outcome}, the rule wants new"
    if trigger.change == "changed" and outcome is Outcome.NEW:
        return "change is new, the rule wants changed"
    return _rate_movement(trigger, rate_change(comparison))


def _rate_movement(trigger: TariffRateTrigger, delta: float | None) -> Reason:
    if trigger.change in ("increased", "decreased"):
        if delta is None:
            return f"no earlier rate to tell whether it {trigger.change}"
        if (delta > 0) != (trigger.change == "increased") or delta == 0:
            return f"the rate moved {delta:+g} points, the rule wants {trigger.change}"
    if delta is not None and abs(delta) < trigger.min_change_pts:
        return f"the rate moved {abs(delta):g} points, less than min_change_pts"
    return None


def tariff_rate(trigger: TariffRateTrigger, comparison: Comparison) -> Reason:
    fact = comparison.fact
    if not isinstance(fact, TariffRate):
        return f"fact is a {fact.kind}, not a tariff_rate"
    return (
        _status(fact.status, trigger.status)
        or _one_of("imposer", fact.imposer, trigger.imposer)
        or _one_of("target", fact.target, trigger.target)
        or _one_of("product", fact.product, trigger.product)
        or _rate_outcome(trigger, comparison)
    )


def _participants(trigger: LeaderContactTrigger, fact: LeaderContact) -> Reason:
    present = {p.casefold() for p in fact.participants}
    missing = [p for p in trigger.participants.all_of if p.casefold() not in present]
    if missing:
        return f"participants {' and '.join(fact.participants)} do not include {', '.join(missing)}"
    wanted = trigger.participants.any_of
    if wanted and not present & {p.casefold() for p in wanted}:
        return f"participants include none of {', '.join(wanted)}"
    return None


def leader_contact(trigger: LeaderContactTrigger, comparison: Comparison) -> Reason:
    fact = comparison.fact
    if not isinstance(fact, LeaderContact):
        return f"fact is a {fact.kind}, not a leader_contact"
    if trigger.mode not in ("any", fact.mode):
        return f"mode {fact.mode} is not {trigger.mode}"
    return _status(fact.status, trigger.status) or _participants(trigger, fact)


@lru_cache(maxsize=256)
def _what_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def deadline_filters(trigger: DeadlineTrigger, fact: Deadline) -> Reason:
    """The conditions on the deadline itself, shared by article and clock events."""
    if trigger.what and not _what_pattern(trigger.what).search(fact.what):
        return f"what {fact.what!r} does not match {trigger.what!r}"
    return (
        _status(fact.status, trigger.status)
        or _one_of("imposer", fact.imposer, trigger.imposer)
        or _one_of("target", fact.target, trigger.target)
    )


def _deadline_event(trigger: DeadlineTrigger, comparison: Comparison) -> Reason:
    outcome = comparison.outcome
    if outcome is Outcome.CONFIRMED:
        return None  # corroborates: may add a source to an alert, never raises one
    event = "set" if outcome is Outcome.NEW else "moved"
    if event not in trigger.events:
        return f"the deadline was {event}; the rule fires on {', '.join(trigger.events)}"
    known = comparison.known.fact if comparison.known else None
    fact = comparison.fact
    if event == "moved" and trigger.moved != "any" and isinstance(known, Deadline):
        assert isinstance(fact, Deadline)
        later = bool(fact.date and known.date and fact.date > known.date)
        if later != (trigger.moved == "later"):
            return f"the deadline moved {'later' if later else 'earlier'}, not {trigger.moved}"
    return None


def deadline(trigger: DeadlineTrigger, comparison: Comparison) -> Reason:
    fact = comparison.fact
    if not isinstance(fact, Deadline):
        return f"fact is a {fact.kind}, not a deadline"
    return deadline_filters(trigger, fact) or _deadline_event(trigger, comparison)


FACT_TRIGGERS: dict[str, Callable[[Trigger, Comparison], Reason]] = {
    "tariff_rate": tariff_rate,  # type: ignore[dict-item]
    "leader_contact": leader_contact,  # type: ignore[dict-item]
    "deadline": deadline,  # type: ignore[dict-item]
}
"""Trigger type → predicate over one compared fact (keyword rules look at whole articles)."""
