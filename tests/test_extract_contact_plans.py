"""Planned contacts: a plan in a relative clause is speculated with its day; a leader "due in" a
capital for talks, or a contact moved to another time, is a plan; a plan told in the past is never
held nor dated ahead, and one announced on a day is not held that day; a call planned for one day
that went ahead on another, or a held contact on another day, replaces the plan (another pair's
contact does not); what a held call agreed is no plan of the call; a denial that "no meeting had
taken place" is denied; "no reason to meet" states no plan.

Sentences are our own. Published on Wednesday 9 December 2026. The "no reason" tests use `WED`,
Wednesday 10 December 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WEDNESDAY = date(2026, 12, 9)
MON, TUE, THU, FRI = date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 10), date(2026, 12, 11)
WED = date(2025, 12, 10)


# --- a plan in a relative clause ------------------------------------------------------------


def test_a_plan_in_a_where_clause_is_speculated_with_its_day() -> None:
    text = "Trump flies to Seoul on Tuesday, where he is expected to meet Xi on Thursday."
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.SPECULATED, THU)]


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


def test_a_call_still_expected_to_hold_a_pledge_is_speculated() -> None:
    text = "Putin is expected to pledge in a call with Modi to supply more oil."
    assert [r[2] for r in contact_rows(text, WEDNESDAY)] == [Status.SPECULATED]


def test_a_weekday_of_a_call_that_held_an_agreement_lies_behind() -> None:
    text = "Putin and Modi agreed in a phone call on Thursday to meet in Delhi."
    assert contact_rows(text, WEDNESDAY) == [
        row("Modi", "Putin", "call", Status.HAPPENED, date(2026, 12, 3))
    ]


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


# --- denials and a plan that went ahead on another day ----------------------------------------


def test_no_meeting_between_the_pair_had_taken_place_is_a_denial() -> None:
    text = "Moscow said no meeting between Putin and Trump had taken place."
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Trump", "meeting", Status.DENIED)]


# --- a contact held on another day replaces its plan ------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "The summit went ahead on Tuesday instead.",
        "The meeting took place on Tuesday, a day late.",
    ],
)
def test_a_contact_held_on_another_day_replaces_the_plan(second: str) -> None:
    text = f"Modi and Xi had been due to meet on Monday. {second}"
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Xi", "meeting", Status.HAPPENED, TUE)]


def test_a_plan_stays_when_a_contact_of_another_pair_is_held() -> None:
    text = "Modi and Xi are due to meet on Thursday. Putin met Lee Jae-myung on Tuesday."
    rows = contact_rows(text, WEDNESDAY)
    assert row("Modi", "Xi", "meeting", Status.PLANNED, THU) in rows


# --- finding 3: "no reason to meet" is no plan ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Trump said there seemed to be "no reason" to meet Xi at the summit in two weeks.',
        "There is no reason for Xi to meet Putin in Moscow now, an aide said.",
        "Xi sees no point in meeting Trump in Busan, aides said.",
    ],
    ids=["quoted-no-reason", "no-reason-for-x-to", "no-point-in"],
)
def test_no_reason_to_meet_is_no_plan(text: str) -> None:
    assert contact_rows(text, WED) == []


def test_giving_no_reason_for_a_change_leaves_the_plan() -> None:
    text = (
        "Trump said he would meet Xi at the summit in two weeks, giving no reason for the change."
    )
    assert [(r[1], r[2]) for r in contact_rows(text, WED)] == [("meeting", Status.PLANNED)]


# --- a contact put in the diary, told as someone's statement ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lula will host the BRICS summit in Rio in July. His spokesman said a bilateral meeting "
        "with Modi was firmly on the agenda for the summit's second day.",
        "A Kremlin aide said a meeting between Putin and Modi was on the schedule for the "
        "sidelines of the forum.",
        "Officials in Ankara said a meeting between Erdogan and Putin was being prepared for "
        "the gathering in Astana.",
        "Albanese said on Monday he would meet Xi when Pacific leaders gather for the APEC "
        "summit in November.",
    ],
    ids=["on-the-agenda", "on-the-schedule", "being-prepared", "when-leaders-gather"],
)
def test_a_scheduled_meeting_told_as_a_statement_is_never_held(text: str) -> None:
    rows = contact_rows(text, WEDNESDAY)
    assert rows
    assert all(r[2] in (Status.PLANNED, Status.SPECULATED) for r in rows)


def test_no_meeting_on_the_agenda_is_still_none() -> None:
    text = "A Kremlin aide said no meeting between Putin and Modi was on the agenda for the forum."
    assert contact_rows(text, WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Modi to meet Lula in Brasilia", Status.PLANNED),
        ("Modi, Lula to hold talks", Status.SPECULATED),
        ("Canada to trim steel levy; Carney calls Sheinbaum", Status.HAPPENED),
    ],
    ids=["with-a-place", "no-time", "another-part"],
)
def test_a_headline_infinitive_is_a_future(text: str, status: Status) -> None:
    """ "Modi to meet Lula in Brasilia": a headline's infinitive after its subject is read as
    "will" is, a plan when a place or time fixes it, else expected; never held."""
    assert [r[2] for r in contact_rows(text, WEDNESDAY, title=text)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Lula and Xi Jinping spoke by phone on Monday. Lula is due to arrive in Beijing on "
        "January 12 for a state visit, during which he will hold talks with Xi.",
        "Modi and Putin held a video call on Monday. Modi flies to Moscow on January 20 for "
        "an official visit, during which he will hold talks with Putin.",
    ],
)
def test_talks_during_a_dated_visit_are_a_planned_meeting(text: str) -> None:
    """ "a state visit on <day>, during which he will hold talks with X": the visit's day
    fixes the time (a plan), and talks on a visit are a meeting, not the pair's call."""
    planned = [r for r in contact_rows(text, WED) if r[2] is Status.PLANNED]
    assert [r[1] for r in planned] == ["meeting"]


def test_talks_after_a_call_with_no_visit_stay_the_call() -> None:
    """Without wording that puts them in person, talks are the pair's reported call."""
    rows = contact_rows(
        "Lula and Xi Jinping spoke by phone on Monday. The talks covered soybeans.", WED
    )
    assert {r[1] for r in rows} == {"call"}
