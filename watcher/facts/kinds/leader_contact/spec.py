"""The `leader_contact` kind's entry in the registry (`watcher.facts.registry`)."""

from __future__ import annotations

from watcher.facts.kinds.fact_kind import FactKind, lazy
from watcher.facts.kinds.leader_contact.compare import (
    compare,
    compare_order,
    current,
    event_value,
)
from watcher.facts.kinds.leader_contact.model import LeaderContact, LeaderContactEntry, summary
from watcher.facts.kinds.leader_contact.trigger import LeaderContactTrigger, predicate

_EXTRACTOR = "watcher.facts.extract.contacts"  # imported on first use (`lazy`)
_NEEDS = "watcher.facts.extract.needs"  # the gate's terms, without the extractor

KIND = FactKind(
    name="leader_contact",
    model=LeaderContact,
    entry=LeaderContactEntry,
    summary=summary,
    extract=lazy(_EXTRACTOR, "contact_facts"),
    compare=compare,
    current=current,
    trigger=LeaderContactTrigger,
    predicate=predicate,
    group_by=("participants", "mode", "date"),
    event_value=event_value,
    needs=lazy(_NEEDS, "leader_contact"),
    compare_order=compare_order,
)
