"""What makes a figure a duty: a duty noun ("a surcharge", "a levy of N percent"), or, with no duty
noun, a levy verb (impose, levy, slap) with goods as its object, which the relevance gate must also
admit; not a retailer's markup, a firm's fee on sellers or a market share that moves. The goods a
one-country measure names after their origin are its product; "all goods" or no goods stay all
goods.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import ALERTING, Key, alerting_keys, tariff_rates
from tests.tariff_helpers import tariff_key as _key
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A = Status.HAPPENED, Status.ANNOUNCED


def _alerting(text: str) -> set[Key]:
    return alerting_keys(text, PUBLISHED)


# --- rate nouns: a surcharge and "a levy of N percent" are duties; a retail markup is not


@pytest.mark.parametrize(
    "text",
    [
        "The United States slapped a 15% surcharge on Chinese kettles on Monday.",
        "China imposed a levy of 15 percent on American sorghum on Monday.",
    ],
)
def test_a_surcharge_and_a_levy_of_a_percentage_are_rates(text: str) -> None:
    assert [(f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)] == [
        (15.0, Status.HAPPENED)
    ]


def test_a_retailers_markup_is_no_duty() -> None:
    text = "Importers said retailers add a markup of 40% on Chinese toys before sale."
    assert tariff_rates(text, PUBLISHED) == []


# --- a rate with no duty noun: the levy verb and a goods object say it is a duty


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Beijing hit back at the new US tariffs on Friday. It will impose 28% on all "
            "American goods from May 3, the finance ministry said.",
            {("China", "US", 28.0, A)},
        ),
        (
            "The tariff fight widened on Monday. Ottawa slapped 30% on Chinese steel wire.",
            {("Canada", "China", 30.0, H)},
        ),
        (
            "Mexico answered the duties on Tuesday. It levied 12% on US apples the same day.",
            {("Mexico", "US", 12.0, H)},
        ),
    ],
)
def test_levy_verb_and_goods_without_duty_noun(
    text: str, want: set[tuple[str, str, float, Status]]
) -> None:
    assert _alerting(text) == want


def test_pronoun_charging_on_no_named_origin_is_no_duty() -> None:
    """A firm's fee: "it will charge 15% on all sellers" names no country's goods."""
    text = "The marketplace raised its tariff of fees on Friday. It will charge 15% on all sellers."
    assert _alerting(text) == set()


# --- the relevance gate admits a levy verb on goods with no duty noun anywhere


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ottawa will slap 30% on Chinese steel wire from May 1.", {("Canada", "China", 30.0, A)}),
        (
            "Beijing said it would impose 28 per cent on all American goods from April 20.",
            {("China", "US", 28.0, A)},
        ),
    ],
)
def test_gate_admits_levy_verb_on_goods(
    text: str, want: set[tuple[str, str, float, Status]]
) -> None:
    got = {_key(f) for f in tariff_rates(text, PUBLISHED, gated=True) if f.status in ALERTING}
    assert got == want


def test_gate_still_turns_away_a_share_move() -> None:
    """A percentage and "imposed" in a market story, with no figure put on goods."""
    text = "Shares fell 3% after the regulator imposed new rules on lenders."
    assert tariff_rates(text, PUBLISHED, gated=True) == []


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        (
            "Officials said the tariff on Chinese wind turbines could rise to 70% next year.",
            "wind turbines",
        ),
        ("The US duty on Chinese hand tools will rise to 45% in June.", "hand tools"),
    ],
)
def test_goods_after_their_origin_are_the_product(text: str, goods: str) -> None:
    assert {f.product for f in tariff_rates(text, PUBLISHED)} == {goods}


@pytest.mark.parametrize(
    "text",
    [
        "The tariff on Chinese imports could rise to 70% next year, officials said.",
        "The 10% tariffs on China took effect on Monday, the White House said.",
    ],
)
def test_all_goods_or_no_goods_stay_all_goods(text: str) -> None:
    assert {f.product for f in tariff_rates(text, PUBLISHED)} <= {"all goods"}
