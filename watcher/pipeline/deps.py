"""The collaborators a run needs, built once by the CLI or the daemon and passed down."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from watcher.alerting.rules import RuleSet
from watcher.delivery.notifiers import Notifier
from watcher.facts.known import KnownFact
from watcher.ingest.fetch import Fetcher
from watcher.settings import Settings
from watcher.state.store import Store


@dataclass(frozen=True)
class Deps:
    """The collaborators a run needs; built once by the CLI or the daemon."""

    settings: Settings
    store: Store
    fetcher: Fetcher
    baseline: tuple[KnownFact, ...] = ()
    rules: RuleSet = field(default_factory=lambda: RuleSet(()))
    notifiers: Mapping[str, Notifier] = field(default_factory=dict)
