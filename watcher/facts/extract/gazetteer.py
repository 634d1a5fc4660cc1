"""Names of countries, leaders and product scopes, kept in YAML so users extend them without code.

The packaged files in `data/` are the defaults; `load_gazetteer(path)` merges a user's file (same
three top-level keys: `countries`, `leaders`, `products`) over them. Each table is compiled once
into one alternation regex, longest alias first, written as a trie (`trie.py`), so a scan of a
sentence is a single `finditer` that tries one branch per character.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from watcher.common.yamlfile import load_yaml
from watcher.errors import ConfigError
from watcher.facts.extract.memo import per_article
from watcher.facts.extract.trie import alternation
from watcher.facts.gate import Need, words

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Mention:
    """One gazetteer hit in a sentence: canonical name, span, and the alias's class."""

    name: str
    start: int
    end: int
    adjective: bool = False


class Table:
    """An alias table: the alias → (name, is_adjective) lookup, and one regex of its aliases.

    The regex is compiled when a text is first searched (`pattern`), not when the table is
    loaded: a check whose sources bring nothing new loads the gazetteer for the rules'
    vocabulary, which reads the lookup alone. Hashed by identity, for the memo."""

    __slots__ = ("_aliases", "_pattern", "ignore_case", "lookup")

    def __init__(
        self,
        aliases: Mapping[str, tuple[str, bool]],
        *,
        ignore_case: bool,
        pattern: re.Pattern[str] | None = None,
    ) -> None:
        self._aliases = aliases  # as written: the regex is built from these
        self._pattern = pattern
        self.ignore_case = ignore_case
        self.lookup: Mapping[str, tuple[str, bool]] = (
            {k.lower(): v for k, v in aliases.items()} if ignore_case else aliases
        )

    @property
    def pattern(self) -> re.Pattern[str]:
        """The aliases as one regex (compiled once; a race only compiles it twice)."""
        if self._pattern is None:
            self._pattern = _regex(self._aliases, ignore_case=self.ignore_case)
        return self._pattern

    def need(self) -> Need:
        """The gate's test that a text may hold one of the aliases (`watcher.facts.gate`)."""
        return Need(words(*self.lookup, case_sensitive=not self.ignore_case))

    def find(self, text: str) -> list[Mention]:
        """All non-overlapping hits, leftmost-longest."""
        return list(_find(self, text))


@per_article
def _find(table: Table, text: str) -> tuple[Mention, ...]:
    out = []
    folded = table.ignore_case
    for m in table.pattern.finditer(text):
        key = m.group(0).lower() if folded else m.group(0)
        entry = table.lookup.get(key)
        if entry is None:  # matched only by Unicode case folding (a long s): not an alias
            continue
        name, adj = entry
        out.append(Mention(name, m.start(), m.end(), adj))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Compiled tables plus the leader → country map used to turn a person into an actor."""

    countries: Table
    leaders: Table
    products: Table
    leader_country: Mapping[str, str]
    separate_products: frozenset[str]
    # the countries marked `desk: true`, whose leaders' contacts the desk follows
    desk_countries: frozenset[str] = frozenset()


TABLES = ("countries", "leaders", "products")
_EMPTY = Table({}, ignore_case=False, pattern=re.compile(r"(?!x)x"))


def probes(gaz: Gazetteer) -> dict[str, Need]:
    """For the gate: a need per table, met when the text may name one of its entries."""
    return {f"gazetteer:{name}": getattr(gaz, name).need() for name in TABLES}


def without(gaz: Gazetteer, present: frozenset[str]) -> Gazetteer:
    """The gazetteer with the tables whose probe found nothing emptied: an article that names
    no country is not searched for countries sentence by sentence."""

    def kept(name: str, table: Table) -> Table:
        return table if f"gazetteer:{name}" in present else _EMPTY

    return dataclasses.replace(
        gaz,
        countries=kept("countries", gaz.countries),
        leaders=kept("leaders", gaz.leaders),
        products=kept("products", gaz.products),
    )


def _regex(lookup: Mapping[str, tuple[str, bool]], *, ignore_case: bool) -> re.Pattern[str]:
    flags = re.IGNORECASE if ignore_case else 0
    if not ignore_case and lookup and all(a[:1] not in ("", "\n") for a in lookup):
        # Not preceded by a word character, tested after the alias's first character (which
        # `.` matches): the regex engine then skips to the characters an alias starts with
        # (it cannot under IGNORECASE, where the test after a branch costs more than before).
        body = alternation(lookup, ignore_case=ignore_case, after_first=r"(?<!\w.)")
        return re.compile(rf"(?:{body})(?!\w|\.\w)", flags)
    body = alternation(lookup, ignore_case=ignore_case)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w|\.\w)", flags)


def _country_lookup(data: Mapping[str, Any]) -> dict[str, tuple[str, bool]]:
    out: dict[str, tuple[str, bool]] = {}
    for name, entry in data.items():
        for alias in entry.get("adjectives", []):
            out[alias] = (name, True)
        for alias in [name, *entry.get("aliases", []), *entry.get("agencies", [])]:
            out[alias] = (name, False)
    return out


@functools.cache
def agencies() -> dict[str, list[str]]:
    """The packaged countries' government bodies (`agencies`), by country: aliases of their
    country, and owners of a measure named after them (lexicon `deadline: agencies`). Read
    from the packaged table the gazetteer loads too (`_packaged`), not parsed again."""
    data = _packaged("countries")
    return {str(name): list(e.get("agencies", [])) for name, e in data.items()}


def _leader_lookup(data: Mapping[str, Any]) -> dict[str, tuple[str, bool]]:
    return {a: (name, False) for name, e in data.items() for a in [*e.get("aliases", [])]}


def _product_aliases(entry: Any) -> list[str]:
    return list(entry.get("aliases", [])) if isinstance(entry, dict) else list(entry or [])


def _product_lookup(data: Mapping[str, Any]) -> dict[str, tuple[str, bool]]:
    return {a: (name, False) for name, e in data.items() for a in [name, *_product_aliases(e)]}


def _read(path: Path) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot load gazetteer: {exc}") from None


@functools.cache
def _packaged(key: str) -> dict[str, Any]:
    """A packaged table (`data/<key>.yaml`), parsed once per process (do not modify: shared)."""
    data: dict[str, Any] = _read(DATA_DIR / f"{key}.yaml")
    return data


def packaged(key: str) -> Mapping[str, Any]:
    """The packaged table `data/<key>.yaml` as parsed once per process (read only: shared),
    for the readers of its other fields (the gate's needs read the leaders' roles and seats)."""
    return _packaged(key)


def _defaults() -> dict[str, dict[str, Any]]:
    """The packaged tables, each a fresh top-level mapping: a user's file is merged over it
    (`_merge` replaces entries, never changes one in place)."""
    return {key: dict(_packaged(key)) for key in ("countries", "leaders", "products")}


def _merge(base: dict[str, dict[str, Any]], extra: Any, path: Path) -> None:
    if not isinstance(extra, dict) or not set(extra) <= set(base):
        raise ConfigError(f"{path}: expected a mapping with keys {sorted(base)}")
    for key, table in extra.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: {key}: expected a mapping")
        base[key].update(table)


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The default tables, with the user's file at `path` (if any) merged over them."""
    return _load_cached(path.resolve() if path is not None else None)


@functools.lru_cache(maxsize=8)
def _load_cached(path: Path | None) -> Gazetteer:
    data = _defaults()
    if path is not None:
        _merge(data, _read(path), path)
    leaders = data["leaders"]
    return Gazetteer(
        countries=Table(_country_lookup(data["countries"]), ignore_case=False),
        leaders=Table(_leader_lookup(leaders), ignore_case=False),
        products=Table(_product_lookup(data["products"]), ignore_case=True),
        leader_country={name: str(e.get("country", "")) for name, e in leaders.items()},
        separate_products=frozenset(
            name
            for name, e in data["products"].items()
            if isinstance(e, dict) and e.get("separate")
        ),
        desk_countries=frozenset(
            str(name)
            for name, e in data["countries"].items()
            if isinstance(e, dict) and e.get("desk")
        ),
    )
