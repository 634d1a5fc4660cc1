"""What a hedge, a question or a negative governs: only its own contact, not another contact of the
sentence; an embedded question ("did not know if ...") ends at "but"; a perfect after a negative
adverb states no contact, after another adverb it is held; a relative clause after the contact does
not hide its main verb; a question or a condition whose verb is the contact states none; a
coordinated predicate's modal ("met ..., and would visit") is not the contact's.

Sentences are our own. Published on Friday 7 November 2025: "Monday" is 3 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
SUN, MON, TUE, WED, THU = (date(2025, 11, d) for d in (2, 3, 4, 5, 6))
H, P, S = Status.HAPPENED, Status.PLANNED, Status.SPECULATED


def _contacts(text: str, title: str = "") -> list[Row]:
    return contact_rows(text, FRIDAY, title=title)


def _held(text: str, title: str = "") -> list[Row]:
    return [r for r in _contacts(text, title) if r[2] is H]


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


@pytest.mark.parametrize(
    "text",
    [
        "Modi praised the deal. Did the two leaders speak on Monday?",
        "If Modi told Putin that oil would flow, prices would fall.",
    ],
)
def test_asked_or_conditional_is_no_contact(text: str) -> None:
    """A question whose verb is the contact, even of "the two leaders", asks and states none;
    so does a condition on what was told."""
    assert _held(text, title="Putin and Modi at odds") == []


# --- a coordinated predicate's modal is not the contact's ----------------------------------


def test_a_meeting_held_then_a_visit_he_would_make() -> None:
    """ "and would visit" is a second predicate: the meeting on Wednesday was held."""
    text = "Lula said he had a good meeting with Xi on Wednesday and would visit Beijing soon."
    assert _held(text) == [row("Lula", "Xi", "meeting", H, WED)]


def test_a_plan_then_a_hedge_of_its_own_stays_planned() -> None:
    text = "Trump will meet Xi in Seoul on Thursday and may visit Tokyo later in the year."
    assert [r[2] for r in _contacts(text) if r[0] == ("Trump", "Xi")] == [P]


@pytest.mark.parametrize(
    "text",
    [
        "A Trump-Xi call after the summit looks unlikely, officials said.",
        "A meeting between Putin and Modi seems unlikely this year, aides said.",
    ],
)
def test_a_contact_called_unlikely_did_not_happen(text: str) -> None:
    assert not _held(text)
