"""How a fact compares with what is known: the values every fact kind's comparison uses.

A comparison gives one of:

- `new`: nothing is known for the fact's key (a pair and product never seen, a contact on a
  date never reported, a deadline never set);
- `changed`: something is known and this differs (30% → 100%; a deadline moved; a contact
  that was only planned now happened);
- `confirmed`: this agrees with what is known (an article restating the current rate);
- `reverted`: this differs from the current value but equals an earlier one (A → B → A).

Each fact kind decides how its facts compare (`watcher.facts.kinds`); the known state
(`watcher.facts.known`) keeps the histories they compare against. Pure: values in, values out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from watcher.facts.kinds.base import FactBase


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

    fact: FactBase
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

    fact: FactBase
    outcome: Outcome
    known: KnownFact | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.fact.to_dict(),
            "comparison": self.outcome.value,
            "known": self.known.to_dict() if self.known else None,
        }


class Histories(Protocol):
    """What a kind's comparison reads: the history of a track, oldest first."""

    def history(self, track: str) -> tuple[KnownFact, ...]: ...


def change_reason(wanted: str, outcome: Outcome) -> str | None:
    """Whether an outcome is the change a rule asks for (`new`, `changed` or anything else for
    any). A confirmation always passes: it corroborates an alert, it never raises one."""
    if outcome is Outcome.CONFIRMED:
        return None
    if wanted == "new" and outcome is not Outcome.NEW:
        return f"change is {outcome}, the rule wants new"
    if wanted == "changed" and outcome is Outcome.NEW:
        return "change is new, the rule wants changed"
    return None


def compare_values(
    fact: FactBase, history: tuple[KnownFact, ...], same: Callable[[KnownFact], bool]
) -> Comparison:
    """New, confirmed (same as the latest), reverted (same as an earlier one) or changed."""
    if not history:
        return Comparison(fact, Outcome.NEW)
    if same(history[-1]):
        return Comparison(fact, Outcome.CONFIRMED, history[-1])
    for earlier in reversed(history[:-1]):
        if same(earlier):
            return Comparison(fact, Outcome.REVERTED, history[-1])
    return Comparison(fact, Outcome.CHANGED, history[-1])
