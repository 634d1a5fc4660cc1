"""Calls told by other words: a video link-up or video conference, as a noun subject too ("The
video link-up between Modi and Lula on Monday focused on trade"), "rang", "took a call from".

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

THURSDAY = date(2025, 11, 20)
MONDAY = date(2025, 11, 17)


@pytest.mark.parametrize(
    "text",
    [
        "The video link-up between Modi and Lula on Monday focused on fertiliser supplies.",
        "The video conference between Modi and Lula on Monday focused on fertiliser supplies.",
        "Modi and Lula held a video link-up on Monday.",
    ],
)
def test_video_link_is_a_call(text: str) -> None:
    assert contact_rows(text, THURSDAY) == [_row("Lula", "Modi", "call", Status.HAPPENED, MONDAY)]


def test_planned_video_conference_stays_planned() -> None:
    rows = contact_rows("Modi and Lula will hold a video conference on Friday.", THURSDAY)
    assert [r[2] for r in rows] == [Status.PLANNED]


@pytest.mark.parametrize(
    "text",
    [
        "Modi rang Lula on Monday.",
        "Modi took a call from Lula on Monday.",
        "Modi fielded a phone call from Lula on Monday.",
    ],
)
def test_rang_and_took_a_call_are_calls_held(text: str) -> None:
    assert contact_rows(text, THURSDAY) == [_row("Lula", "Modi", "call", Status.HAPPENED, MONDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Modi rang alarm bells over Lula's tariffs on Monday.",
        "Modi took questions on Monday about his call with Lula.",
    ],
)
def test_near_misses_of_rang_and_took(text: str) -> None:
    assert not [r for r in contact_rows(text, THURSDAY) if r[3] == MONDAY]
