"""A video link-up or video conference is a call, as a noun subject too ("The video link-up
between Modi and Lula on Monday focused on trade").

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
