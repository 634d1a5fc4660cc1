"""Contacts: time two leaders spent together ("spent two hours together at the palace", "were
together for 50 minutes in Tianjin") is a meeting; "together with" someone, or together in a
stand, is none. Every sentence is written for the test; none is copied from an article.
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


def _held(text: str) -> set[Row]:
    return {r for r in contact_rows(text, TUESDAY) if r[2] is H}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lula and Modi spent nearly three and a half hours together at the palace on Monday.",
            {_row("Lula", "Modi", "meeting", H, MONDAY)},
        ),
        (
            "Putin and Erdogan spent the evening together in Sochi on Monday.",
            {_row("Erdogan", "Putin", "meeting", H, MONDAY)},
        ),
        (
            "Albanese and Carney were together for about 40 minutes in Ottawa on Monday.",
            {_row("Albanese", "Carney", "meeting", H, MONDAY)},
        ),
        ("Macron and Lula will spend two days together in Belem next month.", set()),
        ("Modi, together with Putin, condemned the sanctions on Monday.", set()),
        ("Carney and Albanese were together in opposing the levies.", set()),
    ],
)
def test_time_spent_together_is_a_meeting(text: str, want: set[Row]) -> None:
    assert _held(text) == want
