"""How a deadline compares with the known one for its measure: set, moved, or restated.

End dates derived from a duration differ by a day or two between outlets (90 days from the
agreement or from the day it took effect), so dates within a few days are the same deadline;
a real move is weeks or months. A deadline set after the known one had passed is a new
deadline, not the old one moving. A date the state already holds for the same parties under
another measure noun is that deadline restated.

A deadline's identity is its measure and its date. The tolerance belongs to one measure (two
outlets counting the same 90 days); across measures only the very date says "restated": the
exclusions ending on December 31 and a tariff starting on January 1 are two deadlines.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from watcher.facts.comparison import Comparison, Histories, KnownFact, Outcome, compare_values
from watcher.facts.kinds.deadline.model import MEASURE_WORDS, Deadline
from watcher.facts.kinds.fact_kind import plain_track
from watcher.models import Status

DEADLINE_TOLERANCE_DAYS = 3


def event_value(fact: Deadline) -> str:
    """A deadline that moves updates its alert."""
    return str(fact.date)


# Dates only weighed or denied: their own history, so that they never move a date set.
UNSET = frozenset({Status.SPECULATED, Status.DENIED})


def track(fact: Deadline) -> str:
    """The deadline's key; a date only weighed or denied is kept apart from the dates set, and
    so is a date pushed back (`suspended`: "pushed the expiry from Aug. 12 to Nov. 10"), which
    an article may tell after the new one: it never moves the date set back to itself."""
    if fact.status in UNSET:
        return plain_track(fact) + "#unset"
    return plain_track(fact) + ("#pushed" if fact.status is Status.SUSPENDED else "")


def compare(histories: Histories, fact: Deadline, published: date | None) -> Comparison:
    history = histories.history(track(fact))
    if not history and (known := _same_date_elsewhere(histories, fact)) is not None:
        return Comparison(fact, Outcome.CONFIRMED, known)
    last = _date_of(history[-1]) if history else None
    if (
        last is not None
        and published is not None
        and fact.date is not None
        and _set_after_it_passed(last, published, fact.date)
    ):
        return Comparison(fact, Outcome.NEW, history[-1])
    return compare_values(fact, history, lambda k: _near_date(_date_of(k), fact.date))


def _same_date_elsewhere(histories: Histories, fact: Deadline) -> KnownFact | None:
    """The known deadline of the same parties, under another measure noun, on the same date.

    Outlets name one date by different measures ("the truce ends on August 12", "the tariff
    deadline of August 12", "the suspension lapses on August 12"): a date the state already
    holds for the same parties is that deadline restated, not a new one. The parties keep
    their order (the other side's port fees ending the same day are its own deadline); a
    truce's key pairs them in either order. The date must be the same day: the few days'
    tolerance is for one measure's date counted two ways, and another measure a day apart
    is another deadline (exclusions expiring on December 31, a tariff starting January 1).
    """
    if fact.date is None:
        return None
    for measure, _ in MEASURE_WORDS:
        history = histories.history(track(replace(fact, measure=measure)))
        if history and _date_of(history[-1]) == fact.date:
            return history[-1]
    return None


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
