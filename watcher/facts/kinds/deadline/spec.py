"""The `deadline` kind's entry in the registry (`watcher.facts.registry`)."""

from __future__ import annotations

from watcher.facts.kinds.deadline.compare import compare, event_value, track
from watcher.facts.kinds.deadline.model import (
    Deadline,
    DeadlineEntry,
    summary,
)
from watcher.facts.kinds.deadline.trigger import DeadlineTrigger, clock, predicate
from watcher.facts.kinds.fact_kind import FactKind, lazy

_EXTRACTOR = "watcher.facts.extract.deadlines"  # imported on first use (`lazy`)
_NEEDS = "watcher.facts.extract.needs"  # the gate's terms, without the extractor

KIND = FactKind(
    name="deadline",
    model=Deadline,
    entry=DeadlineEntry,
    summary=summary,
    extract=lazy(_EXTRACTOR, "deadline_facts"),
    compare=compare,
    track=track,
    trigger=DeadlineTrigger,
    predicate=predicate,
    group_by=("imposer", "target", "measure"),
    event_value=event_value,
    clock=clock,
    needs=lazy(_NEEDS, "deadline"),
)
