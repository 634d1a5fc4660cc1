"""Values passed between the stages: plain, frozen, and free of I/O.

Boundary types that parse untrusted input (settings, sources, rules) are pydantic models in
their own modules; everything that flows from one stage to the next is defined here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class Validators:
    """What a source's last successful fetch left behind, sent back on the next one."""

    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of one fetch. A 304 is a result (`not_modified`), not an error."""

    source_id: str
    url: str
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    not_modified: bool = False
    elapsed_s: float = 0.0

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


@dataclass(frozen=True, slots=True)
class Article:
    """One news item, whatever kind of source it came from.

    `id` is stable for the same item: the feed's guid, else its canonical link, else a hash of
    its content. `published` is aware UTC or None; a missing date is never invented.
    """

    source_id: str
    id: str
    title: str
    text: str
    url: str | None = None
    published: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source_id,
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
        }


class Status(StrEnum):
    """How firmly an article asserts a fact."""

    HAPPENED = "happened"
    ANNOUNCED = "announced"
    THREATENED = "threatened"
    PLANNED = "planned"
    SPECULATED = "speculated"
    DENIED = "denied"
    SUSPENDED = "suspended"


def _jsonable(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 30 rather than 30.0, as people write rates
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, StrEnum):
        return value.value
    return value


@dataclass(frozen=True, slots=True)
class _FactBase:
    status: Status
    evidence: str

    kind: ClassVar[str]

    def to_dict(self) -> dict[str, Any]:
        """The fact with the field names of the labelled corpus (`kind` first)."""
        out: dict[str, Any] = {"kind": self.kind}
        for f in dataclasses.fields(self):
            out[f.name] = _jsonable(getattr(self, f.name))
        return out


@dataclass(frozen=True, slots=True)
class TariffRate(_FactBase):
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


@dataclass(frozen=True, slots=True)
class LeaderContact(_FactBase):
    """A call or meeting between two leaders (surnames, sorted)."""

    participants: tuple[str, str]
    mode: str
    date: date | None = None

    kind: ClassVar[str] = "leader_contact"

    @property
    def key(self) -> tuple[str, ...]:
        return (self.kind, *self.participants, self.mode)


@dataclass(frozen=True, slots=True)
class Deadline(_FactBase):
    """A trade deadline with a calendar date, and whom it concerns where the text says."""

    what: str
    date: date | None = None
    imposer: str | None = None
    target: str | None = None
    measure: str | None = None

    kind: ClassVar[str] = "deadline"

    @property
    def key(self) -> tuple[str, ...]:
        """One deadline per measure between a pair of parties, whichever side the text names
        first: a later date for the same measure is the deadline moving.

        `what` is left out on purpose: outlets describe the same deadline in many ways
        ("the truce", "the 90-day pause", "the tariff deadline"). `measure` is its normalised
        class ("truce", "tariff", "port_fees", ...; `measure_of` reads one from `what` when
        the extractor or the baseline gives none).
        """
        pair = sorted(p for p in (self.imposer, self.target) if p)
        return (self.kind, "+".join(pair), self.measure or measure_of(self.what))


Fact = TariffRate | LeaderContact | Deadline

# Measure classes of deadlines, first match wins: (class, words that name it).
MEASURE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("truce", ("truce", "pause", "ceasefire", "détente", "detente", "reprieve")),
    ("port_fees", ("port fee", "port fees", "port charge", "docking fee")),
    ("export_controls", ("export control", "export ban", "licens", "rare earth", "rare-earth")),
    ("exclusions", ("exclusion", "exemption")),
    ("suspension", ("suspen",)),
    ("tariff", ("tariff", "duty", "duties", "levy", "levies")),
)


def measure_of(what: str) -> str:
    """The measure class a deadline's description names ("" when none is recognised)."""
    text = what.casefold()
    return next((m for m, words in MEASURE_WORDS if any(w in text for w in words)), "")


def summarize(fact: Fact) -> str:
    """A fact's value in one short line, e.g. `US → China · all goods · 30% (was 145%)`."""
    if isinstance(fact, TariffRate):
        line = f"{fact.imposer} → {fact.target} · {fact.product} · {fact.rate_pct:g}%"
        if fact.previous_pct is not None:
            line += f" (was {fact.previous_pct:g}%)"
        return line + (f" · from {fact.effective}" if fact.effective else "")
    if isinstance(fact, LeaderContact):
        when = str(fact.date) if fact.date else "date not stated"
        return f"{' – '.join(fact.participants)} · {fact.mode} · {when}"
    return _deadline_summary(fact)


def _deadline_summary(fact: Deadline) -> str:
    pair = " → ".join(p for p in (fact.imposer, fact.target) if p)
    return " · ".join(p for p in (fact.what, str(fact.date) if fact.date else "", pair) if p)


FACT_TYPES: dict[str, type[TariffRate] | type[LeaderContact] | type[Deadline]] = {
    cls.kind: cls for cls in (TariffRate, LeaderContact, Deadline)
}


def fact_from_dict(data: Mapping[str, Any]) -> Fact:
    """The inverse of `Fact.to_dict` (for facts this program wrote; user input goes through
    the validated baseline schema)."""
    cls = FACT_TYPES[str(data["kind"])]
    names = {f.name for f in dataclasses.fields(cls)}
    values = {k: v for k, v in data.items() if k in names}
    values["status"] = Status(values["status"])
    for name in ("effective", "date"):
        if isinstance(values.get(name), str):
            values[name] = date.fromisoformat(values[name])
    if "participants" in values:
        values["participants"] = tuple(values["participants"])
    return cls(**values)
