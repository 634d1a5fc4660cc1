"""Contacts of issue 10, ninth round: "the two presidents" with one leader named before (the
other from the headline, the article's subject or "his counterpart"), "told his counterpart
on Monday that", a contact's day in the sentence before or after, "the following day", a
contact named by a noun, and the negatives that must give no contact held.

Sentences are our own. Published on Friday 7 November 2025: "Monday" is 3 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
SUN, MON, TUE, WED, THU = (date(2025, 11, d) for d in (2, 3, 4, 5, 6))
H = Status.HAPPENED


def _contacts(text: str, title: str = "") -> list[Row]:
    return contact_rows(text, FRIDAY, title=title)


def _held(text: str, title: str = "") -> list[Row]:
    return [r for r in _contacts(text, title) if r[2] is H]


# --- "the two presidents" with one leader named before -----------------------------------


def test_the_two_presidents_after_his_counterpart_across_a_place() -> None:
    """A place and a day between the leader and "his Chinese counterpart" name no one else."""
    text = (
        "Lula travelled to Beijing on Monday to see his Chinese counterpart. "
        "The two presidents held talks on Tuesday in the Great Hall."
    )
    assert _held(text) == [row("Lula", "Xi", "meeting", H, TUE)]


def test_the_two_leaders_take_the_other_from_the_headline() -> None:
    text = "Modi called the visit historic. The two leaders met on Wednesday for three hours."
    assert _held(text, title="Putin and Modi sign energy pact") == [
        row("Modi", "Putin", "meeting", H, WED)
    ]


def test_the_two_leaders_with_nobody_named_take_the_headline_pair() -> None:
    text = "Markets rallied on the news. Both leaders spoke by phone on Monday, officials said."
    assert _held(text, title="Xi and Trump agree to keep talking") == [
        row("Trump", "Xi", "call", H, MON)
    ]


def test_the_two_leaders_take_the_articles_subject() -> None:
    """Xi, named twice before, is the article's subject; Trump is named in the sentence."""
    text = (
        "Xi Jinping opened the trade fair in Shanghai. Xi praised open markets. "
        "Oil prices fell. Exports rose. Shares climbed. "
        "Trump said the two presidents met on Thursday."
    )
    assert _held(text) == [row("Trump", "Xi", "meeting", H, THU)]


def test_their_summit_with_one_leader_named_takes_the_headline() -> None:
    text = "After their summit in Kazan, Modi said trade would grow."
    assert _held(text, title="Modi upbeat after Putin summit") == [
        row("Modi", "Putin", "meeting", H)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump praised the deal. The two leaders hope to meet in April.",
        "Trump praised the deal. The two presidents are expected to speak soon.",
        "Trump praised the deal. The two leaders have not met since 2019.",
    ],
)
def test_the_two_leaders_not_yet_in_contact(text: str) -> None:
    assert _held(text, title="Xi and Trump near a deal") == []


def test_the_two_leaders_after_three_named_stay_no_pair() -> None:
    text = "Trump criticised Xi, Putin and Modi. Markets fell. The two leaders spoke on Monday."
    assert _held(text) == []


def test_one_leader_and_no_other_in_view_is_no_pair() -> None:
    assert _held("Trump praised the deal. Both leaders spoke by phone on Tuesday.") == []


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


# --- the day in a neighbouring sentence ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday, the two heads of government sat down in Canberra. "
            "Albanese and Xi met for two hours.",
            [row("Albanese", "Xi", "meeting", H, TUE)],
        ),
        (
            "The summit took place on Wednesday in Kazan. Modi and Putin shook hands and "
            "talked at length.",
            [row("Modi", "Putin", "meeting", H, WED)],
        ),
        (
            "Trump and Lula held a phone call. The conversation took place on Monday and "
            "covered coffee tariffs.",
            [row("Lula", "Trump", "call", H, MON)],
        ),
    ],
)
def test_a_day_in_the_sentence_before_or_after(text: str, expected: list[Row]) -> None:
    assert _held(text) == expected


def test_a_call_day_does_not_date_a_meeting() -> None:
    """The sentence before gives a call's day: a meeting of another mode stays undated."""
    text = "The phone call took place on Monday. Modi and Putin met in Kazan."
    assert _held(text) == [row("Modi", "Putin", "meeting", H)]


def test_a_plan_in_the_sentence_before_dates_nothing() -> None:
    text = "The leaders will sit down on Thursday. Modi and Putin met in Kazan."
    assert _held(text) == [row("Modi", "Putin", "meeting", H)]


@pytest.mark.parametrize(
    "text",
    [
        "Modi arrived in Moscow on Monday and met Putin the following day.",
        "Modi landed in Moscow on Monday. The next day, Modi and Putin met at the Kremlin.",
    ],
)
def test_the_following_day(text: str) -> None:
    assert _held(text) == [row("Modi", "Putin", "meeting", H, TUE)]


def test_a_journey_on_a_day_for_talks_is_no_day_of_the_talks() -> None:
    """ "flew in on Wednesday for talks": the Wednesday is the flight's."""
    text = "Albanese flew to Beijing on Wednesday for talks with Xi."
    assert _held(text) == []


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
    "text",
    [
        "Modi and Putin held talks in Kazan. The meeting took place on Tuesday.",
        "Modi met Putin in Kazan. Tuesday's meeting ran past midnight.",
        "Modi met Putin in Kazan. The talks on Tuesday ran past midnight.",
    ],
)
def test_the_contact_told_further_of_either_mode(text: str) -> None:
    """Talks are a meeting or a call until settled: "The meeting" dates the pair's talks."""
    assert _held(text) == [row("Modi", "Putin", "meeting", H, TUE)]


def test_a_meeting_told_further_after_a_call_is_dropped() -> None:
    text = "Modi spoke with Putin by phone. Tuesday's meeting in Kazan was a success."
    assert _held(text) == [row("Modi", "Putin", "call", H)]


def test_the_two_leaders_long_after_a_pair_in_an_article_of_two() -> None:
    """Nobody in view, no headline: the only two leaders the article named."""
    text = (
        "Modi flew to Kazan to see his Russian counterpart. Oil rose. Gold fell. Rates held. "
        "Shares rose. The two leaders met on Tuesday."
    )
    assert _held(text) == [row("Modi", "Putin", "meeting", H, TUE)]


def test_the_two_leaders_long_after_three_leaders_is_no_pair() -> None:
    text = (
        "Modi praised Putin. Modi praised Xi. Oil rose. Gold fell. Rates held. "
        "The two leaders met on Tuesday."
    )
    assert _held(text) == []


def test_his_counterpart_in_a_fronted_clause_is_the_subjects() -> None:
    """ "Speaking after meeting his Russian counterpart ..., Modi said": Modi's counterpart."""
    text = "Speaking after meeting his Russian counterpart in Kazan on Tuesday, Modi said so."
    assert _held(text) == [row("Modi", "Putin", "meeting", H, TUE)]


def test_the_two_presidents_of_a_leader_and_a_country_named_before() -> None:
    """ "Lula said Brazil would work with China. The two presidents met": the leader in office
    of the other country named nearby (Xi, named later in the article)."""
    text = (
        "Lula said Brazil was ready to work with China. The two presidents met on Tuesday in "
        "Beijing. Xi later hosted a banquet."
    )
    assert row("Lula", "Xi", "meeting", H, TUE) in _held(text)


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
