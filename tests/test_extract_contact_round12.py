"""Contacts, issue 10 round 12 (branch i10-contact9): a plan in a relative clause after a
sentence opened by an adverb, a planned contact called off in a contrast, the day a statement
was made against a contact told only as "last week", a weekday placed in last week, a month
named without a day (background only once the whole month is over two weeks back), a denial
naming the pair, and a contact planned for one day that went ahead on another.

Sentences are our own. Published on Wednesday 9 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WEDNESDAY = date(2026, 12, 9)
MON, TUE, THU, FRI = date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 10), date(2026, 12, 11)
LAST_WED = date(2026, 12, 2)


# --- a plan in a relative clause ------------------------------------------------------------


def test_a_plan_in_a_where_clause_is_speculated_with_its_day() -> None:
    text = "Trump flies to Seoul on Tuesday, where he is expected to meet Xi on Thursday."
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.SPECULATED, THU)]


@pytest.mark.parametrize("opening", ["From there", "Next", "Afterwards"])
def test_a_plan_after_an_opening_adverb_resumes_the_leader_before(opening: str) -> None:
    text = (
        "Trump opens an Asia tour in Tokyo on Monday. "
        f"{opening} he goes on to Busan, where he will meet Xi on Friday."
    )
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.PLANNED, FRI)]


# --- a planned contact called off ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi were supposed to meet in Lima, but the summit was cancelled.",
        "Putin and Xi were due to speak on Monday but the call was later postponed.",
        "Modi and Xi had planned to meet on Friday, but it was called off.",
    ],
)
def test_a_plan_called_off_in_a_contrast_is_no_contact(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == []


def test_a_held_contact_stands_when_something_else_is_called_off() -> None:
    text = "Trump met Xi on Monday, but the dinner was cancelled."
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.HAPPENED, MON)]


# --- the statement's day is not the contact's ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Putin and Modi met in Delhi last week, the Kremlin said on Friday.", "meeting"),
        ("Putin and Modi spoke by phone earlier this week, the Kremlin said on Tuesday.", "call"),
    ],
)
def test_a_contact_of_last_week_does_not_take_the_statement_day(text: str, mode: str) -> None:
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", mode, Status.HAPPENED)]


def test_a_contact_with_its_own_day_keeps_it_beside_the_statement_day() -> None:
    text = "Putin and Modi met in Delhi on Monday, the Kremlin said on Tuesday."
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", "meeting", Status.HAPPENED, MON)]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Trump met Lee Jae-myung in Seoul on Wednesday last week.", LAST_WED),
        ("Trump met Lee Jae-myung in Seoul on Monday of last week.", date(2026, 11, 30)),
    ],
)
def test_a_weekday_of_last_week_is_that_weekday_of_the_week_before(text: str, when: date) -> None:
    assert contact_rows(text, WEDNESDAY) == [row("Lee", "Trump", "meeting", Status.HAPPENED, when)]


# --- a month named without a day --------------------------------------------------------------


def test_a_meeting_in_october_told_in_december_is_background() -> None:
    text = "Trump and Xi met in October in Busan, where they agreed to extend their truce."
    assert contact_rows(text, WEDNESDAY) == []


def test_a_meeting_in_october_told_on_november_2_is_news() -> None:
    text = "Trump and Xi met in October in Busan, where they agreed to extend their truce."
    assert contact_rows(text, date(2026, 11, 2)) == [row("Trump", "Xi", "meeting", Status.HAPPENED)]


# --- denials and a plan that went ahead on another day ----------------------------------------


def test_no_meeting_between_the_pair_had_taken_place_is_a_denial() -> None:
    text = "Moscow said no meeting between Putin and Trump had taken place."
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Trump", "meeting", Status.DENIED)]


def test_a_call_planned_for_one_day_that_went_ahead_on_another() -> None:
    text = (
        "Trump and Xi had been scheduled to speak on Monday. "
        "The call went ahead on Tuesday instead, the White House said."
    )
    rows = contact_rows(text, WEDNESDAY)
    assert row("Trump", "Xi", "call", Status.HAPPENED, TUE) in rows
    assert all(r[3] != date(2026, 12, 14) for r in rows)  # never the Monday ahead


def test_a_planned_contact_announced_on_a_day_is_not_held_that_day() -> None:
    text = "Trump and Xi are due to meet on Friday. The meeting was announced on Tuesday."
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.PLANNED, FRI)]


# --- a plan told in the past, or called off later ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Lee Jae-myung were supposed to talk on Monday.",
        "Putin and Lee Jae-myung had been scheduled to talk on Monday.",
    ],
)
def test_a_plan_told_in_the_past_is_never_held_nor_dated_ahead(text: str) -> None:
    rows = contact_rows(text, WEDNESDAY)
    assert [r[2] for r in rows] == [Status.PLANNED]
    assert rows[0][3] is None  # neither the Monday behind as held nor the Monday ahead


@pytest.mark.parametrize(
    "text",
    [
        "Modi and Xi were scheduled to talk on Friday, but Xi cancelled the call.",
        "Modi and Xi were due to meet on Friday but Modi postponed it.",
    ],
)
def test_a_plan_one_side_calls_off_is_no_contact(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == []


def test_a_held_contact_stands_when_a_side_cancels_something_else() -> None:
    text = "Modi met Xi on Monday, but Xi cancelled the dinner."
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Xi", "meeting", Status.HAPPENED, MON)]


@pytest.mark.parametrize(
    "second",
    ["Instead, the meeting was postponed.", "The summit was later called off, aides said."],
)
def test_a_plan_called_off_in_the_next_sentence_is_no_contact(second: str) -> None:
    text = f"Putin and Modi are due to meet in Delhi. {second}"
    assert contact_rows(text, WEDNESDAY) == []


def test_a_plan_stands_when_the_next_sentence_calls_off_another_leaders_contact() -> None:
    text = "Putin will call Modi on Friday. The meeting with Lee Jae-myung was postponed."
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", "call", Status.PLANNED, FRI)]


def test_a_held_contact_stands_when_the_next_sentence_calls_a_summit_off() -> None:
    text = "Putin met Modi on Monday. The summit was later called off."
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", "meeting", Status.HAPPENED, MON)]


def test_a_contact_of_last_week_reported_on_a_day_takes_no_day() -> None:
    text = "Putin and Modi held talks in Delhi last week, state media reported on Monday."
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", "meeting", Status.HAPPENED)]


# --- a call held the agreement: what was agreed is no plan of the call ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Modi agreed in a call to meet in Delhi.",
        "Putin and Modi had agreed during a phone call to hold a summit in Delhi.",
        "Modi asked in a call with Putin whether Russia would cut oil prices.",
    ],
)
def test_a_past_verb_in_a_call_tells_a_call_held(text: str) -> None:
    rows = contact_rows(text, WEDNESDAY)
    assert [(r[0], r[1], r[2]) for r in rows] == [(("Modi", "Putin"), "call", Status.HAPPENED)]


def test_a_weekday_of_a_call_that_held_an_agreement_lies_behind() -> None:
    text = "Putin and Modi agreed in a phone call on Thursday to meet in Delhi."
    assert contact_rows(text, WEDNESDAY) == [
        row("Modi", "Putin", "call", Status.HAPPENED, date(2026, 12, 3))
    ]


def test_a_call_still_expected_to_hold_a_pledge_is_speculated() -> None:
    text = "Putin is expected to pledge in a call with Modi to supply more oil."
    assert [r[2] for r in contact_rows(text, WEDNESDAY)] == [Status.SPECULATED]


# --- "He and Xi": a pronoun subject joined to a leader -----------------------------------------


@pytest.mark.parametrize(
    ("second", "status", "when"),
    [
        ("He and Modi held talks the next day, aides said.", Status.HAPPENED, TUE),
        ("He and Modi will meet on Thursday.", Status.PLANNED, THU),
    ],
)
def test_a_pronoun_joined_to_a_leader_resumes_the_leader_before(
    second: str, status: Status, when: date
) -> None:
    text = f"Putin landed in Delhi on Monday. {second}"
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", "meeting", status, when)]


def test_a_pronoun_joined_to_a_leader_with_no_contact_gives_none() -> None:
    text = "Putin landed in Delhi on Monday. He and Modi have long been friends."
    assert contact_rows(text, WEDNESDAY) == []


# --- a visit still ahead, a contact moved to another time --------------------------------------


def test_a_leader_due_in_a_capital_for_talks_is_a_plan() -> None:
    text = "Lee Jae-myung is due in Tokyo on Sunday for talks with Takaichi."
    rows = contact_rows(text, WEDNESDAY)
    assert [(r[1], r[2], r[3]) for r in rows] == [("meeting", Status.PLANNED, date(2026, 12, 13))]


@pytest.mark.parametrize(
    "text",
    [
        "The call between Putin and Modi was delayed until next week.",
        "Putin's meeting with Modi has been rescheduled for Friday.",
    ],
)
def test_a_contact_moved_to_another_time_is_planned(text: str) -> None:
    assert [r[2] for r in contact_rows(text, WEDNESDAY)] == [Status.PLANNED]


def test_a_leader_who_moved_somewhere_before_a_meeting_met_all_the_same() -> None:
    text = "Putin moved to his residence in Sochi before he met Modi on Monday."
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", "meeting", Status.HAPPENED, MON)]
