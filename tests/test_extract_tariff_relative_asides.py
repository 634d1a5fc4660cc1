"""A definite rate whose relative aside reports its recent event ("The 25% tariff on Chinese
steel, which the US imposed on Monday, hit shares") is a fact; an aside of its history ("which
it imposed in 2018"), a bare "the new 15% tariff, which ..." with no country of its own, and an
aside with no event stay restatements.

Sentences written for this test (none copied from an article). Published 2026-03-10.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)
H = Status.HAPPENED


def _keys(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The 25% tariff on Chinese steel, which the US imposed on Monday, hit shares of mills.",
         ("US", "China", 25.0, H)),
        ("Canada's retaliatory 25% tariffs on U.S. goods, which took effect on Friday, hit "
         "American farmers.", ("Canada", "US", 25.0, H)),
        ("The 25% tariff, which the US imposed on Chinese steel on Monday, hit shares of mills.",
         ("US", "China", 25.0, H)),
    ],
)  # fmt: skip
def test_event_aside_makes_a_fact(text: str, want: tuple) -> None:
    assert _keys(text) == {want}


@pytest.mark.parametrize(
    "text",
    [
        "The 25% tariff on Chinese steel, which the US imposed in 2018, hit shares.",
        "The 25% tariff on Chinese steel, which the US imposed in January, hit shares.",
        "The 25% tariff on Chinese steel, which was raised from 10% last year, hurt carmakers.",
        "The 25% tariff on Chinese steel, which analysts called a mistake, hit shares.",
        "The new 15% tariff, which will take effect on Friday, is higher than the 10% rate "
        "previously applied to Irish goods.",
        "The new 15% tariff, which the US will impose on Friday, is higher than the 10% rate "
        "previously applied to Irish goods.",
    ],
)
def test_history_or_bare_reference_stays_a_restatement(text: str) -> None:
    assert _keys(text) == set()


# --- "The duty on X, held at zero since the probe closed, will rise to N%": an aside of how
# long the old level held dates that level, not the step after it


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile's levy on Chinese tiles, unchanged since the quota lapsed, will climb to 14% "
            "in June.",
            ("Chile", "China", 14.0, Status.ANNOUNCED),
        ),
        (
            "Peru's duty on Chinese mirrors, frozen since the review began in 2024, was lifted "
            "to 21% on Monday.",
            ("Peru", "China", 21.0, Status.HAPPENED),
        ),
    ],
)
def test_a_since_aside_before_the_step(text: str, want: tuple[str, str, float, Status]) -> None:
    got = {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}
    assert got == {want}


def test_a_since_opener_still_recaps() -> None:
    text = "Since the review began in 2024, Peru's duty on Chinese mirrors has risen to 21%."
    assert not [f for f in tariff_rates(text, PUBLISHED) if f.status is Status.HAPPENED]
