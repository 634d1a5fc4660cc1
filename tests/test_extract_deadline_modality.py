"""How firm a dated measure is: a deadline only weighed is speculated, one denied is denied, and a
modal after the date is about what follows; hearsay of a dated measure is speculated, a report
denied in the next sentence leaves no live deadline while one confirmed stands; a reported start on
a weekday resolves forward unless a condition keeps it a threat; a level held "until" a condition
gives no date, held until a date on a condition is no end, without one it ends then, and an end
"unless renewed" is still the end.

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

_LIVE = {Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED}


def _deadlines(text: str, published: date, *, undated: bool = False) -> list[Deadline]:
    return [
        f
        for f in extract_facts(text, published=published, undated=undated)
        if isinstance(f, Deadline)
    ]


def _live(text: str, published: date) -> list[tuple[date | None, str | None, str | None]]:
    return [(f.date, f.imposer, f.target) for f in _deadlines(text, published) if f.status in _LIVE]


def _dated(text: str, published: date) -> list[tuple[date | None, Status]]:
    return [(f.date, f.status) for f in _deadlines(text, published)]


def test_a_deadline_only_weighed_is_speculated() -> None:
    text = "Some economists speculate that Washington could set a tariff deadline of Feb. 2."
    facts = _deadlines(text, date(2025, 12, 1))
    assert facts
    assert all(f.status is Status.SPECULATED for f in facts)


def test_a_deadline_denied_is_denied() -> None:
    text = "Beijing's ministry denied that it had set a Jan. 5 deadline for tariffs on US firms."
    facts = _deadlines(text, date(2025, 12, 1))
    assert facts
    assert all(f.status is Status.DENIED for f in facts)


def test_a_modal_after_the_date_is_about_what_follows() -> None:
    text = "The Feb. 2 deadline for the tariff talks nears, after which duties could rise."
    facts = _deadlines(text, date(2025, 12, 1))
    assert any(f.date == date(2026, 2, 2) and f.status is Status.ANNOUNCED for f in facts)


def test_a_date_only_weighed_as_a_measure_s_end_is_speculated() -> None:
    text = "Officials could set June 8 as the end of the tariff truce with China."
    assert {f.status for f in _deadlines(text, date(2026, 4, 6))} == {Status.SPECULATED}


@pytest.mark.parametrize(
    "text",
    [
        "China will reportedly cut its duties on US pork from July 1.",
        "Reports said China would lift its ban on US beef imports on July 1.",
    ],
)
def test_hearsay_of_a_dated_measure_is_speculated(text: str) -> None:
    found = _deadlines(text, date(2026, 6, 10))
    assert found
    assert all(f.status is Status.SPECULATED for f in found)


def test_a_report_denied_in_the_next_sentence_leaves_no_live_deadline() -> None:
    text = (
        "Beijing will cut its duties on US pork from July 1, a magazine reported. The commerce "
        "ministry denied the report."
    )
    assert not _live(text, date(2026, 6, 10))


def test_a_report_confirmed_in_the_next_sentence_stands() -> None:
    text = (
        "Beijing will cut its duties on US pork from July 1, a magazine reported. The commerce "
        "ministry confirmed the report."
    )
    assert _live(text, date(2026, 6, 10)) == [(date(2026, 7, 1), "China", "US")]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Trump said the new duties on Chinese drones would kick in on Friday.", date(2026, 5, 8)),
        (
            "Commerce officials said the curbs on chip exports to China would take effect on "
            "Monday.",
            date(2026, 5, 11),
        ),
    ],
)
def test_a_reported_start_on_a_weekday_resolves_forward(text: str, due: date) -> None:
    assert due in {d for d, _, _ in _live(text, date(2026, 5, 6))}  # a Wednesday


def test_a_reported_start_on_a_weekday_with_a_condition_stays_a_threat() -> None:
    text = "Trump said the new duties on Chinese drones would kick in on Friday if talks failed."
    assert not _live(text, date(2026, 5, 6))


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


@pytest.mark.parametrize(
    "text",
    [
        "China will trim its extra duty on US sorghum to 2% from 12% starting Jan. 8, the "
        "ministry said, in a move that could revive imports.",
        "Washington will raise its tariff on Chinese forklifts to 30% from Jan. 8, in a "
        "decision that may lift prices, USTR said.",
        "Beijing will lift its port fees on US ships from Jan. 8, the ministry said, which "
        "could ease costs for carriers.",
    ],
)
def test_a_hedge_in_a_trailing_comment_is_the_comment_s(text: str) -> None:
    """ "..., in a move that could ...", "..., which could ...": the step itself stands."""
    assert (date(2026, 1, 8), Status.ANNOUNCED) in _dated(text, date(2025, 12, 10))


def test_a_hedge_on_the_step_itself_still_counts() -> None:
    text = "China could trim its duty on US sorghum from Jan. 8, in a move that would help farmers."
    assert (date(2026, 1, 8), Status.ANNOUNCED) not in _dated(text, date(2025, 12, 10))
