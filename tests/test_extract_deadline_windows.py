"""Deadline windows and acts: a window stated as a length from a start ends by plain arithmetic
(`dates.period_after`), a period counted from a date ("30 days from March 10") is no window, and
the period's end names what ends; an act on a measure "by" a date, or an obligation under a
measure, is a deadline; a comment period, a start in an earlier year, or the date of a meeting,
results or an election is none.

Each sentence is written for the test. Published on Monday 2 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.dates import period_after
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

SPRING = date(2026, 3, 2)


def _deadlines(text: str, published: date = SPRING) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


def _exact(text: str, published: date = SPRING) -> list[tuple[object, ...]]:
    """Every deadline of the text with its parties and status: no extra fact passes."""
    return [(f.date, f.imposer, f.target, f.status) for f in _deadlines(text, published)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "China will pause its 10% tariff on US pork for one year from March 15.",
            date(2026, 3, 15),
            date(2027, 3, 15),
        ),
        (
            "The US will suspend its port fees on Chinese vessels for six months starting April 1.",
            date(2026, 4, 1),
            date(2026, 10, 1),
        ),
        (
            "Beijing agreed to waive the levy on American sorghum for another 90 days from "
            "March 10.",
            date(2026, 3, 10),
            date(2026, 6, 8),
        ),
    ],
)
def test_a_window_stated_as_a_length_ends_by_plain_arithmetic(
    text: str, start: date, end: date
) -> None:
    # exact (fix27): the start and the end only, both to come; "in" let extra facts pass
    assert [(f.date, f.status) for f in _deadlines(text)] == [
        (start, Status.ANNOUNCED),
        (end, Status.ANNOUNCED),
    ]


def test_a_period_counted_from_a_date_is_still_no_window() -> None:
    """ "30 days from March 10": no "for", a period counted from the date, not a start."""
    assert _deadlines("US duties on Chinese bicycles apply 30 days from March 10.") == []


def test_the_period_end_names_what_ends() -> None:
    (start, end) = _deadlines(
        "China will pause its 10% tariff on US pork for one year from March 15."
    )
    assert (start.imposer, start.target) == (end.imposer, end.target) == ("China", "US")
    assert end.what == "China tariff on US: lifting ends (1 year)"


def test_period_arithmetic() -> None:
    assert period_after(date(2026, 1, 31), 1, "months") == date(2026, 2, 28)
    assert period_after(date(2028, 2, 29), 1, "years") == date(2029, 2, 28)
    assert period_after(date(2026, 3, 1), 2, "weeks") == date(2026, 3, 15)
    assert period_after(date(9999, 12, 1), 1, "months") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The commerce ministry said China will remove its ban on US drone makers by April 30.",
            (date(2026, 4, 30), "China", "US"),
        ),
        (
            "Washington pledged to cut its tariffs on Chinese fertiliser no later than May 1.",
            (date(2026, 5, 1), "US", "China"),
        ),
    ],
)
def test_an_act_on_a_measure_by_a_date(text: str, want: tuple[date, str, str]) -> None:
    # exact (fix27): one fact, announced; "want in" let extra wrong facts pass
    assert _exact(text) == [(*want, Status.ANNOUNCED)]


def test_an_obligation_under_a_measure_is_still_a_deadline() -> None:
    """Unlike a comment period: the act is a step under the measure (as before this round)."""
    days = [
        f.date
        for f in _deadlines(
            "Exporters must obtain licences by April 30 under Beijing's new export rules."
        )
    ]
    assert date(2026, 4, 30) in days


@pytest.mark.parametrize(
    "text",
    [
        # a comment period on a proposal is procedure, not a measure's date
        "Importers have until April 20 to submit comments on the proposed duties on Chinese "
        "cranes.",
        "Industry groups must file testimony on the planned tariffs on Chinese chips by May 4.",
        # a measure's start in an earlier year is history
        "US tariffs on Chinese solar cells rose to 50% on May 2 last year.",
        # meetings, earnings and elections carry dates but are no measures
        "US and Chinese trade officials will meet in Madrid on March 18.",
        "The carmaker reports results on April 28, with China tariffs weighing on margins.",
    ],
)
def test_no_deadline(text: str) -> None:
    assert _deadlines(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods already on their way have until a date to arrive under the rate they left
        # under: a grace period, whose end is an exclusion's
        (
            "US soybeans loaded before the tariff cut have until April 14 to clear Chinese "
            "customs at the old rate.",
            (date(2026, 4, 14), "exclusions", "China", "US"),
        ),
        (
            "Chinese furniture shipped before the tariff increase has until May 1 to enter the "
            "United States at the earlier rate.",
            (date(2026, 5, 1), "exclusions", "US", "China"),
        ),
    ],
)
def test_the_time_goods_have_to_arrive_is_a_grace_period(
    text: str, expected: tuple[date, str, str, str]
) -> None:
    (found,) = _deadlines(text)
    assert (found.date, found.measure, found.imposer, found.target) == expected


def test_the_time_to_arrive_without_a_rate_is_no_grace_period() -> None:
    assert not _deadlines(
        "Delegates have until March 20 to arrive in Geneva for the US-China talks."
    )
