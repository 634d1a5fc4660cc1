"""Goods named with their origin, and the parties who pay for them: goods ended by the phrase
that names where they come from ("bicycles and bicycle parts made in Vietnam", "walnuts shipped
from the United States") or the market they enter are the product; the payers themselves
("Brazilian exporters") never are, nor is a modal after a country ("Korea will pay ...").

Every sentence here is written for these tests. Published on Wednesday 12 August 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import ProductKey, product_keys, tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 8, 12)  # a Wednesday
H, A = Status.HAPPENED, Status.ANNOUNCED


def _facts(text: str) -> set[ProductKey]:
    return product_keys(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ottawa will charge a 15% duty on bicycles and bicycle parts made in Vietnam from "
            "July 1.",
            ("Canada", "Vietnam", 15.0, A, "bicycles and bicycle parts"),
        ),
        (
            "India imposed a 12% levy on walnuts shipped from the United States on Monday.",
            ("India", "US", 12.0, H, "walnuts"),
        ),
        (
            "Seoul will put an 18% tariff on toys and games imported from China next month.",
            ("South Korea", "China", 18.0, A, "toys and games"),
        ),
    ],
)
def test_goods_ended_by_their_origin_are_the_product(text: str, want: tuple) -> None:
    assert want in _facts(text)


def test_all_goods_of_a_named_origin_stay_all_goods() -> None:
    got = _facts("Ottawa will charge a 15% duty on all goods made in Vietnam from July 1.")
    assert {f[4] for f in got} == {"all goods"}


def test_a_duty_that_takes_effect_ends_its_goods() -> None:
    got = _facts(
        "Mexico has set September 1 as the date on which a 30% duty on Chinese-made e-bikes "
        "takes effect."
    )
    assert {f[4] for f in got} == {"e-bikes"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Australian buyers of American motorcycles pay a 10% duty.",
            ("Australia", "US", 10.0, H, "motorcycles"),
        ),
        (
            "Mexican tomatoes entering the United States have faced duties of about 17% since "
            "Monday.",
            ("US", "Mexico", 17.0, H, "tomatoes"),
        ),
    ],
)
def test_goods_the_payers_buy_or_that_enter_a_market_are_the_product(
    text: str, want: tuple
) -> None:
    assert want in _facts(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Brazilian exporters face a 50% US tariff.", ("US", "Brazil", 50.0, H, "all goods")),
        (
            "Canadian farmers now face a 25% Chinese levy.",
            ("China", "Canada", 25.0, H, "all goods"),
        ),
        (
            "Korea will pay tariffs to the United States of 15%.",
            ("US", "South Korea", 15.0, A, "all goods"),
        ),
    ],
)
def test_payers_and_modals_are_never_goods(text: str, want: tuple) -> None:
    assert _facts(text) == {want}


def test_a_standing_level_since_a_weekday_is_dated_by_it() -> None:
    (fact,) = tariff_rates(
        "Mexican tomatoes entering the United States have faced duties of about 17% since Monday.",
        PUBLISHED,
    )
    assert fact.effective == date(2026, 8, 10)


# --- "GOODS from X, which faces N%": the origin of goods that bear a duty is the target


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Brussels trimmed its levies on American farm goods on Friday. Bourbon from the "
            "United States, which still faces a 30% duty, was left out of the cut.",
            ("EU", "US", 30.0),
        ),
        (
            "Seoul eased duties on several Japanese products. Seaweed from Japan, which faces "
            "an 8% tariff, was not on the list.",
            ("South Korea", "Japan", 8.0),
        ),
        (
            "Beijing lowered its tariff on US pork to 12% this week. Cotton from America, which "
            "carries a 15% surcharge, was not covered.",
            ("China", "US", 15.0),
        ),
    ],
)
def test_goods_from_an_origin_that_bear_a_duty(text: str, want: tuple[str, str, float]) -> None:
    got = {(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)}
    assert want in got
    assert (want[1], want[0], want[2]) not in got


def test_a_country_that_faces_duties_keeps_its_own_step() -> None:
    text = (
        "Brazil, which faces a 50% US tariff, said on Monday it would cut its duty on US "
        "wheat to 5%."
    )
    got = {(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)}
    assert ("Brazil", "US", 5.0) in got
