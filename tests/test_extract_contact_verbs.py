"""Which verbs and nouns state a contact: conferring with a leader (not conferring an honour),
embracing a leader or a leader's title (not a thing), a contact named by a noun ("his talks with
Putin", "their meeting"); and the negatives that must give no contact held.

Sentences are our own. Published on Friday 7 November 2025: "Monday" is 3 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.models import Status

MON, TUE, THU = date(2025, 11, 3), date(2025, 11, 4), date(2025, 11, 6)
H, S = Status.HAPPENED, Status.SPECULATED
FRIDAY = date(2025, 11, 7)


def _contacts(text: str, title: str = "") -> list[Row]:
    return contact_rows(text, FRIDAY, title=title)


def _held(text: str, title: str = "") -> list[Row]:
    return [r for r in _contacts(text, title) if r[2] is H]


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


# --- a contact named by a noun, and negatives ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Following his talks with Putin in Kazan, Modi flew home.",
        "At their meeting last week, Modi and Putin agreed on oil payments.",
        "Since Modi's summit with Putin, rupee trade has grown.",
    ],
)
def test_a_contact_named_by_a_noun_happened(text: str) -> None:
    assert [(r[0], r[1], r[2]) for r in _held(text)] == [(("Modi", "Putin"), "meeting", H)]


@pytest.mark.parametrize(
    "text",
    [
        "Ahead of their summit next week, Modi and Putin's aides met in Delhi.",
        "The summit between Modi and Putin was called off on Monday.",
        "Modi and Putin have not spoken since August, officials said.",
        "The Kremlin said there was no plan for Putin to meet Modi this year.",
        "Asked whether he would call Putin, Modi said: 'When the time is right.'",
        "Will Modi and Putin meet in Delhi? Diplomats are unsure.",
        "Modi said he hoped to meet Putin soon and invited him to Delhi.",
        "Putin invited Modi to visit Moscow next year, the Kremlin said.",
    ],
)
def test_no_contact_held(text: str) -> None:
    assert _held(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After a working lunch with Xi, Trump told reporters the meeting had gone well.",
            [row("Trump", "Xi", "meeting", H)],
        ),
        (
            "Trump had dinner with Xi in Beijing on Tuesday.",
            [row("Trump", "Xi", "meeting", H, TUE)],
        ),
        ("Following a breakfast with Modi, Xi flew home.", [row("Modi", "Xi", "meeting", H)]),
    ],
)
def test_a_meal_with_a_leader_is_a_meeting(text: str, expected: list[Row]) -> None:
    """ "a working lunch with Xi": a meal shared with a leader is a meeting, even when the only
    other contact word is in what the guest goes on to say."""
    assert _contacts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trump had lunch with reporters on Air Force One before landing in Seoul.",
        "Xi skipped the state dinner on Tuesday.",
        "Trump hosted a banquet for business leaders on Monday; Xi was in Beijing.",
    ],
)
def test_a_meal_without_a_leader_guest_is_no_contact(text: str) -> None:
    """A meal with reporters, a meal skipped, a banquet hosted for others: no contact."""
    assert _held(text) == []
