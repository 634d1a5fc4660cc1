"""A contact noun that opens its sentence as the subject ("A meeting of the two at the summit in
Lima ... is possible"): its modifiers, however long, do not use up the status window, so the
predicate decides: a hedged one ("is possible but far from certain", "remains uncertain") is
speculated, a postponement with no new time leaves no contact, a past verb reports it held, and
"is likely to ease tensions" hedges what the contact does, not the contact.

Sentences are our own. Published on Friday 7 November 2025: "Tuesday" is 4 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
TUE, THU = date(2025, 11, 4), date(2025, 11, 6)
H, S = Status.HAPPENED, Status.SPECULATED


@pytest.mark.parametrize(
    "text",
    [
        "A Trump\u2013Xi meeting on the sidelines of the G20 gathering in Rio de Janeiro is "
        "possible but by no means sure, diplomats said.",
        "A meeting between Putin and Xi at the summit of the Shanghai Cooperation Organisation "
        "remains uncertain, officials said.",
        "Talks between the two presidents at the Great Hall of the People in the spring look "
        "doubtful, aides said of Trump and Xi.",
    ],
)
def test_hedged_predicate_of_a_subject_contact(text: str) -> None:
    rows = contact_rows(text, FRIDAY)
    assert rows and all(r[2] is S for r in rows)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Talks between the two presidents at the Great Hall of the People on Tuesday went on "
            "for three hours, with Xi assuring Trump that purchases would resume.",
            row("Trump", "Xi", "meeting", H, TUE),
        ),
        (
            "A Trump\u2013Xi meeting on the margins of the APEC gathering in Gyeongju on Thursday "
            "lasted nearly two hours, officials said.",
            row("Trump", "Xi", "meeting", H, THU),
        ),
    ],
)
def test_long_subject_with_past_predicate_held(text: str, want: tuple) -> None:
    assert [r for r in contact_rows(text, FRIDAY) if r[2] is H] == [want]


def test_postponed_with_no_new_time_past_a_long_subject() -> None:
    text = (
        "A video conference between Trump and Xi that had been set for Thursday has been put off "
        "until a date still to be agreed, a US official said."
    )
    assert contact_rows(text, FRIDAY) == []


def test_hedge_of_what_the_contact_does_is_not_the_contact() -> None:
    rows = contact_rows(
        "The call between Trump and Xi is likely to calm markets, analysts said.", FRIDAY
    )
    assert all(r[2] is not H for r in rows)
