"""Contacts: a contact noun as the object of a verb or a noun that says nothing of whether the
contact was held ("cast doubt on a meeting", "insisted on a summit"), and the participial
clause after it (", saying it was pointless"), whose past is its own.

"On" frames a held contact only before a call or a journey ("on a call with Modi on Monday",
"on his visit to Beijing"). Every sentence is written for the test; none is copied from an
article.
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


def _contacts(text: str) -> set[Row]:
    return {r for r in contact_rows(text, TUESDAY) if r[2] is H}


@pytest.mark.parametrize(
    "text",
    [
        "Carney cast doubt on a meeting with Modi at the G7 summit in Kananaskis.",
        "Lula insisted on a summit with Putin in Brasilia this year.",
        "Reporters pressed Macron on a meeting with Xi at the Elysee.",
        "The talks focused on a summit between Putin and Modi in Delhi.",
        "Modi questioned a summit with Xi in Tianjin, adding that there was little to discuss.",
        "Lula cast doubt on a meeting with Trump, saying it was pointless.",
    ],
)
def test_a_contact_noun_as_an_object_is_no_contact_held(text: str) -> None:
    assert _contacts(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On a call with Modi on Monday, Putin praised India's oil purchases.",
            {_row("Modi", "Putin", "call", H, MONDAY)},
        ),
        (
            "Lula, on his visit to Beijing, met Xi on Monday.",
            {_row("Lula", "Xi", "meeting", H, MONDAY)},
        ),
        (
            "Albanese met Xi in Beijing on Monday, saying the talks were warm.",
            {_row("Albanese", "Xi", "meeting", H, MONDAY)},
        ),
        (
            "Albanese held a meeting with Xi in Beijing, saying it was warm.",
            {_row("Albanese", "Xi", "meeting", H)},
        ),
    ],
)
def test_a_call_framed_by_on_and_a_held_contact_before_a_participle_stay(
    text: str, want: set[Row]
) -> None:
    assert _contacts(text) == want
