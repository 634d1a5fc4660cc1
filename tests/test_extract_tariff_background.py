"""Tariff figures that give no alert although a rate is named: a rise told in a relative aside is
the level before the main verb's change; a level going on, a level before a step or an opinion of a
figure; a campaign's promise (threatened, or no fact). A change told new level first ("X's tariff
fell to 13% from 23%") keeps its verb.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
ALERTING = (Status.HAPPENED, Status.ANNOUNCED)


def _key(f: TariffRate) -> tuple[str, str, float, Status, float | None]:
    return f.imposer, f.target, f.rate_pct, f.status, f.previous_pct


def _alerting(text: str) -> list[tuple[str, str, float, Status, float | None]]:
    return [_key(f) for f in tariff_rates(text, PUBLISHED) if f.status in ALERTING]


# --- a rise told in a relative aside is history; the main verb's figure is the news


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Washington's levy on Chinese kites, which had climbed to 90% in May, was cut to "
            "20% on Monday.",
            Status.HAPPENED,
        ),
        (
            "The duty on Chinese lamps, which rose to 70% last year, will be lowered to 25% "
            "next month.",
            Status.ANNOUNCED,
        ),
        (
            "US tariffs on Chinese rugs, which had soared as high as 80% in spring, were reduced "
            "to 35% on Monday.",
            Status.HAPPENED,
        ),
    ],
)
def test_a_rise_in_an_aside_is_the_level_before_the_main_verbs_change(
    text: str, status: Status
) -> None:
    [fact] = tariff_rates(text, PUBLISHED)
    assert (fact.imposer, fact.target, fact.status) == ("US", "China", status)
    assert fact.previous_pct is not None and fact.rate_pct < fact.previous_pct


# --- a level going on, a level before a step, an opinion of a figure: no alert


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo's rate on American walnuts remains 6% under the accord.",
        "Duties on Chinese kettles averaged 9% before the latest increase, a think tank said.",
        "The president wrote online that a 70% tariff on China seems about right.",
    ],
)
def test_a_standing_level_an_earlier_one_or_an_opinion_is_no_alert(text: str) -> None:
    assert _alerting(text) == []


# --- a campaign's promise is no measure (threatened, or no fact)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will put a 70% tariff on China,\u201d the candidate told a crowd in Ohio.",
        "On the campaign trail, the senator promised a 70% tariff on Chinese cars.",
    ],
)
def test_a_campaign_promise_is_no_measure(text: str) -> None:
    assert _alerting(text) == []


# --- "X's tariff fell to 13% from 23%": the new level first, its verb kept


@pytest.mark.parametrize(
    "text",
    [
        "Japan's duty on US walnuts fell to 6% from 11%.",
        "Japan's duty on US walnuts fell to 6% on Monday from 11%.",
    ],
)
def test_a_change_told_new_level_first_keeps_its_verb(text: str) -> None:
    assert [
        (f.imposer, f.target, f.rate_pct, f.previous_pct) for f in tariff_rates(text, PUBLISHED)
    ] == [("Japan", "US", 6.0, 11.0)]
