"""Days counted and named: a day of the month after a past verb ("lapsed on the 9th") is the last
one (in January, December's), never a year off; a year named in the sentence governs "the end of
the year"; counts of days in words and "days' time" count; a move by days of something else than
the measure keeps the end; a truce-class noun outside trade is no deadline.

Each sentence is written for the test; every "no live fact" test has its positive twin. Published
on Wednesday 18 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.kinds.deadline.compare import UNSET
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUB = date(2026, 3, 18)


def _deadlines(text: str, published: date = PUB) -> list[tuple[date | None, Status]]:
    found = extract_facts(text, published=published)
    return [(f.date, f.status) for f in found if isinstance(f, Deadline)]


def _live(text: str) -> list[tuple[date | None, Status]]:
    return [(d, s) for d, s in _deadlines(text) if s not in UNSET]


def test_a_day_of_the_month_after_a_past_verb_is_the_last_one() -> None:
    """Finding 4: "lapsed on the 9th" in March is March 9 (past), never a year off; the
    present still counts forward."""
    assert _deadlines("The tariff exemption lapsed on the 9th, customs officials said.") == [
        (date(2026, 3, 9), Status.HAPPENED)
    ]
    assert _deadlines("The tariff truce ended on the 20th.") == [
        (date(2026, 2, 20), Status.HAPPENED)
    ]
    assert _deadlines("The tariff exemption lapses on the 9th, customs officials said.") == [
        (date(2026, 4, 9), Status.ANNOUNCED)
    ]


def test_a_day_of_the_month_after_a_past_verb_in_january_is_december_s() -> None:
    text = "The tariff truce expired on the 28th."
    assert _deadlines(text, date(2026, 1, 5)) == [(date(2025, 12, 28), Status.HAPPENED)]


def test_a_year_named_in_the_sentence_governs_the_end_of_the_year() -> None:
    """Finding 5: an earlier year makes it history (no fact); without it, the article's."""
    history = (
        "In 2019, Washington said its duties on Chinese steel would last until the end of the year."
    )
    twin = "Washington said its duties on Chinese steel would last until the end of the year."
    assert _deadlines(history) == []
    assert _live(twin) == [(date(2026, 12, 31), Status.ANNOUNCED)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The US levies on Chinese cranes will take effect in five days.", date(2026, 3, 23)),
        ("The US levies on Chinese cranes will take effect in twenty-one days.", date(2026, 4, 8)),
        ("The US levies on Chinese cranes will take effect in 12 days' time.", date(2026, 3, 30)),
    ],
)
def test_counts_of_days_in_words_and_days_time(text: str, day: date) -> None:
    assert _live(text) == [(day, Status.ANNOUNCED)]


def test_a_move_by_days_of_something_else_keeps_the_end() -> None:
    """Finding 7: the object of the moving verb must be the measure, its end or a pronoun."""
    other = "The tariff pause is due to lapse on May 4. Lawmakers postponed the hearing by 45 days."
    twin = "The tariff pause is due to lapse on May 4. Lawmakers postponed it by 45 days."
    assert _deadlines(other) == [(date(2026, 5, 4), Status.ANNOUNCED)]
    assert _deadlines(twin) == [
        (date(2026, 5, 4), Status.SUSPENDED),
        (date(2026, 6, 18), Status.ANNOUNCED),
    ]


def test_a_ceasefire_outside_trade_is_no_deadline() -> None:
    """Finding 11: a truce-class noun is a trade measure only in a trade or US-China context."""
    assert _deadlines("The ceasefire in Sudan ends on the 25th, mediators said.") == []
    assert _live("The US-China tariff ceasefire ends on the 25th, mediators said.") == [
        (date(2026, 3, 25), Status.ANNOUNCED)
    ]
