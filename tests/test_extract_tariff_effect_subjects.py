"""A rate in the subject of a verb of effect on an economic quantity ("the 50% tariff on chips
will raise prices", "the 25% tariff on parts would cut its margin by 3%") tells the measure's
effect, no step on it: no fact. A rate that is the object of a step, or whose own clause states
the step before the effect, keeps its fact.

Sentences written for this test (none copied from an article). Published 2026-03-10.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)
H, A = Status.HAPPENED, Status.ANNOUNCED


def _keys(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "The 50% tariff on Chinese chips will raise prices for consumers, economists said.",
        "A carmaker said the 25% tariff on imported parts would cut its margin by 3% this year.",
        "The 30% duty on American soybeans pushed up feed costs by a tenth, traders said.",
        "Analysts said the 20% levy on Chinese furniture could squeeze retailers' profits.",
    ],
)
def test_effect_of_a_rate_is_no_fact(text: str) -> None:
    assert _keys(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The US imposed a 25% tariff on Chinese steel to cut imports.", ("US", "China", 25.0, H)),
        ("China raised its tariff on US soybeans to 25% on Monday, lifting prices.",
         ("China", "US", 25.0, H)),
        ("The US will raise its tariff on Chinese chips to 50% to cut the trade deficit.",
         ("US", "China", 50.0, A)),
        ("The 25% tariff on Chinese steel took effect on Monday and will raise prices.",
         ("US", "China", 25.0, H)),
        ("Tariffs on Chinese goods will rise to 50% on Monday and raise prices.",
         ("US", "China", 50.0, A)),
    ],
)  # fmt: skip
def test_step_before_the_effect_keeps_its_fact(text: str, want: tuple) -> None:
    assert want in _keys(text)
