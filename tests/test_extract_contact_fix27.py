"""Contacts, fix round after the stop-27 review: "told" is a meeting's only when a meeting
was held (not one hoped for), a day told of others' contact never dates the leaders' in the
next sentence (nor across "later"), "through an interpreter" is told in person, a weekday (not
any word in "-day") names no one else before "his counterpart", and three leaders met together
are three pairs.

Sentences are our own. Published on Friday 7 November 2025: "Monday" is 3 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
SUN, MON, TUE, WED, THU = (date(2025, 11, d) for d in (2, 3, 4, 5, 6))
H = Status.HAPPENED


def _held(text: str) -> list[Row]:
    return [r for r in contact_rows(text, FRIDAY) if r[2] is H]


# --- finding 7: a speculated meeting does not make what was told a meeting's -------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Trump told Xi on Monday that they should meet in the spring.", MON),
        ("Xi told Trump on Wednesday that he hoped they could meet in Beijing next year.", WED),
    ],
)
def test_told_that_they_should_meet_is_no_meeting_held(text: str, when: date) -> None:
    assert _held(text) == [row("Trump", "Xi", "call", H, when)]


def test_told_when_they_met_is_the_meeting() -> None:
    text = "Trump told Xi when they met in Busan on Thursday that tariffs would fall."
    assert _held(text) == [row("Trump", "Xi", "meeting", H, THU)]


# --- finding 8: the day of others' contact, or of one before "later" ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday, trade officials met in Geneva. Trump later met Xi in Busan.",
            [row("Trump", "Xi", "meeting", H)],
        ),
        (
            "Chinese and US negotiators met in London on Tuesday. Trump and Xi met later in "
            "the year.",
            [row("Trump", "Xi", "meeting", H)],
        ),
        (
            "On Wednesday, the two countries' finance ministers held talks in Madrid. Trump "
            "and Xi spoke by phone.",
            [row("Trump", "Xi", "call", H)],
        ),
        (
            "On Monday, their aides met in Kuala Lumpur. Trump and Xi met in Busan.",
            [row("Trump", "Xi", "meeting", H)],
        ),
        (
            "On Thursday, the two leaders sat down in Busan. Later, Trump met Xi again.",
            [row("Trump", "Xi", "meeting", H)],
        ),
    ],
)
def test_a_day_not_of_the_leaders_contact_dates_nothing(text: str, expected: list[Row]) -> None:
    assert _held(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders met on Thursday. Trump and Xi shook hands in Busan.",
            [row("Trump", "Xi", "meeting", H, THU)],
        ),
        (
            "The call took place on Tuesday. Trump spoke with Xi about fentanyl.",
            [row("Trump", "Xi", "call", H, TUE)],
        ),
        (
            "On Sunday, the two prime ministers sat down in Delhi. Modi and Albanese met for "
            "an hour.",
            [row("Albanese", "Modi", "meeting", H, SUN)],
        ),
        (
            "On Monday, they met in Busan. Trump and Xi met later that day for dinner.",
            [row("Trump", "Xi", "meeting", H, MON)],
        ),
    ],
)
def test_the_leaders_or_their_contact_still_date_it(text: str, expected: list[Row]) -> None:
    assert _held(text) == expected


# --- finding 1: what "through" a channel was told ------------------------------------------


def test_told_through_an_interpreter_is_a_contact() -> None:
    text = "Trump told Xi through an interpreter on Monday that the deal was fair."
    assert _held(text) == [row("Trump", "Xi", "call", H, MON)]


@pytest.mark.parametrize(
    "text",
    [
        "Xi told Trump through a spokesman on Monday that Taiwan was a red line.",
        "Trump told Xi through his envoy on Wednesday that he wanted a deal.",
        "Xi told Trump through diplomatic channels on Tuesday that the curbs would stay.",
        "Trump told Xi in a Truth Social post on Monday that the deal was off.",
        "Trump told Xi in a post on X on Monday that soybeans must be bought.",
    ],
)
def test_told_through_a_channel_or_in_a_post_is_no_contact(text: str) -> None:
    assert _held(text) == []


# --- finding 2: a name ending in "-day" is someone else ----------------------------------


def test_a_name_in_day_before_his_counterpart_is_someone_else() -> None:
    assert _held("Trump said Halliday met his Chinese counterpart on Monday.") == []


# --- three leaders met together ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        ("Trump, Xi and Putin met in Beijing on Monday.", ("Putin", "Trump", "Xi"), MON),
        ("Xi, Putin and Modi held talks in Tianjin on Sunday.", ("Modi", "Putin", "Xi"), SUN),
        (
            "Trump, Chinese President Xi and Putin met on Tuesday.",
            ("Putin", "Trump", "Xi"),
            TUE,
        ),
    ],
)
def test_three_leaders_met_together_are_three_pairs(
    text: str, names: tuple[str, str, str], when: date
) -> None:
    a, b, c = names
    expected = {row(a, b, "meeting", H, when), row(a, c, "meeting", H, when)}
    expected.add(row(b, c, "meeting", H, when))
    assert set(_held(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi met Putin in Beijing on Monday.",
        "Trump, who had called Xi, met Putin on Monday.",
    ],
)
def test_no_pair_among_leaders_not_one_subject(text: str) -> None:
    assert ("Putin", "Xi") not in {r[0] for r in _held(text)}
