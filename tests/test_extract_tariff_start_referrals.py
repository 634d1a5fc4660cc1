"""A start told by reference: "effective immediately" or "took effect the same day" is the day of
the step the sentence told before it ("last Thursday"); a time that is no day ("a week ago")
leaves no start rather than the publication day; a trailing ", with the higher rate applying
from May 1" dates the rate it follows (announced when the day is ahead). A next sentence such
as "The levy took effect the same day." dates the rates of the one before it.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A = Status.HAPPENED, Status.ANNOUNCED


def _starts(text: str, rate: float) -> set[tuple[Status, date | None]]:
    return {
        (f.status, f.effective)
        for f in extract_facts(text, published=PUBLISHED)
        if isinstance(f, TariffRate) and f.rate_pct == rate
    }


@pytest.mark.parametrize(
    ("text", "rate", "want"),
    [
        (  # the day just named, not the day of the report
            "Canada on Monday imposed a 25% tariff on Chinese steel, effective immediately.",
            25.0,
            {(H, date(2026, 3, 9))},
        ),
        (
            "Chile's decision last Thursday to lift its duty on Chinese wire to 45%, which trade "
            "officials said took effect the same day, drew a protest.",
            45.0,
            {(H, date(2026, 3, 5))},
        ),
        (  # the next sentence refers back: the day the sentence before named
            "Colombia announced a 40% duty on Chinese sheet glass on Monday. The levy took effect "
            "the same day.",
            40.0,
            {(H, date(2026, 3, 9))},
        ),
        (
            "Kenya imposed a 20% tariff on Chinese tyres last Thursday. The new duty came into "
            "force immediately.",
            20.0,
            {(H, date(2026, 3, 5))},
        ),
        (  # "a week ago" is no day: no start rather than the publication day
            "The 25% tariff on Chinese electric vehicles, announced a week ago, took effect "
            "immediately, officials said.",
            25.0,
            {(H, None)},
        ),
        (  # no time told: "immediately" is the day of the report
            "Peru raised its duty on Chinese tiles to 30% with immediate effect.",
            30.0,
            {(H, PUBLISHED)},
        ),
        (
            "Brussels on Monday raised its tariff on Chinese electric cars to as much as 35%, "
            "with the higher rate applying from May 1.",
            35.0,
            {(A, date(2026, 5, 1))},
        ),
        (
            "Mexico raised its tariff on Chinese textiles to 35%, with the higher rate applying "
            "from March 1.",
            35.0,
            {(H, date(2026, 3, 1))},
        ),
    ],
)
def test_referred_starts(text: str, rate: float, want: set[tuple[Status, date | None]]) -> None:
    assert _starts(text, rate) == want


@pytest.mark.parametrize(
    "text",
    [
        "Trump threatened on Monday to raise the tariff on Chinese goods to 60%, with the higher "
        "rate applying from May 1.",
        "Officials said a 30% tariff on Chinese steel could take effect the same day talks "
        "collapse.",
    ],
)
def test_unsaid_steps_stay_silent(text: str) -> None:
    assert not any(
        f.status in (H, A, Status.SUSPENDED)
        for f in extract_facts(text, published=PUBLISHED)
        if isinstance(f, TariffRate)
    )
