"""A rate in an aside set off by a pair of dashes, a verb right after the closing dash ("Ottawa's
retaliation \u2014 a 25% surtax on US boats \u2014 was lifted in 2023"): that verb is the
predicate of the noun the aside renames, and so tells the rate's time and force.

Sentences written for this test (none copied from an article). Published Monday 2026-12-07.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import alerting_keys
from watcher.models import Status

MONDAY = date(2026, 12, 7)
H, A = Status.HAPPENED, Status.ANNOUNCED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Brazil's answer \u2014 a 30% duty on US kayaks \u2014 took effect on Monday.",
         {("Brazil", "US", 30.0, H)}),
        ("Beijing's countermeasure \u2014 a 10% levy on US canoes \u2014 will apply from January "
         "1, the ministry said on Monday.", {("China", "US", 10.0, A)}),
    ],
)  # fmt: skip
def test_verb_after_the_dashes_is_the_rates(text: str, want: set) -> None:
    assert alerting_keys(text, MONDAY) == want


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa's retaliation of 2019 \u2014 a 25% surtax on US kayaks \u2014 was lifted in 2023.",
        "India's answer of 2019 \u2014 a 28% duty on US canoes \u2014 was scrapped in 2023.",
    ],
)
def test_old_measure_in_dashes_gives_no_alert(text: str) -> None:
    assert alerting_keys(text, MONDAY) == set()
