"""A total broken into its parts ("an extra 35%, made up of a 25% border levy and a 10%
reciprocal tariff"): each part is a rate of the same standing as the total, named by its kind so
that two parts at one figure stay two facts; and a standing level whose appositive says when it
was set ("the rate agreed in Hanoi in January") is no background for that.

Every sentence here is written for these tests. Published on Wednesday 12 August 2026.
"""

from __future__ import annotations

from datetime import date

from tests.tariff_helpers import ProductKey, product_keys
from watcher.models import Status

PUBLISHED = date(2026, 8, 12)  # a Wednesday
H, A = Status.HAPPENED, Status.ANNOUNCED


def _facts(text: str) -> set[ProductKey]:
    return product_keys(text, PUBLISHED)


def test_each_part_of_a_total_is_a_fact_of_its_standing() -> None:
    got = _facts(
        "Imports from Canada now face an extra US tariff of 35%, made up of a 25% border levy "
        "and a 10% reciprocal tariff."
    )
    assert got == {
        ("US", "Canada", 35.0, H, "all goods"),
        ("US", "Canada", 25.0, H, "border tariff"),
        ("US", "Canada", 10.0, H, "reciprocal tariff"),
    }


def test_two_parts_at_one_figure_stay_two_facts() -> None:
    got = _facts(
        "Japanese steel pays a 20% US duty in all, consisting of a 10% safeguard levy and a 10% "
        "reciprocal tariff."
    )
    assert {f[4] for f in got if f[2] == 10.0} == {"safeguard tariff", "reciprocal tariff"}


def test_a_part_told_in_another_sentence_is_not_a_part() -> None:
    got = _facts("The US will impose a 10% reciprocal tariff on Korean goods from October 1.")
    assert got == {("US", "South Korea", 10.0, A, "all goods")}


def test_the_appositive_of_when_a_level_was_set_is_no_background() -> None:
    got = _facts("Vietnamese shoes face a 20% US tariff, the rate agreed in Hanoi in January.")
    assert got == {("US", "Vietnam", 20.0, H, "shoes")}


def test_a_step_dated_in_its_own_appositive_stays_background() -> None:
    assert _facts("Beijing raised its duty on US pork to 25%, the level it set in March.") == set()
