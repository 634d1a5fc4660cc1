"""A move of a measure's edge without "back": "pushing the expiry from A to B", "shifted the
end of the pause from A to B". B is the new date; A, superseded, is no firm date.

Every sentence is written for these tests; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

from watcher.facts.kinds.deadline.model import Deadline
from watcher.facts.registry import extract_facts

PUBLISHED = date(2027, 2, 16)


def _deadlines(text: str) -> dict[date | None, str]:
    return {
        f.date: f.status.value
        for f in extract_facts(text, published=PUBLISHED, gated=False)
        if isinstance(f, Deadline)
    }


def test_pushing_the_expiry_from_one_date_to_another() -> None:
    got = _deadlines(
        "The US Commerce Department on Monday pushed the expiry of its exemptions for Chinese "
        "lathes from March 31 to June 30."
    )
    assert got.get(date(2027, 6, 30)) == "announced"
    assert got.get(date(2027, 3, 31)) in (None, "suspended")


def test_shifting_the_end_of_a_pause() -> None:
    got = _deadlines(
        "China's tariff commission said on Friday it had shifted the end of its suspension of "
        "the 15% tariff on US corn from April 2 to Oct. 2."
    )
    assert got.get(date(2027, 10, 2)) == "announced"
    assert got.get(date(2027, 4, 2)) in (None, "suspended")


def test_moving_the_deadline_across_a_month_abbreviation() -> None:
    """ "from Aug. 3 to": the abbreviation's period is no sentence end."""
    got = _deadlines(
        "Washington extended the pause on the higher tariffs on Chinese goods, moving the "
        "deadline from Aug. 3 to Nov. 3, the White House said on Monday."
    )
    assert got.get(date(2027, 11, 3)) == "announced"
    assert got.get(date(2027, 8, 3)) in (None, "suspended")


def test_pushing_a_rate_is_no_move_of_a_date() -> None:
    got = _deadlines("Beijing pushed its tariff on US corn from 10% to 25% on Monday.")
    assert all(status != "announced" for status in got.values())


def test_moving_the_date_a_relative_clause_makes_an_edge() -> None:
    """ "shifting the date on which the fees would resume to <date>": the new end."""
    got = _deadlines(
        "Beijing will keep its port fees on US-owned vessels on hold, shifting the date on "
        "which they would resume to March 9, 2028."
    )
    assert got.get(date(2028, 3, 9)) == "announced"


def test_a_pointer_far_from_its_measure_in_the_same_sentence() -> None:
    """ "the charges" after a long reporting clause: the port fees the sentence named first."""
    got = _deadlines(
        "The United States will keep its port fees on Chinese-built ships suspended for a "
        "further year, the Office of the United States Trade Representative said late on "
        "Monday, moving the date on which the charges would return to March 9, 2028."
    )
    assert got.get(date(2028, 3, 9)) == "announced"
