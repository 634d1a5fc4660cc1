"""How a tariff change is told: an arrow between two levels is a change; a start level is announced
while a later rise that is only possible is not, and a modal before the rate still governs it; the
level a change leaves is as firm as the change; each object of a list whose verb is gapped gets its
own step.

Every sentence here is written for these tests. Published on Monday 10 August 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 8, 10)


@pytest.mark.parametrize("arrow", ["\u2192", "->"])
def test_an_arrow_between_two_levels_is_a_change(arrow: str) -> None:
    text = f"Canadian tariffs on Chinese steel: 25% {arrow} 40% from next month."
    assert [
        (f.imposer, f.target, f.rate_pct, f.previous_pct) for f in tariff_rates(text, PUBLISHED)
    ] == [("Canada", "China", 40.0, 25.0)]


# --- a start level, then a rise that is only possible


@pytest.mark.parametrize(
    "text",
    [
        "The new US duty on Chinese printers will start at 12% and may climb in later years.",
        "A US levy on Chinese forklifts will begin at 18% and could later go higher.",
    ],
)
def test_a_start_level_is_announced_and_the_later_rise_is_not(text: str) -> None:
    found = tariff_rates(text, PUBLISHED)
    assert [(f.imposer, f.target, f.status) for f in found] == [("US", "China", Status.ANNOUNCED)]


def test_a_modal_before_the_rate_still_governs_it() -> None:
    text = "The US could raise its duty on Chinese printers to 12% and may go further."
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.SPECULATED]


def test_the_level_a_change_leaves_is_as_firm_as_the_change() -> None:
    text = (
        "Trump said he would cut the levy on Chinese goods to 10% from 20%, leaving the overall "
        "rate at 47%."
    )
    assert {f.status for f in tariff_rates(text, PUBLISHED)} == {Status.ANNOUNCED}


def test_each_object_of_a_gapped_list_gets_its_own_step() -> None:
    text = (
        "The trade office said it would raise tariffs on Chinese forklifts to 60% and on "
        "certain pallet trucks to 40%, effective December 1."
    )
    found = tariff_rates(text, PUBLISHED)
    assert [(f.imposer, f.target, f.rate_pct) for f in found] == [
        ("US", "China", 60.0),
        ("US", "China", 40.0),
    ]
