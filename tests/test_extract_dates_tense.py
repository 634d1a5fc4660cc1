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


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa will lower its surtax on Chinese steel to 10% under a framework deal with "
        "Beijing signed on Monday.",
        "The United States will trim the duty on most Brazilian goods to 20% from 40% under "
        "an interim accord unveiled on Monday.",
    ],
)
def test_a_participle_governing_the_weekday_keeps_it_past(text: str) -> None:
    """A reduced relative clause ("a deal signed on Monday") has its own time: the sentence's
    far "will" does not reach the day."""
    days = [d.value for d in find_dates(text, THURSDAY) if d.weekday_only]
    assert days == [date(2025, 11, 17)]
