"""A contact named in a "since" phrase of the pair's own ("have not spoken since their June
call", "first contact since their meeting in Lima"): the contact that opened the gap was held,
whatever the main clause denies of the gap, and takes only a day the phrase gives.

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
H = Status.HAPPENED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trump and Xi have not spoken since their August call, aides said.",
            {_row("Trump", "Xi", "call", H)},
        ),
        (
            "Trump and Xi have not talked since they met in Lima, and no call has been set.",
            {_row("Trump", "Xi", "meeting", H)},
        ),
        (
            "Xi and Trump have had no contact since their talks in Lima.",
            {_row("Trump", "Xi", "meeting", H)},
        ),
    ],
)
def test_contact_opening_a_denied_gap_was_held(text: str, want: set) -> None:
    assert set(contact_rows(text, FRIDAY)) == want


def test_main_clause_day_is_not_the_since_contact_day() -> None:
    """Monday is the call's; the meeting the gap began with takes no day of it."""
    rows = set(
        contact_rows("Trump and Xi spoke on Monday, their first call since their meeting.", FRIDAY)
    )
    assert _row("Trump", "Xi", "call", H, MONDAY) in rows
    assert _row("Trump", "Xi", "meeting", H, MONDAY) not in rows


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi have not spoken since their aides met in Madrid.",
        "Trump and Xi have traded barbs since their tariffs took effect.",
        "Trump and Xi have not spoken since a planned meeting was called off.",
    ],
)
def test_no_contact_of_the_pair_opens_the_gap(text: str) -> None:
    assert not [r for r in contact_rows(text, FRIDAY) if r[2] is H]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the desk pair's own first contact "since the <Place> summit": that summit was theirs,
        # held (another pair's gap-opening contact is history and dropped, as above)
        (
            "Trump and Xi held their first video call since the Mar-a-Lago summit, aides said.",
            {_row("Trump", "Xi", "call", H), _row("Trump", "Xi", "meeting", H)},
        ),
        (
            "Xi and Trump had their first phone conversation since the Osaka meeting, "
            "Beijing said.",
            {_row("Trump", "Xi", "call", H), _row("Trump", "Xi", "meeting", H)},
        ),
    ],
)
def test_first_contact_since_the_place_summit(text: str, want: set) -> None:
    assert set(contact_rows(text, None, undated=True)) == want


@pytest.mark.parametrize(
    "text",
    [
        # an acronym names a gathering the pair need not have met at; a holiday is no contact
        "Trump and Xi held their first video call since the APEC summit, aides said.",
        "Trump and Xi spoke for the first time since the Lunar New Year, aides said.",
    ],
)
def test_no_meeting_from_a_gathering_or_a_holiday(text: str) -> None:
    rows = contact_rows(text, None, undated=True)
    assert not [r for r in rows if r[1] == "meeting"]
