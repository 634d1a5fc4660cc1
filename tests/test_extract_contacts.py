"""Leader contacts: background recaps, vague future spans and statement dates.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.contact_helpers import contact_facts
from watcher.facts.extract.dates import find_dates
from watcher.facts.registry import LeaderContact
from watcher.models import Status

MONDAY = date(2025, 6, 2)


def _contacts(text: str, published: date | None = MONDAY) -> list[LeaderContact]:
    return contact_facts(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi Jinping last met in 2019, during a summit in Osaka.",
        "Narendra Modi met Donald Trump several times during Trump's first term.",
        "The previous face-to-face meeting between Trump and Ishiba ended without a deal.",
        "Putin and Xi Jinping held talks in January 2025, according to the Kremlin.",
        "Trump and Xi Jinping have spoken several times since the election.",
        "Trump hosted Benjamin Netanyahu at the White House earlier this year.",
    ],
)
def test_background_contact_is_not_news(text: str) -> None:
    """An undated contact the sentence places weeks or years back is not reported."""
    assert _contacts(text, date(2025, 6, 20)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi Jinping traded accusations this week. The last reported phone call between "
        "the two leaders took place in February, before the tariff escalation.",
        "Trump and Xi Jinping last spoke in March, aides said.",
    ],
)
def test_the_desk_pair_latest_contact_of_the_year_is_kept_undated(text: str) -> None:
    """Changed on purpose (stop 33): "last spoke in March" names the pair's latest contact in a
    month of the past year; kept undated, the store judges it (history before the seeds'
    day, news after it)."""
    facts = _contacts(text, date(2025, 6, 20))
    assert [(f.participants, f.mode, f.status, f.date) for f in facts] == [
        (("Trump", "Xi"), "call", Status.HAPPENED, None)
    ]


def test_a_desk_contact_of_the_past_year_is_kept_undated() -> None:
    """The US-China pair's contact placed last month is kept, undated: the store judges it."""
    text = "Trump, who met Xi Jinping in Seoul last month, praised the Chinese leader."
    facts = _contacts(text, date(2025, 6, 20))
    assert [(f.status, f.date) for f in facts] == [(Status.HAPPENED, None)]


def test_month_of_the_same_weeks_is_kept() -> None:
    """A contact in the publication month (or just before it) may be recent: it stays, undated."""
    facts = _contacts("Trump and Xi Jinping held a phone call in May.", date(2025, 6, 5))
    assert [(f.status, f.date) for f in facts] == [(Status.HAPPENED, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Trump held a phone call with Xi Jinping.",
        "Trump spoke with Xi Jinping in a recent call.",
        "Trump and Xi Jinping held their latest call, the first since a meeting in 2019.",
    ],
)
def test_recent_undated_contact_is_reported(text: str) -> None:
    """A contact presented as new stays `happened` without a date."""
    facts = _contacts(text)
    assert [(f.participants, f.status, f.date) for f in facts] == [
        (("Trump", "Xi"), Status.HAPPENED, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials hinted that Trump and Xi Jinping may talk in the coming days.",
        "Trump and Xi Jinping could speak this week.",
        "Trump and Xi Jinping are expected to speak next week.",
        "Trump and Xi Jinping will speak soon.",
        "“It will be sorted out,” Bessent told reporters on Sunday, adding that Trump and Xi "
        "Jinping could speak soon.",
        "Trump said on Monday he will meet Xi Jinping in the coming weeks.",
    ],
)
def test_vague_future_contact_is_undated(text: str) -> None:
    """A future span without a day gives no date, and the day a statement was made is not one."""
    facts = _contacts(text)
    assert [f.participants for f in facts] == [("Trump", "Xi")]
    assert facts[0].status in (Status.SPECULATED, Status.PLANNED)
    assert facts[0].date is None


def test_stated_day_of_a_hedged_contact_resolves() -> None:
    """A hedged contact on a stated day keeps that day (ahead of publication)."""
    facts = _contacts("Trump and Xi Jinping are expected to talk on Thursday.")
    assert [(f.status, f.date) for f in facts] == [(Status.SPECULATED, date(2025, 6, 5))]


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        ("Trump and Xi Jinping will speak on Friday.", MONDAY, date(2025, 6, 6)),
        ("Trump will meet Xi Jinping on October 30.", date(2025, 10, 2), date(2025, 10, 30)),
        (
            "Trump said on Monday that he would speak with Xi Jinping on Thursday.",
            MONDAY,
            date(2025, 6, 5),
        ),
        (
            "The White House said on Monday that Trump will speak with Xi Jinping on Friday.",
            MONDAY,
            date(2025, 6, 6),
        ),
    ],
)
def test_stated_day_of_a_future_contact_resolves(text: str, published: date, when: date) -> None:
    """A stated day still dates the planned contact, not the day the plan was announced."""
    facts = _contacts(text, published)
    assert [(f.status, f.date) for f in facts] == [(Status.PLANNED, when)]


def test_reported_weekday_is_in_the_past() -> None:
    """A future in the quote does not move the weekday of "told ... on Sunday" ahead."""
    text = "“This will be ironed out,” the minister told a television channel on Sunday."
    assert [d.value for d in find_dates(text, MONDAY)] == [date(2025, 6, 1)]


def test_timestamp_publication_is_its_day() -> None:
    """A timezone-aware timestamp works as the publication date."""
    stamp = datetime(2025, 6, 5, 14, 30, tzinfo=UTC)
    facts = _contacts("Donald Trump and Xi Jinping spoke by phone on Thursday.", stamp)
    assert [f.date for f in facts] == [date(2025, 6, 5)]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("China's foreign ministry on Tuesday denied that Xi Jinping had spoken with Trump.", None),
        ("Beijing denied that Xi Jinping and Trump spoke by phone on Friday.", date(2025, 5, 30)),
    ],
)
def test_denial_day_is_not_the_contact_day(text: str, when: date | None) -> None:
    """The day of a denial dates the denial; a day after the contact cue dates the contact."""
    facts = _contacts(text)
    assert [(f.status, f.date) for f in facts] == [(Status.DENIED, when)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi Jinping told Brazil's president, Lula, in Beijing that trade wars have no winners.",
            [(("Lula", "Xi"), "meeting")],
        ),
        ("Trump told Putin in a phone call that the war must end.", [(("Putin", "Trump"), "call")]),
        ("Putin told reporters in Moscow that Xi Jinping is a dear friend.", []),
    ],
)
def test_told_a_leader_in_a_place_is_a_meeting(
    text: str, expected: list[tuple[tuple[str, str], str]]
) -> None:
    """A leader who tells another something in a city met that leader there."""
    assert [(f.participants, f.mode) for f in _contacts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trump spoke about Putin at a rally on Tuesday.",
        "Zelensky spoke highly of Trump in an interview.",
        "Trump called Putin a dictator.",
        "Carney asked Trump to stop calling Canada the 51st state.",
        "Trump met with reporters and criticised Modi.",
        "Trump met reporters at the White House to discuss Putin's offer.",
        "Modi spoke to lawmakers about Trump's tariffs.",
        "Trump hosted a dinner where he praised Xi Jinping.",
    ],
)
def test_leader_as_topic_is_no_contact(text: str) -> None:
    """Talking about a leader, or a verb aimed at someone else, is not a contact with them."""
    assert _contacts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Putin talked about Ukraine for two hours.",
        "Trump called Putin a day after the summit.",
        "Trump will have a conversation about trade this week with Putin, an aide said.",
        "\u201cI will be calling Putin right away,\u201d Trump wrote.",
    ],
)
def test_contact_with_a_topic_word_nearby_is_kept(text: str) -> None:
    """The pair as subject, a time after "called", or a quote's speaker still make a contact."""
    assert [f.participants for f in _contacts(text)] == [("Putin", "Trump")]
