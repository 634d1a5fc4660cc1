"""The reason given for a duty may name goods of another origin: "an extra 20% duty as a penalty
for buying Russian oil", "over its purchases of gas from Qatar". Those goods are what the taxed
party bought, not the goods taxed, so their origin is no party to the measure (roles.py
`_REASON`); a duty on those goods themselves keeps its target.

Every sentence here is written for these tests. Published on Thursday 10 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates

PUBLISHED = date(2026, 12, 10)


def _targets(text: str) -> set[tuple[str | None, str | None, float | None]]:
    return {(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Washington imposed an additional 20% duty on Turkish goods as a penalty for buying "
            "Russian oil.",
            {("US", "Turkey", 20.0)},
        ),
        (
            "The US raised its tariff on Indian textiles to 40% over India's purchases of "
            "Russian crude.",
            {("US", "India", 40.0)},
        ),
        (
            "Brussels slapped a 15% levy on Turkish steel for importing Russian coal, officials "
            "said.",
            {("EU", "Turkey", 15.0)},
        ),
    ],
)
def test_the_origin_in_a_reason_is_not_the_target(
    text: str, want: set[tuple[str, str, float]]
) -> None:
    assert _targets(text) == want


def test_a_reason_alone_gives_no_target_from_it() -> None:
    text = (
        "The president signed an order on Thursday imposing an extra 15% levy as punishment "
        "for importing Russian crude."
    )
    assert all(target != "Russia" for _, target, _ in _targets(text))


def test_a_duty_on_the_goods_themselves_keeps_their_origin() -> None:
    text = "Washington imposed a 20% duty on Russian crude on Thursday."
    assert ("US", "Russia", 20.0) in _targets(text)
