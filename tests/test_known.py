"""Comparing facts with the known state: new, changed, confirmed, reverted."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from watcher.facts.known import KnownFact, KnownState, Outcome, Provenance
from watcher.facts.registry import (
    Deadline,
    Fact,
    LeaderContact,
    TariffRate,
    extract_facts,
    fact_from_dict,
)
from watcher.models import Status

T0 = datetime(2025, 6, 1, tzinfo=UTC)
PROV = Provenance("seed-1", T0)


def rate(pct: float, status: Status = Status.HAPPENED, product: str = "all goods") -> TariffRate:
    return TariffRate(status, "evidence", "US", "China", product, pct)


def cut(pct: float, before: float) -> TariffRate:
    """A rate in force that replaced an earlier level."""
    return TariffRate(Status.HAPPENED, "evidence", "US", "China", "all goods", pct, before)


def contact(day: date | None, status: Status = Status.HAPPENED) -> LeaderContact:
    return LeaderContact(status, "evidence", ("Trump", "Xi"), "call", day)


def deadline(day: date) -> Deadline:
    return Deadline(Status.ANNOUNCED, "evidence", "tariff truce ends", day, "US", "China")


def state(*facts: Fact) -> KnownState:
    known = KnownState()
    for fact in facts:
        known = known.learn(fact, PROV)
    return known


@pytest.mark.parametrize(
    ("known", "fact", "outcome"),
    [
        ((), rate(30), Outcome.NEW),
        ((rate(30),), rate(30), Outcome.CONFIRMED),
        ((rate(30),), rate(100), Outcome.CHANGED),
        ((rate(30), rate(100)), rate(30), Outcome.REVERTED),
        ((rate(30),), rate(30, product="steel"), Outcome.NEW),
        ((rate(30),), rate(30, Status.ANNOUNCED), Outcome.CONFIRMED),
        ((rate(30),), rate(100, Status.THREATENED), Outcome.CHANGED),
        ((rate(30), rate(100, Status.THREATENED)), rate(100, Status.THREATENED), Outcome.CONFIRMED),
        ((rate(30), rate(100, Status.THREATENED)), rate(100), Outcome.CHANGED),
        ((rate(30), rate(100, Status.THREATENED)), rate(30), Outcome.CONFIRMED),
        ((rate(30),), rate(30.004), Outcome.CONFIRMED),
        ((rate(30),), rate(24, Status.SUSPENDED), Outcome.NEW),
        ((rate(30), rate(24, Status.SUSPENDED)), rate(24, Status.SUSPENDED), Outcome.CONFIRMED),
        ((cut(30, 90),), rate(90, Status.SUSPENDED), Outcome.CONFIRMED),
        ((cut(30, 90),), rate(60, Status.SUSPENDED), Outcome.NEW),
    ],
    ids=[
        "first-rate",
        "restated",
        "raised",
        "back-to-earlier",
        "other-product",
        "announced-equals-happened",
        "threat-vs-in-force",
        "repeated-threat",
        "threat-carried-out",
        "threat-does-not-move-rate-in-force",
        "rounding",
        "suspension-is-not-a-rate-change",
        "repeated-suspension",
        "suspended-level-the-rate-in-force-replaced",
        "suspended-other-level",
    ],
)
def test_tariff_rates(known: tuple[Fact, ...], fact: TariffRate, outcome: Outcome) -> None:
    """Rates compare on their own track; threats never replace the rate in force."""
    assert state(*known).compare(fact).outcome is outcome


@pytest.mark.parametrize(
    ("known", "fact", "published", "outcome"),
    [
        ((), contact(date(2025, 6, 5)), None, Outcome.NEW),
        ((contact(date(2025, 6, 5)),), contact(date(2025, 6, 5)), None, Outcome.CONFIRMED),
        ((contact(date(2025, 6, 5)),), contact(date(2025, 6, 6)), None, Outcome.CONFIRMED),
        ((contact(date(2025, 6, 5)),), contact(date(2025, 9, 19)), None, Outcome.NEW),
        ((contact(date(2025, 6, 5)),), contact(None), date(2025, 6, 8), Outcome.CONFIRMED),
        ((contact(date(2025, 6, 5)),), contact(None), date(2025, 9, 8), Outcome.NEW),
        (
            (contact(None, Status.PLANNED),),
            contact(None, Status.SPECULATED),
            None,
            Outcome.CONFIRMED,
        ),
        (
            (contact(date(2025, 6, 5), Status.PLANNED),),
            contact(date(2025, 6, 5)),
            None,
            Outcome.CHANGED,
        ),
        (
            (contact(date(2025, 6, 5)),),
            contact(date(2025, 6, 5), Status.DENIED),
            None,
            Outcome.CHANGED,
        ),
    ],
    ids=[
        "first-call",
        "same-day",
        "next-day-time-zone",
        "another-call",
        "undated-recent",
        "undated-long-after",
        "same-pending-plan",
        "planned-then-happened",
        "denied",
    ],
)
def test_leader_contacts(
    known: tuple[Fact, ...], fact: LeaderContact, published: date | None, outcome: Outcome
) -> None:
    """A contact is one event per pair and day; a plan that happens is a change."""
    assert state(*known).compare(fact, published).outcome is outcome


def test_deadline_moved_and_confirmed() -> None:
    """A deadline with a new date is changed; the same date again is confirmed."""
    known = state(deadline(date(2025, 8, 12)))
    assert known.compare(deadline(date(2025, 11, 10))).outcome is Outcome.CHANGED
    assert known.compare(deadline(date(2025, 8, 12))).outcome is Outcome.CONFIRMED
    assert KnownState().compare(deadline(date(2025, 8, 12))).outcome is Outcome.NEW


def test_a_deadline_only_weighed_never_moves_the_date_set() -> None:
    """A speculated date is kept apart: it does not move the known date, and the known date
    said again is still confirmed, not "reverted"."""
    weighed = replace(deadline(date(2025, 12, 1)), status=Status.SPECULATED)
    known = state(deadline(date(2025, 8, 12)))
    assert known.compare(weighed).outcome is Outcome.NEW
    after = known.learn(weighed, PROV)
    assert after.compare(deadline(date(2025, 8, 12))).outcome is Outcome.CONFIRMED


def test_deadline_after_the_known_one_passed_is_new() -> None:
    """A deadline set after the known one has passed is a new deadline, not a move."""
    known = state(deadline(date(2025, 8, 12)))
    after = known.compare(deadline(date(2026, 3, 1)), date(2026, 1, 15))
    before = known.compare(deadline(date(2025, 11, 10)), date(2025, 8, 11))
    assert (after.outcome, before.outcome) == (Outcome.NEW, Outcome.CHANGED)


def test_a_known_date_under_another_measure_noun_is_restated() -> None:
    """The truce's end restated as a tariff date of the same parties is the known deadline."""
    known = state(deadline(date(2025, 8, 12)))

    def other(day: date, imposer: str = "China", target: str = "US") -> Deadline:
        return Deadline(Status.ANNOUNCED, "evidence", "tariffs", day, imposer, target, "tariff")

    assert known.compare(other(date(2025, 8, 12))).outcome is Outcome.CONFIRMED
    assert known.compare(other(date(2025, 9, 30))).outcome is Outcome.NEW
    assert known.compare(other(date(2025, 8, 12), "Canada")).outcome is Outcome.NEW


def test_another_measure_a_day_apart_is_another_deadline() -> None:
    """A deadline is a measure on a date: the tolerance of a few days holds for one measure
    (its end counted two ways), and another measure of the same parties must name the very
    day to be the known deadline restated."""

    def of(measure: str, day: date) -> Deadline:
        return Deadline(Status.ANNOUNCED, "evidence", measure, day, "US", "China", measure)

    known = state(of("exclusions", date(2026, 12, 31)))
    assert known.compare(of("tariff", date(2027, 1, 1))).outcome is Outcome.NEW
    assert known.compare(of("tariff", date(2026, 12, 31))).outcome is Outcome.CONFIRMED
    assert known.compare(of("exclusions", date(2027, 1, 2))).outcome is Outcome.CONFIRMED


def test_learning_returns_a_new_state() -> None:
    """`learn` leaves the state it was called on as it was."""
    before = state(rate(30))
    after = before.learn(rate(50), PROV)
    assert before.compare(rate(30)).outcome is Outcome.CONFIRMED
    assert after.compare(rate(50)).outcome is Outcome.CONFIRMED
    assert [k.fact for k in after.current()] == [rate(50)]


def test_comparison_names_the_known_value() -> None:
    """A change carries the known fact and its provenance, for the alert to quote."""
    result = state(rate(30)).compare(rate(100))
    assert isinstance(result.known, KnownFact)
    assert result.known.fact == rate(30)
    assert result.to_dict()["known"]["learned_from"] == "seed-1"


def test_renewed_threat_after_other_news_is_news() -> None:
    """A threat repeated after the rate in force moved, or after another threat, is a change."""
    known = KnownState()
    for day, fact in enumerate(
        [rate(30), rate(100, Status.THREATENED), rate(20), rate(50, Status.THREATENED)]
    ):
        known = known.learn(fact, Provenance("wire", T0.replace(day=day + 1)))
    assert known.compare(rate(100, Status.THREATENED)).outcome is Outcome.CHANGED
    assert known.compare(rate(50, Status.THREATENED)).outcome is Outcome.CONFIRMED


def test_every_kind_reads_back_what_it_wrote() -> None:
    """What the store keeps (`to_dict` as JSON) comes back equal, dates and tuples included."""
    text = (
        "China suspended its export controls on rare earths until November 10, 2026. "
        "Trump and Xi met in a hotel near the port on Thursday. "
        "The US raised its tariff on Chinese goods to 50% from December 1."
    )
    facts = extract_facts(text, published=date(2025, 11, 7))
    assert {f.kind for f in facts} == {
        "export_control",
        "leader_contact",
        "tariff_rate",
        "deadline",
    }
    for fact in facts:
        assert fact_from_dict(json.loads(json.dumps(fact.to_dict()))) == fact
