"""A condition told by a preposition before the step ("Without a deal, tariffs will jump to
50%", "Absent an agreement, China will raise its duty to 40%") makes a threat, not an
announcement; "without a deal" after a step taken leaves it happened.

Sentences written for this test (none copied from an article). Published 2026-03-10.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)


def _statuses(text: str) -> set[Status]:
    return {f.status for f in tariff_rates(text, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "Without a deal, tariffs on Chinese goods will jump to 50% on Friday.",
        "Absent an agreement, China will raise its tariff on US pork to 40%.",
        "Failing a deal, Ottawa will impose a 25% surtax on US steel next month.",
    ],
)
def test_prepositional_condition_makes_a_threat(text: str) -> None:
    assert _statuses(text) == {Status.THREATENED}


def test_without_a_deal_after_a_step_taken() -> None:
    text = (
        "The US raised tariffs on Chinese goods to 50% on Monday after talks ended without a deal."
    )
    assert _statuses(text) == {Status.HAPPENED}
