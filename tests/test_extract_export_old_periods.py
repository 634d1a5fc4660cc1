"""A step dated by an old period ("last year", "two years ago") is history, wherever the period
stands in the step's clause; "last week" may be the news itself."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import frame, live_controls

PUBLISHED = date(2026, 3, 2)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing last year barred shipments of antimony to American buyers.",
        "Beijing barred shipments of antimony to American buyers two years ago.",
        "Three years ago, Washington restricted sales of AI processors to China.",
    ],
)
def test_a_step_in_an_old_period_is_history(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beijing last week barred shipments of antimony to American buyers.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "China on Monday lifted a ban on antimony exports to the US that it imposed last year.",
            ("China", "US", "rare_earths", "lifted"),
        ),
    ],
)
def test_last_week_or_an_old_period_in_the_control_s_own_clause_leaves_the_step(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert [frame(f) for f in live(text)] == [expected]
