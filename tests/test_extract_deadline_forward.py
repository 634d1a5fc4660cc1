"""Deadlines told forward and obligations' deadlines (issue 10, seventh round). Each sentence
is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.dates import DateMention, in_the_future, month_ends
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

SPRING = date(2026, 4, 15)


def _deadlines(text: str, published: date | None = SPRING, **kw: bool) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published, **kw) if isinstance(f, Deadline)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # present and future of an ending or starting verb: the date still to come
        ("The reprieve from US levies on Chinese toys ends on January 20.", date(2027, 1, 20)),
        (
            "Beijing's suspension of its duties on US beef runs through December 1.",
            date(2026, 12, 1),
        ),
        ("The US-China tariff truce is set to lapse on February 2.", date(2027, 2, 2)),
        ("US tariffs on Chinese bicycles will take effect on January 5.", date(2027, 1, 5)),
        # a move's new date lies after the move
        (
            "The higher US duties on Chinese lamps were pushed back to January 20.",
            date(2027, 1, 20),
        ),
        (
            "The pause on US fees for Chinese-built ships was extended to February 9.",
            date(2027, 2, 9),
        ),
    ],
)
def test_a_date_told_forward_is_the_next_one(text: str, day: date) -> None:
    [fact] = _deadlines(text)
    assert (fact.date, fact.status) == (day, Status.ANNOUNCED)


@pytest.mark.parametrize(
    ("text", "day", "status"),
    [
        # told in the past: the date before publication stands
        ("The US-China tariff truce expired on January 20.", date(2026, 1, 20), Status.HAPPENED),
        (
            "US tariffs on Chinese bicycles took effect on February 5.",
            date(2026, 2, 5),
            Status.HAPPENED,
        ),
        # a written year stands
        ("The US-China tariff truce ends on January 20, 2026.", date(2026, 1, 20), None),
        # a day a week before publication: the story was written before it
        ("US tariffs on Chinese bicycles will take effect on April 8.", date(2026, 4, 8), None),
    ],
)
def test_a_date_not_moved(text: str, day: date, status: Status | None) -> None:
    [fact] = _deadlines(text)
    assert fact.date == day
    assert status is None or fact.status is status


def test_an_undated_article_is_not_moved_to_the_runs_next_year() -> None:
    text = "US tariffs on Chinese bicycles will take effect on January 5."
    [fact] = _deadlines(text, SPRING, undated=True)
    assert fact.date == date(2026, 1, 5)


def test_in_the_future_keeps_weekdays_and_later_days() -> None:
    text = "The duties start on Monday and the truce ends on May 2."
    monday = DateMention(20, 26, date(2026, 4, 13), weekday_only=True)
    assert in_the_future(text, monday, SPRING) == date(2026, 4, 13)
    may = DateMention(48, 53, date(2026, 5, 2))
    assert in_the_future(text, may, SPRING) == date(2026, 5, 2)


@pytest.mark.parametrize(
    ("text", "day", "imposer", "target"),
    [
        (
            "Exporters have until June 15 to seek exemptions from the new US duties on Chinese "
            "pumps.",
            date(2026, 6, 15),
            "US",
            "China",
        ),
        (
            "Beijing gave Washington until the end of May to answer its proposal on soybeans.",
            date(2026, 5, 31),
            None,
            None,
        ),
        (
            "Shipping firms must register their vessels by June 30 to avoid the US port fees on "
            "Chinese-built ships.",
            date(2026, 6, 30),
            "US",
            None,
        ),
        (
            "Foreign buyers are required to obtain permits before the end of June under "
            "Beijing's new export rules.",
            date(2026, 6, 30),
            "China",
            None,
        ),
    ],
)
def test_an_obligation_under_a_measure_is_a_deadline(
    text: str, day: date, imposer: str | None, target: str | None
) -> None:
    [fact] = _deadlines(text)
    assert (fact.date, fact.status) == (day, Status.ANNOUNCED)
    assert imposer is None or fact.imposer == imposer
    assert target is None or fact.target == target
    assert fact.what.startswith("deadline to ")


def test_an_obligation_told_in_the_past() -> None:
    text = "Importers had until March 1 to apply for exclusions from the US tariffs."
    [fact] = _deadlines(text)
    assert (fact.date, fact.status) == (date(2026, 3, 1), Status.HAPPENED)


@pytest.mark.parametrize(
    "text",
    [
        "Residents have until June 15 to register for the census.",
        "Applicants must submit their essays by May 31.",
        "Importers rushed to clear goods by April 2, when the tariffs took effect.",
    ],
)
def test_no_obligation_deadline_without_a_measure(text: str) -> None:
    assert not [f for f in _deadlines(text) if f.what.startswith("deadline to ")]


@pytest.mark.parametrize(
    "text",
    [
        "Applicants to the university must respond to the admission offer by April 30.",
        "Homebuyers have until the end of March to accept the bank's mortgage offer.",
        "Tenants must renew their permits by June 30, the city of Beijing said.",
        "Taylor Swift must obtain a licence by May 1 to perform in Beijing.",
    ],
)
def test_a_bare_obligation_topic_is_no_trade_deadline(text: str) -> None:
    assert _deadlines(text, date(2026, 3, 10)) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The US tariff pause, which ends on February 9, was not renewed.", date(2026, 2, 9)),
        (
            "China's export licence rule, which takes effect on January 15, has already slowed "
            "shipments.",
            date(2026, 1, 15),
        ),
        ("Tariffs on Chinese steel start at 25% and rise to 50% on January 1.", date(2026, 1, 1)),
    ],
)
def test_a_present_verb_under_a_past_clause_is_not_told_forward(text: str, day: date) -> None:
    assert [f.date for f in _deadlines(text, date(2026, 3, 10))] == [day]


def test_month_ends() -> None:
    [end] = month_ends("Firms must comply by the end of February.", SPRING)
    assert end.value == date(2026, 2, 28)
    [end] = month_ends("The pause runs until the end of June 2027.", SPRING)
    assert end.value == date(2027, 6, 30)
    assert month_ends("Sales fell at the end of March.", SPRING) == []
    assert [d.value for d in month_ends("The pause runs until the end of June.", None)] == [None]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a plural present tells forward too
        ("Washington's exemptions for Chinese ladders run until January 31.", date(2027, 1, 31)),
        ("The US tariffs on Chinese pumps end on February 10.", date(2027, 2, 10)),
        # the noun "end" is no present: a truce that came to an end
        ("The US-China tariff truce came to an end on February 10.", date(2026, 2, 10)),
    ],
)
def test_plural_present_and_the_noun_end(text: str, day: date) -> None:
    [fact] = _deadlines(text)
    assert fact.date == day


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The United States will suspend for one year its port fees on Chinese-built ships "
            "starting Nov. 10.",
            date(2025, 11, 10),
            date(2026, 11, 10),
        ),
        (
            "Beijing will lift for 90 days its extra tariffs on US farm goods from Nov. 10.",
            date(2025, 11, 10),
            date(2026, 2, 8),
        ),
    ],
)
def test_a_period_after_the_verb_ends_the_lifting(text: str, start: date, end: date) -> None:
    """ "will suspend for one year its port fees ... starting Nov. 10": the period stands after
    the verb, before its object; the lifting ends a period after the start."""
    facts = [f for f in extract_facts(text, published=date(2025, 11, 1)) if f.kind == "deadline"]
    assert sorted(f.date for f in facts) == [start, end]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The US exemptions for Chinese medical gloves expire at the end of November.",
            date(2025, 11, 30),
        ),
        (
            "China's suspension of its tariffs on US goods ends at the end of December.",
            date(2025, 12, 31),
        ),
    ],
)
def test_an_end_at_the_end_of_a_month_is_its_last_day(text: str, when: date) -> None:
    """ "expire at the end of November": a measure's end told to come, the month's last day
    (as "until the end of November")."""
    facts = [f for f in extract_facts(text, published=date(2025, 11, 3)) if f.kind == "deadline"]
    assert [f.date for f in facts] == [when]


@pytest.mark.parametrize(
    "text",
    [
        "The US tariffs on Chinese goods took effect at the end of March.",
        "US and Chinese officials met at the end of November to discuss tariffs.",
        "The US tariffs on Chinese goods will be reviewed at the end of November.",
    ],
)
def test_at_the_end_of_a_month_alone_is_no_day(text: str) -> None:
    facts = [f for f in extract_facts(text, published=date(2025, 11, 3)) if f.kind == "deadline"]
    assert facts == []
