"""`FactKind`: what a fact kind hands to the core, so that the core never names a kind."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from watcher.facts.comparison import Comparison, Histories, KnownFact
from watcher.facts.kinds.base import ClockEvent, EntryBase, FactBase, Reason, TriggerBase

if TYPE_CHECKING:  # the extractor's types: importing it compiles its regexes and lexicon
    from watcher.facts.extract.context import Context
    from watcher.facts.extract.gazetteer import Gazetteer
    from watcher.facts.extract.sentences import Sentence
    from watcher.facts.gate import Need


def plain_track(fact: FactBase) -> str:
    return "/".join(fact.key)


def latest(history: tuple[KnownFact, ...]) -> list[KnownFact]:
    return [history[-1]] if history else []


def lazy(module: str, name: str) -> Callable[..., Any]:
    """`module.name`, imported when first called: a kind's extractor and needs.

    The registry is read by every command (rule validation, stored facts, summaries), but only
    an article that reaches extraction needs the extractor, whose import compiles hundreds of
    regular expressions, reads its lexicon and imports dateparser (about 0.2 s). A `watcher
    check` where every source answers 304 must not pay for that.
    """

    @functools.cache
    def target() -> Callable[..., Any]:
        found: Callable[..., Any] = getattr(importlib.import_module(module), name)
        return found

    def call(*args: Any, **kwargs: Any) -> Any:
        return target()(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__module__ = module
    return call


@dataclass(frozen=True)
class FactKind:
    """One kind of fact, end to end.

    - `model`: the fact value; `entry`: its baseline-file schema; `summary`: one short line.
    - `extract(sentences, ctx)`: every fact of this kind an article states.
    - `track(fact)`: the history the fact belongs to (its key, plus anything that splits it).
    - `compare(histories, fact, published)`: new, changed, confirmed or reverted.
    - `current(history)`: what of a track's history is known now (default: the latest).
    - `trigger`, `predicate(trigger, comparison)`: the rule trigger `type: <name>` and whether
      a comparison fires it (a reason when not); `group_by`: fields that make one event.
    - `event_value(fact)`: the part whose change makes the same event an update.
    - `clock(trigger, fact, today)`: events the clock raises without an article (reminders).
    - `needs(gazetteer)`: the terms without which the kind cannot occur in a text, for the
      relevance gate (`watcher.facts.gate`); None: the kind runs on every article.
    - `compare_order(facts)`: the order (a permutation of positions) in which one article's
      facts of the kind are compared, when what one learns decides another's outcome; None:
      as extracted.
    """

    name: str
    model: type[FactBase]
    entry: type[EntryBase]
    summary: Callable[[Any], str]
    extract: Callable[[Sequence[Sentence], Context], Sequence[FactBase]]
    compare: Callable[[Histories, Any, date | None], Comparison]
    trigger: type[TriggerBase]
    predicate: Callable[[Any, Comparison], Reason]
    group_by: tuple[str, ...]
    event_value: Callable[[Any], str]
    track: Callable[[Any], str] = plain_track
    current: Callable[[tuple[KnownFact, ...]], list[KnownFact]] = latest
    clock: Callable[[Any, Any, date], Sequence[ClockEvent]] | None = None
    needs: Callable[[Gazetteer], Sequence[Need]] | None = None
    compare_order: Callable[[Sequence[Any]], list[int]] | None = None
