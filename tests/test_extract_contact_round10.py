"""Contacts of issue 10, tenth round: whole articles about a summit or a call, where the pair
is named once and then resumed ("the two leaders", "he"), envoys prepare the leaders' contact,
and the headline or two countries are all that name the second leader.

Sentences are our own. Published on Friday 7 November 2025: "Monday" is 3 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.facts.registry import extract_facts
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
SUN, MON, TUE, WED, THU = (date(2025, 11, d) for d in (2, 3, 4, 5, 6))
H, P, S = Status.HAPPENED, Status.PLANNED, Status.SPECULATED


def _contacts(text: str, title: str = "") -> list[Row]:
    return contact_rows(text, FRIDAY, title=title)


def _held(text: str, title: str = "") -> list[Row]:
    return [r for r in _contacts(text, title) if r[2] is H]


# --- a contact that another step prepares is ahead of it ----------------------------------


def test_envoys_meeting_to_prepare_the_leaders_meeting_is_no_meeting_of_the_leaders() -> None:
    """The envoys' past "met ... on Sunday" is neither the leaders' tense nor their day."""
    text = (
        "The finance minister met the vice premier in Geneva on Sunday to prepare for a "
        "meeting between Trump and Xi later this month."
    )
    assert _contacts(text) == [row("Trump", "Xi", "meeting", P)]


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators laid the groundwork for a first summit of Modi and Putin.",
        "The ceasefire paved the way for talks between Trump and Putin.",
        "Diplomats spent the weekend setting the stage for a call between Xi and Lula.",
    ],
)
def test_a_contact_readied_by_another_step_is_planned(text: str) -> None:
    rows = _contacts(text)
    assert rows
    assert all(r[2] is P for r in rows)


def test_a_hedged_contact_being_prepared_stays_speculated() -> None:
    text = "Aides are preparing for a possible call between Trump and Xi."
    assert [r[2] for r in _contacts(text)] == [S]


def test_a_prepared_contact_with_a_past_day_of_its_own_gives_nothing() -> None:
    """Read on Friday, "a meeting on Thursday" may have been held since: the sentence does not
    say so, and its preparation's day is not the meeting's."""
    text = "Aides met on Sunday to prepare for a meeting between Trump and Xi on Thursday."
    assert _held(text) == []


def test_a_meeting_held_then_paving_the_way_stays_held() -> None:
    text = "Trump and Xi met in Busan on Thursday, paving the way for a trade deal."
    assert _held(text) == [row("Trump", "Xi", "meeting", H, THU)]


# --- "the two leaders" with only one leader named: the gate must let it through ------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Washington and Beijing extend truce",
            "Trump flew home on Friday. The two leaders met in Seoul on Thursday and agreed to "
            "extend the truce between the US and China.",
        ),
        ("", "Xi said China would work with the US. The two presidents met on Thursday."),
        ("", "Xi said China would work with the US. Their Seoul summit ended on Thursday."),
    ],
)
def test_one_leader_and_the_two_leaders_reach_the_extractor(title: str, text: str) -> None:
    """The second leader comes from the countries named nearby; the gate needs two leaders'
    terms, and "the two leaders" or "their summit" counts as the second."""
    gated = extract_facts(text, title=title, published=FRIDAY)
    full = extract_facts(text, title=title, published=FRIDAY, gated=False)
    assert gated == full
    assert [(f.participants, f.status) for f in gated if f.kind == "leader_contact"] == [
        (("Trump", "Xi"), H)
    ]


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


def test_the_day_of_the_telling_is_not_a_later_date_of_what_was_told() -> None:
    """ "told Trump on Monday that the levy should fall on November 10": Monday, not the
    10th (read as last year's for a contact held)."""
    text = "Xi told Trump on Monday that the levy should fall on November 10."
    assert _held(text) == [row("Trump", "Xi", "call", H, MON)]


# --- the day a contact was told of is not its day when the article gives one -----------------


def test_the_day_a_meeting_was_praised_yields_to_the_day_it_was_held() -> None:
    """One meeting, not a second one on the day the leader spoke of it."""
    text = (
        "Lula said on Friday that his meeting with Xi had been a great success. "
        "The two leaders met on Wednesday in Beijing."
    )
    assert _held(text) == [row("Lula", "Xi", "meeting", H, WED)]


def test_a_contact_placed_last_month_takes_no_day_from_its_telling() -> None:
    """Read on Friday 7 November, "last month" is October: the meeting is not Friday's. October
    ended a week back, so it may be news: held, with no day (stop-28 second review, finding 9);
    read after 16 November, all of October lies over two weeks back and it is a recap. Its
    twin with a day of its own is held on that day."""
    text = "Modi and Putin met last month, the Kremlin said on Friday."
    assert _held(text) == [row("Modi", "Putin", "meeting", H, None)]
    assert [r for r in contact_rows(text, date(2025, 11, 21)) if r[2] is H] == []
    twin = "Modi and Putin met on Wednesday, the Kremlin said on Friday."
    assert _held(twin) == [row("Modi", "Putin", "meeting", H, WED)]


def test_a_later_contact_of_the_pair_keeps_its_own_day() -> None:
    text = "Trump met Xi on Wednesday. The two talked by phone again on Friday."
    assert _held(text) == [
        row("Trump", "Xi", "meeting", H, WED),
        row("Trump", "Xi", "call", H, FRIDAY),
    ]


# --- a coordinated predicate's modal is not the contact's ----------------------------------


def test_a_meeting_held_then_a_visit_he_would_make() -> None:
    """ "and would visit" is a second predicate: the meeting on Wednesday was held."""
    text = "Lula said he had a good meeting with Xi on Wednesday and would visit Beijing soon."
    assert _held(text) == [row("Lula", "Xi", "meeting", H, WED)]


def test_a_plan_then_a_hedge_of_its_own_stays_planned() -> None:
    text = "Trump will meet Xi in Seoul on Thursday and may visit Tokyo later in the year."
    assert [r[2] for r in _contacts(text) if r[0] == ("Trump", "Xi")] == [P]
