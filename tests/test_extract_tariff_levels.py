"""Tariff rates on wording nobody tuned on (issue 10, seventh round): current levels, hedged
figures, third parties' forecasts, and roles across a parenthetical comma.

Sentences written for this test (none copied from an article). Published 2025-11-20.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2025, 11, 20)
H, A, SP, P = Status.HAPPENED, Status.ANNOUNCED, Status.SPECULATED, Status.PLANNED

Key = tuple[str, str, float, Status]


def _keys(text: str) -> set[Key]:
    facts = extract_facts(text, published=PUBLISHED, gated=False)
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in facts if isinstance(f, TariffRate)}


# A forecast by someone who does not act is speculation, not an announcement.
FORECASTS = [
    (
        "Strategists expect Beijing to cut its duty on American wheat to 8%.",
        {("China", "US", 8.0, SP)},
    ),
    ("Ottawa is expected to slap a 30% surtax on Chinese steel.", {("Canada", "China", 30.0, SP)}),
    (
        "Washington is widely expected to lift the levy on Chinese batteries to 60%.",
        {("US", "China", 60.0, SP)},
    ),
    (
        "Several analysts predicted that Tokyo would lower its duty on US rice to 3%.",
        {("Japan", "US", 3.0, SP)},
    ),
    (
        "Traders see the EU raising its duty on Chinese bicycles to 70% next year.",
        {("EU", "China", 70.0, SP)},
    ),
    ("Mexico is likely to impose a 35% levy on Chinese cars.", {("Mexico", "China", 35.0, SP)}),
    # a start on schedule is no forecast
    (
        "The 25% duty on Mexican tomatoes is expected to take effect on December 1.",
        {("US", "Mexico", 25.0, A)},
    ),
]

# "A and B, the minister said, ...": the imposer's verb does not reach across the comma.
ACROSS_COMMA = [
    (
        "Washington granted a delay to India and Thailand, officials said, but Chinese goods "
        "still face a 45% tariff.",
        {("US", "China", 45.0, H)},
    ),
    (
        "Korea, the trade minister said on Tuesday, will cut its levy on US beef to 10%.",
        {("South Korea", "US", 10.0, A)},
    ),
]


# The level in force: goods that face, pay or carry a total, hedged or not, with or without a
# tariff word; the importing market imposes it, the goods' origin is its target.
CURRENT = [
    (
        "US buyers are paying an average duty of 33% on Vietnamese furniture this year.",
        {("US", "Vietnam", 33.0, H)},
    ),
    (
        "Japanese goods face a combined rate of about 27%, down from 32%.",
        {("US", "Japan", 27.0, H)},
    ),
    ("Ottawa now charges a combined 40% on Chinese batteries.", {("Canada", "China", 40.0, H)}),
    ("Mexico intends to charge almost 30% on Chinese tyres.", {("Mexico", "China", 30.0, P)}),
    (
        "Indian exporters are now paying an effective 50% in duties to sell in America.",
        {("US", "India", 50.0, H)},
    ),
    ("Swiss watches currently carry a 39% US tariff.", {("US", "Switzerland", 39.0, H)}),
    ("The combined levy on Chinese steel is currently at 70%.", {("US", "China", 70.0, H)}),
    # a standing level without a total is restated background (docs/extraction.md)
    ("US tariffs on goods from Canada now stand at 35%.", set()),
    # a level of some earlier time is no fact; the change is
    (
        "Korea's duty on American oranges, once as high as 50%, was cut to 30% on Monday.",
        {("South Korea", "US", 30.0, H)},
    ),
    ("Canada's surtax on US whiskey was 25% before the deal.", set()),
    (
        "Tokyo will cut its levy on US beef to 9% before the agreement expires.",
        {("Japan", "US", 9.0, A)},
    ),
    # "a rate of 7%" with no level word is no duty
    ("Chinese borrowers face a rate of 7% on their loans.", set()),
]


@pytest.mark.parametrize(("text", "want"), FORECASTS + ACROSS_COMMA + CURRENT)
def test_tariff_levels(text: str, want: set[Key]) -> None:
    assert _keys(text) == want
