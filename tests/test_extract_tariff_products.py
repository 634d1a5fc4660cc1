"""What a tariff rate is on: the goods named around it, never "all goods" for a part of them.

A sector rate read as "all goods" makes an alert say the general rate changed. These tests
cover the constructions that name the goods: an origin compound before them ("US-grown"), the
goods as the subject that bears the rate ("... will face a 20% duty"), a count before them
("some 400 products"), a head noun with a "for"/"used in" modifier, goods made in a country
or containing something, and the coal/LNG split of the gazetteer. They also cover ranges
written in words, which keep their lower bound (dev README rule 6).

Every sentence is written for this test (none copied from an article). Published Tuesday
2026-03-10.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts

PUBLISHED = date(2026, 3, 10)


def _facts(text: str) -> list[TariffRate]:
    facts = extract_facts(text, published=PUBLISHED, gated=False)
    return [f for f in facts if isinstance(f, TariffRate)]


def _scopes(text: str) -> set[tuple[str, str, float, str]]:
    return {(f.imposer, f.target, f.rate_pct, f.product) for f in _facts(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an origin compound before the goods
        (
            "Ottawa said on Monday it would put a 20% duty on US-grown apples from April 2.",
            ("Canada", "US", 20.0, "apples"),
        ),
        (
            "The EU on Monday imposed a 30% duty on Chinese-built excavators.",
            ("EU", "China", 30.0, "excavators"),
        ),
        (
            "Mexico will charge a 15% tariff on China-assembled televisions from May 4.",
            ("Mexico", "China", 15.0, "televisions"),
        ),
        # the goods as the subject that bears the rate
        (
            "Chinese-made wind turbines will face a 35% US tariff from May 4.",
            ("US", "China", 35.0, "wind turbines"),
        ),
        (
            "From May 4, Canadian maple syrup will carry a 25% US levy, officials said.",
            ("US", "Canada", 25.0, "maple syrup"),
        ),
        # goods made in a country
        (
            "Brazil on Monday raised its duty on power tools made in China to 40%.",
            ("Brazil", "China", 40.0, "power tools"),
        ),
        # a head noun with a "for" or "used in" modifier
        (
            "The US will raise its tariff on Chinese tyres for passenger cars to 45% from May 4.",
            ("US", "China", 45.0, "tyres"),
        ),
        (
            "Tokyo will levy a 12% duty on US aluminium used in cars from May 4.",
            ("Japan", "US", 12.0, "aluminium"),
        ),
    ],
)
def test_the_goods_named_are_the_scope(text: str, want: tuple[str, str, float, str]) -> None:
    assert _scopes(text) == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Canada will impose a 10% surtax on some 400 Chinese consumer products from May 4.",
            ("Canada", "China", 10.0, "400 consumer products"),
        ),
        (
            "Beijing will raise duties to 20% on about 1,200 items from the United States "
            "from May 4.",
            ("China", "US", 20.0, "1,200 items"),
        ),
    ],
)
def test_a_counted_part_of_the_goods_is_not_all_goods(
    text: str, want: tuple[str, str, float, str]
) -> None:
    """ "some 400 products" is a list of goods, not every good: the count names the part."""
    assert _scopes(text) == {want}


def test_goods_picked_out_by_their_parts_are_the_third_country_s() -> None:
    """The origin of the parts is neither the target nor the goods."""
    text = "The US will put a 30% duty on Canadian goods that contain Chinese steel from May 4."
    assert _scopes(text) == {("US", "Canada", 30.0, "goods containing Chinese steel")}


@pytest.mark.parametrize(
    "text",
    [
        "Beijing will impose a 10% tariff on all US goods from May 4.",
        "Chinese imports will face a 25% US tariff from May 4.",
        "Washington will levy a 20% tariff on goods made in China from May 4.",
        "The US will impose a 20% tariff on Chinese goods from May 4.",
    ],
)
def test_all_of_a_country_s_goods_stay_all_goods(text: str) -> None:
    assert {f.product for f in _facts(text)} == {"all goods"}


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("China will cut its tariff on US LNG to 10% from May 4.", "liquefied natural gas"),
        ("China will raise its tariff on US coal to 20% from May 4.", "coal"),
        (
            "China will impose 15% on US coal and liquefied natural gas from May 4.",
            "coal, liquefied natural gas",
        ),
    ],
)
def test_coal_and_lng_are_two_products(text: str, product: str) -> None:
    assert {f.product for f in _facts(text)} == {product}


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("India will levy duties ranging from five to thirty percent on US nuts from May 4.", 5.0),
        ("India will levy duties of between eight and 20 per cent on US nuts from May 4.", 8.0),
        ("India will levy duties of twelve to forty percent on US nuts from May 4.", 12.0),
        ("India will levy duties of between 8 and 20 per cent on US nuts from May 4.", 8.0),
    ],
)
def test_a_range_in_words_keeps_its_lower_bound(text: str, rate: float) -> None:
    assert {f.rate_pct for f in _facts(text)} == {rate}


def test_a_hyphenated_number_word_is_one_figure() -> None:
    """ "thirty-five percent" is 35, not a range from 30 to 5."""
    facts = _facts("India will levy a thirty-five percent duty on US nuts from May 4.")
    assert {f.rate_pct for f in facts} == {35.0}


@pytest.mark.parametrize(
    "text",
    [
        "From May 4, Australian beef will carry a 30% duty, China's commerce ministry said.",
        "Australian beef will attract a 30% duty from May 4, China's commerce ministry said.",
    ],
)
def test_goods_that_carry_a_rate_are_the_target_s(text: str) -> None:
    """The origin of goods that carry or attract a rate is taxed, not taxing."""
    assert {(f.imposer, f.target, f.rate_pct) for f in _facts(text)} == {
        ("China", "Australia", 30.0)
    }


@pytest.mark.parametrize(
    ("text", "product"),
    [
        (
            "Seoul agreed to lower its duty on US goods to 8 per cent and to expand its purchases "
            "of American beef.",
            "all goods",
        ),
        (
            "Tokyo agreed to cut its tariff on US imports to 12 per cent and also to buy more "
            "American soybeans.",
            "all goods",
        ),
        (  # near miss: a second infinitive on the same goods names no other goods
            "Seoul agreed to lower its duty on US beef to 8 per cent and to drop its quota on it.",
            "farm products",
        ),
    ],
)
def test_a_second_infinitive_names_another_predicates_goods(text: str, product: str) -> None:
    assert {f.product for f in _facts(text)} == {product}
