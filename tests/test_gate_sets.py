"""The gate keeps one RE2 set per kind: a term two kinds share, and a kind with no terms of its
own, are admitted exactly as with one set for all."""

from __future__ import annotations

from watcher.facts.gate import Gate, Need, any_of, words


def test_each_kind_with_terms_of_its_own_gets_its_own_set() -> None:
    gate = Gate.build({"a": [any_of("duty")], "b": [any_of("summit")], "c": None})
    assert len(gate._sets) == 2
    assert gate.admit("A new duty.") == {"a", "c"}
    assert gate.admit("The summit.") == {"b", "c"}
    assert gate.admit("Nothing here.") == {"c"}


def test_a_term_declared_by_two_kinds_is_found_for_both() -> None:
    """The second kind's need points into the first kind's set; no term is compiled twice."""
    gate = Gate.build(
        {
            "rates": [any_of("tariff"), any_of("percent")],
            "dates": [any_of("tariff", "levy"), any_of("deadline")],
        }
    )
    assert sum(len(index) for _, index in gate._sets) == 4  # tariff, percent, levy, deadline
    assert gate.admit("A tariff of ten percent before the deadline.") == {"rates", "dates"}
    assert gate.admit("The levy deadline.") == {"dates"}
    assert gate.admit("A tariff of ten percent.") == {"rates"}


def test_a_kind_whose_terms_all_belong_to_another_has_no_set_of_its_own() -> None:
    gate = Gate.build({"first": [any_of("truce", "pause")], "second": [any_of("pause")]})
    assert len(gate._sets) == 1
    assert gate.admit("The pause holds.") == {"first", "second"}
    assert gate.admit("The truce holds.") == {"first"}


def test_distinct_terms_are_counted_across_sets() -> None:
    """ "Two leaders": two different terms of one need, whichever set each was compiled in."""
    leaders = Need(words("Ames", "Brill", case_sensitive=True), distinct=2)
    gate = Gate.build({"names": [any_of("Ames")], "pair": [leaders]})
    assert gate.admit("Ames met Brill.") == {"names", "pair"}
    assert gate.admit("Ames met Ames.") == {"names"}


def test_a_gate_without_terms_admits_only_the_kinds_that_always_run() -> None:
    assert Gate.build({"always": None}).admit("anything") == {"always"}
    assert Gate.build({}).admit("anything") == frozenset()
