"""The day a contact takes from how it is reported: an undated contact held takes the day the next
sentence reports it on (a report of another event dates none, a contact with its own day keeps it);
a contact cited as the source of present-perfect news is of the article's day (not when planned or
denied, and an undated article gives no publication day); a plan moved to another day takes that
day, a move with no day gives none.

Sentences are our own. Published on Wednesday 24 September 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WEDNESDAY = date(2025, 9, 24)
FRI, MON, TUE = date(2025, 9, 19), date(2025, 9, 22), date(2025, 9, 23)
H = Status.HAPPENED
# --- a plan moved to another day -------------------------------------------------------------

FRI_AHEAD = date(2025, 9, 26)


# --- an undated contact dated by the report of it in the next sentence ---------------------


@pytest.mark.parametrize(
    ("text", "pair", "mode", "when"),
    [
        (
            "Trump and Xi recently connected by phone. State media reported on Friday, "
            "September 19, that the two leaders discussed the future of TikTok.",
            ("Trump", "Xi"),
            "call",
            FRI,
        ),
        (
            "Putin and Xi recently held a video call. The Kremlin said on Tuesday that the "
            "leaders had discussed energy supplies.",
            ("Putin", "Xi"),
            "call",
            TUE,
        ),
        (
            "Modi spoke with Xi by phone. Chinese state broadcaster CCTV reported on Monday "
            "that the two sides agreed to resume direct flights.",
            ("Modi", "Xi"),
            "call",
            MON,
        ),
    ],
)
def test_an_undated_contact_takes_the_day_the_next_sentence_reports_it(
    text: str, pair: tuple[str, str], mode: str, when: date
) -> None:
    assert contact_rows(text, WEDNESDAY) == [row(*pair, mode, H, when)]


@pytest.mark.parametrize(
    "second",
    [
        # a report of something else
        "State media reported on Monday that China had approved new purchases of soybeans.",
        # a report naming another leader
        "The Kremlin said on Monday that Putin had discussed the call with Xi.",
    ],
)
def test_a_report_of_another_event_dates_no_contact(second: str) -> None:
    text = f"Trump and Xi recently spoke by phone. {second}"
    rows = contact_rows(text, WEDNESDAY)
    assert row("Trump", "Xi", "call", H, None) in rows
    assert all(r[3] != MON for r in rows if r[0] == ("Trump", "Xi"))


def test_a_contact_with_its_own_day_keeps_it() -> None:
    text = (
        "Trump and Xi spoke by phone on Friday. State media reported on Monday that the two "
        "leaders had agreed to meet."
    )
    assert row("Trump", "Xi", "call", H, FRI) in contact_rows(text, WEDNESDAY)


# --- present-perfect news cited from the contact -------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "mode"),
    [
        (
            "Trump and Xi have agreed to extend the tariff truce, according to summaries of "
            "their phone call released by both governments.",
            ("Trump", "Xi"),
            "call",
        ),
        (
            "Modi and Xi have agreed to resume border trade, according to an account of their "
            "meeting published by Beijing.",
            ("Modi", "Xi"),
            "meeting",
        ),
        (
            "Putin and Xi have discussed gas prices in their video call, officials said.",
            ("Putin", "Xi"),
            "call",
        ),
    ],
)
def test_present_perfect_news_from_a_contact_dates_it_by_the_article(
    text: str, pair: tuple[str, str], mode: str
) -> None:
    assert contact_rows(text, WEDNESDAY) == [row(*pair, mode, H, WEDNESDAY)]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # simple past: the call is undated, as before
        (
            "Trump and Xi agreed to extend the truce during their phone call, according to "
            "summaries released by both sides.",
            None,
        ),
        # a stated day wins
        (
            "Trump and Xi have agreed to extend the truce, according to summaries of their "
            "phone call on Monday.",
            MON,
        ),
    ],
)
def test_other_tenses_and_stated_days_are_unchanged(text: str, when: date | None) -> None:
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "call", H, when)]


def test_a_planned_or_denied_contact_in_the_present_perfect_is_not_dated() -> None:
    plan = "Trump and Xi have agreed to talk by phone next month, according to officials."
    assert all(r[2] is not H for r in contact_rows(plan, WEDNESDAY))
    denied = "Trump and Xi have not spoken since their call in June, according to officials."
    assert all(r[3] != WEDNESDAY for r in contact_rows(denied, WEDNESDAY))


def test_an_undated_article_gets_no_publication_day() -> None:
    text = (
        "Trump and Xi have agreed to extend the truce, according to summaries of their phone call."
    )
    assert contact_rows(text, WEDNESDAY, undated=True) == [row("Trump", "Xi", "call", H, None)]


@pytest.mark.parametrize(
    ("text", "pair", "mode"),
    [
        (
            "The meeting between Lee Jae-myung and Xi Jinping, originally planned for "
            "Thursday, has been moved to Friday.",
            ("Lee", "Xi"),
            "meeting",
        ),
        (
            "Trump's meeting with Xi, initially scheduled for Monday, was pushed back to Friday.",
            ("Trump", "Xi"),
            "meeting",
        ),
        ("The call between Putin and Xi has been moved to Friday.", ("Putin", "Xi"), "call"),
    ],
)
def test_a_plan_moved_takes_the_day_it_was_moved_to(
    text: str, pair: tuple[str, str], mode: str
) -> None:
    assert contact_rows(text, WEDNESDAY) == [row(*pair, mode, Status.PLANNED, FRI_AHEAD)]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Trump and Xi has been postponed until further notice.",
        "Trump and Xi met on Monday after their talks were moved to a new venue.",
    ],
)
def test_a_move_with_no_day_gives_none_and_a_held_contact_keeps_its_day(text: str) -> None:
    rows = contact_rows(text, WEDNESDAY)
    assert all(r[3] != FRI_AHEAD for r in rows)
    assert all(r[3] in (None, MON) for r in rows)
