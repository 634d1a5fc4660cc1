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


# A temporal modifier after the contact whose object is a noun phrase with no verb of its own
# ("since the Gyeongju summit", "after the summit in Kazan", "before the Delhi summit"): a
# weekday right after the phrase is the main contact's, the day of the news, and the phrase's
# contact is a second one with no day (`background.modifier_days`).
@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "Trump and Xi held their first call since the Gyeongju summit on Monday.",
            _row("Trump", "Xi", "call", H, MONDAY),
        ),
        (
            "Putin and Xi held a video call after the summit in Kazan on Monday.",
            _row("Putin", "Xi", "call", H, MONDAY),
        ),
        (
            "Trump spoke with Xi for the first time since their Lima meeting on Monday.",
            _row("Trump", "Xi", "call", H, MONDAY),
        ),
        (
            "Modi and Putin spoke by phone before the Delhi summit on Monday.",
            _row("Modi", "Putin", "call", H, MONDAY),
        ),
        (
            "Trump and Xi held their first call since the trade truce on Monday.",
            _row("Trump", "Xi", "call", H, MONDAY),
        ),
    ],
)
def test_a_day_past_a_modifier_phrase_is_the_main_contacts(text: str, main: tuple) -> None:
    rows = contact_rows(text, FRIDAY)
    assert main in rows
    assert not [r for r in rows if r[1] != main[1] and r[3] is not None]


def test_the_summit_a_first_call_is_counted_from_is_held_undated() -> None:
    rows = set(
        contact_rows(
            "Trump and Xi held their first call since the Gyeongju summit on Monday.", FRIDAY
        )
    )
    assert rows == {_row("Trump", "Xi", "call", H, MONDAY), _row("Trump", "Xi", "meeting", H)}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a clause, not a noun phrase: its day is its own verb's
        (
            "Trump and Xi held their first call since they met in Lima on Monday.",
            _row("Trump", "Xi", "meeting", H, MONDAY),
        ),
        # the phrase modifies the saying in another clause, not the visit
        (
            "Xi agreed to visit Washington in the spring, Trump said after their call on Monday.",
            _row("Trump", "Xi", "call", H, MONDAY),
        ),
        # no contact told before the phrase: a fronted participle's modifier keeps its day
        (
            "Speaking after a video call with Putin on Monday, Xi said trade would grow.",
            _row("Putin", "Xi", "call", H, MONDAY),
        ),
    ],
)
def test_a_modifier_day_stays_with_its_phrase_when_no_main_contact_takes_it(
    text: str, held: tuple
) -> None:
    assert held in contact_rows(text, FRIDAY)
