"""Contacts told as background: a temporal clause's contact and its day, and how an undated
one compares with a store that knows the contact (`extract.contact.background`).

"Rates have eased since the two leaders met, brokers said on Monday" tells a contact held
before the news: the Monday is the statement's, not the meeting's. Undated and told so (or as
"their meeting", "the Busan summit"), it is the known contact of its pair and mode, never a new
one; a fresh store still learns it as news. Sentences are our own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.contact_helpers import contact_facts, contact_rows, row
from watcher.facts.known import KnownState, Outcome, Provenance
from watcher.facts.registry import LeaderContact
from watcher.models import Status

MON = date(2026, 1, 5)  # a Monday
FRI = date(2026, 1, 9)
HAPPENED = Status.HAPPENED


@pytest.mark.parametrize(
    "text",
    [
        "Freight rates have eased since Trump and Xi held talks in Busan, brokers said on Monday.",
        "Grain orders have climbed after Trump and Xi met, the ministry confirmed on Monday.",
        "Ever since Trump and Xi met, soybean orders have kept climbing, traders said on Monday.",
        "Since Trump and Xi spoke by phone, Beijing on Monday eased its curbs on chip metals.",
        "Port traffic has grown following the meeting between Trump and Xi, officials said Monday.",
    ],
    ids=["since-said", "after-confirmed", "ever-since-fronted", "since-fronted", "following"],
)
def test_a_statement_day_does_not_date_a_contact_in_a_time_clause(text: str) -> None:
    """The main clause's or a reporting verb's day is not the recalled contact's."""
    rows = contact_rows(text, MON)
    assert rows
    assert all(r[3] is None for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Following talks between Trump and Xi on Jan. 2, Beijing said on Monday it would "
            "buy more US soybeans.",
            row("Trump", "Xi", "meeting", HAPPENED, date(2026, 1, 2)),
        ),
        (
            "Markets rallied after Trump and Xi spoke by phone on Friday, traders said on Monday.",
            row("Trump", "Xi", "call", HAPPENED, date(2026, 1, 2)),
        ),
        # near-misses: the day is the main clause's contact's
        (
            "After weeks of tension, Trump and Xi spoke by phone on Friday.",
            row("Trump", "Xi", "call", HAPPENED, date(2026, 1, 2)),
        ),
        (
            "Trump and Xi spoke by phone on Friday, days after their envoys met in Madrid.",
            row("Trump", "Xi", "call", HAPPENED, date(2026, 1, 2)),
        ),
        (
            "Trump and Xi met on Friday after their aides spent a week on the text.",
            row("Trump", "Xi", "meeting", HAPPENED, date(2026, 1, 2)),
        ),
    ],
    ids=["date-in-clause", "said-after", "after-phrase", "envoys-after", "aides-after"],
)
def test_a_date_inside_the_clause_dates_its_contact(text: str, expected: object) -> None:
    """A date inside the temporal clause is its contact's; a main-clause contact keeps its own."""
    assert expected in contact_rows(text, MON)


def test_a_caption_keeps_the_date_that_ends_it() -> None:
    """A clause nothing follows keeps a date after its commas: a photo caption's day."""
    text = "Trump and Xi after a meeting at the air base, Busan, South Korea, Jan 2, 2026."
    assert contact_rows(text, MON) == [row("Trump", "Xi", "meeting", HAPPENED, date(2026, 1, 2))]


def _store(mode: str = "meeting", day: date = date(2025, 10, 30)) -> KnownState:
    met = LeaderContact(HAPPENED, "known", ("Trump", "Xi"), mode, day)
    return KnownState().learn(met, Provenance("inbox", datetime(2025, 10, 30, 9, tzinfo=UTC)))


def _undated(evidence: str, mode: str = "meeting") -> LeaderContact:
    return LeaderContact(HAPPENED, evidence, ("Trump", "Xi"), mode, None)


@pytest.mark.parametrize(
    ("evidence", "mode", "outcome"),
    [
        ("Cargoes have picked up since Trump and Xi met in Busan.", "meeting", Outcome.CONFIRMED),
        ("Orders rose after their talks in Busan, traders said.", "meeting", Outcome.CONFIRMED),
        ("Beijing has bought more grain since the Busan summit.", "meeting", Outcome.CONFIRMED),
        ("Trump praised the promises made at their meeting.", "meeting", Outcome.CONFIRMED),
        # news: a main-clause report, or a mode the store has not seen held
        ("Trump said he had a great meeting with Xi.", "meeting", Outcome.NEW),
        ("Trump and Xi met again, aides said.", "meeting", Outcome.NEW),
        ("Orders rose since Trump and Xi spoke by phone.", "call", Outcome.NEW),
    ],
    ids=["since", "after-their", "the-summit", "their-meeting", "said-had", "met-again", "mode"],
)
def test_background_over_a_store_that_knows_the_contact(
    evidence: str, mode: str, outcome: Outcome
) -> None:
    """Undated and told as background, a contact is the known one of its pair and mode."""
    got = _store().compare(_undated(evidence, mode), date(2026, 1, 5))
    assert got.outcome is outcome
    if outcome is Outcome.CONFIRMED:
        assert got.known is not None and got.known.fact.date == date(2025, 10, 30)


def test_background_over_a_fresh_store_is_news() -> None:
    """A store that knows no such contact learns it: the desk has not heard of it."""
    got = KnownState().compare(_undated("Cargoes rose since Trump and Xi met."), date(2026, 1, 5))
    assert got.outcome is Outcome.NEW


def test_a_contact_known_only_after_the_article_is_not_its_background() -> None:
    """A known contact later than the article cannot be the one it recalls."""
    store = _store(day=date(2026, 2, 1))
    got = store.compare(_undated("Cargoes rose since Trump and Xi met."), date(2026, 1, 5))
    assert got.outcome is Outcome.NEW


def _busan_store(day: date = date(2025, 10, 30)) -> KnownState:
    met = LeaderContact(
        HAPPENED, "Trump and Xi met in Busan on Thursday.", ("Trump", "Xi"), "meeting", day
    )
    return KnownState().learn(met, Provenance("inbox", datetime(2025, 10, 31, 9, tzinfo=UTC)))


@pytest.mark.parametrize(
    ("evidence", "outcome"),
    [
        (
            "Beef exporters still wait, even though Trump and Xi held talks in Busan.",
            Outcome.CONFIRMED,
        ),
        ("Trump said he had a great meeting with Xi in Busan.", Outcome.CONFIRMED),
        # another place, or none: news
        ("Trump and Xi held talks in Beijing, aides said.", Outcome.NEW),
        ("Trump said he had a great meeting with Xi at The Hague.", Outcome.NEW),
    ],
    ids=["concessive", "said-had-there", "elsewhere", "another-place"],
)
def test_an_undated_contact_at_a_known_contact_s_place_is_that_contact(
    evidence: str, outcome: Outcome
) -> None:
    """Undated, at the place of a contact the store knows held within a year: told again."""
    assert _busan_store().compare(_undated(evidence), date(2026, 1, 12)).outcome is outcome


def test_a_place_more_than_a_year_back_is_no_match() -> None:
    """A meeting at the same place over a year before the article is another one."""
    got = _busan_store().compare(_undated("They held talks in Busan."), date(2027, 3, 1))
    assert got.outcome is Outcome.NEW


JUNE = date(2026, 6, 9)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "Beijing bought more soybeans on Monday, honouring a pledge Xi made after his "
            "meeting with Trump in Busan last year.",
            "meeting",
        ),
        (
            "Trump and Xi, who met in Beijing in April, have left the chip dispute to their "
            "ministers, officials said on Monday.",
            "meeting",
        ),
        (
            "Washington trimmed the fentanyl levy on Monday, a step the two sides weighed when "
            "Trump and Xi spoke by phone in 2025.",
            "call",
        ),
    ],
    ids=["last-year", "in-a-month", "in-last-year-s-number"],
)
def test_a_contact_told_in_passing_within_the_year_stays_undated(text: str, mode: str) -> None:
    """Placed in the year before the article, a contact told in passing is kept, undated: the
    store, not the extractor, decides whether the desk knows it."""
    assert contact_rows(text, JUNE) == [row("Trump", "Xi", mode, HAPPENED)]


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi met in Beijing in 2017, when the two sides signed deals worth billions.",
        "Trump first met Xi at Mar-a-Lago during his first term, a summit aides still recall.",
        "The talks recall the phase-one push, when Trump and Xi spoke by phone in March 2019.",
        "Trump hopes to meet Xi in Beijing in April, aides said on Monday.",
    ],
    ids=["in-2017", "first-term", "month-of-2019", "a-plan"],
)
def test_another_era_or_a_plan_gives_no_happened_contact(text: str) -> None:
    """Another era is history; a hoped-for meeting never happened."""
    assert all(r[2] is not HAPPENED for r in contact_rows(text, JUNE))


_IN_PASSING = (
    "Seoul eased its chip rules on Monday, following Trump's meeting with Xi in Busan last year."
)


def test_a_contact_in_passing_over_a_store_that_knows_it_is_no_news() -> None:
    """The store knows the Busan meeting: told again in passing, it is confirmed."""
    published = date(2026, 2, 10)
    facts = contact_facts(_IN_PASSING, published)
    assert [f.date for f in facts] == [None]
    assert _busan_store().compare(facts[0], published).outcome is Outcome.CONFIRMED


def test_a_contact_in_passing_over_a_fresh_store_is_news() -> None:
    """A store that knows no such meeting learns it as news."""
    published = date(2026, 2, 10)
    facts = contact_facts(_IN_PASSING, published)
    assert KnownState().compare(facts[0], published).outcome is Outcome.NEW
