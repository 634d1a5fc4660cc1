"""A quantified part of the goods that bears a rate ("most goods face 25%, with a few categories
subject to 10%") is that rate's scope, not all goods (scopes.py `_SUBSET_BEARS`). The rate
before it, on most goods, keeps the general scope.

Every sentence here is written for these tests. Published on Thursday 10 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates

PUBLISHED = date(2026, 12, 10)


def _scopes(text: str) -> dict[float | None, str]:
    return {f.rate_pct: f.product for f in tariff_rates(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Most US goods would face a 25% Canadian tariff, with a few categories subject to 10%.",
            "a few categories",
        ),
        ("Canada imposed a 25% tariff on US goods, with some items at 10%.", "some items"),
        (
            "Mexico will charge 30% on most Chinese imports, with certain product lines "
            "facing 15%.",
            "certain product lines",
        ),
    ],
)
def test_a_quantified_part_is_the_scope_of_its_rate(text: str, part: str) -> None:
    scopes = _scopes(text)
    assert scopes[min(scopes)] == part
    assert scopes[max(scopes)] == "all goods"


def test_a_rate_on_all_the_goods_keeps_the_general_scope() -> None:
    text = "Canada imposed a 25% tariff on all US goods on Thursday."
    assert _scopes(text) == {25.0: "all goods"}
