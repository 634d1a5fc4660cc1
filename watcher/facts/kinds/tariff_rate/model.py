"""A tariff rate: who levies what rate on whose goods, since when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Literal

from pydantic import Field

from watcher.facts.kinds.base import EntryBase, FactBase


@dataclass(frozen=True, slots=True)
class TariffRate(FactBase):
    """A rate `imposer` levies on goods from `target` (`all` for every origin)."""

    imposer: str
    target: str
    product: str
    rate_pct: float
    previous_pct: float | None = None
    effective: date | None = None

    kind: ClassVar[str] = "tariff_rate"

    @property
    def key(self) -> tuple[str, ...]:
        return (self.kind, self.imposer, self.target, self.product)


class TariffRateEntry(EntryBase):
    kind: Literal["tariff_rate"]
    imposer: str
    target: str
    product: str
    rate_pct: float = Field(ge=0)
    previous_pct: float | None = Field(None, ge=0)
    effective: date | None = None


def summary(fact: TariffRate) -> str:
    """E.g. `US → China · all goods · 30% (was 145%) · from 2025-05-14`."""
    line = f"{fact.imposer} → {fact.target} · {fact.product} · {fact.rate_pct:g}%"
    if fact.previous_pct is not None:
        line += f" (was {fact.previous_pct:g}%)"
    return line + (f" · from {fact.effective}" if fact.effective else "")
