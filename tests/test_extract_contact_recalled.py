"""Contacts, issue 10 (branch i10-contact10): contacts referred back to. An elapsed span of
weeks, months or years before a contact ("six weeks after Trump and Xi met") makes it the
background of the main clause's news; hours or days leave it news, and an undated contact
that happened ("after their summit") stays one. "The call came days after ..." after another
pair's contact tells of that contact, and the "after" clause's contact is what its own verb
says. "The two leaders last spoke in ..." is background of the right pair.

Sentences are our own. Published on Wednesday 9 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WEDNESDAY = date(2026, 12, 9)
THU, MON, TUE = date(2026, 12, 3), date(2026, 12, 7), date(2026, 12, 8)


# --- an elapsed span of weeks, months or years ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A year after Putin and Xi held talks in Kazan, the pipeline deal is stalled, "
        "officials said on Monday.",
        "Six weeks after Modi and Xi met in Tianjin, border talks have resumed.",
        "Two years after Trump and Xi met at Mar-a-Lago, the trade war began.",
    ],
)
def test_a_contact_an_elapsed_span_recalls_is_background(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "Seven weeks after Trump and Xi met in Busan, soybean shipments to China have doubled.",
            "meeting",
        ),
        (
            "Three months since Trump's phone call with Xi, chip export licences are still frozen.",
            "call",
        ),
        (
            "Weeks after their summit in Gyeongju, Trump and Xi have not signed a written deal.",
            "meeting",
        ),
        (
            "Two weeks after meeting Xi in Busan, Trump signed an order cutting the fentanyl duty.",
            "meeting",
        ),
    ],
)
def test_the_desk_pair_keeps_a_recalled_contact_undated(text: str, mode: str) -> None:
    """Changed on purpose (stop 33): a Trump-Xi contact weeks or months back is kept, undated,
    and the store judges it (dev2's README alerts "two months after their meeting in Busan"
    when the state does not hold it); years back it is history."""
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", mode, Status.HAPPENED)]


def test_hours_after_a_dated_contact_it_is_the_news() -> None:
    text = (
        "Hours after Trump and Xi met on Thursday, Beijing paused its rare-earth licensing rules."
    )
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.HAPPENED, THU)]


def test_days_after_an_undated_contact_it_is_still_a_contact() -> None:
    text = (
        "Days after Putin and Xi spoke by video link, Moscow cut its oil price for Chinese buyers."
    )
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "call", Status.HAPPENED)]


def test_the_main_clause_contact_before_the_span_is_kept() -> None:
    text = "Trump met Xi on Thursday, two months after their last phone call."
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.HAPPENED, THU)]


def test_last_week_after_is_no_elapsed_span() -> None:
    text = "Trump and Xi met in Busan last week after months of tension over chips."
    rows = contact_rows(text, WEDNESDAY)
    assert [r[:3] for r in rows] == [(("Trump", "Xi"), "meeting", Status.HAPPENED)]


def test_an_undated_article_keeps_the_recalled_contact() -> None:
    """With no publication date there is no news to set the recalled contact behind."""
    text = "Trump phoned Xi on Nov. 24, two months after their meeting in Busan."
    rows = contact_rows(text, WEDNESDAY, undated=True)
    assert row("Trump", "Xi", "meeting", Status.HAPPENED) in rows


# --- "The call came days after ..." ----------------------------------------------------------


def test_the_call_refers_back_and_the_after_clause_is_its_own_verb() -> None:
    text = (
        "Canadian Prime Minister Mark Carney held a phone call with Xi Jinping on Tuesday. "
        "The call came days after Trump said he was getting ready to travel to Beijing to meet Xi."
    )
    rows = contact_rows(text, WEDNESDAY)
    assert rows[0] == row("Carney", "Xi", "call", Status.HAPPENED, TUE)
    assert all(r[0] != ("Trump", "Xi") or r[2] is not Status.HAPPENED for r in rows)


def test_the_meeting_followed_a_recalled_call_of_another_pair() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez met Xi Jinping in Beijing on Monday. "
        "The meeting came five weeks after Xi's phone call with Trump."
    )
    assert contact_rows(text, WEDNESDAY) == [
        row("Sanchez", "Xi", "meeting", Status.HAPPENED, MON),
        row("Trump", "Xi", "call", Status.HAPPENED),  # the desk's pair, kept undated (stop 33)
    ]


def test_the_after_clause_contact_takes_its_own_verb() -> None:
    text = (
        "Modi spoke with Xi by phone on Monday. The call came days after Trump and Xi met in Busan."
    )
    assert contact_rows(text, WEDNESDAY) == [
        row("Modi", "Xi", "call", Status.HAPPENED, MON),
        row("Trump", "Xi", "meeting", Status.HAPPENED),
    ]


def test_no_contact_for_leaders_past_the_after_with_no_contact_verb() -> None:
    text = (
        "Macron spoke with Xi by phone on Tuesday. "
        "The call came days after Trump warned Xi over chip exports."
    )
    assert contact_rows(text, WEDNESDAY) == [row("Macron", "Xi", "call", Status.HAPPENED, TUE)]


# --- "the two leaders" / "they" last spoke --------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "The two leaders last spoke by phone in August.",
        "They last met at a regional summit in July.",
        "In the months since the two leaders last spoke, trade has slowed.",
    ],
)
def test_a_pair_resumed_in_background_is_no_new_contact(second: str) -> None:
    text = f"Putin held talks with Xi in Beijing on Monday. {second}"
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "meeting", Status.HAPPENED, MON)]
