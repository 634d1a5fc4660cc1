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


# --- a level in an aside on the goods, then the main verb's own rate: "X, which have carried
# 100% since 2024, will be charged 35%". The main rate reads its force past the aside, takes
# the goods the aside hangs on, and the aside's level is its level before.

MONDAY = date(2026, 12, 7)
A = Status.ANNOUNCED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chinese-made toasters, which have carried a 90% duty since 2024, will be charged 40% "
         "from March 1, the US trade representative said on Monday.",
         ("US", "China", 40.0, A, 90.0)),
        ("Canadian plywood, which currently faces a 20% US tariff, will pay 30% from April, the "
         "Commerce Department said on Monday.", ("US", "Canada", 30.0, A, 20.0)),
        ("American walnuts, which have borne a 15% Chinese levy since May, will face 5% from next "
         "month, Beijing said on Monday.", ("China", "US", 5.0, A, 15.0)),
    ],
)  # fmt: skip
def test_rate_after_a_level_aside_is_the_main_verbs(text: str, want: tuple) -> None:
    facts = tariff_rates(text, MONDAY)
    assert {(f.imposer, f.target, f.rate_pct, f.status, f.previous_pct) for f in facts} == {want}


def test_rate_after_a_level_aside_takes_the_goods_it_hangs_on() -> None:
    text = (
        "Chinese steel, which has carried a 60% duty since 2024, will be charged 25% from "
        "March 1, the White House said on Monday."
    )
    [fact] = tariff_rates(text, MONDAY)
    assert (fact.product, fact.rate_pct) == ("steel", 25.0)


@pytest.mark.parametrize(
    "text",
    [
        # the main rate only weighed: the aside's standing level may be read, the 40% never alerts
        "Chinese-made toasters, which have carried a 90% duty since 2024, could be charged 40% "
        "next year, officials said on Monday.",
    ],
)
def test_hedged_rate_after_a_level_aside_does_not_alert(text: str) -> None:
    assert all(
        f.rate_pct != 40.0 or f.status not in (Status.HAPPENED, Status.ANNOUNCED)
        for f in tariff_rates(text, MONDAY)
    )
