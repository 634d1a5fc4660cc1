"""A month closing the main clause dates the "which" clause after it: "announced a trade deal in
March, which cut the tariff on X from 60% to 25%" recounts the deal's terms, background when the
month ended more than two weeks back (clauses.py `_MONTH_ANTECEDENT`), however long the main
clause is. A day instead of a month, or the current month, keeps the rate.

Every sentence here is written for these tests. Published on Thursday 10 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates

PUBLISHED = date(2026, 12, 10)


def _rates(text: str) -> set[float | None]:
    return {f.rate_pct for f in tariff_rates(text, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "The administration and the government in Beijing announced a 90-day trade deal in "
        "March, which lowered the tariff on most Chinese bicycles from 60% down to 25%.",
        "Officials from both capitals signed a long-negotiated and much-delayed agreement in "
        "early April, which cut the US duty on Chinese kettles from a combined 80% to 40%.",
    ],
)
def test_a_deal_of_an_old_month_recounts_its_cut(text: str) -> None:
    assert _rates(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The administration and the government in Beijing announced a 90-day trade deal on "
        "Tuesday, which lowered the tariff on most Chinese bicycles from 60% down to 25%.",
        "The administration and the government in Beijing announced a 90-day trade deal in "
        "December, which lowered the tariff on most Chinese bicycles from 60% down to 25%.",
    ],
)
def test_a_recent_deal_keeps_its_cut(text: str) -> None:
    assert 25.0 in _rates(text)
