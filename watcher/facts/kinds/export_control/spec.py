"""The `export_control` kind's entry in the registry (`watcher.facts.registry`)."""

from __future__ import annotations

from watcher.facts.kinds.export_control.compare import compare, event_value
from watcher.facts.kinds.export_control.model import ExportControl, ExportControlEntry, summary
from watcher.facts.kinds.export_control.trigger import ExportControlTrigger, predicate
from watcher.facts.kinds.fact_kind import FactKind, lazy

_EXTRACTOR = "watcher.facts.kinds.export_control.extract"  # imported on first use (`lazy`)
_NEEDS = "watcher.facts.extract.needs"  # the gate's terms, without the extractor

KIND = FactKind(
    name="export_control",
    model=ExportControl,
    entry=ExportControlEntry,
    summary=summary,
    extract=lazy(_EXTRACTOR, "export_control_facts"),
    compare=compare,
    trigger=ExportControlTrigger,
    predicate=predicate,
    group_by=("imposer", "target", "item"),
    event_value=event_value,
    needs=lazy(_NEEDS, "export_control"),
)
