"""How an export control compares with the known one for the same imposer, target and item.

The same step with the same dates is `confirmed` (another outlet reporting it); a different
step (imposed, then suspended) or a date that moves is `changed`; back to an earlier step and
dates is `reverted`.
"""

from __future__ import annotations

from datetime import date

from watcher.facts.comparison import Comparison, Histories, KnownFact, compare_values
from watcher.facts.kinds.export_control.model import ExportControl
from watcher.facts.kinds.fact_kind import plain_track

DATE_TOLERANCE_DAYS = 3


def event_value(fact: ExportControl) -> str:
    """A new step or a moved date updates the alert for the same control."""
    return f"{fact.measure}|{fact.effective or ''}|{fact.ends or ''}"


def compare(histories: Histories, fact: ExportControl, published: date | None) -> Comparison:
    history = histories.history(plain_track(fact))
    return compare_values(fact, history, lambda known: _same(known, fact))


def _same(known: KnownFact, fact: ExportControl) -> bool:
    other = known.fact
    return (
        isinstance(other, ExportControl)
        and other.measure == fact.measure
        and _near(other.effective, fact.effective)
        and _near(other.ends, fact.ends)
    )


def _near(a: date | None, b: date | None) -> bool:
    """Dates agree when equal within a few days; a date one article omits is no change."""
    return a is None or b is None or abs((a - b).days) <= DATE_TOLERANCE_DAYS
