"""A dated measure's status from the tense of its clause, before the date-vs-publication
fallback: an undated article is read as of a later day, so "will take effect on" a date before
that day is still a date announced. Each sentence is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.status import clause_tense
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

LATE = date(2026, 6, 1)  # publication read long after every date below


def _deadlines(text: str, published: date | None = LATE) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Washington's new levies on Chinese steel will take effect on March 3.", Status.ANNOUNCED),
        (
            "The tariff truce between Beijing and Washington is set to expire on April 20.",
            Status.ANNOUNCED,
        ),
        (
            "Beijing and Washington agreed to extend the tariff truce until April 20.",
            Status.ANNOUNCED,
        ),
        (
            "The new order extends the pause on US tariffs on Chinese goods until April 20.",
            Status.ANNOUNCED,
        ),
        ("Starting March 3, China will levy port fees on US-built ships.", Status.ANNOUNCED),
        ("Higher US tariffs on Chinese toys to take effect on March 3", Status.ANNOUNCED),
        ("US tariffs on Chinese toys took effect on March 3.", Status.HAPPENED),
        ("The tariff truce between Beijing and Washington expired on April 20.", Status.HAPPENED),
    ],
)
def test_tense_decides_before_publication(text: str, status: Status) -> None:
    [fact] = _deadlines(text)
    assert fact.status is status


def test_a_recounted_plan_is_left_to_timing() -> None:
    # past perfect: the plan was told before; the date is behind the publication day
    text = "Washington had announced plans to impose port fees on Chinese ships from March 3."
    [fact] = _deadlines(text)
    assert fact.status is Status.HAPPENED


def test_a_future_in_the_past_is_left_to_timing() -> None:
    # reported speech: "would" was the future when it was said, not when it is read
    text = "The White House said in February that tariffs on Chinese toys would start on March 3."
    [fact] = _deadlines(text)
    assert fact.status is Status.HAPPENED


def test_a_past_perfect_governs_only_its_own_words() -> None:
    text = (
        "Both sides had pledged to keep the tariff truce, which was agreed in May and is set "
        "to expire on April 20."
    )
    [fact] = _deadlines(text)
    assert fact.status is Status.ANNOUNCED


def test_nearest_marker_before_the_date_wins() -> None:
    assert clause_tense("the levies, which took effect in May, will rise on ", "") is (
        Status.ANNOUNCED
    )
    assert clause_tense("", ", ports will levy fees") is Status.ANNOUNCED
    assert clause_tense("the duties were announced on ", "") is None


def test_a_clock_time_does_not_end_the_clause() -> None:
    text = (
        "The order lowers US tariffs on Chinese toys for goods entered on or after 12:01 am "
        "EST on Monday, March 2."
    )
    [fact] = _deadlines(text)
    assert (fact.date, fact.status) == (date(2026, 3, 2), Status.ANNOUNCED)


def test_the_month_may_is_not_the_modal_may() -> None:
    """ "Set in May" names a month; only the modal "may" marks a date still to come."""
    assert clause_tense("Tariffs paused in May resumed on ", "") is None
    assert clause_tense("Tariffs paused in April resumed on ", "") is None
    assert clause_tense("The new duties may start on ", "") is Status.ANNOUNCED
