"""The recap rule over an article's contacts as a whole: a contact held long before the pair's
newest one is `confirmed` whether the article tells the newer one first or last.

Sentences are our own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.contact_helpers import contact_facts
from watcher.facts.kinds.leader_contact import LeaderContact
from watcher.facts.kinds.leader_contact.compare import compare_order
from watcher.facts.known import KnownState, Outcome, assess, comparison_order
from watcher.models import Article, Status

NOW = datetime(2026, 7, 1, tzinfo=UTC)


def _outcomes(text: str, published: date) -> set[tuple[str, date | None, Outcome]]:
    """Each contact of a one-article run in a fresh store, as (mode, day, outcome)."""
    day = datetime(published.year, published.month, published.day, tzinfo=UTC)
    article = Article("test", "1", "", text, published=day)
    [assessed], _, _ = assess([(article, contact_facts(text, published))], KnownState(), NOW)
    return {(c.fact.mode, c.fact.date, c.outcome) for c in assessed.comparisons}


@pytest.mark.parametrize(
    ("first", "second", "published"),
    [
        (
            "Carney and Sheinbaum spoke by phone on Monday, Ottawa said.",
            "They met in Mexico City on March 3.",
            date(2026, 6, 10),
        ),
        (
            "Carney and Sheinbaum spoke by phone on Thursday.",
            "They met in Ottawa last month.",
            date(2026, 5, 9),
        ),
    ],
)
def test_reordered_paragraphs_give_the_same_outcomes(
    first: str, second: str, published: date
) -> None:
    told_first = _outcomes(f"{first} {second}", published)
    swapped = second.replace("They", "Carney and Sheinbaum", 1)
    resumed = first.replace("Carney and Sheinbaum", "They", 1)
    told_last = _outcomes(f"{swapped} {resumed}", published)
    assert told_first == told_last
    # both news in a fresh store (changed on purpose, stop 33: the state holds neither)
    assert sorted(o for _, _, o in told_first) == [Outcome.NEW, Outcome.NEW]


def test_an_old_contact_alone_is_still_new() -> None:
    text = "Carney and Sheinbaum met in Mexico City on March 3, officials recalled."
    assert {o for _, _, o in _outcomes(text, date(2026, 6, 10))} == {Outcome.NEW}


def _fact(status: Status, when: date | None, mode: str = "call") -> LeaderContact:
    return LeaderContact(status, "x", ("Carney", "Sheinbaum"), mode, when)


def test_held_contacts_newest_first_others_keep_their_place() -> None:
    facts = [
        _fact(Status.HAPPENED, date(2026, 3, 3)),
        _fact(Status.PLANNED, date(2026, 7, 1)),
        _fact(Status.HAPPENED, None),
        _fact(Status.HAPPENED, date(2026, 6, 8)),
    ]
    assert compare_order(facts) == [3, 1, 0, 2]


def test_other_kinds_keep_the_extracted_order() -> None:
    facts = [_fact(Status.HAPPENED, date(2026, 3, 3)), _fact(Status.HAPPENED, date(2026, 6, 8))]
    assert comparison_order(facts) == [1, 0]
    assert comparison_order(facts[:1]) == [0]
