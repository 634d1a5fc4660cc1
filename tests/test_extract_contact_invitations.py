"""An accepted invitation: a planned contact when its time is fixed ("in April", "on May 2"),
else no contact at all (bench/README, "Labelling conventions for the sets we write", 3).

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

FRIDAY = date(2025, 11, 21)  # publication day
MONDAY = date(2025, 11, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Lula has accepted an invitation to visit New Delhi, Modi said.",
        "Modi accepted Lula's invitation to visit Brasilia sometime next year.",
        "An invitation from Modi to visit New Delhi was accepted by Lula, aides said on Monday.",
    ],
)
def test_accepted_invitation_with_no_time_is_no_contact(text: str) -> None:
    assert contact_rows(text, FRIDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lula accepted an invitation to visit New Delhi in April.",
        "Modi accepted Lula's invitation to visit Brasilia on May 2.",
    ],
)
def test_accepted_invitation_with_a_time_is_a_plan(text: str) -> None:
    assert [r[:3] for r in contact_rows(text, FRIDAY)] == [
        (("Lula", "Modi"), "meeting", Status.PLANNED)
    ]


def test_contact_held_before_the_acceptance_stays() -> None:
    text = "Lula spoke with Modi on Monday and accepted an invitation to visit New Delhi."
    assert _row("Lula", "Modi", "call", Status.HAPPENED, MONDAY) in contact_rows(text, FRIDAY)
