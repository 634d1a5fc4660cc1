"""A sentence opening on the contact itself ("The hour-long call, ..., was requested by
Ottawa") after one telling what the pair did on a day ("Carney and Sheinbaum agreed on Tuesday
to ..."): the contact is the occasion of that act, held that day.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

FRIDAY = date(2025, 11, 21)  # publication day
TUESDAY, WEDNESDAY = date(2025, 11, 18), date(2025, 11, 19)
H = Status.HAPPENED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Carney and Sheinbaum agreed on Tuesday to drop their steel quotas. The 40-minute "
            "phone call, their third this year, was requested by Ottawa.",
            _row("Carney", "Sheinbaum", "call", H, TUESDAY),
        ),
        (
            "Modi and Putin pledged on Wednesday to double rail freight by 2030. The talks, "
            "which ran past midnight, also covered fertiliser.",
            _row("Modi", "Putin", "meeting", H, WEDNESDAY),
        ),
        (
            "Lula and Xi Jinping signed a currency pact on Tuesday. The video call was their "
            "first since the spring.",
            _row("Lula", "Xi", "call", H, TUESDAY),
        ),
    ],
)
def test_contact_dated_by_the_lead(text: str, want: tuple) -> None:
    """The contact the second sentence opens on takes the day of the pair's act."""
    assert contact_rows(text, FRIDAY) == [want]


def test_future_contact_is_not_dated_by_the_lead() -> None:
    """A contact still to come, told after a lead, stays a plan."""
    rows = contact_rows(
        "Carney and Sheinbaum agreed on Tuesday to extend the pact. The next call is "
        "expected in December.",
        FRIDAY,
    )
    assert all(r[2] is not H for r in rows)


def test_lead_with_a_statement_day_dates_nothing() -> None:
    """ "said on Tuesday" is the day of a statement, not of an act of the pair."""
    rows = contact_rows(
        "Carney and Sheinbaum said on Tuesday they would cut tariffs. The phone call was cordial.",
        FRIDAY,
    )
    assert all(r[3] != TUESDAY for r in rows)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Carney and Sheinbaum agreed on Tuesday to drop their steel quotas. The quotas go, "
            "Ottawa said after the leaders met in Mexico City.",
            _row("Carney", "Sheinbaum", "meeting", H, TUESDAY),
        ),
        (
            "Lula and Modi signed a fuel pact on Wednesday. The two presidents spoke for an hour, "
            "aides said.",
            _row("Lula", "Modi", "call", H, WEDNESDAY),
        ),
        (
            "A grain deal was sealed by Lula and Modi on Tuesday. The two leaders met in Brasilia.",
            _row("Lula", "Modi", "meeting", H, TUESDAY),
        ),
    ],
)
def test_group_acting_after_the_lead_is_dated_by_it(text: str, want: tuple) -> None:
    """ "the leaders met", "the two presidents spoke" right after the pair's dated act: the
    pair acting again, on the lead's day, as a sentence opening on the contact is."""
    assert contact_rows(text, FRIDAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Lula and Modi signed a fuel pact on Tuesday. The leaders last met in Brasilia.",
        "Lula and Modi signed a fuel pact on Tuesday. The two leaders had met in Brasilia.",
        "Lula and Modi signed a fuel pact on Tuesday. Their aides met in Brasilia.",
    ],
)
def test_recap_or_proxies_after_the_lead_take_no_day(text: str) -> None:
    """A recap ("last met", "had met") or the pair's proxies is not the pair acting that day."""
    assert all(r[3] != TUESDAY for r in contact_rows(text, FRIDAY))
