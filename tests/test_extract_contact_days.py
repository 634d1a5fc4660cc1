"""The day of a contact told in a neighbouring sentence: a day in the sentence before or after,
"the following day", and "the meeting" told further date the pair's contact; a call's day does not
date a meeting, a plan or a journey ("flew in on Wednesday for talks") dates nothing, nor does a
day of others' contact (even across "later"); the day a contact was told of, or praised, yields to
the day it was held, and "last month" takes no day from its telling.

Sentences are our own. Published on Friday 7 November 2025: "Monday" is 3 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
SUN, MON, TUE, WED, THU = (date(2025, 11, d) for d in (2, 3, 4, 5, 6))
H, P, S = Status.HAPPENED, Status.PLANNED, Status.SPECULATED


def _contacts(text: str, title: str = "") -> list[Row]:
    return contact_rows(text, FRIDAY, title=title)


def _held(text: str, title: str = "") -> list[Row]:
    return [r for r in _contacts(text, title) if r[2] is H]


# --- the day in a neighbouring sentence ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday, the two heads of government sat down in Canberra. "
            "Albanese and Xi met for two hours.",
            [row("Albanese", "Xi", "meeting", H, TUE)],
        ),
        (
            "The summit took place on Wednesday in Kazan. Modi and Putin shook hands and "
            "talked at length.",
            [row("Modi", "Putin", "meeting", H, WED)],
        ),
        (
            "Trump and Lula held a phone call. The conversation took place on Monday and "
            "covered coffee tariffs.",
            [row("Lula", "Trump", "call", H, MON)],
        ),
    ],
)
def test_a_day_in_the_sentence_before_or_after(text: str, expected: list[Row]) -> None:
    assert _held(text) == expected


def test_a_call_day_does_not_date_a_meeting() -> None:
    """The sentence before gives a call's day: a meeting of another mode stays undated."""
    text = "The phone call took place on Monday. Modi and Putin met in Kazan."
    assert _held(text) == [row("Modi", "Putin", "meeting", H)]


def test_a_plan_in_the_sentence_before_dates_nothing() -> None:
    text = "The leaders will sit down on Thursday. Modi and Putin met in Kazan."
    assert _held(text) == [row("Modi", "Putin", "meeting", H)]


@pytest.mark.parametrize(
    "text",
    [
        "Modi arrived in Moscow on Monday and met Putin the following day.",
        "Modi landed in Moscow on Monday. The next day, Modi and Putin met at the Kremlin.",
    ],
)
def test_the_following_day(text: str) -> None:
    assert _held(text) == [row("Modi", "Putin", "meeting", H, TUE)]


def test_a_journey_on_a_day_for_talks_is_no_day_of_the_talks() -> None:
    """ "flew in on Wednesday for talks": the Wednesday is the flight's."""
    text = "Albanese flew to Beijing on Wednesday for talks with Xi."
    assert _held(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Modi and Putin held talks in Kazan. The meeting took place on Tuesday.",
        "Modi met Putin in Kazan. Tuesday's meeting ran past midnight.",
        "Modi met Putin in Kazan. The talks on Tuesday ran past midnight.",
    ],
)
def test_the_contact_told_further_of_either_mode(text: str) -> None:
    """Talks are a meeting or a call until settled: "The meeting" dates the pair's talks."""
    assert _held(text) == [row("Modi", "Putin", "meeting", H, TUE)]


def test_a_meeting_told_further_after_a_call_is_dropped() -> None:
    text = "Modi spoke with Putin by phone. Tuesday's meeting in Kazan was a success."
    assert _held(text) == [row("Modi", "Putin", "call", H)]


def test_the_day_of_the_telling_is_not_a_later_date_of_what_was_told() -> None:
    """ "told Trump on Monday that the levy should fall on November 10": Monday, not the
    10th (read as last year's for a contact held)."""
    text = "Xi told Trump on Monday that the levy should fall on November 10."
    assert _held(text) == [row("Trump", "Xi", "call", H, MON)]


# --- the day a contact was told of is not its day when the article gives one -----------------


def test_the_day_a_meeting_was_praised_yields_to_the_day_it_was_held() -> None:
    """One meeting, not a second one on the day the leader spoke of it."""
    text = (
        "Lula said on Friday that his meeting with Xi had been a great success. "
        "The two leaders met on Wednesday in Beijing."
    )
    assert _held(text) == [row("Lula", "Xi", "meeting", H, WED)]


def test_a_contact_placed_last_month_takes_no_day_from_its_telling() -> None:
    """Read on Friday 7 November, "last month" is October: the meeting is not Friday's. October
    ended a week back, so it may be news: held, with no day (stop-28 second review, finding 9);
    read after 16 November, all of October lies over two weeks back and it is a recap. Its
    twin with a day of its own is held on that day."""
    text = "Modi and Putin met last month, the Kremlin said on Friday."
    assert _held(text) == [row("Modi", "Putin", "meeting", H, None)]
    assert [r for r in contact_rows(text, date(2025, 11, 21)) if r[2] is H] == []
    twin = "Modi and Putin met on Wednesday, the Kremlin said on Friday."
    assert _held(twin) == [row("Modi", "Putin", "meeting", H, WED)]


def test_a_later_contact_of_the_pair_keeps_its_own_day() -> None:
    text = "Trump met Xi on Wednesday. The two talked by phone again on Friday."
    assert _held(text) == [
        row("Trump", "Xi", "meeting", H, WED),
        row("Trump", "Xi", "call", H, FRIDAY),
    ]


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
