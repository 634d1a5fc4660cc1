"""How a rate is referred to decides whether it is news: a combined level that "has reached" a
figure is in force; the other side's "so-called" or quoted rate restates a known measure; a
rate in a relative aside's sentence is dated by the main clause after the aside ("The 25% duty
on X, which importers opposed, will take effect on ..."); a step told "a year ago" is history;
"must start charging the 15% levy" reports the levy's start.

Every sentence here is written for these tests. Published on Thursday 10 December 2026.
"""

from __future__ import annotations

from datetime import date

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUB = date(2026, 12, 10)
A, H = Status.ANNOUNCED, Status.HAPPENED


def _facts(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUB)}


def test_a_combined_level_that_has_reached_a_figure_is_in_force() -> None:
    text = (
        "Counting the safeguard layer, the total US duty on Chinese kayaks has reached 85%, a "
        "broker said."
    )
    assert _facts(text) == {("US", "China", 85.0, H)}


def test_a_level_that_had_reached_a_figure_is_history() -> None:
    assert _facts("The total US duty on Chinese kayaks had reached 85% before the truce.") == set()


def test_a_so_called_rate_in_a_quotation_restates_a_known_measure() -> None:
    text = (
        "Beijing's trade ministry said on Thursday that Washington's \"so-called 35 percent "
        'tariff on Chinese kayaks" broke WTO rules.'
    )
    assert _facts(text) == set()


def test_a_quoted_rate_with_its_start_is_news() -> None:
    text = 'Washington\'s "new 35 percent tariff on Chinese kayaks" takes effect on Monday.'
    assert _facts(text) == {("US", "China", 35.0, A)}


def test_the_main_clause_after_a_relative_aside_reports_the_rate() -> None:
    text = (
        "The 15% US duty on Chinese kayaks, which retailers had fought for a year, will take "
        "effect on January 6."
    )
    facts = tariff_rates(text, PUB)
    assert {(f.rate_pct, f.status, f.effective) for f in facts} == {(15.0, A, date(2027, 1, 6))}


def test_the_day_in_a_relative_aside_is_not_the_start() -> None:
    text = (
        "The imposition of a 15% duty on Chinese-made kayaks, which the trade representative "
        "signed late on Tuesday, takes effect on January 6."
    )
    facts = tariff_rates(text, PUB)
    assert {(f.rate_pct, f.status, f.effective) for f in facts} == {(15.0, A, date(2027, 1, 6))}


def test_a_step_a_year_ago_is_history() -> None:
    assert _facts("A year ago, Washington raised its duties on Chinese furniture to 60%.") == set()


def test_starting_to_charge_a_definite_levy_reports_its_start() -> None:
    text = "Chinese customs will start charging the 9% levy on US walnuts on December 28."
    facts = tariff_rates(text, PUB)
    assert {(f.rate_pct, f.status, f.effective) for f in facts} == {(9.0, A, date(2026, 12, 28))}
