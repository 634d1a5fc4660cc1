"""A deadline: a trade measure's calendar date, whom it concerns, and which measure it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Literal

from watcher.facts.kinds.base import EntryBase, FactBase

Day = date  # the entry has a field named `date`, which hides the type inside the class

# Measure classes of deadlines, first match wins: (class, words that name it).
MEASURE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("truce", ("truce", "pause", "ceasefire", "détente", "detente", "reprieve")),
    ("port_fees", ("port fee", "port fees", "port charge", "docking fee")),
    ("export_controls", ("export control", "export ban", "licens", "rare earth", "rare-earth")),
    ("exclusions", ("exclusion", "exemption", "exception", "waiver")),
    ("suspension", ("suspen",)),
    ("tariff", ("tariff", "duty", "duties", "levy", "levies")),
    # last: a commitment to buy goods by a date ("purchase commitment: end"), when no
    # measure above is named
    ("purchases", ("purchase", "to buy")),
)


# Measures that bind both parties at once: their deadlines do not depend on who is named first.
BILATERAL = frozenset({"truce"})


def measure_of(what: str) -> str:
    """The measure class a deadline's description names ("" when none is recognised)."""
    text = what.casefold()
    return next((m for m, words in MEASURE_WORDS if any(w in text for w in words)), "")


@dataclass(frozen=True, slots=True)
class Deadline(FactBase):
    """A trade deadline with a calendar date, and whom it concerns where the text says."""

    what: str
    date: date | None = None
    imposer: str | None = None
    target: str | None = None
    measure: str | None = None

    kind: ClassVar[str] = "deadline"

    @property
    def key(self) -> tuple[str, ...]:
        """One deadline per measure and parties: a later date for the same measure is the
        deadline moving.

        A truce binds both sides, so its parties are a pair in either order (the baseline
        states the Geneva truce once per side: one deadline). Any other measure is one side's
        (China's port fees on US ships are not the US's on Chinese ships), so its parties
        keep their order. `what` is left out on purpose: outlets describe the same deadline
        in many ways ("the truce", "the 90-day pause", "the tariff deadline"). `measure` is
        its normalised class ("truce", "tariff", "port_fees", ...; `measure_of` reads one
        from `what` when the extractor or the baseline gives none).
        """
        measure = self.measure or measure_of(self.what)
        parties = [p for p in (self.imposer, self.target) if p]
        joined = "+".join(sorted(parties)) if measure in BILATERAL else "→".join(parties)
        return (self.kind, joined, measure)


class DeadlineEntry(EntryBase):
    kind: Literal["deadline"]
    what: str
    date: Day
    imposer: str | None = None
    target: str | None = None
    measure: str | None = None


def summary(fact: Deadline) -> str:
    """E.g. `end of the tariff truce · 2025-08-12 · US → China`."""
    pair = " → ".join(p for p in (fact.imposer, fact.target) if p)
    return " · ".join(p for p in (fact.what, str(fact.date) if fact.date else "", pair) if p)
