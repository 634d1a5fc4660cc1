"""The values a rule may name, so that a value no fact can ever hold is an error at load time.

Facts name countries, leaders and products by the canonical names of the gazetteers
(`watcher/facts/extract/data/*.yaml`, plus the user's `gazetteer_file`), and export-control
items by the classes of the extractor's lexicon. A rule that says `imposer: United States`
means `US`: every alias the extractor reads in text is taken, in any case, and written back as
the canonical name (what `one_of` compares facts with). A value that is no alias at all
(`Untied States`, `product: everything`) can never match, so it is an error with the nearest
known spelling. `group_by` names fact fields: those are checked against the trigger's fact.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from watcher.facts.registry import KINDS

if TYPE_CHECKING:
    from watcher.facts.extract.gazetteer import Gazetteer

# The gazetteers, the lexicon and `GENERAL` come from the extractor's package, imported where a
# vocabulary is built or a problem is named: that happens when rule files are read, and a
# `check` whose rules come from the cache (`alerting.rules.cache`) never does either, so it
# does not import the extractor (issue 13 §4: a warm check is mostly imports).

ALL = "all"  # a target of every origin or destination
UNSPECIFIED_ITEM = "unspecified"
_VALUE_SCOPE = "goods worth "  # products named by their value ("goods worth $50 billion")
_SHOWN = 12  # known values listed when none is near
Table = dict[str, tuple[str, str]]
"""Spelling, folded to lower case -> (the spelling as written in the data, canonical name)."""
_ANY = frozenset({"all", "any", "everything", "all products", "every product", "*"})


@dataclass(frozen=True)
class Vocabulary:
    """For each kind of name (`country`, `leader`, `product`, `item`): every spelling, folded
    to lower case, mapped to (the spelling as written in the data, its canonical name)."""

    names: Mapping[str, Table]

    def canonical(self, what: str, value: str) -> str | None:
        """The canonical name `value` stands for, or None when it names nothing known."""
        table = self.names[what]
        found = table.get(value.casefold())
        if found is not None:
            return found[1]
        if what == "product":
            return _product(table, value)
        return None

    def problem(self, what: str, value: str) -> str:
        """Why `value` is refused, with the nearest known spelling or the known names."""
        from watcher.facts.extract.merge import GENERAL  # noqa: PLC0415 (see the imports)

        table = self.names[what]
        near = difflib.get_close_matches(value.casefold(), list(table), n=1, cutoff=0.6)
        if what == "product" and value.casefold() in _ANY:
            hint = (
                f"did you mean {GENERAL!r} (measures on every good)? To match any product, "
                "leave `product` out."
            )
        elif near:
            hint = f"did you mean {table[near[0]][0]!r}?"
        else:
            canon = sorted({c for _, c in table.values()})
            more = ", ..." if len(canon) > _SHOWN else ""
            hint = f"known {what} names: {', '.join(canon[:_SHOWN])}{more}."
        source = "" if what == "item" else "; names come from the gazetteers (`gazetteer_file`)"
        return f"unknown {what} {value!r}; {hint} A value no fact holds never matches{source}"


def _product(table: Mapping[str, tuple[str, str]], value: str) -> str | None:
    """A product the extractor builds: a value scope, or products named together, which it
    joins with ", " ("coal, crude oil")."""
    if value.casefold().startswith(_VALUE_SCOPE):
        return value
    pieces = {p.strip() for _, canon in table.values() for p in canon.split(",")}
    parts = [p.strip() for p in value.split(",")]
    known = [table[p.casefold()][1] if p.casefold() in table else p for p in parts]
    if len(parts) > 1 and all(k in pieces or k in {c for _, c in table.values()} for k in known):
        return ", ".join(known)
    return None


def _table(pairs: Iterable[tuple[str, str]]) -> Table:
    """Spelling → (spelling, canonical); a canonical name wins over an alias of another."""
    out: dict[str, tuple[str, str]] = {}
    for spelling, canon in pairs:
        key = spelling.casefold()
        if key not in out or spelling == canon:
            out[key] = (spelling, canon)
    return out


def _countries(gaz: Gazetteer) -> Iterator[tuple[str, str]]:
    for alias, (name, _) in gaz.countries.lookup.items():
        yield alias, name
    for country in gaz.leader_country.values():  # a leader's country is an actor too
        if country:
            yield country, country
    yield ALL, ALL


def _leaders(gaz: Gazetteer) -> Iterator[tuple[str, str]]:
    yield from ((name, name) for name in gaz.leader_country)
    yield from ((alias, name) for alias, (name, _) in gaz.leaders.lookup.items())


def _products(gaz: Gazetteer) -> Iterator[tuple[str, str]]:
    from watcher.facts.extract.merge import GENERAL  # noqa: PLC0415 (see the imports)

    yield from ((name, name) for _, (name, _) in gaz.products.lookup.items())
    yield from ((alias, name) for alias, (name, _) in gaz.products.lookup.items())
    yield GENERAL, GENERAL


def _items() -> Iterator[tuple[str, str]]:
    from watcher.facts.extract.lexicon import section  # noqa: PLC0415 (see the imports)

    for name in [*section("export_control")["items"], UNSPECIFIED_ITEM]:
        yield str(name), str(name)


class _Tables(Mapping[str, Table]):
    """The tables by kind of name, each built when first asked for: the export-control items
    come from the extractor's lexicon (a large file), which most rule sets never need."""

    def __init__(self, builders: Mapping[str, Callable[[], Table]]) -> None:
        self._builders = builders
        self._built: dict[str, Table] = {}

    def __getitem__(self, what: str) -> Table:
        table = self._built.get(what)
        if table is None:
            table = self._built[what] = self._builders[what]()
        return table

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)


def vocabulary(gazetteer_file: Path | None = None) -> Vocabulary:
    """The names of the default gazetteers, with the user's file merged over them."""
    from watcher.facts.extract.gazetteer import load_gazetteer  # noqa: PLC0415 (see the imports)

    gaz = load_gazetteer(gazetteer_file)
    return Vocabulary(
        _Tables(
            {
                "country": lambda: _table(_countries(gaz)),
                "leader": lambda: _table(_leaders(gaz)),
                "product": lambda: _table(_products(gaz)),
                "item": lambda: _table(_items()),
            }
        )
    )


def fact_fields(trigger_type: str) -> tuple[str, ...]:
    """The fields of the fact a trigger looks at (what `group_by` may name); none for keyword
    rules, whose alerts are one per article."""
    kind = KINDS.get(trigger_type)
    if kind is None:
        return ()
    return ("kind", *(f.name for f in dataclasses.fields(kind.model)))
