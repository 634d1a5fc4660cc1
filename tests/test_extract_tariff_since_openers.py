"""A fronted "Since <time>," before a payer that has borne a level states the level in force,
not a recap ("Since March, Chinese kettles have borne a 40% US duty"), as a trailing "since
March" already did; a step told after such an opener stays a recap, and a level dated only in
the past ("In 2024, ... bore") stays history.

Sentences written for this test (none copied from an article). Published Monday 2026-12-07.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import alerting_keys
from watcher.models import Status

MONDAY = date(2026, 12, 7)
H = Status.HAPPENED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Since April, Chinese bicycles have borne a 35% US duty.", ("US", "China", 35.0, H)),
        ("Since last summer, American almonds have carried a 15% Chinese tariff.",
         ("China", "US", 15.0, H)),
        ("Since February, Vietnamese furniture has faced US duties of 46%.",
         ("US", "Vietnam", 46.0, H)),
        ("Since the truce began, US walnuts have borne a 10% Chinese levy.",
         ("China", "US", 10.0, H)),
    ],
)  # fmt: skip
def test_fronted_since_dates_a_level_still_borne(text: str, want: tuple) -> None:
    assert alerting_keys(text, MONDAY) == {want}


@pytest.mark.parametrize(
    "text",
    [
        "Since April, Washington has raised its duty on Chinese bicycles to 35%.",
        "In 2024, Chinese bicycles bore a 35% US duty.",
        "Until last year, American almonds carried a 15% Chinese tariff.",
    ],
)
def test_step_after_since_or_a_past_level_gives_no_alert(text: str) -> None:
    assert alerting_keys(text, MONDAY) == set()
