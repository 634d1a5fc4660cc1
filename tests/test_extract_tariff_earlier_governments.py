"""A step told as an earlier government's ("Under former President X, the duty rose to 100%",
"during the previous administration", "his predecessor raised it") is history, no live fact;
a step of its own that mentions the earlier government after it keeps its fact.

Sentences written for this test (none copied from an article). Published 2026-03-10.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)
ALERTING = {Status.HAPPENED, Status.ANNOUNCED, Status.SUSPENDED}


def _alerting(text: str) -> set[tuple[str, str, float, Status]]:
    return {
        (f.imposer, f.target, f.rate_pct, f.status)
        for f in tariff_rates(text, PUBLISHED)
        if f.status in ALERTING
    }


@pytest.mark.parametrize(
    "text",
    [
        "Under former President Jane Doe, the tariff on Chinese electric cars rose to 100%.",
        "During the previous administration, the US raised its tariff on Chinese EVs to 100%.",
        "Former President Jane Doe raised the tariff on Chinese electric cars to 100%.",
        "His predecessor raised the tariff on Chinese solar cells to 50%.",
        "Under former Prime Minister John Roe, Canada imposed a 100% tariff on Chinese EVs.",
    ],
)
def test_earlier_government_step_is_history(text: str) -> None:
    assert _alerting(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The US raised its tariff on Chinese EVs to 100% on Monday, reversing a cut made under "
         "the previous administration.", {("US", "China", 100.0, Status.HAPPENED)}),
        ("Ottawa raised its tariff on Chinese EVs to 100% on Monday, undoing the "
         "policy of its predecessor.", {("Canada", "China", 100.0, Status.HAPPENED)}),
    ],
)  # fmt: skip
def test_own_step_mentioning_an_earlier_government_stays(text: str, want: set) -> None:
    assert _alerting(text) == want
