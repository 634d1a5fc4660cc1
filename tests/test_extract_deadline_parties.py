"""Whom a dated measure is on: a measure on everyone (a word of scope, or goods named by their
kind) has target "all". Each sentence is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts

PUB = date(2025, 10, 20)


def _deadline(text: str) -> Deadline:
    [fact] = [f for f in extract_facts(text, published=PUB) if isinstance(f, Deadline)]
    return fact


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        ("Washington said a 15% tariff on all lumber imports starts on December 1.", "US"),
        ("The White House said its universal tariff takes effect on December 1.", "US"),
        ("The new 40% duties on imported furniture begin on December 1, the US said.", "US"),
        ("Japan will put a levy on steel from December 1, Tokyo said.", "Japan"),
        # the subject answers the measure; it is not the measure's imposer
        ("Mexico hit back at a 30% duty on foreign trucks that takes effect on December 1.", "US"),
        ("Canada said it plans to impose a levy on steel from December 1.", "Canada"),
    ],
)
def test_a_measure_on_everyone(text: str, imposer: str) -> None:
    fact = _deadline(text)
    assert (fact.imposer, fact.target) == (imposer, "all")


@pytest.mark.parametrize(
    "text",
    [
        "The US said its 15% tariff on Chinese lumber starts on December 1.",
        "The US said a 15% tariff on them starts on December 1, raising costs for China.",
    ],
)
def test_a_measure_on_a_country_or_a_pronoun_is_not_on_everyone(text: str) -> None:
    assert _deadline(text).target != "all"


def test_a_lowering_is_described_as_a_cut() -> None:
    text = "Washington will lower its tariffs on Chinese toys from 20% to 10% from December 1."
    fact = _deadline(text)
    assert fact.what.endswith("cut takes effect")
    text = "Washington will lift its tariffs on Chinese toys from December 1."
    assert _deadline(text).what.endswith("lifted")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The Ministry of Commerce said that curbs on exports of graphite to the United "
            "States would take effect on Nov. 8.",
            ("China", "US"),
        ),
        (
            "New rules on chip exports to China apply from Nov. 8, the Commerce Department said.",
            ("US", "China"),
        ),
        (
            "Curbs on shipments of gallium to the US start on Nov. 8, Beijing said.",
            ("China", "US"),
        ),
        (
            "China said its controls on rare earth exports to the US would apply from Nov. 8.",
            ("China", "US"),
        ),
    ],
)
def test_an_export_control_s_destination_is_its_target(text: str, sides: tuple[str, str]) -> None:
    """ "curbs on exports ... to the United States": where the goods go is the target, never
    the imposer; the body that speaks ("the Ministry of Commerce") or the possessive imposes."""
    facts = [f for f in extract_facts(text, published=date(2025, 10, 20)) if f.kind == "deadline"]
    assert [(f.imposer, f.target) for f in facts] == [sides]


def test_each_side_s_measure_on_one_day_is_its_own_fact() -> None:
    """Both sides often act on the same day: Beijing's lifting and Washington's cut, of one
    class and date, are two facts; a later mention naming no imposer repeats one of them."""
    text = (
        "Beijing said it would lift its tariffs on US farm goods from Nov. 10. "
        "Washington cut its levy on Chinese imports to 10%, effective Nov. 10. "
        "The tariffs change on Nov. 10."
    )
    facts = [f for f in extract_facts(text, published=date(2025, 11, 5)) if f.kind == "deadline"]
    assert sorted((f.imposer, f.target) for f in facts) == [("China", "US"), ("US", "China")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a list item naming only the suspended measure's owner, in an article that names the
        # other side more: the owner of what is suspended owns the suspension
        (
            "China's commerce ministry said China opposed the American decision, and China "
            "urged more talks.\nKey dates\n• Oct. 5: suspension of US port fees ends",
            ("US", "China"),
        ),
        (
            "Washington said the US would watch US buyers closely.\n"
            "The suspension of China's graphite export ban ends on Nov. 27.",
            ("China", "US"),
        ),
    ],
)
def test_the_owner_of_what_is_suspended_owns_the_suspension(
    text: str, sides: tuple[str, str]
) -> None:
    facts = [f for f in extract_facts(text, published=PUB) if isinstance(f, Deadline)]
    assert [(f.imposer, f.target) for f in facts] == [sides]


def test_a_suspension_s_end_repeats_the_end_of_what_it_pauses() -> None:
    """The fees' own end, then a key-dates line on the end of their suspension that day:
    one deadline, not two."""
    text = (
        "US port charges on Chinese-built tankers stay suspended until Dec. 15.\n"
        "Key dates\n• Dec. 15: suspension of US port charges ends"
    )
    facts = [f for f in extract_facts(text, published=PUB) if isinstance(f, Deadline)]
    assert [(f.date, f.imposer) for f in facts] == [(date(2025, 12, 15), "US")]
