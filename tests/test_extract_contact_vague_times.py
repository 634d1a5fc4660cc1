"""A contact told by a vague or relative time: a contact "last week" does not take the day the
statement was made (one with its own day keeps it), and a weekday of last week is that weekday of
the week before; a vague period is the contact's only in the contact's own clause; a month named
without a day is background only once the whole month lies over two weeks back.

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


def test_a_contact_of_last_week_reported_on_a_day_takes_no_day() -> None:
    text = "Putin and Modi held talks in Delhi last week, state media reported on Monday."
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", "meeting", Status.HAPPENED)]


# --- a month named without a day --------------------------------------------------------------


def test_a_meeting_in_october_told_in_december_is_kept_undated() -> None:
    # background, but the desk pair's within the past year: kept, undated, for the store
    text = "Trump and Xi met in October in Busan, where they agreed to extend their truce."
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.HAPPENED)]


def test_a_meeting_in_october_told_on_november_2_is_news() -> None:
    text = "Trump and Xi met in October in Busan, where they agreed to extend their truce."
    assert contact_rows(text, date(2026, 11, 2)) == [row("Trump", "Xi", "meeting", Status.HAPPENED)]


# --- the vague period of a contact is its own clause's ------------------------------------------


@pytest.mark.parametrize(
    "aside", ["who has recently hardened his stance", "who toured the Gulf last week"]
)
def test_a_vague_period_in_an_aside_about_a_leader_leaves_the_day_told(aside: str) -> None:
    text = f"Putin, {aside}, held a video call with Xi, the Kremlin said on Monday."
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "call", Status.HAPPENED, MON)]


@pytest.mark.parametrize(
    "text",
    [
        "Putin recently held a video call with Xi, the Kremlin said on Monday.",
        "Putin, who is in Asia, held a video call with Xi last week, Moscow said on Monday.",
    ],
)
def test_a_vague_period_in_the_contacts_own_clause_leaves_it_undated(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "call", Status.HAPPENED)]
