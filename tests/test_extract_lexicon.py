"""The lexicon's lists read as regex alternations (`lexicon.alternatives`): in the order written,
a phrase's space standing for any spaces when asked. Sentences are our own."""

from __future__ import annotations

import re

from watcher.facts.extract.lexicon import alternatives, section


def test_a_list_joins_in_the_order_written() -> None:
    words = section("tariff")["figure_hedges"]
    assert alternatives("tariff", "figure_hedges") == "|".join(words)


def test_a_spaced_phrase_matches_any_run_of_spaces() -> None:
    passed = re.compile(rf"\b(?:{alternatives('deadline', 'passed_verbs', spaced=True)})\b")
    assert passed.search("The March 1 deadline came  and\nwent without a deal.")
    assert not passed.search("The deadline came, and a deal went through.")
