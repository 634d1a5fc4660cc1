"""Tariff steps told as a verbless action item headed by a gerund: a headline or a bullet in a list
of measures ("Lowering the 40% duties on ... to 20%") announces its step, its parties taken from
the heading and the instrument; the same gerund as the subject of a verb (a modal, an evaluation,
"will", "has"), or asked as a question, only talks about a step; a participial opener before a main
clause is no action item.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

from tests.tariff_helpers import tariff_rates
from watcher.facts.extract.rates import find_rates
from watcher.models import Status

PUB = date(2026, 3, 10)
ALERTING = {Status.HAPPENED, Status.ANNOUNCED}
A, H = Status.ANNOUNCED, Status.HAPPENED


def _facts(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUB)}


def _alerting(text: str) -> set[tuple[str, str, float]]:
    return {
        (f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUB) if f.status in ALERTING
    }


# a verbless action item headed by a gerund


def test_a_gerund_headline_announces_its_step() -> None:
    assert _facts("Lowering the 40% duties on Chinese bicycles to 20%") == {
        ("US", "China", 20.0, A)
    }


def test_a_bullet_under_a_heading_takes_its_parties_from_the_heading_and_instrument() -> None:
    text = (
        "The White House signed three orders on China on Monday:\n\n"
        "  \u2022 Reducing the 25% Section 301 tariffs (listed under heading 9903.88.15) down to "
        "12%, effective March 10, 2026\n"
        "  \u2022 Extending the exclusions for medical gloves by a year"
    )
    facts = tariff_rates(text, PUB)
    assert {(f.imposer, f.target, f.rate_pct, f.previous_pct, f.status) for f in facts} == {
        ("US", "China", 12.0, 25.0, A)
    }


def test_a_bullet_with_a_passive_aside_is_still_announced() -> None:
    text = (
        "Beijing announced two steps on Tuesday:\n"
        "- Cutting the 30% levy (imposed in April) on US corn to 10%\n"
        "- Resuming purchases of American wheat"
    )
    assert _facts(text) == {("China", "US", 10.0, A)}


def test_cutting_the_old_rate_to_a_new_one_is_one_change() -> None:
    rates = find_rates("Cutting the 30% levy on US corn down to 10%")
    assert [(r.value, r.previous) for r in rates] == [(10.0, 30.0)]


def test_a_gerund_subject_of_a_modal_gives_no_fact() -> None:
    assert _facts("Lifting duties on Chinese furniture to 70% would hurt retailers.") == set()
    assert _facts("Analysts say halving the tariff on US beef to 12% could revive sales.") == set()


def test_a_gerund_subject_of_an_evaluation_gives_no_fact() -> None:
    text = "Raising the levy on Chinese drones to 90% is a gamble, the senator said."
    assert _facts(text) == set()


def test_a_gerund_headline_asked_as_a_question_gives_no_fact() -> None:
    assert _facts("Hiking tariffs on Chinese batteries to 80%: who pays?") == set()


def test_a_finite_change_is_not_read_as_a_gerund_subject() -> None:
    assert _alerting("The US is raising its tariff on Chinese drones to 90%.") == {
        ("US", "China", 90.0)
    }


def test_a_gerund_subject_of_will_or_has_gives_no_fact() -> None:
    assert _facts("Trimming the duty on Chinese tyres to 5% will help drivers.") == set()
    assert _facts("Doubling the levy on US almonds to 40% has angered growers.") == set()


def test_a_participial_opener_before_a_main_clause_is_no_action_item() -> None:
    text = "Raising its levy on US almonds to 40% on Monday, China hit back at Washington."
    assert _facts(text) == {("China", "US", 40.0, H)}
