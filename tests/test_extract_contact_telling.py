"""A leader who "told" another leader something: telling is a contact ("told his counterpart on
Monday that ..."), and after a meeting of the pair it is that meeting, but only when a meeting was
held (not one they "should" have); "telling that" with no leader told is none; told "through an
interpreter" is in person, through a channel or in a post is no contact; a pronoun speaker ("he
told Xi") is the leader the sentence before or the sentence itself names.

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


# --- "told his counterpart ... that" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi told his US counterpart on Tuesday that Taiwan was a red line.",
            [row("Trump", "Xi", "call", H, TUE)],
        ),
        (
            "Chinese President Xi Jinping told his American counterpart Donald Trump on "
            "Wednesday that the two sides should cooperate.",
            [row("Trump", "Xi", "call", H, WED)],
        ),
        (
            "Indian Prime Minister Narendra Modi told Russian President Vladimir Putin on "
            "Sunday that dialogue was the only path.",
            [row("Modi", "Putin", "call", H, SUN)],
        ),
        (
            'Trump told Xi on Monday: "We want fair trade."',
            [row("Trump", "Xi", "call", H, MON)],
        ),
    ],
)
def test_a_leader_told_another_leader(text: str, expected: list[Row]) -> None:
    assert _held(text) == expected


def test_told_after_a_meeting_of_the_pair_is_that_meeting() -> None:
    text = "Modi met Putin in Kazan on Tuesday. Modi told Putin that India wanted peace."
    assert _held(text) == [row("Modi", "Putin", "meeting", H, TUE)]


@pytest.mark.parametrize(
    "text",
    [
        "Trump told reporters on Monday that he would call Xi soon.",
        "Trump told Xi to stop the export curbs, in a post on Monday.",
        "Trump told Xi in a letter on Monday that tariffs would fall.",
        "Trump told Xi via social media on Monday that he was ready.",
        "Xi has told party cadres that Trump cannot be trusted.",
    ],
)
def test_telling_that_is_no_contact(text: str) -> None:
    assert _held(text) == []


# --- a pronoun speaker: "he told Xi that ..." ----------------------------------------------


def test_a_pronoun_speaker_after_a_sentence_about_the_leader_told_the_other() -> None:
    text = (
        "Lula took questions from reporters on Friday. He said he told Xi during their call "
        "on Monday that Brazil would buy more machinery."
    )
    assert _held(text) == [row("Lula", "Xi", "call", H, MON)]


def test_a_pronoun_speaker_named_earlier_in_the_sentence() -> None:
    """The day the speaker said so is not the day the other leader was told."""
    text = "Trump said on Friday he told Xi on Monday that the levy would be cut."
    assert _held(text) == [row("Trump", "Xi", "call", H, MON)]


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun is someone named in its clause who is no leader
        "Trump praised the deal. The envoy Bessent said he told Xi on Monday that it would hold.",
        # what was told in writing is no contact
        "Trump spoke to reporters. He said he told Xi in a letter that the levy would fall.",
        # a condition
        "Trump spoke to reporters. If he told Xi that the levy would fall, stocks would rally.",
    ],
)
def test_a_pronoun_told_gives_no_contact_when_no_leader_told_another(text: str) -> None:
    assert _held(text) == []


# --- finding 7: a speculated meeting does not make what was told a meeting's -------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Trump told Xi on Monday that they should meet in the spring.", MON),
        ("Xi told Trump on Wednesday that he hoped they could meet in Beijing next year.", WED),
    ],
)
def test_told_that_they_should_meet_is_no_meeting_held(text: str, when: date) -> None:
    assert _held(text) == [row("Trump", "Xi", "call", H, when)]


def test_told_when_they_met_is_the_meeting() -> None:
    text = "Trump told Xi when they met in Busan on Thursday that tariffs would fall."
    assert _held(text) == [row("Trump", "Xi", "meeting", H, THU)]


# --- finding 1: what "through" a channel was told ------------------------------------------


def test_told_through_an_interpreter_is_a_contact() -> None:
    text = "Trump told Xi through an interpreter on Monday that the deal was fair."
    assert _held(text) == [row("Trump", "Xi", "call", H, MON)]


@pytest.mark.parametrize(
    "text",
    [
        "Xi told Trump through a spokesman on Monday that Taiwan was a red line.",
        "Trump told Xi through his envoy on Wednesday that he wanted a deal.",
        "Xi told Trump through diplomatic channels on Tuesday that the curbs would stay.",
        "Trump told Xi in a Truth Social post on Monday that the deal was off.",
        "Trump told Xi in a post on X on Monday that soybeans must be bought.",
    ],
)
def test_told_through_a_channel_or_in_a_post_is_no_contact(text: str) -> None:
    assert _held(text) == []
