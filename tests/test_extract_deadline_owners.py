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
