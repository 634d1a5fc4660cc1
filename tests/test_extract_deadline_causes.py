"""Which measure a date belongs to, and whose it is: a measure that returns on a date ("snap
back on", "climb back on"), a noun a preposition of cause or addition governs ("over Beijing's
export controls", "on top of existing duties"), a pronoun standing for the measure, a pair of
countries named only as a list, and a sector's or the reciprocal tariff named without a
country. Each sentence is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUB = date(2026, 9, 15)


def _deadlines(text: str) -> list[Deadline]:
    return [f for f in extract_facts(text, published=PUB) if isinstance(f, Deadline)]


def _deadline(text: str) -> Deadline:
    [fact] = _deadlines(text)
    return fact


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Duties on Vietnamese copper will snap back on November 10 if the talks fail.", (11, 10)),
        (
            "Tariffs on Brazilian grapes would climb back on December 1, Brasilia was warned.",
            (12, 1),
        ),
        ("The higher levies on Brazilian coffee go back up on October 30.", (10, 30)),
    ],
)
def test_a_measure_that_returns_on_a_date(text: str, when: tuple[int, int]) -> None:
    fact = _deadline(text)
    assert (fact.date, fact.measure, fact.status) == (date(2026, *when), "tariff", Status.ANNOUNCED)


def test_a_fallback_level_without_a_date_is_still_no_rate() -> None:
    text = "If the talks fail, US duties on Vietnamese copper would snap back to 90%."
    facts = extract_facts(text, published=PUB)
    assert not [f for f in facts if isinstance(f, TariffRate) and f.rate_pct == 90]


@pytest.mark.parametrize(
    "text",
    [
        "Washington unveiled a 60% tariff on Vietnamese wine on top of existing duties and "
        "export controls, starting December 1.",
        "The US announced a 25% levy on Brazilian chips over Brasilia's export controls on "
        "lithium, effective December 1.",
        "Brazil's new surtax on Vietnamese fruit, in retaliation for Hanoi's ban on fish "
        "imports, takes effect on December 1.",
        "A 10% duty on Brazilian steel in response to Brazil's port fees would apply from "
        "December 1.",
    ],
)
def test_a_noun_of_the_cause_is_not_the_dated_measure(text: str) -> None:
    fact = _deadline(text)
    assert (fact.date, fact.measure) == (date(2026, 12, 1), "tariff")


def test_a_relative_clause_dates_the_noun_it_follows() -> None:
    # the cause's own relative clause holds the date: the dated measure is the cause
    text = (
        "Vietnam will impose its own levy on US fruit in response to a ban on Vietnamese "
        "chips that takes effect on December 1."
    )
    assert _deadline(text).measure == "ban"


def test_a_pronoun_is_described_by_its_measure() -> None:
    text = "The US tariffs on Brazilian copper were set in August. They take effect on October 1."
    fact = _deadline(text)
    assert (fact.imposer, fact.target, fact.measure) == ("US", "Brazil", "tariff")
    assert fact.what == "US tariff on Brazil: take effect"


@pytest.mark.parametrize(
    "text",
    [
        "Washington unveiled its new round of levies on Monday. Brazil and Vietnam were spared. "
        "But they remain subject to a tariff set to take effect on October 3.",
        "Washington unveiled its new round of levies on Monday. While he allowed a reprieve for "
        "Brazil and Vietnam, the president has also promised new tariffs starting October 3.",
    ],
)
def test_a_listed_pair_is_not_imposer_and_target(text: str) -> None:
    # the two countries are named as a list, neither in a role: neither imposes on the other
    fact = _deadline(text)
    assert fact.date == date(2026, 10, 3)
    assert fact.imposer in (None, "US")


def test_the_truce_between_a_pair_keeps_its_parties() -> None:
    fact = _deadline("The truce between Brazil and Vietnam runs until November 10.")
    assert {fact.imposer, fact.target} == {"Brazil", "Vietnam"}


@pytest.mark.parametrize(
    "text",
    [
        "The automotive tariff is scheduled to take effect on October 3.",
        "The new steel duties begin on October 3.",
        "The adjusted reciprocal tariffs are to take effect on October 3.",
    ],
)
def test_a_sector_or_reciprocal_tariff_without_a_country(text: str) -> None:
    fact = _deadline(text)
    assert (fact.imposer, fact.target) == ("US", "all")


def test_a_sector_tariff_of_a_named_country_is_its_own() -> None:
    fact = _deadline("Brazil said its steel duties on Vietnamese mills begin on October 3.")
    assert (fact.imposer, fact.target) == ("Brazil", "Vietnam")


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Duties on Brazilian shoes would revert to 40% on October 1 unless talks succeed.",
            (10, 1),
        ),
        ("Brazil's ban on Vietnamese shrimp will resume on November 27.", (11, 27)),
    ],
)
def test_a_measure_that_reverts_or_resumes_on_a_date(text: str, when: tuple[int, int]) -> None:
    assert _deadline(text).date == date(2026, *when)


def test_co_targets_are_not_imposer_and_target() -> None:
    text = "Brazil and India both face higher duties, which take effect on October 3."
    fact = _deadline(text)
    assert fact.imposer not in ("Brazil", "India")


def test_a_measure_for_a_countrys_goods_is_on_that_country() -> None:
    fact = _deadline("Exclusions for Vietnamese solar cells run through November 29.")
    assert (fact.measure, fact.target) == ("exclusions", "Vietnam")


def test_a_date_in_an_opening_since_clause_is_background() -> None:
    assert not _deadlines("Since the duties began on April 2, furniture prices have climbed.")
    # a date still to come is not background
    assert _deadlines("Since the duties begin on October 2, importers are stocking up.")


def test_a_restriction_on_sales_to_a_country_is_on_that_country() -> None:
    fact = _deadline("The ban on drone sales to Vietnam takes effect on December 15.")
    assert (fact.measure, fact.target) == ("ban", "Vietnam")


def test_a_ruling_due_on_a_date_is_no_measure() -> None:
    assert not _deadlines("A ruling on the duties is due on November 5, the court said.")


def test_the_home_markets_name_before_a_goods_word_is_the_imposer() -> None:
    text = "Vietnam still faces the US furniture tariff set to take effect on October 15."
    fact = _deadline(text)
    assert (fact.imposer, fact.target) == ("US", "Vietnam")


def test_the_head_of_a_complement_is_the_dated_measure() -> None:
    text = "The suspension of the 34% US tariff on Vietnamese goods ends on November 10."
    fact = _deadline(text)
    assert (fact.measure, fact.imposer, fact.target) == ("suspension", "US", "Vietnam")


def test_a_measure_against_another_is_not_the_dated_one() -> None:
    text = "Hanoi said its countermeasures against US steel tariffs will apply from November 3."
    fact = _deadline(text)
    assert (fact.imposer, fact.target) == ("Vietnam", "US")


def test_the_home_markets_name_right_before_a_measure_construction() -> None:
    fact = _deadline("Vietnam braces for the US port fees, which take effect on October 14.")
    assert (fact.measure, fact.imposer) == ("port_fees", "US")


def test_a_measure_in_a_with_phrase_after_the_date_is_not_dated() -> None:
    text = "The minister will tour Vietnam starting April 1, with tariffs high on the agenda."
    assert not _deadlines(text)


def test_a_complement_after_from_and_a_later_measure_after_a_date() -> None:
    text = "The reprieve for Brazilian trucks from the 25% US levy will run out on December 1."
    assert _deadline(text).measure == "truce"
    # a measure after "from <date> and" is no complement: its own date is its own
    text = "Brazil will charge tariffs from October 1 and port fees on US ships from November 1."
    found = {(f.date, f.measure) for f in _deadlines(text)}
    assert (date(2026, 11, 1), "port_fees") in found


def test_a_measure_halved_on_a_date() -> None:
    fact = _deadline("The duties on Indian shrimp were halved on September 1.")
    assert (fact.date, fact.target, fact.status) == (date(2026, 9, 1), "India", Status.HAPPENED)


@pytest.mark.parametrize(
    "text",
    [
        "The exemption for Chinese phones from the 145% U.S. levy ends on Nov. 10.",
        "The reprieve from the U.S. duties on Chinese toys runs out on Nov. 10.",
    ],
)
def test_an_abbreviated_name_does_not_break_the_complement(text: str) -> None:
    """ "from the 145% U.S. levy": the levy is what the exemption is from; "U.S." is one word
    of the complement, and the exemption is what ends."""
    assert _deadline(text).measure in ("exclusions", "truce")
