"""Deadlines, issue 10 twelfth round: a plan told in the past, a level held on a condition,
a vague date, and a move by a length in weeks or words.

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status


def _deadlines(text: str, published: date) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


def _dated(text: str, published: date) -> list[tuple[date | None, Status]]:
    return [(f.date, f.status) for f in _deadlines(text, published)]


def test_an_end_told_as_a_plan_in_the_past_is_still_the_end() -> None:
    text = (
        "The tariff truce between Washington and Beijing was due to lapse on March 9, aides said."
    )
    assert _dated(text, date(2026, 2, 16)) == [(date(2026, 3, 9), Status.ANNOUNCED)]


def test_a_start_told_as_a_plan_in_the_past_is_still_the_start() -> None:
    text = "US duties on Chinese drones were set to take effect on July 1, the agency said."
    assert _dated(text, date(2026, 6, 20)) == [(date(2026, 7, 1), Status.ANNOUNCED)]


def test_a_plan_in_the_past_the_sentence_says_moved_gives_no_date() -> None:
    text = "The US-China tariff pause was due to end on March 9, but the leaders prolonged it."
    assert not _deadlines(text, date(2026, 3, 10))


def test_a_plan_in_the_past_with_a_later_date_keeps_only_that_one() -> None:
    text = "The US-China truce was set to expire on March 9 before both sides agreed on June 7."
    assert date(2026, 3, 9) not in {d for d, _ in _dated(text, date(2026, 3, 4))}


def test_a_plan_in_the_past_a_later_sentence_moves_gives_no_date() -> None:
    text = (
        "The US-China tariff truce was due to lapse on March 9. On Friday the White House "
        "pushed it back to June 7."
    )
    assert date(2026, 3, 9) not in {d for d, _ in _dated(text, date(2026, 3, 6))}


def test_a_plan_in_the_past_long_before_publication_is_history() -> None:
    text = "The US-China tariff truce was due to lapse on March 9, aides said."
    assert not _deadlines(text, date(2026, 5, 20))


def test_a_level_held_until_a_condition_gives_no_date() -> None:
    text = "The White House said US duties on Chinese steel will stay at 50% until Beijing relents."
    assert not _deadlines(text, date(2026, 4, 2))


def test_a_level_held_until_a_date_on_a_condition_is_no_end() -> None:
    text = "US duties on Chinese steel will stay at 50% until May 4 unless Beijing cuts its output."
    assert not _deadlines(text, date(2026, 4, 2))


def test_a_level_held_until_a_date_without_a_condition_ends_then() -> None:
    text = "US duties on Chinese steel will stay at 50% until May 4."
    assert _dated(text, date(2026, 4, 2)) == [(date(2026, 5, 4), Status.ANNOUNCED)]


def test_an_end_unless_renewed_is_still_the_end() -> None:
    text = "The US-China truce lasts until May 4 unless it is renewed."
    assert _dated(text, date(2026, 4, 2)) == [(date(2026, 5, 4), Status.ANNOUNCED)]


def test_the_middle_of_a_month_gives_no_date() -> None:
    text = "US tariffs on Chinese solar cells will climb to 60% in mid-September, officials said."
    assert not _deadlines(text, date(2026, 8, 3))


def test_a_named_deadline_moved_by_weeks_gets_its_new_date() -> None:
    text = "The White House delayed the May 4 deadline for Chinese steel duties by three weeks."
    assert _dated(text, date(2026, 4, 30)) == [
        (date(2026, 5, 4), Status.SUSPENDED),
        (date(2026, 5, 25), Status.ANNOUNCED),
    ]


def test_an_end_extended_by_months_in_words_moves_on_that_long() -> None:
    text = (
        "The US-China tariff pause ends on May 4. Both capitals extended the pause by two months."
    )
    assert _dated(text, date(2026, 4, 30)) == [
        (date(2026, 5, 4), Status.SUSPENDED),
        (date(2026, 7, 4), Status.ANNOUNCED),
    ]


def _described(text: str, published: date) -> list[tuple[date | None, str]]:
    return [(f.date, f.what.rsplit(": ", 1)[-1]) for f in _deadlines(text, published)]


def test_a_start_moved_to_a_date_is_the_new_start() -> None:
    text = "The US deferred the start of its port fees on Chinese-owned vessels to Oct. 14."
    assert _described(text, date(2026, 9, 2)) == [(date(2026, 10, 14), "take effect")]


def test_the_date_a_move_left_is_not_the_measure_date() -> None:
    text = (
        "Washington moved up the start of its export curbs on Chinese drones to May 4 from July 6."
    )
    assert _described(text, date(2026, 4, 2)) == [(date(2026, 5, 4), "take effect")]


def test_an_end_moved_to_a_date_stays_an_end() -> None:
    text = "The US prolonged its exemptions for Chinese medical gloves to Sept. 30."
    assert _described(text, date(2026, 4, 2)) == [(date(2026, 9, 30), "end")]


def test_a_plan_in_the_past_with_what_happens_then_still_holds() -> None:
    text = "The US-China tariff truce was due to lapse on March 9, when duties would snap back."
    assert _dated(text, date(2026, 2, 16)) == [(date(2026, 3, 9), Status.ANNOUNCED)]
