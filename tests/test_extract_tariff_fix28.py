"""Tariff rates, fix round after the stop-28 review (branch fix28-tariff): a day told after a
speech verb is the statement's, not the change's start; "plans to drop its 34% tariff" is a
plan (the verb has an object, so no scheduled move); "would never" rules a step out; an
average over goods is a statistic, not a rate anyone imposed.

Every sentence is written for the test; none is copied from an article. Published on
Wednesday 14 October 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.models import Status

PUBLISHED = date(2026, 10, 14)


def _key(f: TariffRate) -> tuple[str, str, float, float | None, Status, date | None]:
    return f.imposer, f.target, f.rate_pct, f.previous_pct, f.status, f.effective


# --- finding 8: the old level as the verb's object, with a statement's day or a modal --------


@pytest.mark.parametrize(
    "text",
    [
        "Washington will lower its 60% duty on Chinese steel to 25% next month, the Commerce "
        "Department said on Tuesday.",
        "Washington will lower its 60% duty on Chinese steel to 25% next month, a Commerce "
        "official told reporters on Tuesday.",
    ],
)
def test_a_speech_day_after_a_future_change_is_no_start(text: str) -> None:
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 25.0, 60.0, Status.ANNOUNCED, None)
    ]


def test_a_change_dated_on_its_own_verb_keeps_its_day() -> None:
    text = "Washington on Tuesday lowered its 60% duty on Chinese steel to 25%."
    assert [(f.status, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        (Status.HAPPENED, 25.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing plans to lower its 30% levy on American pork to 12%, people briefed on the "
        "talks said.",
        "Beijing plans to drop its 30% levy on American pork to 12%.",
    ],
)
def test_a_plan_to_change_a_named_level_is_planned(text: str) -> None:
    assert [(f.status, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        (Status.PLANNED, 12.0)
    ]


def test_a_level_set_to_drop_on_its_own_stays_scheduled() -> None:
    text = "The levy on American pork is set to drop to 12% on November 1."
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.ANNOUNCED]


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "Washington would never lower its 60% duty on Chinese steel to 25%, the president "
            "said.",
            "Washington will lower its 60% duty on Chinese steel to 25%, the president said.",
        ),
        (
            "The White House will never raise tariffs on Chinese toys to 90%, an aide said.",
            "The White House will raise tariffs on Chinese toys to 90%, an aide said.",
        ),
    ],
)
def test_a_step_that_would_never_be_taken_is_no_live_fact(text: str, twin: str) -> None:
    live = (Status.HAPPENED, Status.ANNOUNCED, Status.PLANNED)
    assert [f for f in tariff_rates(text, PUBLISHED) if f.status in live] == []
    assert [f.status for f in tariff_rates(twin, PUBLISHED)] == [Status.ANNOUNCED]


# --- finding 12: an average over goods is no rate imposed ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The average tariff on Chinese furniture is now roughly 35%, economists reckon.",
        "The average duty on Chinese furniture stands at about 35%.",
    ],
)
def test_an_average_over_goods_is_no_rate(text: str) -> None:
    live = (Status.HAPPENED, Status.ANNOUNCED)
    assert [f for f in tariff_rates(text, PUBLISHED) if f.status in live] == []


@pytest.mark.parametrize(
    "text",
    [
        "The overall tariff on Chinese furniture now stands at 35%, the White House said.",
        "Importers of Chinese furniture are paying an average tariff of 35%.",
    ],
)
def test_a_combined_level_or_what_payers_pay_stays_the_current_level(text: str) -> None:
    assert [(f.status, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        (Status.HAPPENED, 35.0)
    ]
