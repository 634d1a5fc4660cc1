"""Which way a bare weekday points (`dates.is_future`): "from" is a start only before a time."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.dates import find_dates, is_future

THURSDAY = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("The duty applies from Monday.", True),
        ("The duty applies from next week.", True),
        ("The duty applies from 1 December.", True),
        ("Steel from Brazil was taxed on Monday.", False),
        ("Goods from the EU were held at the port on Monday.", False),
    ],
)
def test_from_points_forward_only_before_a_time(text: str, future: bool) -> None:
    assert is_future(text) is future


def test_a_weekday_after_goods_from_a_country_is_the_one_just_past() -> None:
    [day] = find_dates("Goods from Vietnam were taxed at 20% on Monday.", THURSDAY)
    assert day.value == date(2025, 11, 17)
