"""A contact whose sentence names fewer than two leaders: the missing party comes from the
article's context, and only when one leader fits.

- a pronoun object of the contact verb ("Modi called her on Monday") stands for the one other
  leader the sentences before put in view: the last sentence's lone subject, else the one other
  leader of the latest sentence naming one;
- "his counterpart" after a "he" that resumes the last sentence's subject is that leader's;
- a bare office ("the prime minister", "the president") is the one leader the article has named
  who holds it and is in office that day, other than those the sentence names;
- "the leaders of the world's two largest economies" are the US and Chinese leaders in office;
- two leaders in view, or two holders of the office, resolve nothing; two leaders of one
  country ("Xi and Li Qiang met ...") are a joint subject, not a pair.

Sentences are our own. Published on Wednesday 9 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WEDNESDAY = date(2026, 12, 9)
MON, TUE, THU = date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 3)


# --- a pronoun object resumes the one other leader in view -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sanae Takaichi has pushed for closer chip ties with India. "
            "Narendra Modi called her on Monday, Tokyo said.",
            row("Modi", "Takaichi", "call", Status.HAPPENED, MON),
        ),
        (
            "Vladimir Putin wants more oil sales to Asia. "
            "The Chinese leader met with him in Beijing on Tuesday, the Kremlin said.",
            row("Putin", "Xi", "meeting", Status.HAPPENED, TUE),
        ),
    ],
)
def test_a_pronoun_object_resumes_the_leader_in_view(text: str, expected: tuple) -> None:
    assert contact_rows(text, WEDNESDAY) == [expected]


def test_a_pronoun_object_with_two_leaders_in_view_resolves_nothing() -> None:
    text = (
        "Narendra Modi and Vladimir Putin both wrote to Xi Jinping on Monday. "
        "The Chinese leader spoke with him by phone on Tuesday."
    )
    assert not [r for r in contact_rows(text, WEDNESDAY) if r[3] == TUE]


def test_a_pronoun_subject_with_two_leaders_in_view_resolves_nothing() -> None:
    text = (
        "Narendra Modi and Vladimir Putin both wrote to Xi Jinping on Monday. "
        "He spoke with the Chinese leader by phone on Tuesday."
    )
    assert not [r for r in contact_rows(text, WEDNESDAY) if r[3] == TUE]


# --- "his counterpart" owned by a resumed pronoun --------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "He then held talks with his Indian counterpart on Tuesday, the Kremlin said.",
        "Speaking in Moscow, he said he had held talks with his Indian counterpart on Tuesday.",
    ],
)
def test_his_counterpart_after_a_resumed_pronoun(second: str) -> None:
    text = f"Vladimir Putin toured a tractor plant near Delhi on Monday. {second}"
    assert row("Modi", "Putin", "meeting", Status.HAPPENED, TUE) in contact_rows(text, WEDNESDAY)


def test_his_counterpart_after_a_joint_subject_is_no_ones() -> None:
    text = (
        "Vladimir Putin and Xi Jinping toured a plant on Monday. "
        "He then held talks with his Indian counterpart on Tuesday."
    )
    assert not [r for r in contact_rows(text, WEDNESDAY) if "Modi" in r[0]]


# --- a bare office names the one holder the article has named --------------------------------


def test_the_president_is_the_headlines_other_president() -> None:
    title = "Putin to phone Xi on Friday"
    text = f"{title}\n\nA Kremlin aide said on Tuesday that the president would call Xi on Friday."
    rows = contact_rows(text, WEDNESDAY, title=title)
    assert row("Putin", "Xi", "call", Status.PLANNED, date(2026, 12, 11)) in rows


def test_the_prime_minister_after_a_named_prime_minister() -> None:
    text = (
        "Anthony Albanese flew to Beijing on Monday. "
        "The prime minister met Xi Jinping at the Great Hall on Tuesday, officials said."
    )
    assert contact_rows(text, WEDNESDAY) == [row("Albanese", "Xi", "meeting", Status.HAPPENED, TUE)]


def test_the_president_with_two_presidents_in_view_resolves_nothing() -> None:
    text = (
        "Xi Jinping and Vladimir Putin met in Moscow on Monday. "
        "The president spoke with Trump by phone on Tuesday."
    )
    assert not [r for r in contact_rows(text, WEDNESDAY) if r[3] == TUE]


def test_the_president_in_apposition_is_the_named_leaders() -> None:
    text = (
        "Donald Trump spoke at a rally on Monday. "
        "Xi Jinping, the president, met Putin in Moscow on Tuesday."
    )
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "meeting", Status.HAPPENED, TUE)]


# --- titles and epithets as data -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump sat down with China's head of state in Gyeongju on Thursday.",
        "Xi Jinping met the US leader in Gyeongju on Thursday.",
        "China's top leader met Trump in Gyeongju on Thursday.",
    ],
)
def test_titles_name_the_leader_in_office(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.HAPPENED, THU)]


def test_the_leaders_of_the_two_largest_economies() -> None:
    title = "Trump says trade truce holds"
    text = (
        f"{title}\n\nThe leaders of the world's two largest economies spoke by phone on "
        "Monday, the White House said."
    )
    rows = contact_rows(text, WEDNESDAY, title=title)
    assert rows == [row("Trump", "Xi", "call", Status.HAPPENED, MON)]


def test_an_epithet_without_a_contact_verb_is_no_contact() -> None:
    title = "Trump says trade truce holds"
    text = (
        f"{title}\n\nThe leaders of the world's two largest economies traded barbs over "
        "chips on Monday."
    )
    assert contact_rows(text, WEDNESDAY, title=title) == []


def test_a_pronoun_joined_after_the_partner_resumes_the_last_subject() -> None:
    text = (
        "Anthony Albanese wants calmer ties with Beijing. Xi and he met on Tuesday, Canberra said."
    )
    assert contact_rows(text, WEDNESDAY) == [row("Albanese", "Xi", "meeting", Status.HAPPENED, TUE)]


def test_two_leaders_of_one_country_are_no_pair() -> None:
    text = (
        "Xi Jinping and Li Qiang met foreign chief executives in Beijing on Monday. "
        "Trump spoke with the Chinese leader on Tuesday, aides said."
    )
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "call", Status.HAPPENED, TUE)]
