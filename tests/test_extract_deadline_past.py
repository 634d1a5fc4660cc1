"""Deadlines told in the past: a deadline told as passed (or expired, months later) is history, one
still ahead or not said to pass stands; an end or a start told as a plan in the past is still that
end or start, unless the sentence or a later one says it moved, or it lies long before publication;
a later date of the same plan is the one kept.

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status


def _deadlines(text: str, published: date, *, undated: bool = False) -> list[Deadline]:
    return [
        f
        for f in extract_facts(text, published=published, undated=undated)
        if isinstance(f, Deadline)
    ]


def _dated(text: str, published: date) -> list[tuple[date | None, Status]]:
    return [(f.date, f.status) for f in _deadlines(text, published)]


def test_a_deadline_told_as_passed_is_history() -> None:
    text = "The June 2 deadline lapsed with US tariffs on Chinese goods unchanged."
    assert not _deadlines(text, date(2025, 6, 6))


def test_a_deadline_word_before_the_date_that_expired_is_history() -> None:
    text = "The deadline of Sept. 3 for the US duties on Chinese steel has expired, officials said."
    assert not _deadlines(text, date(2025, 9, 8))


def test_a_deadline_still_ahead_stands() -> None:
    text = "The June 2 deadline for US tariffs on China approaches with no deal in sight."
    facts = _deadlines(text, date(2025, 5, 28))
    assert any(f.date == date(2025, 6, 2) and f.status is Status.ANNOUNCED for f in facts)


def test_a_deadline_not_said_to_pass_stands_after_its_date() -> None:
    text = "The June 2 deadline for US tariffs on China was met by both sides, officials said."
    facts = _deadlines(text, date(2025, 6, 4))
    assert any(f.date == date(2025, 6, 2) for f in facts)


def test_a_deadline_told_as_passed_months_later_is_history() -> None:
    text = "The Feb. 9 deadline expired with US tariffs on Chinese steel unchanged."
    assert not _deadlines(text, date(2025, 10, 15))
    twin = "The Feb. 9 deadline looms for US tariffs on Chinese steel."
    assert any(f.date == date(2026, 2, 9) for f in _deadlines(twin, date(2025, 10, 15)))


def test_an_end_told_as_a_plan_in_the_past_is_still_the_end() -> None:
    text = (
        "The tariff truce between Washington and Beijing was due to lapse on March 9, aides said."
    )
    assert _dated(text, date(2026, 2, 16)) == [(date(2026, 3, 9), Status.ANNOUNCED)]


def test_a_start_told_as_a_plan_in_the_past_is_still_the_start() -> None:
    text = "US duties on Chinese drones were set to take effect on July 1, the agency said."
    assert _dated(text, date(2026, 6, 20)) == [(date(2026, 7, 1), Status.ANNOUNCED)]


def test_a_plan_in_the_past_the_sentence_says_moved_is_pushed_back() -> None:
    """The old end a move replaced is a deadline pushed back: suspended (the labels' rule)."""
    text = "The US-China tariff pause was due to end on March 9, but the leaders prolonged it."
    assert _dated(text, date(2026, 3, 10)) == [(date(2026, 3, 9), Status.SUSPENDED)]


def test_a_plan_in_the_past_with_a_later_date_is_no_live_end() -> None:
    text = "The US-China truce was set to expire on March 9 before both sides agreed on June 7."
    assert (date(2026, 3, 9), Status.ANNOUNCED) not in _dated(text, date(2026, 3, 4))


def test_a_plan_in_the_past_a_later_sentence_moves_is_pushed_back() -> None:
    text = (
        "The US-China tariff truce was due to lapse on March 9. On Friday the White House "
        "pushed it back to June 7."
    )
    told = _dated(text, date(2026, 3, 6))
    assert (date(2026, 3, 9), Status.SUSPENDED) in told
    assert (date(2026, 3, 9), Status.ANNOUNCED) not in told


def test_a_plan_in_the_past_long_before_publication_is_history() -> None:
    text = "The US-China tariff truce was due to lapse on March 9, aides said."
    assert not _deadlines(text, date(2026, 5, 20))


def test_a_plan_in_the_past_with_what_happens_then_still_holds() -> None:
    text = "The US-China tariff truce was due to lapse on March 9, when duties would snap back."
    assert _dated(text, date(2026, 2, 16)) == [(date(2026, 3, 9), Status.ANNOUNCED)]
