"""Earlier levels and times in a tariff story: a past peak in an aside leaves the cut the fact
(alone, it is history); a law named with its year does not make the measure old, the measure's own
year does; an aside with the measure's history leaves the change news, and a second step after it
is read; a later month after "would", or an earlier month before a start to come, is the coming
one, a past month told in the past stays old; a hedged earlier level is the previous rate.

Every sentence here is written for these tests. Published on Monday 10 August 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.models import Status

PUBLISHED = date(2026, 8, 10)


def _key(f: TariffRate) -> tuple[str, str, float, Status]:
    return f.imposer, f.target, f.rate_pct, f.status


# --- a past peak in an aside, then the change: the change is the fact, the peak history


# (fix27-tariff, review finding 12: each case now states its own rate and previous level; the
# old asserts compared the found rate with itself and accepted either case's values)
@pytest.mark.parametrize(
    ("text", "status", "rate", "previous"),
    [
        (
            "Duties on Chinese bicycles, which briefly hit 80% last winter, were lowered to 40% "
            "on Friday.",
            Status.HAPPENED,
            40.0,
            80.0,
        ),
        (
            "The levy on Chinese kitchenware, which had peaked at 70% in March, will be cut to "
            "35% next month, the trade office said.",
            Status.ANNOUNCED,
            35.0,
            70.0,
        ),
    ],
)
def test_a_peak_in_an_aside_leaves_the_cut(
    text: str, status: Status, rate: float, previous: float
) -> None:
    found = tariff_rates(text, PUBLISHED)
    assert [(f.imposer, f.target, f.rate_pct, f.previous_pct, f.status) for f in found] == [
        ("US", "China", rate, previous, status)
    ]


def test_a_peak_alone_is_still_history() -> None:
    text = "Duties on Chinese bicycles briefly hit 80% last winter before talks resumed."
    assert [
        f for f in tariff_rates(text, PUBLISHED) if f.status in (Status.HAPPENED, Status.ANNOUNCED)
    ] == []


# --- a law's year is no date of the measure


def test_a_law_named_with_its_year_does_not_make_the_measure_old() -> None:
    text = (
        "Under Section 122 of the Trade Act of 1974, the president will place a 15% surcharge "
        "on Chinese toys from September 1."
    )
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 15.0, Status.ANNOUNCED)
    ]


def test_a_year_of_the_measure_itself_is_still_old() -> None:
    text = "In 2019, the US put a 15% surcharge on Chinese toys."
    assert [
        f for f in tariff_rates(text, PUBLISHED) if f.status in (Status.HAPPENED, Status.ANNOUNCED)
    ] == []


def test_an_aside_with_the_measures_history_leaves_the_change_news() -> None:
    text = (
        "Australia said the levy on Chinese steel wheels, first imposed two years ago, will be "
        "raised to 40% on September 1."
    )
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("Australia", "China", 40.0, Status.ANNOUNCED)
    ]


def test_a_second_step_after_an_aside_with_the_first() -> None:
    text = (
        "The duty on Chinese wind towers, already raised to 30% in March, will climb again to "
        "60% in November, the trade office said."
    )
    assert [(f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)] == [
        (60.0, Status.ANNOUNCED)
    ]


# --- times to come


def test_a_later_month_after_would_is_the_coming_one() -> None:
    text = "Under the draft, tariffs on Chinese e-bikes would rise to 70% in November."
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 70.0, Status.ANNOUNCED)
    ]


def test_a_start_to_come_makes_an_earlier_month_the_next_one() -> None:
    text = "Chile's Congress approved tariffs of 25% on Chinese steel, to take effect in March."
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("Chile", "China", 25.0, Status.ANNOUNCED)
    ]


def test_a_past_month_told_in_the_past_stays_old() -> None:
    text = "Tariffs on Chinese e-bikes rose to 70% in March."
    assert [
        f for f in tariff_rates(text, PUBLISHED) if f.status in (Status.HAPPENED, Status.ANNOUNCED)
    ] == []


def test_a_hedged_earlier_level_is_the_previous_rate() -> None:
    text = "US tariffs on Chinese goods will fall to about 40% next week, down from roughly 50%."
    assert [(f.rate_pct, f.previous_pct) for f in tariff_rates(text, PUBLISHED)] == [(40.0, 50.0)]


# A level told by a past copula as someone's answer to another's step ("the duties ... were
# Ottawa's reply to Washington's levies") names the measure's cause: background, no step.
@pytest.mark.parametrize(
    "text",
    [
        "The 2018 duties of 25 percent on US whiskey were Brussels' reply to Washington's steel "
        "tariffs.",
        "Canada's 10% surtax on US ketchup was retaliation for the US steel levies.",
    ],
)
def test_past_answer_copula_is_background(text: str) -> None:
    assert all(
        f.status not in (Status.HAPPENED, Status.ANNOUNCED) for f in tariff_rates(text, PUBLISHED)
    )


def test_a_step_taken_in_response_still_happened() -> None:
    text = "Canada imposed a 10% surtax on US ketchup on Monday in response to the US steel levies."
    assert {_key(f) for f in tariff_rates(text, PUBLISHED)} == {
        ("Canada", "US", 10.0, Status.HAPPENED)
    }
