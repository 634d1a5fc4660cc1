"""A contact noun as the object of a past verb of holding ("held a video call", "had a good
call with"): a plan or hedge in a later clause of the sentence ("and that the two agreed to
meet", ", the day the truce was due to expire") is that clause's, not the contact's.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

FRIDAY = date(2025, 11, 21)  # publication day
MONDAY, TUESDAY = date(2025, 11, 17), date(2025, 11, 18)
H = Status.HAPPENED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lula said he had a warm call with Modi on Monday and that they agreed to meet in May.",
            _row("Lula", "Modi", "call", H, MONDAY),
        ),
        (
            "Lula and Modi held a video call on Tuesday, the day their pact was due to lapse.",
            _row("Lula", "Modi", "call", H, TUESDAY),
        ),
        (
            "Modi held an hour-long call with Lula on Monday; new talks are expected in June.",
            _row("Lula", "Modi", "call", H, MONDAY),
        ),
    ],
)
def test_held_contact_keeps_past_over_later_plan(text: str, want: tuple) -> None:
    assert want in contact_rows(text, FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Lula had a call with Modi set for next Monday.",
        "Lula would have had a call with Modi on Monday had the strike not intervened.",
        "Lula said he and Modi agreed to meet in May.",
    ],
)
def test_plan_inside_the_held_clause_still_governs(text: str) -> None:
    assert not [r for r in contact_rows(text, FRIDAY) if r[2] is H]
