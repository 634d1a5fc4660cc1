""" "was due to" (a date the measure was due on) holds unless the same measure moves: a move counts
only when it moves a measure (`measures.moves_measure`). And a country named as one of many keeps
the article's pair, while a country that imposes on many is not one of them.

Sentences written for these tests. Published on Wednesday 4 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.measures import moves_measure
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

SPRING = date(2026, 3, 4)
LIVE = (Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED)


def _deadlines(text: str) -> list[Deadline]:
    return [f for f in extract_facts(text, published=SPRING) if isinstance(f, Deadline)]


def _sides(text: str) -> list[tuple[date | None, str | None, str | None]]:
    return [(f.date, f.imposer, f.target) for f in _deadlines(text) if f.status in LIVE]


@pytest.mark.parametrize(
    "text",
    [
        # a move of something else in the next sentence
        "The US tariff truce with China was due to expire on March 30. The House postponed a"
        " vote on a highway bill on Tuesday.",
        # an idiom: "pushed back against" moves nothing
        "The new US duties on Chinese goods were due to take effect on March 16. Beijing pushed"
        " back against the move on Tuesday.",
        # a loose tail: a time, not an event
        "The new US duties on Chinese toys were due to take effect on March 16, just before"
        " the spring shopping season.",
        "The new US duties on Chinese toys were set to take effect on March 16, ahead of a"
        " planned Trump-Xi meeting.",
    ],
)
def test_was_due_holds_unless_the_same_measure_moves(text: str) -> None:
    assert [d for d, _, _ in _sides(text)] == [
        date(2026, 3, 30) if "truce" in text else date(2026, 3, 16)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "US tariffs on Chinese chips were due to take effect on March 10. The White House"
        " delayed them on Tuesday.",
        "US tariffs on Chinese chips were due to take effect on March 10. On Tuesday the"
        " tariffs were postponed.",
        "The US tariff truce with China was due to end on March 10, but it was extended.",
        "The US tariff truce with China was due to end on March 10, before the two sides agreed"
        " to extend it.",
    ],
)
def test_was_due_drops_when_the_same_measure_moves(text: str) -> None:
    """The plan's date is no live end: dropped, or (moved in its own sentence) pushed back."""
    told = [f.status for f in _deadlines(text) if f.date == date(2026, 3, 10)]
    assert set(told) <= {Status.SUSPENDED}


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("Trump delayed many of them on Friday.", True),
        ("The White House delayed plans to impose the duties.", True),
        ("Washington postponed the increase on Friday.", True),
        ("The tariff truce extension runs out in May.", True),  # a noun move: the move itself
        ("The House postponed a vote on a highway bill.", False),
        ("Beijing pushed back against the move.", False),
        ("Congress approved an extension of the farm bill.", False),
    ],
)
def test_a_move_counts_only_when_it_moves_a_measure(text: str, moves: bool) -> None:
    assert moves_measure(text) is moves


@pytest.mark.parametrize(
    "text",
    [
        "Washington and Beijing reached a truce in January. New duties on 40 countries, China"
        " among them, take effect on March 20.",
        "Washington and Beijing reached a truce in January. New duties on dozens of trading"
        " partners, notably China, take effect on March 20.",
    ],
)
def test_a_country_named_among_many_keeps_the_pair(text: str) -> None:
    assert _sides(text) == [(date(2026, 3, 20), "US", "China")]


def test_a_country_that_imposes_on_many_is_not_one_of_them() -> None:
    text = (
        "Washington and Beijing reached a truce in January. China will cut its duties on 40"
        " countries from March 20."
    )
    assert _sides(text) == [(date(2026, 3, 20), "China", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing's waiver of its 24% tariff on US goods, due to expire on Nov. 10, will now "
        "last until Nov. 10, 2027, the ministry said.",
        "The US exemption for Chinese-made syringes, set to lapse on Nov. 10, will be extended "
        "to Nov. 10, 2027.",
    ],
)
def test_an_end_due_in_an_aside_and_replaced_is_pushed_back(text: str) -> None:
    """ "X, due to expire on D1, will now last until D2": D1 is the old end (suspended)."""
    got = {(f.date, f.status) for f in extract_facts(text, published=date(2026, 10, 1))}
    assert (date(2026, 11, 10), Status.SUSPENDED) in got
    assert (date(2027, 11, 10), Status.ANNOUNCED) in got


def test_an_end_due_in_an_aside_only_weighed_stands() -> None:
    """Without a later end ("could be extended"), the date in the aside is still the end."""
    text = (
        "China's suspension of its 24% tariff on US goods, due to expire on Nov. 10, could be "
        "extended, officials said."
    )
    facts = extract_facts(text, published=date(2026, 10, 1))
    got = {(f.date, f.status) for f in facts if isinstance(f, Deadline)}
    assert (date(2026, 11, 10), Status.ANNOUNCED) in got
