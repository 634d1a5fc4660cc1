"""Tariff rates over coordinated parties and lists: rates distributed over two parties ("by the US
and ... by China", "respectively") give one fact per party; a cut coordinated with a removal keeps
its own verb; a list without a verb of its own shares the removal before it.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUB = date(2026, 3, 10)
ALERTING = {Status.HAPPENED, Status.ANNOUNCED}
A, H = Status.ANNOUNCED, Status.HAPPENED
PUBLISHED = date(2026, 3, 10)  # a Tuesday


def _facts(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUB)}


def _alerting(text: str) -> set[tuple[str, str, float]]:
    return {
        (f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUB) if f.status in ALERTING
    }


# distributive rates


def test_rates_each_with_its_own_agent_give_one_fact_per_party() -> None:
    text = "Under the truce, duties will fall to 25% by the US and 12% by China."
    assert _facts(text) == {("US", "China", 25.0, A), ("China", "US", 12.0, A)}


def test_respectively_pairs_the_rates_with_the_coordinated_parties() -> None:
    text = "China and the US cut their tariffs on each other's goods to 15% and 35% respectively."
    assert _alerting(text) == {("China", "US", 15.0), ("US", "China", 35.0)}


def test_respectively_over_two_goods_keeps_one_imposer() -> None:
    text = "The US raised tariffs on Chinese copper and lumber to 40% and 20% respectively."
    assert {f[0] for f in _facts(text)} <= {"US"}


# --- "removed A and cut B to 3%": the cut has its own verb, not the removal's status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Ottawa scrapped its 12% duty on US boats and cut the levy on US apples to 4%.",
            Status.HAPPENED,  # "cut" coordinated with a past step is past too
        ),
        (
            "Ottawa will scrap its 12% duty on US boats and cut the levy on US apples to 4%.",
            Status.ANNOUNCED,
        ),
    ],
)
def test_a_cut_coordinated_with_a_removal_is_not_suspended(text: str, status: Status) -> None:
    found = [(f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)]
    assert found == [(12.0, Status.SUSPENDED), (4.0, status)]


def test_a_list_without_a_verb_of_its_own_still_shares_the_removal() -> None:
    text = "Ottawa suspended its 12% duty on US boats and a 4% levy on US apples."
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.SUSPENDED] * 2
