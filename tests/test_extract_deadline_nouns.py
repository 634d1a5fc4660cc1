"""A measure noun is a construction: a word that gives the class (export, licensing, port,
docking) before a head noun (rule, regime, control, fee, ...), with a few words between. Each
sentence is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.measures import last_measure
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts

PUB = date(2025, 10, 20)


@pytest.mark.parametrize(
    ("words", "measure"),
    [
        ("the new export licence rule", "export_controls"),
        ("Beijing's rare-earth curbs", "export_controls"),
        ("its rare earth restrictions on US buyers", "export_controls"),
        ("Washington's licensing regime for chip tools", "export_controls"),
        ("a dual-use export ban", "export_controls"),
        ("port service fees on foreign ships", "port_fees"),
        ("higher docking charges", "port_fees"),
        ("export controls and fees on chips", "export_controls"),
        ("the rule on chip tools", None),  # a head alone names no measure
        ("transport fees", None),  # a modifier is a whole word
        ("a $50-a-ton fee on Chinese-operated vessels", "port_fees"),  # what the fee falls on
        ("new charges on US-flagged ships", "port_fees"),
        ("the fee on late filings", None),
    ],
)
def test_measure_noun_construction(words: str, measure: str | None) -> None:
    assert last_measure(words) == measure


def test_dated_export_licence_rule_is_a_deadline() -> None:
    text = "The US said its export licence rule for buyers of AI chips applies from May 4, 2026."
    [fact] = [f for f in extract_facts(text, published=PUB) if isinstance(f, Deadline)]
    assert (fact.date, fact.measure) == (date(2026, 5, 4), "export_controls")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Markets braced for the end of the 90-day truce between Washington and Beijing on "
            "Nov. 10.",
            (date(2025, 11, 10), "truce", {"US", "China"}),
        ),
        (
            "Steel buyers stocked up before the imposition of US duties on Chinese steel on "
            "Nov. 4.",
            (date(2025, 11, 4), "tariff", {"US", "China"}),
        ),
        (
            "Exporters are counting down to the truce's expiry on Nov. 10, Washington and "
            "Beijing officials said.",
            (date(2025, 11, 10), "truce", {"US", "China"}),
        ),
        (
            "With the lapse of the tariff truce on Nov. 10 near, US and Chinese envoys met in "
            "Madrid.",
            (date(2025, 11, 10), "truce", {"US", "China"}),
        ),
    ],
)
def test_a_start_or_end_told_as_a_noun_dates_its_measure(
    text: str, expected: tuple[date, str, set[str]]
) -> None:
    """ "the expiry of the pause on Aug. 12": the noun of ending or starting, "of", the
    measure, then the date; a truce's sides may be the two countries the sentence lists."""
    facts = [f for f in extract_facts(text, published=date(2025, 10, 20)) if f.kind == "deadline"]
    assert [(f.date, f.measure, {f.imposer, f.target}) for f in facts] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats welcomed the start of talks on tariffs on Nov. 3.",
        "Officials marked the end of the trade war on Nov. 3.",
        "The end of the summit on Nov. 3 brought no change to tariffs.",
    ],
)
def test_a_noun_of_ending_an_event_dates_no_measure(text: str) -> None:
    facts = [f for f in extract_facts(text, published=date(2025, 10, 20)) if f.kind == "deadline"]
    assert facts == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The Commerce Department's rule restricting chip exports to China takes effect on "
            "Nov. 15.",
            ("US", "China"),
        ),
        (
            "New regulations limiting shipments of gallium to the US apply from Nov. 15, "
            "Beijing said.",
            ("China", "US"),
        ),
    ],
)
def test_a_rule_told_by_what_its_participle_restricts(text: str, sides: tuple[str, str]) -> None:
    """ "a rule restricting chip exports": the head's class from what the participle
    restricts, as from what "on" governs ("rules on chip exports")."""
    facts = [f for f in extract_facts(text, published=date(2025, 10, 20)) if f.kind == "deadline"]
    assert [(f.date, f.measure, f.imposer, f.target) for f in facts] == [
        (date(2025, 11, 15), "export_controls", *sides)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A rule restricting street protests takes effect on Nov. 15.",
        "Limits restricting the size of trucks apply from Nov. 15.",
    ],
)
def test_a_participle_of_restricting_without_exports_names_no_control(text: str) -> None:
    facts = [f for f in extract_facts(text, published=date(2025, 10, 20)) if f.kind == "deadline"]
    assert facts == []


@pytest.mark.parametrize(
    "text",
    [
        "Importers of Chinese goods get a grace period until May 25 under the US tariff order.",
        "The US grace period for Chinese goods already at sea ends on May 25.",
    ],
)
def test_a_grace_period_ends_not_the_tariff(text: str) -> None:
    """ "a grace period until May 25": goods shipped before the tariff are spared until then;
    the tariff does not end."""
    facts = [f for f in extract_facts(text, published=date(2025, 4, 10)) if f.kind == "deadline"]
    assert [(f.date, f.measure) for f in facts] == [(date(2025, 5, 25), "exclusions")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date as the attribute of the edge noun: its "of" phrase names what ends, though
        # the clause named talks before it
        (
            "Chinese and American envoys will hold a fresh round of talks in Geneva on Monday, "
            "with the Nov. 3 expiry of their trade truce looming.",
            [(date(2025, 11, 3), "truce", {"US", "China"})],
        ),
        (
            "Talks between Beijing and Washington resumed ahead of the December 5 start of the "
            "US port fees on Chinese freighters.",
            [(date(2025, 12, 5), "port_fees", {"US", "China"})],
        ),
        # ... and the start of an event is no measure's
        (
            "US and Chinese trade officials will hold talks ahead of the Nov. 2 start of the G20 "
            "summit.",
            [],
        ),
    ],
)
def test_a_date_as_the_attribute_of_an_edge_noun(
    text: str, expected: list[tuple[date, str, set[str]]]
) -> None:
    facts = [f for f in extract_facts(text, published=PUB) if f.kind == "deadline"]
    assert [(f.date, f.measure, {f.imposer, f.target}) for f in facts] == expected
