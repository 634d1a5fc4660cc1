"""The registry of fact kinds, and the loops over it.

`KINDS` lists every kind in the order extraction reports them. Everything that handles facts
without caring which kind they are goes through here: extracting an article's facts, reading
a stored fact back, a fact's one-line summary, its track in the known state.

The extractor itself is imported by the functions that extract, not here: every command reads
the registry (rule validation names the kinds), but only an article that reaches extraction
needs the extractor's compiled patterns (see `FactKind.extract`, `fact_kind.lazy`).
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watcher.facts.kinds.base import FactBase
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.kinds.deadline import spec as deadline
from watcher.facts.kinds.export_control import spec as export_control
from watcher.facts.kinds.fact_kind import FactKind
from watcher.facts.kinds.leader_contact import LeaderContact
from watcher.facts.kinds.leader_contact import spec as leader_contact
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.kinds.tariff_rate import spec as tariff_rate
from watcher.models import Status

if TYPE_CHECKING:
    from watcher.facts.gate import Gate

KINDS: dict[str, FactKind] = {
    k.name: k
    for k in (
        tariff_rate.KIND,
        leader_contact.KIND,
        deadline.KIND,
        export_control.KIND,
    )
}

Fact = FactBase
"""A fact of any registered kind."""

__all__ = [
    "KINDS",
    "Deadline",
    "Fact",
    "FactKind",
    "LeaderContact",
    "TariffRate",
    "admitted_kinds",
    "extract_facts",
    "fact_from_dict",
    "gate_for",
    "kind_of",
    "summarize",
    "track_of",
]


def kind_of(fact: FactBase) -> FactKind:
    return KINDS[fact.kind]


def summarize(fact: FactBase) -> str:
    """A fact's value in one short line, e.g. `US → China · all goods · 30% (was 145%)`."""
    return kind_of(fact).summary(fact)


def track_of(fact: FactBase) -> str:
    """The history a fact belongs to in the known state."""
    return kind_of(fact).track(fact)


def fact_from_dict(data: Mapping[str, Any]) -> FactBase:
    """The inverse of `FactBase.to_dict` (for facts this program wrote; user input goes
    through the validated baseline schema)."""
    cls = KINDS[str(data["kind"])].model
    names = {f.name for f in dataclasses.fields(cls)}
    values = {k: v for k, v in data.items() if k in names}
    values["status"] = Status(values["status"])
    for name, hint in _field_types(str(data["kind"])).items():
        value = values.get(name)
        if isinstance(value, str) and (hint is date or date in typing.get_args(hint)):
            values[name] = date.fromisoformat(value)
        elif isinstance(value, list):
            values[name] = tuple(value)
    return cls(**values)


@functools.cache
def _field_types(kind: str) -> dict[str, Any]:
    """A kind's fact field types, resolved (however the kind wrote its annotations)."""
    cls = KINDS[kind].model
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


_READABLE_FIRST, _READABLE_LAST = date(2, 1, 1), date(9998, 12, 31)


def extract_facts(
    text: str,
    *,
    title: str = "",
    published: date | None = None,
    gazetteer_path: Path | None = None,
    gated: bool = True,
    undated: bool = False,
) -> list[FactBase]:
    """Every fact `text` states, kind by kind in registry order, each in text order.

    Only the kinds the relevance gate admits run (`watcher.facts.gate`: one scan of the title
    and text), and the same scan says which gazetteer tables are worth searching sentence by
    sentence; `gated=False` runs every kind with every table, for the tests and benchmarks
    that compare the two.
    Pure: the gazetteers are read once and cached, nothing else is read, and the clock is never
    consulted — relative dates resolve against the `published` argument. A publication day
    within a year of the calendar's ends (a feed's `0001-01-01`) is read as no date: the
    extractor moves it by up to a year ("May 14" takes the nearest year), which would leave
    the calendar. `undated` says that `published` is only the day an article without a date
    of its own is read as of: calendar dates take its year, but a contact on "Thursday" has
    no day that the text fixes (null).
    """
    present = gate_for(gazetteer_path).admit(f"{title}\n{text}") if gated else None
    kinds = tuple(k for k in KINDS.values() if present is None or k.name in present)
    if not kinds:
        return []  # the article cannot state a fact of any kind: a scan, not an extraction
    if isinstance(published, datetime):  # a timestamp's calendar day; datetime is a date too
        published = published.date()
    if published is not None and not _READABLE_FIRST <= published <= _READABLE_LAST:
        published = None
    from watcher.facts.extract.context import Context, default_year  # noqa: PLC0415 (lazy)
    from watcher.facts.extract.gazetteer import load_gazetteer, without  # noqa: PLC0415
    from watcher.facts.extract.memo import new_article  # noqa: PLC0415
    from watcher.facts.extract.sentences import split_sentences  # noqa: PLC0415

    new_article()
    gaz = load_gazetteer(gazetteer_path)
    if present is not None:
        gaz = without(gaz, present)
    year = published.year if published else default_year(text, title)
    ctx = Context(
        gaz,
        published,
        year,
        title,
        undated=undated and published is not None,
        admitted=frozenset(k.name for k in kinds) if present is not None else None,
    )
    sentences = split_sentences(text)
    return [fact for kind in kinds for fact in kind.extract(sentences, ctx)]


def admitted_kinds(
    text: str, gazetteer_path: Path | None = None, *, title: str = ""
) -> frozenset[str]:
    """The names of the kinds whose needs an article meets: those `extract_facts` runs."""
    return frozenset(KINDS) & gate_for(gazetteer_path).admit(f"{title}\n{text}")


def gate_for(gazetteer_path: Path | None = None) -> Gate:
    """The relevance gate of every registered kind, with the leaders of that gazetteer."""
    return _gate(gazetteer_path.resolve() if gazetteer_path is not None else None)


@functools.lru_cache(maxsize=8)
def _gate(path: Path | None) -> Gate:
    from watcher.facts.extract.gazetteer import load_gazetteer, probes  # noqa: PLC0415 (lazy)
    from watcher.facts.gate import Gate  # noqa: PLC0415

    gaz = load_gazetteer(path)
    needs = {k.name: k.needs(gaz) if k.needs else None for k in KINDS.values()}
    return Gate.build({**needs, **{name: [need] for name, need in probes(gaz).items()}})
