"""How a deadline compares with the known one for its measure: set, moved, or restated.

End dates derived from a duration differ by a day or two between outlets (90 days from the
agreement or from the day it took effect), so dates within a few days are the same deadline;
a real move is weeks or months. A deadline set after the known one had passed is a new
deadline, not the old one moving.
"""

from __future__ import annotations

from datetime import date, timedelta

from watcher.facts.comparison import Comparison, Histories, KnownFact, Outcome, compare_values
from watcher.facts.kinds.deadline.model import Deadline
from watcher.facts.kinds.fact_kind import plain_track

DEADLINE_TOLERANCE_DAYS = 3


def event_value(fact: Deadline) -> str:
    """A deadline that moves updates its alert."""
    return str(fact.date)


def compare(histories: Histories, fact: Deadline, published: date | None) -> Comparison:
    history = histories.history(plain_track(fact))
    last = _date_of(history[-1]) if history else None
    if (
        last is not None
        and published is not None
        and fact.date is not None
        and _set_after_it_passed(last, published, fact.date)
    ):
        return Comparison(fact, Outcome.NEW, history[-1])
    return compare_values(fact, history, lambda k: _near_date(_date_of(k), fact.date))


def _set_after_it_passed(last: date, published: date, new: date) -> bool:
    """`last < published - tolerance < new`, as differences: a publication day at the
    calendar's start (a feed's 0001-01-01) cannot be moved back by the tolerance."""
    tolerance = timedelta(days=DEADLINE_TOLERANCE_DAYS)
    return published - last > tolerance and new - published > -tolerance


def _near_date(a: date | None, b: date | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs((a - b).days) <= DEADLINE_TOLERANCE_DAYS


def _date_of(known: KnownFact) -> date | None:
    return known.fact.date if isinstance(known.fact, Deadline) else None
