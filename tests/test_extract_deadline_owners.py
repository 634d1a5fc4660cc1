"""Whose dated measure it is: a government body of the lexicon owns its measure, and as the subject
speaking of a measure no country owns, its country imposes it; a ministry of no named country
imposes nothing. Counter-tariffs name a tariff and restrictions on exports an export control. The
agencies are one list, read from the packaged countries table the gazetteer loads.

Each sentence is written for the test. Published on Wednesday 15 October 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.gazetteer import agencies, load_gazetteer
from watcher.facts.extract.lexicon import section
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts

AUTUMN = date(2025, 10, 15)


def _deadlines(text: str, published: date | None = AUTUMN, **kw: bool) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published, **kw) if isinstance(f, Deadline)]


@pytest.mark.parametrize(
    ("text", "imposer", "target"),
    [
        (
            "The Commerce Department's export controls on Chinese robot makers start on "
            "November 17.",
            "US",
            "China",
        ),
        (
            "MOFCOM export licensing rules on magnet sales to the United States begin on "
            "November 17.",
            "China",
            "US",
        ),
    ],
)
def test_a_government_body_owns_its_measure(text: str, imposer: str, target: str) -> None:
    (found,) = _deadlines(text)
    assert (found.date, found.imposer, found.target) == (date(2025, 11, 17), imposer, target)


def test_a_body_speaking_of_its_own_unowned_rule_imposes_it() -> None:
    """A government body of the lexicon as the subject, a measure no country owns: the body's
    country imposes it; the country the restriction is "for" is its target."""
    (found,) = _deadlines(
        "The Commerce Department said the new semiconductor rules for China begin on December 9."
    )
    assert (found.date, found.imposer, found.target, found.measure) == (
        date(2025, 12, 9),
        "US",
        "China",
        "export_controls",
    )


def test_a_ministry_of_no_named_country_imposes_nothing() -> None:
    (found,) = _deadlines(
        "The commerce ministry said the new chip curbs for China begin on December 9."
    )
    assert found.imposer is None


def test_counter_tariffs_name_a_tariff() -> None:
    (found,) = _deadlines(
        "The 10% counter-tariffs that Mexico unveiled on US pork will take effect on November 2."
    )
    assert (found.date, found.imposer, found.target, found.measure) == (
        date(2025, 11, 2),
        "Mexico",
        "US",
        "tariff",
    )


def test_restrictions_on_exports_are_an_export_control() -> None:
    (found,) = _deadlines(
        "Beijing's restrictions on tungsten shipments to the United States apply from December 2."
    )
    assert (found.date, found.imposer, found.target, found.measure) == (
        date(2025, 12, 2),
        "China",
        "US",
        "export_controls",
    )


def test_agencies_are_one_list() -> None:
    lexicon = {w for ws in section("deadline")["agencies"].values() for w in ws}
    gazetteer = {w for ws in agencies().values() for w in ws}
    assert gazetteer and not lexicon & gazetteer
    countries = load_gazetteer().countries
    assert [m.name for m in countries.find("the Department of Commerce said")] == ["US"]
    # an owner before a measure only: not a country as a speaker
    assert countries.find("MOFCOM said on Friday") == []


def test_agencies_are_read_from_the_gazetteer_table() -> None:
    """agencies() reads the packaged countries table the gazetteer loads, not a second parse."""
    gaz = load_gazetteer()
    for country, bodies in agencies().items():
        for body in bodies:
            assert gaz.countries.lookup[body] == (country, False)


@pytest.mark.parametrize(
    ("text", "imposer", "target"),
    [
        # "its" stands for the one country named before it outside a preposition
        (
            "The US and China signed a truce. China's pause of its graphite/antimony export ban"
            " ends on November 27.",
            "China",
            "US",
        ),
        (
            "The US and China signed a truce. Beijing said its licence rule for gallium exports"
            " takes effect on November 1.",
            "China",
            "US",
        ),
        (
            "China and the US signed a truce. Washington said its new port fees on ships take"
            " effect on November 1.",
            "US",
            "China",
        ),
    ],
)
def test_its_owner_is_the_one_country_named_before_it(text: str, imposer: str, target: str) -> None:
    assert [(f.imposer, f.target) for f in _deadlines(text)] == [(imposer, target)]


def test_its_owner_is_none_when_two_countries_stand_before_it() -> None:
    text = "Washington urged Beijing on Monday to drop its export ban on gallium by November 1."
    assert [(f.imposer, f.target) for f in _deadlines(text) if f.imposer == "US"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The US and China signed a truce. China will cut tariffs on imports from all least"
        " developed countries to zero from December 1.",
        "The US and China signed a truce. Beijing will scrap duties on goods from 50 African"
        " nations starting December 1.",
    ],
)
def test_a_measure_on_other_nations_named_takes_no_target_from_the_pair(text: str) -> None:
    assert [(f.imposer, f.target) for f in _deadlines(text)] == [("China", None)]


def test_an_instrument_with_no_measure_told_before_takes_the_pair() -> None:
    text = (
        "Washington and Beijing extended their truce. Leaders meet in Lima on Dec. 14. The"
        " Section 301 exclusions for 90 product lines expire on Dec. 31."
    )
    facts = _deadlines(text, date(2026, 12, 1))
    assert [(f.date, f.imposer, f.target) for f in facts] == [(date(2026, 12, 31), "US", "China")]
