"""Goods told by their journey: the country goods are shipped, sent or exported "from" (or that
they "come out of") is the target, the one they go "to" is the imposer, whichever of the two is
named first ("pears shipped from Chile to Canada will face ..."); the importing country of
"<country> imports of <goods>" levies on them. Goods that are the subject of such a sentence,
their origin after them, are the product ("plywood shipped from Brazil will face 30%").

Every sentence here is written for these tests. Published on Monday 7 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import Key, ProductKey, alerting_keys, product_keys, tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 12, 7)  # a Monday
H, A, T = Status.HAPPENED, Status.ANNOUNCED, Status.THREATENED


def _alerting(text: str) -> set[Key]:
    return alerting_keys(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Pears shipped from Chile to Canada will face a 20% duty from January 1, Ottawa said "
            "on Monday.",
            {("Canada", "Chile", 20.0, A)},
        ),
        (
            "Tuna exported from Thailand to the United States now faces a 36% tariff, which took "
            "effect on Friday.",
            {("US", "Thailand", 36.0, H)},
        ),
        (
            '"Olive oil sent from Spain to China will face a 14% levy from January 1," the '
            "ministry said on Monday.",
            {("China", "Spain", 14.0, A)},
        ),
        (
            "From January 1, cheese shipped from Italy to Japan will face an 18% tariff, Tokyo "
            "said on Monday.",
            {("Japan", "Italy", 18.0, A)},
        ),
        (  # near miss: the origin only, the imposer the subject
            "Brazil will impose a 22% duty on tyres shipped from China from January 1, officials "
            "said on Monday.",
            {("Brazil", "China", 22.0, A)},
        ),
    ],
)
def test_goods_from_one_country_to_another_are_taxed_where_they_arrive(
    text: str, want: set[Key]
) -> None:
    assert _alerting(text) == want


def test_goods_coming_out_of_a_country_name_it_the_target() -> None:
    text = (
        'The president said on Monday he will put "a 40% tariff on every product coming out of '
        'Vietnam" from January 1 unless Hanoi cuts its own duties.'
    )
    got = {(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)}
    assert got == {("US", "Vietnam", 40.0)}


def test_the_importing_country_of_imports_of_goods_levies() -> None:
    text = "Mexican imports of Chinese steel carry a 35% surcharge set last year."
    assert _alerting(text) == {("Mexico", "China", 35.0, H)}


def test_a_country_named_before_imports_alone_is_not_the_importer() -> None:
    assert _alerting("US imports of Chinese toys fell 12% in November.") == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Plywood shipped from Brazil will face a 30 percent US duty from January 1, the "
            "Commerce Department said on Monday.",
            ("US", "Brazil", 30.0, A, "plywood"),
        ),
        (
            "Under the order signed on Monday, wind turbines imported from China will be subject "
            "to a 45% US levy.",
            ("US", "China", 45.0, A, "wind turbines"),
        ),
        (
            '"Frozen shrimp from India will face a 15% tariff," the US trade representative '
            "said on Monday.",
            ("US", "India", 15.0, A, "frozen shrimp"),
        ),
        (  # the goods after "on" with a bare "from" and a quantifier before them
            "The EU imposed duties of 17 percent on certain forklift trucks from China on Monday.",
            ("EU", "China", 17.0, H, "forklift trucks"),
        ),
    ],
)
def test_subject_goods_with_their_origin_after_them_are_the_product(
    text: str, want: ProductKey
) -> None:
    assert product_keys(text, PUBLISHED) == {want}


def test_a_verb_before_the_goods_is_no_part_of_them() -> None:
    text = "Officials said plywood from Brazil will face a 30% US duty from January 1."
    assert {f.product for f in tariff_rates(text, PUBLISHED)} == {"all goods"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Cedar shingles from Canada, which face an 18% US duty, were left out of the deal.",
            ("US", "Canada", 18.0, H, "cedar shingles"),
        ),
        (
            "Ceramic sinks from India, which now face a 27% Mexican duty, were not covered.",
            ("Mexico", "India", 27.0, H, "ceramic sinks"),
        ),
        (
            "Leather bags from Vietnam will face a 20% US tariff and rubber boots from Thailand "
            "will face 25%.",
            ("US", "Thailand", 25.0, A, "rubber boots"),
        ),
    ],
)
def test_subject_goods_in_a_relative_or_second_clause_are_the_product(
    text: str, want: ProductKey
) -> None:
    assert want in product_keys(text, PUBLISHED)


def test_a_possessive_on_a_tariff_noun_levies_it_even_after_on() -> None:
    text = "The freeze on Brazil's 18% levy on Chinese toys will last until May, officials said."
    got = {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}
    assert got == {("Brazil", "China", 18.0, Status.SUSPENDED)}


# The country goods are sent to levies the duty they "carry" there ("bound for" is a journey's
# end too); a rate "compared with" another's ("compared with 3% for Brazilian beans") is set
# against it, so the party named there is not this rate's target.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "American walnuts shipped to India now carry a combined 40 percent duty.",
            {("India", "US", 40.0, H)},
        ),
        (
            "Vietnamese shrimp bound for the United States will carry a 25% levy from March 1.",
            {("US", "Vietnam", 25.0, A)},
        ),
        (
            "Japanese cars sold in Canada carry a 6% tariff since last week.",
            {("Canada", "Japan", 6.0, H)},
        ),
    ],
)
def test_destination_carries_the_duty(text: str, want: set[Key]) -> None:
    assert _alerting(text) == want


def test_a_rate_compared_with_another_party_does_not_take_that_party() -> None:
    text = (
        "Wheat shipped to Egypt carries a 12 percent duty, compared with 5 percent for Russian "
        "grain."
    )
    assert all(f.target != "Russia" for f in tariff_rates(text, PUBLISHED))
