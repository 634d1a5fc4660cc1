"""Fact triggers: one per registered fact kind, each a pure predicate over a comparison.

Each predicate returns None when the fact passes every condition, or the reason it did not,
in words a rule author can act on ("status threatened is not one of happened, announced").
`watcher rules test` prints those reasons; evaluation only needs to know which is None. The
predicates live with their kinds (`watcher.facts.kinds.<kind>.trigger`).

A `confirmed` fact passes too: it cannot raise an alert, but it corroborates one already
raised for the same event (the second outlet becomes the alert's second source).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watcher.facts.comparison import Comparison
from watcher.facts.kinds.base import Reason
from watcher.facts.registry import KINDS

__all__ = ["FACT_TRIGGERS", "Reason"]

FACT_TRIGGERS: dict[str, Callable[[Any, Comparison], Reason]] = {
    name: kind.predicate for name, kind in KINDS.items()
}
"""Trigger type → predicate over one compared fact (keyword rules look at whole articles)."""
