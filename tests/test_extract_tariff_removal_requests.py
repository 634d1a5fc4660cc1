"""A request that another party remove a duty ("urged Washington to remove the 40% tariff",
"called on Beijing to scrap its 15% levy") changes nothing: the duty only stands, so no fact
(lexicon `modality: unchanged`). Removing it, or agreeing to, is a suspension; a request to
impose a new rate stays speculation of that rate. A gap of the request may hold an initialism
with its periods ("urged U.S. officials to lift ...").

Every sentence here is written for these tests. Published on Thursday 10 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 12, 10)


def _facts(text: str) -> set[tuple[str | None, str | None, float | None, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "Mexico's president has urged the US president to remove the 30% tariff imposed by "
        "Washington on Mexican tomatoes.",
        "Seoul asked Washington on Thursday to lift the 25% duty on Korean washing machines.",
        "Farm groups called on Beijing to scrap its 15% tariff on US sorghum.",
        "Canada's premier has urged U.S. President Smith to drop the 35% levy on Canadian lumber.",
        "Exporters appealed to the commerce ministry to withdraw its 12% duty on Japanese "
        "scallops.",
    ],
)
def test_a_request_to_remove_a_duty_is_no_fact(text: str) -> None:
    assert _facts(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Washington removed the 30% tariff on Mexican tomatoes on Thursday, the trade office "
            "said.",
            ("US", "Mexico", 30.0, Status.SUSPENDED),
        ),
        (
            "Beijing agreed on Thursday to remove its 15% tariff on US sorghum.",
            ("China", "US", 15.0, Status.SUSPENDED),
        ),
    ],
)
def test_removing_a_duty_is_still_a_suspension(
    text: str, want: tuple[str, str, float, Status]
) -> None:
    assert want in _facts(text)


def test_a_request_to_impose_a_rate_stays_speculation() -> None:
    text = "Lawmakers urged the White House to impose a 60% tariff on Chinese drones."
    assert _facts(text) == {("US", "China", 60.0, Status.SPECULATED)}
