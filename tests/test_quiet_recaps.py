"""Quiet articles (issue 10, round 12, branch i10-quiet): background that must not alert.

Long stories restate old contacts in passing and tell other pairs' news. Ways such text used
to become US-China news:

* a wire dateline's date ("WASHINGTON (Aug. 20, 2025) -") dated a contact in the lede that the
  sentence places years back ("Six years ago, Trump and Xi met in Osaka"): the dateline says
  when the story was filed, like the day of a statement;
* "the last time Trump and Xi met was ..." and "has met Xi four times this year" were read as
  a contact of this week;
* "the two leaders spoke in early June", a month after the known June 5 call, was compared as a
  new call: an undated contact in the known contact's month is that contact;
* a date for "more than a dozen countries" in a US-China story took the story's pair.

Sentences are our own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.facts.known import KnownState, Outcome, Provenance
from watcher.facts.registry import LeaderContact, extract_facts
from watcher.models import Status

WED = date(2025, 8, 20)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Aug. 20, 2025) - Six years ago, President Trump and Xi Jinping met in "
        "Osaka and agreed to restart talks.",
        "WASHINGTON, Aug 20 (Reuters) - Six years ago, President Trump and Xi Jinping met in "
        "Osaka.",
        "Aug. 20, 2025 - In 2019, President Trump and Xi Jinping met in Osaka.",
        "SEOUL (Aug. 20, 2025) - President Trump and Xi Jinping last met in Osaka.",
        "The last time Trump and Xi met was in Osaka.",
        "BEIJING (Aug. 20, 2025) - The last time that Trump and Xi spoke was before the truce.",
        "WASHINGTON (Aug. 20, 2025) - Trump has spoken or met with Xi Jinping four times this "
        "year, more than with any other leader.",
        "Trump and Xi have spoken 3 times since the spring.",
    ],
    ids=[
        "years-ago",
        "reuters",
        "bare-date",
        "last-met",
        "last-time",
        "last-time-dateline",
        "count-of-contacts",
        "count-in-digits",
    ],
)
def test_recap_in_the_lede_is_no_contact(text: str) -> None:
    """A dateline does not date a contact its sentence places in an earlier period."""
    assert contact_rows(text, WED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BUSAN, Aug 20 (Reuters) - President Trump and Xi Jinping met at an air base, "
            "officials said.",
            [row("Trump", "Xi", "meeting", Status.HAPPENED, WED)],
        ),
        (
            "SEOUL (Aug. 20, 2025) - President Trump and Xi Jinping held talks for two hours.",
            [row("Trump", "Xi", "meeting", Status.HAPPENED, WED)],
        ),
        (
            "WASHINGTON (Aug. 20, 2025) - Trump expects to meet Xi Jinping at the summit in "
            "South Korea next month.",
            [row("Trump", "Xi", "meeting", Status.PLANNED, None)],
        ),
        (
            "Trump and Xi spoke by phone on Tuesday, the last time before the summit.",
            [row("Trump", "Xi", "call", Status.HAPPENED, date(2025, 8, 19))],
        ),
        (
            "Trump and Xi have spoken three times since May, most recently on Monday.",
            [row("Trump", "Xi", "call", Status.HAPPENED, date(2025, 8, 18))],
        ),
    ],
    ids=[
        "dateline-dates-todays-meeting",
        "paren-dateline",
        "plan-not-dated",
        "last-time-noun",
        "count-then-latest-day",
    ],
)
def test_dateline_news_keeps_its_day(text: str, expected: list[object]) -> None:
    """With nothing placing it earlier, a contact in the lede took place on the day filed; a
    plan is not dated by the dateline."""
    assert contact_rows(text, WED) == expected


def _known_june_call() -> KnownState:
    call = LeaderContact(Status.HAPPENED, "seed", ("Trump", "Xi"), "call", date(2025, 6, 5))
    return KnownState().learn(call, Provenance("seed", datetime(2025, 6, 6, tzinfo=UTC)))


def _undated(evidence: str, status: Status = Status.HAPPENED) -> LeaderContact:
    return LeaderContact(status, evidence, ("Trump", "Xi"), "call", None)


@pytest.mark.parametrize(
    ("evidence", "published", "outcome"),
    [
        ("The two leaders spoke in early June for about an hour.", date(2025, 7, 2), "same"),
        ("They talked by phone during June, aides recalled.", date(2025, 9, 1), "same"),
        ("The two leaders spoke in June 2025.", date(2026, 3, 1), "same"),
        # older than the known call, not it: a recap behind it, quiet (fix30-contact)
        ("The two leaders spoke in June 2024.", date(2025, 7, 2), "recap"),
        ("The two leaders spoke in early July.", date(2025, 7, 20), "new"),
        ("The two leaders spoke in June.", date(2026, 7, 2), "new"),
        ("The two leaders spoke, aides said.", date(2025, 7, 2), "new"),
    ],
    ids=["early-june", "during", "with-year", "other-year", "other-month", "a-year-on", "none"],
)
def test_undated_contact_in_the_known_month(evidence: str, published: date, outcome: str) -> None:
    """An undated contact placed in the month of a known one, within a year, is that one."""
    got = _known_june_call().compare(_undated(evidence), published)
    if outcome == "recap":  # confirmed, but matched to no known contact
        assert (got.outcome, got.known) == (Outcome.CONFIRMED, None)
        return
    assert got.outcome is (Outcome.CONFIRMED if outcome == "same" else Outcome.NEW)
    assert (got.known is not None) or outcome == "new"


@pytest.mark.parametrize(
    "text",
    [
        "President Trump sent letters to more than a dozen countries on Monday setting tariff "
        "rates that will take effect on August 1. China did not receive a letter.",
        "Duties on dozens of trading partners start on August 7. Chinese goods are covered by "
        "a separate truce with Beijing.",
    ],
    ids=["letters-to-many", "trading-partners"],
)
def test_a_date_for_many_countries_is_not_the_pairs(text: str) -> None:
    """A measure on many countries is not the US-China pair's, though the story is theirs."""
    deadlines = [f for f in extract_facts(text, published=date(2025, 7, 9)) if f.kind == "deadline"]
    assert deadlines
    assert all({f.imposer, f.target} != {"US", "China"} for f in deadlines)


def test_both_countries_keep_the_pair() -> None:
    """ "both countries" is the pair itself: its date stays the pair's."""
    text = (
        "The US and China agreed to extend the truce. Tariffs on both countries' goods will "
        "stay at current levels until November 10."
    )
    deadlines = [
        f for f in extract_facts(text, published=date(2025, 8, 12)) if f.kind == "deadline"
    ]
    assert [(f.imposer, f.target, f.date) for f in deadlines] == [
        ("US", "China", date(2025, 11, 10))
    ]
