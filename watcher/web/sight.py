"""What the web view reads: the state store, the configuration in force, and one clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from watcher.alerting.rules import Rule
from watcher.facts.known import KnownFact
from watcher.ingest.sources import Source
from watcher.state.store import Store


@dataclass(frozen=True)
class Loaded:
    """The configuration the pages describe: in `watcher run` the one in force after the last
    reload, in `watcher serve` the one read at start."""

    sources: tuple[Source, ...] = ()
    rules: tuple[Rule, ...] = ()
    baseline: tuple[KnownFact, ...] = ()


@dataclass(frozen=True)
class Sight:
    """Everything a page handler may read. `clock` is the one time seam: `watcher serve
    --now` fixes it, tests pass a literal time."""

    store: Store
    clock: Callable[[], datetime]
    loaded: Callable[[], Loaded] = field(default=Loaded)
    health_failures: int = 3
    token: str | None = None
    scrub: Callable[[str], str] = str  # removes configured secrets from stored error text
