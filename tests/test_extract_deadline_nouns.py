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
