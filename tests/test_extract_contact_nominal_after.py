"""A contact told as a noun phrase after "after" or "a day after", its subject the main
clause's leader: "Lula cut the duty after a two-hour meeting with Xi on Monday", "Carney said on
Thursday, a day after a phone call with Trump, that ...".

A verb that calls something off ("scrapped", "cancelled") calls off its own object, not the
contact an "after" parts from it; a contact after "after" that is named as a plan ("a planned
meeting") or set at a time ahead ("next month") is not held. Every sentence is written for the
test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

FRIDAY = date(2025, 11, 21)  # publication day
MONDAY, TUESDAY, WEDNESDAY, THURSDAY = (date(2025, 11, d) for d in (17, 18, 19, 20))
H = Status.HAPPENED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lula said Brazil would scrap its levy on Chinese steel after a three-hour meeting "
            "with Xi Jinping in Brasilia on Tuesday.",
            _row("Lula", "Xi", "meeting", H, TUESDAY),
        ),
        (
            "Putin cancelled the export quota following a 90-minute meeting with Narendra Modi "
            "on Monday.",
            _row("Modi", "Putin", "meeting", H, MONDAY),
        ),
        (
            "Sheinbaum scrapped the fuel surcharge after lengthy talks with Mark Carney on "
            "Wednesday.",
            _row("Carney", "Sheinbaum", "meeting", H, WEDNESDAY),
        ),
    ],
)
def test_cancel_verb_calls_off_its_own_object(text: str, want: tuple) -> None:
    """The contact after "after" is held; the cancel verb's object is something else."""
    assert contact_rows(text, FRIDAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Lula said the levy would go after a planned meeting with Xi Jinping next month.",
        "Modi said India would decide after a meeting with Putin later this year.",
        "Carney said the duty would stay until after a proposed summit with Sheinbaum.",
    ],
)
def test_contact_after_after_still_to_come_is_not_held(text: str) -> None:
    """A planned contact or one at a time ahead, after "after", was not held."""
    assert all(r[2] is not H for r in contact_rows(text, FRIDAY))


def test_called_off_contact_stays_called_off() -> None:
    """A cancel verb whose object is the contact still calls it off."""
    assert contact_rows("Lula cancelled his meeting with Xi Jinping on Tuesday.", FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sheinbaum announced the quota on Thursday, a day after a phone call with Mark Carney.",
            _row("Carney", "Sheinbaum", "call", H, WEDNESDAY),
        ),
        (
            "Modi told parliament on Thursday, two days after his video call with Vladimir "
            "Putin, that oil purchases would continue.",
            _row("Modi", "Putin", "call", H, TUESDAY),
        ),
        (
            "Lula said on Wednesday, the day after a telephone conversation with Xi Jinping, "
            "that the talks went well.",
            _row("Lula", "Xi", "call", H, TUESDAY),
        ),
    ],
)
def test_day_after_a_nominal_contact(text: str, want: tuple) -> None:
    """ "a day after a phone call with X": the main clause's day less the count."""
    assert contact_rows(text, FRIDAY) == [want]


def test_day_before_a_nominal_contact_is_not_held() -> None:
    """ "a day before a phone call with X", told before it: no call held."""
    rows = contact_rows(
        "Sheinbaum said on Friday, a day before a phone call with Carney, that she would "
        "not yield.",
        FRIDAY,
    )
    assert all(r[2] is not H for r in rows)
