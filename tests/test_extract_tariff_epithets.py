"""A country named by an epithet: "tariffs on goods from the world's second-biggest economy"
is a duty on China (gazetteer `countries.yaml`, China's aliases). Only China's epithet is an
alias: "the world's largest economy" is also what China is said to be about to become.

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
    ("text", "rate"),
    [
        (
            "Trump, escalating his trade fight with Beijing, warned that he would put 80% tariffs "
            "on goods from the world's second-largest economy.",
            80.0,
        ),
        (
            "The president threatened a 60 per cent tariff on products from the world\u2019s "
            "second-biggest economy.",
            60.0,
        ),
    ],
)
def test_the_epithet_names_china(text: str, rate: float) -> None:
    assert ("US", "China", rate, Status.THREATENED) in _facts(text)


def test_the_largest_economy_is_no_alias() -> None:
    text = "Ottawa warned that it would put 30% tariffs on goods from the world's largest economy."
    assert all(target != "China" for _, target, _, _ in _facts(text))
