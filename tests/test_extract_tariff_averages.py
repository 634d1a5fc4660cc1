"""An average is a statistic, not a rate anyone imposed ("the average tariff on goods ... is 20%",
an average stated as a level), while a combined level or what payers pay stays the current level.

Every sentence here is written for these tests. Published on Wednesday 14 October 2026 unless a
test gives its own date.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 10, 14)
LIVE = (Status.HAPPENED, Status.ANNOUNCED, Status.SUSPENDED)


def tariff_statuses(text: str, published: date) -> list[Status]:
    return [f.status for f in extract_facts(text, published=published) if isinstance(f, TariffRate)]


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


@pytest.mark.parametrize(
    "level",
    [
        "The average American duty on Chinese furniture stands at about 30%.",
        "The US levy on Chinese furniture averages roughly 30%, economists say.",
        "The average tariff rate on Chinese furniture is 30%.",
    ],
)
def test_an_average_stated_as_a_level_is_a_statistic(level: str) -> None:
    published = date(2026, 9, 3)
    assert [s for s in tariff_statuses(level, published) if s in LIVE] == []
    # an average that a dated step changes is a fact
    changed = "The average American duty on Chinese furniture will rise to 30% on October 1."
    assert tariff_statuses(changed, published) == [Status.ANNOUNCED]


@pytest.mark.parametrize(
    "text",
    [
        "Duties collected on Vietnamese furniture fell about 14% in the third quarter.",
        "US customs receipts from Chinese toys rose roughly 9% in September.",
        "Canadian surtax takings on US steel dropped nearly 20% last month.",
    ],
)
def test_a_hedged_move_is_a_change_not_a_level(text: str) -> None:
    """ "fell about 14%" is a change, as "fell 14%" is: a statistic of money, no rate."""
    assert tariff_rates(text, PUBLISHED) == []


def test_a_hedged_level_after_to_is_still_the_rate() -> None:
    text = "The US cut its tariff on Chinese kettles to about 14% on Monday."
    assert {(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)} == {
        ("US", "China", 14.0)
    }
