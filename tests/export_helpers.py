"""One set of helpers for the export-control tests: the facts an article gives, the live ones.

Each export-control test file fixes its own publication day and binds these to it; what a test
asserts is unchanged by where the helpers live (as `tests/tariff_helpers.py` does for tariffs).
"""

from __future__ import annotations

from datetime import date

from watcher.facts.kinds.export_control import ExportControl
from watcher.facts.kinds.export_control.trigger import ExportControlTrigger
from watcher.facts.registry import extract_facts

# The statuses the shipped trigger fires on by default: what counts as a live fact.
LIVE = tuple(ExportControlTrigger.model_fields["status"].default)


def export_controls(text: str, published: date) -> list[ExportControl]:
    """The export-control facts extracted from `text`, in the extractor's order."""
    facts = extract_facts(text, published=published)
    return [f for f in facts if isinstance(f, ExportControl)]


def live_controls(text: str, published: date) -> list[ExportControl]:
    """Those of them the shipped trigger's default statuses would alert on."""
    return [f for f in export_controls(text, published) if f.status in LIVE]


def frame(fact: ExportControl) -> tuple[str, str, str, str]:
    """Who restricts what for whom, and how: the fields most tests compare."""
    return (fact.imposer, fact.target, fact.item, fact.measure)
