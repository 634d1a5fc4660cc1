"""Goods named by a demonstrative ("the duty on those chips", "a levy on such lumber") point
back to goods the sentence before named with their origin: that origin is the target. Also
the goods named before an aside on how long the old level held ("the duty on those chips,
held at zero since the probe closed, will rise to 25%") are the rate's goods.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates

PUBLISHED = date(2026, 3, 10)  # a Tuesday


def _facts(text: str) -> set[tuple[str, str, float]]:
    return {(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Makers of Turkish towels fear a hit. Ottawa's surtax on those towels will climb to "
            "18% on April 2.",
            ("Canada", "Turkey", 18.0),
        ),
        (
            "Brazilian beef has flooded the market. The US levy on such beef will double to 26% "
            "next month, officials said.",
            ("US", "Brazil", 26.0),
        ),
        (
            "Shipments of Thai rice have slowed. Tokyo said its duty on these shipments would "
            "fall to 7% from May 1.",
            ("Japan", "Thailand", 7.0),
        ),
    ],
)
def test_demonstrative_goods_take_the_origin_named_before(
    text: str, want: tuple[str, str, float]
) -> None:
    assert want in _facts(text)


def test_two_origins_before_leave_the_target_open() -> None:
    text = (
        "Thai and Vietnamese rice have both slowed. Tokyo said its duty on these shipments "
        "would fall to 7% from May 1."
    )
    assert not {f for f in _facts(text) if f[1] in ("Thailand", "Vietnam")}


def test_goods_before_a_since_aside_are_the_rates() -> None:
    text = (
        "The US duty on Chinese drones, kept at zero since the review of the sector closed "
        "in the autumn, will rise to 30% on June 1."
    )
    got = [(f.target, f.product) for f in tariff_rates(text, PUBLISHED) if f.rate_pct == 30.0]
    assert got and got[0][0] == "China" and got[0][1] != "all goods"
