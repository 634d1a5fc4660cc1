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
    (
        "Korean washing machines are taxed at roughly 40% in the US.",
        {("US", "South Korea", 40.0, H)},
    ),
    (
        "Thai rice producers are paying a combined 36% to ship to America.",
        {("US", "Thailand", 36.0, H)},
    ),
    ("Ottawa will charge 100% on vehicles made in China.", set()),  # "in": no origin construction
    ("Ottawa will charge 100% on vehicles made from China.", {("Canada", "China", 100.0, A)}),
    ("Ottawa will charge 100% on vehicles imported from China.", {("Canada", "China", 100.0, A)}),
    ("Amazon charges 15% on sellers from China.", set()),
]

# Doubt and bets on a step are speculation.
DOUBTED = [
    (
        "A 60% duty on Chinese drones is unlikely this year, aides said.",
        {("US", "China", 60.0, SP)},
    ),
    (
        "Investors are betting that Ottawa will double its 10% levy on US dairy.",
        {("Canada", "US", 20.0, SP)},
    ),
    (
        "Some economists believe Washington will lift the duty on Chinese cranes to 150%.",
        {("US", "China", 150.0, SP)},
    ),
]


def test_the_rate_now_after_a_change_is_the_level_it_left() -> None:
    """ "The rate now stands at N%" refers back to the change the story reported; a standing
    level named in full ("US tariffs on X now stand at N%") stays background."""
    text = (
        "Washington lowered its duties on Vietnamese shrimp on Monday. The rate now stands at 15%."
    )
    assert _keys(text) == {("US", "Vietnam", 15.0, H)}


@pytest.mark.parametrize(("text", "want"), FORECASTS + ACROSS_COMMA + CURRENT + DOUBTED)
def test_tariff_levels(text: str, want: set[Key]) -> None:
    assert _keys(text) == want


# The rate's own verb in the future states a step still to come as the text was written, even
# read after its date (an undated article is read as of its run).
FUTURE_READ_LATER = [
    "From March 1, Korean steel will face a 25% duty in Canada.",
    "Canadian lumber will be charged a 45% US duty starting March 1.",
    "Mexico's duty on Chinese cars will rise to 50% from March 1.",
]


@pytest.mark.parametrize("text", FUTURE_READ_LATER)
def test_future_verb_read_after_its_date_is_announced(text: str) -> None:
    facts = extract_facts(text, published=date(2026, 3, 20), gated=False)
    rates = [f for f in facts if isinstance(f, TariffRate)]
    assert [(f.status, f.effective) for f in rates] == [(A, date(2026, 3, 1))]


def test_past_verb_read_after_its_date_happened() -> None:
    facts = extract_facts(
        "Canada imposed a 25% duty on Korean steel from March 1.",
        published=date(2026, 3, 20),
        gated=False,
    )
    assert [f.status for f in facts if isinstance(f, TariffRate)] == [H]


# A hedge before either figure of a change leaves the change one fact with its level before.
HEDGED_CHANGES = [
    ("Ottawa cut the surtax on US steel from about 25% to roughly 15% on Monday.", 15.0, 25.0),
    (
        "Seoul raised its levy on US oranges by 10 percentage points to about 40% on Monday.",
        40.0,
        30.0,
    ),
    ("Tokyo lowered the 12% duty on American wheat to around 6% on Monday.", 6.0, 12.0),
]


@pytest.mark.parametrize(("text", "rate", "before"), HEDGED_CHANGES)
def test_hedged_change(text: str, rate: float, before: float) -> None:
    facts = extract_facts(text, published=PUBLISHED, gated=False)
    rates = [(f.rate_pct, f.previous_pct) for f in facts if isinstance(f, TariffRate)]
    assert rates == [(rate, before)]
