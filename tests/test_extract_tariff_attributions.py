"""A reporting clause after the step ("..., the ministry announced on Dec. 31") says who told
it, not that it is still to come: "announced" with no object after a comma does not make the
rate `announced`; the timing of its start decides (status.py `_ATTRIBUTED`). A step that is
itself announced, or one still to come, stays announced.

Every sentence here is written for these tests. Published on Thursday 10 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 12, 10)


def _statuses(text: str) -> set[tuple[str | None, float | None, Status]]:
    return {(f.imposer, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "Canada imposed a 20% tariff on Chinese bicycles beginning Dec. 1, the finance "
        "ministry announced Nov. 28.",
        "Canada imposed a 20% tariff on Chinese bicycles, the finance ministry announced on "
        "Tuesday.",
    ],
)
def test_a_step_told_by_an_attribution_happened(text: str) -> None:
    assert _statuses(text) == {("Canada", 20.0, Status.HAPPENED)}


@pytest.mark.parametrize(
    "text",
    [
        "Canada imposed a 20% tariff on Chinese bicycles beginning Jan. 5, the finance "
        "ministry announced on Tuesday.",
        "Canada announced a 20% tariff on Chinese bicycles on Tuesday.",
        "Canada will impose a 20% tariff on Chinese bicycles, the finance ministry announced "
        "on Tuesday.",
    ],
)
def test_a_step_to_come_or_announced_itself_stays_announced(text: str) -> None:
    assert _statuses(text) == {("Canada", 20.0, Status.ANNOUNCED)}
