"""A leader contact: which two leaders spoke or met, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Literal

from watcher.facts.kinds.base import EntryBase, FactBase

Day = date  # the entry has a field named `date`, which hides the type inside the class


@dataclass(frozen=True, slots=True)
class LeaderContact(FactBase):
    """A call or meeting between two leaders (surnames, sorted)."""

    participants: tuple[str, str]
    mode: str
    date: date | None = None

    kind: ClassVar[str] = "leader_contact"

    @property
    def key(self) -> tuple[str, ...]:
        return (self.kind, *self.participants, self.mode)


class LeaderContactEntry(EntryBase):
    kind: Literal["leader_contact"]
    participants: tuple[str, str]
    mode: Literal["call", "meeting"]
    date: Day | None = None

    def fact_data(self) -> dict[str, Any]:
        data = super().fact_data()
        data["participants"] = sorted(data["participants"])
        return data


def summary(fact: LeaderContact) -> str:
    """E.g. `Trump – Xi · call · 2025-06-05`."""
    when = str(fact.date) if fact.date else "date not stated"
    return f"{' – '.join(fact.participants)} · {fact.mode} · {when}"
