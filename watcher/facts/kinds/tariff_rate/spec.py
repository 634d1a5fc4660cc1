"""The `tariff_rate` kind's entry in the registry (`watcher.facts.registry`)."""

from __future__ import annotations

from watcher.facts.kinds.fact_kind import FactKind, lazy
from watcher.facts.kinds.tariff_rate.compare import compare, event_value, track
from watcher.facts.kinds.tariff_rate.model import TariffRate, TariffRateEntry, summary
from watcher.facts.kinds.tariff_rate.trigger import TariffRateTrigger, predicate

_EXTRACTOR = "watcher.facts.extract.tariffs"  # imported on first use (`lazy`)
_NEEDS = "watcher.facts.extract.needs"  # the gate's terms, without the extractor

KIND = FactKind(
    name="tariff_rate",
    model=TariffRate,
    entry=TariffRateEntry,
    summary=summary,
    extract=lazy(_EXTRACTOR, "tariff_facts"),
    compare=compare,
    track=track,
    trigger=TariffRateTrigger,
    predicate=predicate,
    group_by=("imposer", "target", "product"),
    event_value=event_value,
    needs=lazy(_NEEDS, "tariff_rate"),
)
