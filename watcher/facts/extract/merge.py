"""Merging an article's tariff facts: repeats, restated earlier levels, weak title facts, dates.

A rate stated twice is one fact (the first statement wins, completed by details a later one
adds); a rate that another fact names as its earlier level is background; a rate with no scope
after a scoped statement of the same rate restates it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.models import Status

GENERAL = "all goods"


def drop_weak(facts: list[TariffRate], weak: set[int]) -> list[TariffRate]:
    """Weak facts (a title's, a fact box's) the body states too. A weak fact on every origin
    ("U.S. to raise lumber duties to 45%") is the body's one-country step when the body has
    the same imposer and rate: a headline leaves the origin out."""
    strong = {(f.imposer, f.target, f.rate_pct) for i, f in enumerate(facts) if i not in weak}
    levied = {(imposer, rate) for imposer, _, rate in strong}
    return [
        f
        for i, f in enumerate(facts)
        if i not in weak
        or not (
            (f.imposer, f.target, f.rate_pct) in strong
            or (f.target == "all" and (f.imposer, f.rate_pct) in levied)
        )
    ]


def merge_repeats(facts: list[TariffRate], published: date | None) -> list[TariffRate]:
    """Drop repeats, rates restated as the level before a change, and scope-less restatements.

    A general fact after a scoped one with the same parties and rate ("25% tariffs on US
    vehicles ... the 25% Canadian tariffs") restates it; one before it is the broader measure.
    A level left in force does not restate a duty removed at the same rate ("will scrap the 10%
    fentanyl tariff ... Once it is gone, the duty on Chinese imports will fall to 10%").
    """
    seen: dict[tuple[str, str, str, float], int] = {}
    previous = {(f.imposer, f.target, f.previous_pct) for f in facts if f.previous_pct is not None}
    scoped: set[tuple[str, str, float, bool]] = set()
    out: list[TariffRate] = []
    for f in facts:
        key = (f.imposer, f.target, f.product, f.rate_pct)
        triple = (f.imposer, f.target, f.rate_pct)
        removed = f.status is Status.SUSPENDED
        if triple in previous or (f.product == GENERAL and (*triple, removed) in scoped):
            continue
        if f.product != GENERAL:
            scoped.add((*triple, removed))
        if key in seen:
            out[seen[key]] = fill(out[seen[key]], f, published)
            continue
        seen[key] = len(out)
        out.append(f)
    return out


def fill(first: TariffRate, repeat: TariffRate, published: date | None) -> TariffRate:
    """The first statement wins, completed by details a later repeat adds (earlier level, date)."""
    filled = replace(
        first,
        previous_pct=first.previous_pct if first.previous_pct is not None else repeat.previous_pct,
    )
    return dated(filled, first.effective or repeat.effective, published)


def dated(fact: TariffRate, effective: date | None, published: date | None) -> TariffRate:
    """Give a fact its start date; a date after publication means not yet in force."""
    if effective is None or fact.effective == effective:
        return fact
    status = fact.status
    if published is not None and status in (Status.HAPPENED, Status.ANNOUNCED):
        status = Status.HAPPENED if effective <= published else Status.ANNOUNCED
    return replace(fact, effective=effective, status=status)
