"""Contacts: a group subject ("the leaders", "the two men") with a non-restrictive relative
clause between it and its verb. The relative is left out for the main verb ("The leaders, who
met in Geneva, also had a call": the call is the leaders'), and a cue inside a subject relative
takes its antecedent ("The two men, who spoke by phone": the men spoke). "Whose" relates
another subject ("whose aides met"): no contact of the group.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

TUESDAY = date(2025, 9, 16)  # publication day
MONDAY = date(2025, 9, 15)
H = Status.HAPPENED
OPENING = "Modi and Putin met in Tianjin on Monday. "


def _held(text: str, title: str = "") -> set[Row]:
    return {r for r in contact_rows(text, TUESDAY, title=title) if r[2] is H}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            OPENING + "The leaders, who met in Kazan on July 8, also had a call on August 8.",
            {
                _row("Modi", "Putin", "meeting", H, MONDAY),
                _row("Modi", "Putin", "meeting", H, date(2025, 7, 8)),
                _row("Modi", "Putin", "call", H, date(2025, 8, 8)),
            },
        ),
        (
            OPENING + "The two men, who spoke by phone on August 8, signed an oil deal.",
            {
                _row("Modi", "Putin", "meeting", H, MONDAY),
                _row("Modi", "Putin", "call", H, date(2025, 8, 8)),
            },
        ),
        (
            OPENING + "The leaders, whose aides met in Geneva on Friday, signed an oil deal.",
            {_row("Modi", "Putin", "meeting", H, MONDAY)},
        ),
    ],
)
def test_a_relative_between_the_group_and_its_verb(text: str, want: set[Row]) -> None:
    assert _held(text) == want


def test_the_headline_pair_stands_for_the_leaders_before_a_relative() -> None:
    text = (
        "Lula and Xi talk trade\n\nThe leaders, who met in Brasilia on July 8, agreed a beef deal."
    )
    assert _held(text, title="Lula and Xi talk trade") == {
        _row("Lula", "Xi", "meeting", H, date(2025, 7, 8))
    }
