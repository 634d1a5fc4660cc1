"""Contacts, issue 10 fourteenth round (branch i10-contact11): an undated contact held takes
the day the next sentence reports it on; a contact cited as the source of present-perfect
news is of the article's day; a relative clause's earlier period recaps only its own
predicate; "came together to condemn" with no place is a joint stand, not a meeting.

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


# --- a relative clause's earlier period is its own -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi, who last met in 2019, spoke by phone last week, the White House said.",
        "Putin and Xi, who last held talks in May, spoke by phone, the Kremlin said on Monday.",
    ],
)
def test_an_earlier_period_in_a_relative_clause_recaps_no_main_contact(text: str) -> None:
    assert [r[1:3] for r in contact_rows(text, WEDNESDAY)] == [("call", H)]


def test_an_earlier_period_of_the_main_clause_still_recaps() -> None:
    text = "Trump and Xi spoke by phone in May, the White House said."
    assert contact_rows(text, WEDNESDAY) == []


# --- "came together" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "when"),
    [
        ("The two leaders came together in Busan on Tuesday.", TUE),
        ("The leaders came together to watch a military parade in Beijing on Tuesday.", TUE),
    ],
)
def test_leaders_coming_together_meet(second: str, when: date) -> None:
    text = f"Putin and Xi traded messages for weeks. {second}"
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "meeting", H, when)]


@pytest.mark.parametrize(
    "second",
    [
        "The two leaders came together to condemn Western sanctions.",
        "The two leaders came together to oppose new tariffs.",
        "Investors gathered in New York on Tuesday to weigh the statement.",
    ],
)
def test_a_joint_stand_is_no_meeting(second: str) -> None:
    text = f"Putin and Xi issued a joint statement on Tuesday. {second}"
    assert contact_rows(text, WEDNESDAY) == []


# --- "gathered" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "when"),
    [
        ("The two presidents gathered in Geneva on Monday.", MON),
        ("They gathered with other leaders in Tianjin on Monday.", MON),
    ],
)
def test_a_pair_gathering_meets(second: str, when: date) -> None:
    text = f"Putin and Xi traded warnings for months. {second}"
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "meeting", H, when)]


@pytest.mark.parametrize(
    "second",
    [
        "They gathered support at home.",  # transitive: no meeting
        "Investors gathered in New York on Tuesday.",  # not the leaders
    ],
)
def test_near_misses_of_a_gathering_give_no_meeting(second: str) -> None:
    text = f"Putin and Xi traded warnings for months. {second}"
    assert contact_rows(text, WEDNESDAY) == []


def test_the_leaders_after_a_list_of_three_are_still_no_pair() -> None:
    """Not built: a pairwise meeting of a listed group (the CI floor on dev2 contact precision
    holds only while the corpus labels one pair of such a gathering)."""
    text = (
        "Trump on Sunday accused Xi Jinping, Vladimir Putin and Modi of plotting. "
        "The leaders came together in Tianjin on Monday."
    )
    assert contact_rows(text, WEDNESDAY) == []


# --- a leader in a contrast clause with no contact of its own is no partner -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Modi and Xi met on Monday, but Putin cancelled the trilateral lunch.",
        "Xi met Modi on Monday, but Putin stayed in Moscow.",
        "Xi met Modi on Monday; Putin stayed in Moscow.",
    ],
)
def test_a_leader_in_a_contrast_clause_is_no_partner(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Xi", "meeting", H, MON)]


@pytest.mark.parametrize(
    ("text", "mode", "when"),
    [
        ("Xi met Modi on Monday, but also held talks with Putin on Tuesday.", "meeting", TUE),
        ("Xi met Modi on Monday, but he also spoke with Putin by phone.", "call", None),
    ],
)
def test_a_contrast_clause_with_its_own_contact_keeps_it(
    text: str, mode: str, when: date | None
) -> None:
    rows = contact_rows(text, WEDNESDAY)
    assert row("Modi", "Xi", "meeting", H, MON) in rows
    assert row("Putin", "Xi", mode, H, when) in rows


# --- a plan moved to another day -------------------------------------------------------------

FRI_AHEAD = date(2025, 9, 26)


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


# --- a short name after a headline's full name ---------------------------------------------


def test_a_bare_surname_counts_after_the_headline_names_the_leader_in_full() -> None:
    text = "Lee met Trump at the White House on Monday."
    got = contact_rows(text, WEDNESDAY, title="Lee Jae-myung heads to Washington for tariff talks")
    assert got == [row("Lee", "Trump", "meeting", H, MON)]


@pytest.mark.parametrize(
    "title", ["Lee heads to Washington", "Korean carmakers look to Washington"]
)
def test_a_bare_surname_with_no_full_name_anywhere_is_no_leader(title: str) -> None:
    assert contact_rows("Lee met Trump at the White House on Monday.", WEDNESDAY, title=title) == []
