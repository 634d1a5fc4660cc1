"""A trailing appositive that renames the step (", a cut first floated in May", ", an increase
agreed last month") is a comment on it: its times and hedges are its own, not the step's.
A step dated in the past itself stays history; a step only weighed stays speculation.

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
        ("The White House confirmed on Monday that the tariff on Chinese kettles would be lowered "
         "to 20 per cent from 40 per cent starting March 1, a cut first floated in August.",
         ("US", "China", 20.0, A)),
        ("Beijing said on Monday it would trim its levy on US almonds to 5% from January 1, a "
         "reduction proposed by the ministry in October.", ("China", "US", 5.0, A)),
        ("Ottawa lowered its surtax on US boats to 5 per cent on Monday, a cut that marinas had "
         "sought since June.", ("Canada", "US", 5.0, H)),
        ("Mexico will raise its duty on Chinese sandals to 30% from February, a hike first "
         "floated by officials in the summer.", ("Mexico", "China", 30.0, A)),
    ],
)  # fmt: skip
def test_comment_renaming_the_step_keeps_its_own_times(text: str, want: tuple) -> None:
    assert alerting_keys(text, MONDAY) == {want}


@pytest.mark.parametrize(
    "text",
    [
        "Washington raised its tariff on Chinese kettles to 40% in May, a hike that angered "
        "Beijing.",
        "Beijing is considering a cut in its levy on US almonds to 5%, a reduction first floated "
        "in October.",
    ],
)
def test_past_or_weighed_step_with_a_comment_gives_no_alert(text: str) -> None:
    assert alerting_keys(text, MONDAY) == set()
