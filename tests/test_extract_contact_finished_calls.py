"""A contact over as the object of finishing it ("Just finished a long call with President
Xi", "wrapped up their meeting", "just got off the phone with"): held, in a quote as in a
report, and dated by its clause; wanting, planning or looking forward to one is not.

Sentences are our own. Published on Friday 7 November 2025: "Tuesday" is 4 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
MON, TUE, THU = date(2025, 11, 3), date(2025, 11, 4), date(2025, 11, 6)
H = Status.HAPPENED


def _held(text: str) -> list[Row]:
    return [r for r in contact_rows(text, FRIDAY) if r[2] is H]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "\u201cJust wrapped up a terrific call with President Xi,\u201d Trump posted on "
            "Tuesday.",
            row("Trump", "Xi", "call", H, TUE),
        ),
        (
            "\u201cWe just got off the phone with President Putin,\u201d Xi told aides on Monday.",
            row("Putin", "Xi", "call", H, MON),
        ),
        (
            "Trump said on Thursday: \u201cI have just finished a long meeting with President "
            "Xi.\u201d",
            row("Trump", "Xi", "meeting", H, THU),
        ),
        (
            "Modi concluded his talks with Xi in Tianjin on Monday and flew home.",
            row("Modi", "Xi", "meeting", H, MON),
        ),
    ],
)
def test_finished_contact_is_held(text: str, want: Row) -> None:
    assert _held(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cI look forward to finishing our talks with President Xi,\u201d Trump wrote on "
        "Monday.",
        "\u201cI will have a call with President Xi once I have finished my tour,\u201d Trump "
        "said.",
        "Trump finished his tour of Asia on Monday and hopes to meet Xi in April.",
    ],
)
def test_no_finished_contact(text: str) -> None:
    assert _held(text) == []
