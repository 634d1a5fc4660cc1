"""A date named as a duty's own ("has set September 1 as the date on which a 30% duty ... takes
effect", "fixed October 1 as the start date for a 25% levy"): it is the duty's start though it
comes before the rate, and a start still ahead makes the duty announced.

Every sentence here is written for these tests. Published on Wednesday 12 August 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 8, 12)  # a Wednesday
A = Status.ANNOUNCED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mexico has set September 1 as the date on which a 30% duty on Chinese-made e-bikes "
            "takes effect.",
            ("Mexico", "China", 30.0, A, date(2026, 9, 1)),
        ),
        (
            "Brussels has fixed October 1 as the start date for a 25% levy on US whiskey.",
            ("EU", "US", 25.0, A, date(2026, 10, 1)),
        ),
    ],
)
def test_a_date_named_as_the_duty_s_is_its_start(text: str, want: tuple) -> None:
    got = {
        (f.imposer, f.target, f.rate_pct, f.status, f.effective)
        for f in tariff_rates(text, PUBLISHED)
    }
    assert got == {want}


@pytest.mark.parametrize(
    "text",
    [
        "Mexico named September 1 as the date of the next round of talks and raised its duty on "
        "Chinese e-bikes to 30%.",
        "Mexico set September 1 as the date for talks, and its 30% duty on Chinese e-bikes stays.",
    ],
)
def test_a_date_named_for_something_else_is_no_start(text: str) -> None:
    assert all(f.effective != date(2026, 9, 1) for f in tariff_rates(text, PUBLISHED))
