"""An export control: who restricts what, for whom, which step it is, and its dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Literal

from watcher.facts.kinds.base import EntryBase, FactBase

Measure = Literal["new", "tightened", "suspended", "lifted"]


@dataclass(frozen=True, slots=True)
class ExportControl(FactBase):
    """`imposer` restricts exports of `item` (a class: rare_earths, chips, software,
    technology, unspecified) to `target` (`all` for every destination); `measure` says which
    step this is; `effective` and `ends` are its dates where the text gives them."""

    imposer: str
    item: str
    measure: str
    target: str = "all"
    effective: date | None = None
    ends: date | None = None

    kind: ClassVar[str] = "export_control"

    @property
    def key(self) -> tuple[str, ...]:
        return (self.kind, self.imposer, self.target, self.item)


class ExportControlEntry(EntryBase):
    kind: Literal["export_control"]
    imposer: str
    item: str
    measure: Measure
    target: str = "all"
    effective: date | None = None
    ends: date | None = None


def summary(fact: ExportControl) -> str:
    """E.g. `China → all · rare_earths · suspended · until 2026-11-10`."""
    parts = [f"{fact.imposer} → {fact.target}", fact.item, fact.measure]
    if fact.effective:
        parts.append(f"from {fact.effective}")
    if fact.ends:
        parts.append(f"until {fact.ends}")
    return " · ".join(parts)
