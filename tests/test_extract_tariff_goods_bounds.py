"""Where a rate's goods end when the gazetteer does not name them: the lower-case words after
their origin ("on US dental implants") stop at the preposition of a date ("on January 5"), a
modal ("must"), "no later than", an adverb of time ("this week") or a closing quotation mark.
Words naming every origin's goods ("Chinese goods", "US imports") stay all goods.

Every sentence here is written for these tests. Published on Thursday 10 December 2026.
"""

from __future__ import annotations

from datetime import date

from tests.tariff_helpers import tariff_rates

PUB = date(2026, 12, 10)


def _products(text: str) -> dict[float, str]:
    return {f.rate_pct: f.product for f in tariff_rates(text, PUB)}


def test_goods_end_at_the_on_of_a_date() -> None:
    text = (
        "Beijing will begin collecting a 14% tariff on US hearing aids on January 8, state media "
        "said."
    )
    assert _products(text) == {14.0: "hearing aids"}


def test_goods_end_at_a_modal() -> None:
    text = "The 22% duty on Chinese-made ski boots must be applied by US customs from January 4."
    assert _products(text) == {22.0: "ski boots"}


def test_goods_end_before_no_later_than() -> None:
    text = "Chinese customs must begin charging a 9% levy on US walnuts no later than December 28."
    assert _products(text) == {9.0: "walnuts"}


def test_goods_end_at_a_closing_quote() -> None:
    text = 'Washington\'s "new 35 percent tariff on Chinese kayaks" takes effect on Monday.'
    assert _products(text) == {35.0: "kayaks"}


def test_every_origins_goods_before_a_date_stay_all_goods() -> None:
    text = "Washington will raise its tariff on Chinese goods to 40% on January 2, officials said."
    assert _products(text) == {40.0: "all goods"}


def test_a_gazetteer_product_before_a_date_keeps_its_name() -> None:
    text = "Beijing will charge a 12% levy on US steel on January 2, the ministry said."
    assert _products(text) == {12.0: "steel"}
