"""A leader who opens what a speaker says after a contact ("After a call with Lula on Monday,
Modi said Xi was a friend") is a topic of the speech, not a party to the contact: the contact
stays the speaker's and their partner's.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

THURSDAY = date(2025, 11, 20)
MONDAY = date(2025, 11, 17)
H = Status.HAPPENED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "After a call with Lula on Monday, Modi said Ramaphosa was a trusted partner.",
            [_row("Lula", "Modi", "call", H, MONDAY)],
        ),
        (
            "Modi, speaking after a call with Brazilian President Lula on Monday, said Ramaphosa "
            "was a trusted partner.",
            [_row("Lula", "Modi", "call", H, MONDAY)],
        ),
        (
            "Modi met Lula on Monday and said Ramaphosa had agreed to the plan.",
            [_row("Lula", "Modi", "meeting", H, MONDAY)],
        ),
        # the visit is told by the speaker: neither the call's partner's nor the call
        (
            "After his call with Lula on Monday, Modi said Ramaphosa would visit in April.",
            [_row("Lula", "Modi", "call", H, MONDAY)],
        ),
    ],
)
def test_leader_after_a_speech_verb_is_a_topic(text: str, want: list) -> None:
    assert contact_rows(text, THURSDAY) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the contact is told after the speech verb: its partner is a party
        (
            "After the rally, Modi said he spoke with Ramaphosa on Monday.",
            _row("Modi", "Ramaphosa", "call", H, MONDAY),
        ),
        # the speaker's partner told the speaker in a call
        (
            "Modi said Lula told him in a call on Monday that Brazil would buy more rice.",
            _row("Lula", "Modi", "call", H, MONDAY),
        ),
    ],
)
def test_contact_after_the_speech_verb_still_counts(text: str, want: tuple) -> None:
    assert want in contact_rows(text, THURSDAY)
