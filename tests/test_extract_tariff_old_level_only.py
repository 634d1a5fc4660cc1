"""A change's old level told apart from its new one: "from 30%" in a relative or participle
clause with no new figure after it ("..., signing an order that raises the duty from 30%") is
the old level of the rate stated before it; "cut to 5% this week from 15%" keeps 15 as the
old level across the adverb; a market move before "after Beijing said it would cut its tariff
to 3%" is no old level of the tariff.

Every sentence here is written for these tests. Published on Thursday 10 December 2026.
"""

from __future__ import annotations

from datetime import date

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUB = date(2026, 12, 10)


def _levels(text: str) -> set[tuple[float, float | None, Status]]:
    return {(f.rate_pct, f.previous_pct, f.status) for f in tariff_rates(text, PUB)}


def test_an_order_that_raises_the_duty_from_an_old_level() -> None:
    text = (
        "\u201cFrom today, Chinese solar glass pays 55%,\u201d the president said, signing an "
        "order that raises the duty from 35%."
    )
    assert {(r, p) for r, p, _ in _levels(text)} == {(55.0, 35.0)}


def test_a_participle_lifting_the_levy_from_an_old_level() -> None:
    text = (
        "China now pays 45% on steel pipes, the White House said, after an order lifting the "
        "levy from 25%."
    )
    assert {(r, p) for r, p, _ in _levels(text)} == {(45.0, 25.0)}


def test_an_old_level_in_another_clause_is_its_own_rate() -> None:
    text = (
        "The 20% duty on Chinese steel stays, while the order that lifts the levy on Chinese "
        "imports from 30% was shelved."
    )
    assert all(p is None for _, p, _ in _levels(text))


def test_the_old_level_after_an_adverb_of_the_week() -> None:
    text = "The duty on American-grown walnuts entering China was cut to 6% this week from 18%."
    assert {(r, p) for r, p, _ in _levels(text)} == {(6.0, 18.0)}


def test_a_market_move_before_a_tariff_statement_is_no_old_level() -> None:
    text = (
        "Walnut futures slid 2.7% after Beijing said it would cut its tariff on US walnuts to 4% "
        "from January 1."
    )
    assert _levels(text) == {(4.0, None, Status.ANNOUNCED)}
