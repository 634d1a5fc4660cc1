"""How a tariff rate compares with the known rates: two tracks per key.

A threat is not a rate in force, so each key (imposer, target, product) has two histories:
`in_force` (happened, announced) and `prospective` (threatened, planned, speculated,
suspended, denied). A prospective fact already on record is `confirmed` (the fifth article
about the same threat says nothing new); otherwise a threatened, planned or speculated rate is
compared with the rate in force, so a threat of 100% against 30% in force is `changed`, while
a suspended or denied rate is `new` (it says what is not in force). An in-force fact is
compared only with the in-force track, so a threat that is carried out is still news.
"""

from __future__ import annotations

from datetime import date

from watcher.facts.comparison import Comparison, Histories, KnownFact, Outcome, compare_values
from watcher.facts.kinds.tariff_rate.model import TariffRate
from watcher.models import Status

IN_FORCE = frozenset({Status.HAPPENED, Status.ANNOUNCED})
# A suspended or denied rate says what is *not* in force, so it is never a change of the rate
# in force: it is new until the same suspension or denial has been seen.
NOT_A_RATE_CHANGE = frozenset({Status.SUSPENDED, Status.DENIED})
RATE_TOLERANCE = 0.01


def track(fact: TariffRate) -> str:
    return f"{'/'.join(fact.key)}#{'in_force' if fact.status in IN_FORCE else 'prospective'}"


def event_value(fact: TariffRate) -> str:
    """A new rate, or the same rate moving between threat and force, updates an alert."""
    return f"{fact.rate_pct:g}%|{'in_force' if fact.status in IN_FORCE else 'prospective'}"


def compare(histories: Histories, fact: TariffRate, published: date | None) -> Comparison:
    key = "/".join(fact.key)
    history = histories.history(f"{key}#in_force")
    if fact.status not in IN_FORCE:
        latest = _latest_prospective(histories.history(f"{key}#prospective"), history)
        if latest is not None and _same_rate_as(latest, fact):
            return Comparison(fact, Outcome.CONFIRMED, latest)
        if fact.status is Status.SUSPENDED and _replaced_level(history, fact):
            return Comparison(fact, Outcome.CONFIRMED, history[-1])
        if fact.status in NOT_A_RATE_CHANGE:
            return Comparison(fact, Outcome.NEW, latest)
    return compare_values(fact, history, lambda k: _same_rate_as(k, fact))


def _replaced_level(in_force: tuple[KnownFact, ...], fact: TariffRate) -> bool:
    """Whether a suspended rate is the level the rate in force already replaced: with 30% in
    force "since the cut from 145%", "the 145% stays on hold" restates what is known."""
    if not in_force or not isinstance(current := in_force[-1].fact, TariffRate):
        return False
    before = current.previous_pct
    return before is not None and abs(before - fact.rate_pct) < RATE_TOLERANCE


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
    return (
        isinstance(known.fact, TariffRate)
        and abs(known.fact.rate_pct - fact.rate_pct) < RATE_TOLERANCE
    )
