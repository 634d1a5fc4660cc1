"""Contact defects a review of stop 26 found, each with the reviewer's sentence (written for
us) and a paraphrase of our own: bare "conferred", an embrace of no leader, a counterpart whose
owner is not a leader, hedges scoped to the contact they govern, an embedded question ended by
"but", and a perfect after a negative adverb.

Published on Friday 7 November 2025: "Monday" is 3 November, "Tuesday" the 4th.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
MON, TUE, THU = date(2025, 11, 3), date(2025, 11, 4), date(2025, 11, 6)
H, S = Status.HAPPENED, Status.SPECULATED


def _contacts(text: str) -> list[Row]:
    return contact_rows(text, FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Trump conferred a medal on the Chinese ambassador on Monday as Xi looked on.",
        "Xi conferred the Order of Friendship on Putin on Tuesday.",
        "Putin conferred an honorary title on a Chinese general on Monday while Xi watched.",
    ],
)
def test_conferring_an_honour_is_no_contact(text: str) -> None:
    """ "conferred a medal on": an honour given, no contact; only conferring with someone is."""
    assert _contacts(text) == []


def test_conferring_with_a_leader_is_still_a_contact() -> None:
    assert _contacts("Trump conferred with Xi on Monday.") == [
        row("Trump", "Xi", "meeting", H, MON)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Putin embraced Chinese investment on Monday as Xi arrived in Moscow.",
        "Modi embraced Russian oil on Monday, Putin said.",
        "Xi embraced European Union rules on Tuesday before Putin landed.",
    ],
)
def test_embracing_a_thing_is_no_contact(text: str) -> None:
    """An embrace is a contact only when its object is a leader or a leader's title."""
    assert _contacts(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Putin embraced Xi on the tarmac on Monday.", ("Putin", "Xi")),
        ("Putin hugged visiting Indian Prime Minister Modi on Monday.", ("Modi", "Putin")),
    ],
)
def test_embracing_a_leader_is_still_a_contact(text: str, pair: tuple[str, str]) -> None:
    assert _contacts(text) == [row(*pair, "meeting", H, MON)]


@pytest.mark.parametrize(
    "text",
    [
        "Trump's trade chief met his Chinese counterpart on Thursday.",
        "An envoy sent by Trump met his Chinese counterpart on Thursday.",
    ],
)
def test_a_counterpart_of_someone_not_a_leader_names_no_leader(text: str) -> None:
    """The owner of "his" must be the leader, not a possessive's head or a preposition's object."""
    assert _contacts(text) == []


def test_a_leader_s_counterpart_is_still_a_leader() -> None:
    assert _contacts("Trump met his Chinese counterpart on Thursday.") == [
        row("Trump", "Xi", "meeting", H, THU)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "in principle" governs the deal, not the call
        (
            "Trump and Xi agreed in principle on a deal in a call on Monday.",
            [row("Trump", "Xi", "call", H, MON)],
        ),
        (
            "Xi and Putin reached a deal in principle during a phone call on Tuesday.",
            [row("Putin", "Xi", "call", H, TUE)],
        ),
        # the call asked for is speculated, the call the two held happened
        (
            "Trump asked for a call with Xi on Monday and the two spoke for an hour.",
            [row("Trump", "Xi", "call", S), row("Trump", "Xi", "call", H, MON)],
        ),
        (
            "Putin requested a meeting with Modi and the two leaders met on Tuesday.",
            [row("Modi", "Putin", "meeting", S), row("Modi", "Putin", "meeting", H, TUE)],
        ),
        # a summit pressed for during a call: the summit is wanted, the call held
        (
            "Xi pressed for a summit with Trump during their call on Monday.",
            [row("Trump", "Xi", "meeting", S), row("Trump", "Xi", "call", H, MON)],
        ),
        # the hedge over the contact itself still makes it speculated
        ("Trump and Xi agreed in principle to meet.", [row("Trump", "Xi", "meeting", S)]),
        ("Trump and Xi agreed to meet in principle next year.", [row("Trump", "Xi", "meeting", S)]),
        ("Trump asked for a call with Xi.", [row("Trump", "Xi", "call", S)]),
    ],
)
def test_a_hedge_governs_only_its_own_contact(text: str, want: list[Row]) -> None:
    assert _contacts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trump did not know if tariffs would fall but said he met Xi on Monday.",
            [row("Trump", "Xi", "meeting", H, MON)],
        ),
        (
            "Trump asked if prices would fall and said he spoke with Xi on Tuesday.",
            [row("Trump", "Xi", "call", H, TUE)],
        ),
        ("It is unclear whether Trump and Xi met on Monday.", []),
    ],
)
def test_an_embedded_question_ends_at_but(text: str, want: list[Row]) -> None:
    """ "did not know if ... but said he met Xi": the question ends at "but"; its modal does
    not govern the meeting stated after."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi have rarely spoken since May.",
        "Trump and Xi have scarcely spoken since January.",
        "Putin and Modi have seldom spoken by phone this year.",
        "Trump and Xi have never spoken.",
    ],
)
def test_a_perfect_after_a_negative_adverb_states_no_contact(text: str) -> None:
    assert all(c[2] is not H for c in _contacts(text))


def test_a_perfect_after_another_adverb_is_still_held() -> None:
    assert _contacts("Trump and Xi have already spoken.") == [row("Trump", "Xi", "call", H)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The call between Trump and Xi, which was announced on Monday, will take place on "
            "Friday.",
            # the day of a plan on the publication's own weekday, as without the relative clause
            [row("Trump", "Xi", "call", Status.PLANNED, FRIDAY)],
        ),
        (
            "The meeting between Putin and Modi, which aides confirmed on Tuesday, will be held "
            "in Delhi next Wednesday.",
            [row("Modi", "Putin", "meeting", Status.PLANNED, date(2025, 11, 12))],
        ),
    ],
)
def test_a_relative_clause_after_the_contact_does_not_hide_its_main_verb(
    text: str, want: list[Row]
) -> None:
    """The relative clause's length does not use up the contact's window, and its date is not
    the contact's: the main verb after it ("will take place on Friday") decides."""
    assert _contacts(text) == want
