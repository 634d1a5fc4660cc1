"""Rates stated relative to a level the text gave before: a change by an amount, a breakdown.

A rate that a later clause changes by an amount is the level before a change.

"I put a 30% tariff on them. But I have now lowered it by 10%.": the change states no resulting
rate, so it is no fact (docs/extraction.md: rate needed), and the 30% it refers back to is only
the level before that change (docs/extraction.md: background), not news of its own. The clause
refers back with a pronoun or a definite measure noun ("cut the levy by 5 points").

A sentence that opens by breaking down what the sentence before stated ("That included a 60%
base duty plus a 30% surcharge", "This includes the 25% tariff on cars, ...") gives the parts
of a level already reported, in force or long past: the parts are no news of their own
(docs/extraction.md: total).
"""

from __future__ import annotations

import re

from watcher.facts.extract.literals import guarded_re
from watcher.facts.extract.rates import find_rates

_BY_AMOUNT = guarded_re(
    r"\b(?:cut|cuts|cutting|reduc\w+|lower\w*|rais\w+|increas\w+|hik\w+|trimm?\w*|slash\w*|"
    r"decreas\w+)\s+(?:it|them|that|this|those|these|the\s+(?:rate|tariffs?|dut(?:y|ies)|"
    r"lev(?:y|ies)))\s+by\s+(?:another\s+|a\s+further\s+)?\d",
    re.IGNORECASE,
)

_BREAKDOWN = guarded_re(
    r"^\W*(?:that|this|it|these|those|the\s+(?:total|figure|rate|level|sum))\s+"
    r"(?:\w+ly\s+)?(?:include[sd]?|including|comprise[sd]?|consist(?:s|ed)?\s+of|"
    r"(?:is|was|are|were)\s+made\s+up\s+of|br(?:eaks|oke)\s+down\s+(?:in)?to)\b",
    re.IGNORECASE,
)


def is_breakdown(text: str, before: str) -> bool:
    """Whether the sentence only breaks down a level the sentence `before` stated. After a
    sentence without a rate ("struck back with retaliatory penalties. Those include a 15%
    tariff ...") the parts are the first statement of the measure's rates, and news."""
    return _BREAKDOWN.match(text) is not None and bool(find_rates(before))


def changed_by_amount(text: str) -> int | None:
    """Where a clause changes an earlier rate by an amount, or None.

    The position is where that clause starts, so that a rate before it in the same sentence
    is the one it refers back to.
    """
    if "by" not in text.lower():  # a cheap first test: most sentences change nothing by an amount
        return None
    found = _BY_AMOUNT.search(text)
    return found.start() if found else None


def refers_within(text: str, at: int) -> bool:
    """Whether a rate of the same sentence comes before the change at `at` (else the
    change refers back to the sentence before)."""
    return any(r.end <= at for r in find_rates(text))
