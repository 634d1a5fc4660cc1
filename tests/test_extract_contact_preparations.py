"""A contact another step prepares ("envoys met to prepare the leaders' meeting", "paving the way
for a summit") is ahead of that step: planned, or speculated when hedged; the envoys' own past
meeting is neither the leaders' tense nor their day; a prepared contact with a past day of its own
gives nothing, and one a relative clause tells as held is no plan.

Sentences are our own. Published on Friday 7 November 2025: "Monday" is 3 November. The prepared-
for tests marked with `WEDNESDAY` are published on Wednesday 14 October 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
SUN, MON, TUE, WED, THU = (date(2025, 11, d) for d in (2, 3, 4, 5, 6))
H, P, S = Status.HAPPENED, Status.PLANNED, Status.SPECULATED
WEDNESDAY = date(2026, 10, 14)


def _contacts(text: str, title: str = "") -> list[Row]:
    return contact_rows(text, FRIDAY, title=title)


def _held(text: str, title: str = "") -> list[Row]:
    return [r for r in _contacts(text, title) if r[2] is H]


# --- a contact that another step prepares is ahead of it ----------------------------------


def test_envoys_meeting_to_prepare_the_leaders_meeting_is_no_meeting_of_the_leaders() -> None:
    """The envoys' past "met ... on Sunday" is neither the leaders' tense nor their day."""
    text = (
        "The finance minister met the vice premier in Geneva on Sunday to prepare for a "
        "meeting between Trump and Xi later this month."
    )
    assert _contacts(text) == [row("Trump", "Xi", "meeting", P)]


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators laid the groundwork for a first summit of Modi and Putin.",
        "The ceasefire paved the way for talks between Trump and Putin.",
        "Diplomats spent the weekend setting the stage for a call between Xi and Lula.",
    ],
)
def test_a_contact_readied_by_another_step_is_planned(text: str) -> None:
    rows = _contacts(text)
    assert rows
    assert all(r[2] is P for r in rows)


def test_a_hedged_contact_being_prepared_stays_speculated() -> None:
    text = "Aides are preparing for a possible call between Trump and Xi."
    assert [r[2] for r in _contacts(text)] == [S]


def test_a_prepared_contact_with_a_past_day_of_its_own_gives_nothing() -> None:
    """Read on Friday, "a meeting on Thursday" may have been held since: the sentence does not
    say so, and its preparation's day is not the meeting's."""
    text = "Aides met on Sunday to prepare for a meeting between Trump and Xi on Thursday."
    assert _held(text) == []


def test_a_meeting_held_then_paving_the_way_stays_held() -> None:
    text = "Trump and Xi met in Busan on Thursday, paving the way for a trade deal."
    assert _held(text) == [row("Trump", "Xi", "meeting", H, THU)]


# --- finding 9: a prepared-for contact whose own clause says it was held -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aides met in Rome on Saturday to prepare for the call between Trump and Xi that took "
        "place a week ago.",
        "Aides met in Rome on Saturday to prepare for the summit between Trump and Xi, which was "
        "held last week.",
    ],
)
def test_a_prepared_for_contact_told_as_held_is_no_plan(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "Aides met in Rome on Saturday to prepare for a call between Trump and Xi next week.",
            "call",
        ),
        (
            "Aides met in Rome on Saturday to prepare for the summit between Trump and Xi that is "
            "planned for November.",
            "meeting",
        ),
    ],
)
def test_a_prepared_for_contact_still_ahead_stays_planned(text: str, mode: str) -> None:
    assert [(r[1], r[2]) for r in contact_rows(text, WEDNESDAY)] == [(mode, Status.PLANNED)]
