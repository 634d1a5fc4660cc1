"""A duty "on imports of <goods>" names its goods after "imports of" (scopes.py `_GOODS_OBJECT`):
"China imposed tariffs of 40% on imports of walnuts" is a measure on walnuts from every origin,
not on "imports" (every origin's goods, no scope). An origin named with the goods keeps its
target.

Every sentence here is written for these tests. Published on Thursday 10 December 2026.
"""

from __future__ import annotations

from datetime import date

from tests.tariff_helpers import tariff_rates

PUBLISHED = date(2026, 12, 10)


def _facts(text: str) -> set[tuple[str | None, str | None, float | None]]:
    return {(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)}


def test_imports_of_goods_with_no_origin_are_every_origins() -> None:
    text = "China imposed tariffs of 40% on imports of walnuts, the commerce ministry said."
    facts = tariff_rates(text, PUBLISHED)
    assert {(f.imposer, f.target, f.rate_pct) for f in facts} == {("China", "all", 40.0)}
    assert "walnut" in facts[0].product


def test_imports_of_goods_of_a_named_origin_keep_it() -> None:
    text = "India imposed a 30% tariff on imports of walnuts from the US on Thursday."
    assert _facts(text) == {("India", "US", 30.0)}


def test_imports_of_every_origin_name_no_goods() -> None:
    text = "Indonesia imposed tariffs of 10% on imports of all goods, the ministry said."
    assert all(f.product in ("all goods",) for f in tariff_rates(text, PUBLISHED))
