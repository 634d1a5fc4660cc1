"""Whose goods a tariff is on: imported goods (or an import duty) with no origin named face it from
every origin, goods of a named origin keep it, and a country listed among the origins is the
target; the venue of an agreement and the place a traveller comes back from are no party.

Every sentence here is written for these tests. Published on Monday 10 August 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.models import Status

PUBLISHED = date(2026, 8, 10)


def _key(f: TariffRate) -> tuple[str, str, float, Status]:
    return f.imposer, f.target, f.rate_pct, f.status


# --- imported goods with no origin named: every origin


# (fix27-tariff, review finding 12: the exact facts with rate and status, not only a product
# that is not a tariff noun)
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Brazil will impose a 20% tariff on imported tyres from October.",
            ("Brazil", "all", 20.0, Status.ANNOUNCED),
        ),
        (
            "Turkey imposed a 40% duty on foreign-made phones on Monday.",
            ("Turkey", "all", 40.0, Status.HAPPENED),
        ),
    ],
)
def test_imported_goods_without_an_origin_face_it_from_all(
    text: str, fact: tuple[str, str, float, Status]
) -> None:
    found = tariff_rates(text, PUBLISHED)
    assert [_key(f) for f in found] == [fact]
    assert found[0].product not in ("tariff on", "duty on")


def test_imported_goods_of_a_named_origin_keep_it() -> None:
    text = "Brazil will impose a 20% tariff on imported Chinese tyres from October."
    assert [(f.imposer, f.target) for f in tariff_rates(text, PUBLISHED)] == [("Brazil", "China")]


def test_an_import_duty_on_goods_with_no_origin_is_on_all() -> None:
    text = "Indonesia on Monday raised the import duty on sugar beet pulp to 20%."
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("Indonesia", "all", 20.0)
    ]


# --- origins and the place of an agreement


def test_a_country_listed_among_the_origins_is_the_target() -> None:
    text = (
        "Chile said goods from countries that have no trade pact with it, such as China, would "
        "face tariffs of up to 35% from next year."
    )
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("Chile", "China", 35.0)
    ]


def test_the_venue_of_an_agreement_is_no_party() -> None:
    text = (
        "Beijing will, under the deal struck in Geneva and endorsed by both sides, cut its levy "
        "on US pork to 12% from next week."
    )
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("China", "US", 12.0)
    ]


def test_where_a_traveller_comes_back_from_is_no_target() -> None:
    text = (
        "Trump, flying back from Japan on Friday, said tariffs on Chinese goods would be cut to "
        "40% next month."
    )
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 40.0)
    ]
