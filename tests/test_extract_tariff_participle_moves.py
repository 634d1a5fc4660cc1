"""A participle of a level move after the main clause (", rising to 60% from 50%") moves the
duty the main clause names: its parties, goods and force are that clause's ("Tariffs on
X will go the other way, rising to 60%"; "Canada's surtax on Y fell on Monday, dropping to
10%"). A participle after a clause about something else (prices, exports) moves no duty.

Sentences written for this test (none copied from an article). Published Monday 2026-12-07.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import alerting_keys, tariff_rates
from watcher.models import Status

MONDAY = date(2026, 12, 7)
H, A = Status.HAPPENED, Status.ANNOUNCED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tariffs on Chinese gas and charcoal grills will go the other way, rising to 45 percent "
         "from 30 percent on January 1, the US trade representative said on Monday.",
         ("US", "China", 45.0, A)),
        ("Duties on American cider, perry and mead will move sharply, climbing to 40% from 20% on "
         "February 1, the European Commission said on Monday.", ("EU", "US", 40.0, A)),
        ("Canada's surtax on US rowing and sailing boats fell on Monday for the first time in two "
         "years, dropping to 5 per cent from 15 per cent.", ("Canada", "US", 5.0, H)),
    ],
)  # fmt: skip
def test_participle_moves_the_main_clauses_duty(text: str, want: tuple) -> None:
    assert alerting_keys(text, MONDAY) == {want}


def test_participle_takes_the_main_clauses_future() -> None:
    text = (
        "The US tariff on Japanese tractors will also shift on March 1, increasing to 20% from "
        "10%, the White House said on Monday."
    )
    [fact] = tariff_rates(text, MONDAY)
    assert (fact.rate_pct, fact.previous_pct, fact.status) == (20.0, 10.0, A)


@pytest.mark.parametrize(
    "text",
    [
        "Tariffs on Chinese grills were unchanged on Monday, with retail prices of ovens rising to "
        "45 percent above last year.",
        "Beijing's tariff on US cider and mead will rise next year, analysts said on Monday, "
        "possibly climbing to 40%.",
        "Exports of Chinese grills and ovens to the United States will fall next year, dropping "
        "20%, analysts said on Monday.",
    ],
)
def test_participle_of_something_else_or_hedged_gives_no_alert(text: str) -> None:
    assert alerting_keys(text, MONDAY) == set()
