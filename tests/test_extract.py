"""Table-driven tests of the rule-based extractor: one invented sentence per phenomenon."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.test_extract_cases import FRIDAY, MONDAY, PATTERN_CASES, SATURDAY, Case
from watcher.facts.extract import load_gazetteer
from watcher.facts.extract.numbers import word_to_number
from watcher.facts.extract.rates import find_rates
from watcher.facts.extract.sentences import split_sentences
from watcher.facts.registry import Deadline, LeaderContact, TariffRate, extract_facts
from watcher.models import Status

CASES = [
    Case(
        "direction-us-on-china",
        "Washington raised its tariffs on Chinese goods to 54% on Tuesday.",
        [{"kind": "tariff_rate", "imposer": "US", "target": "China", "rate_pct": 54.0}],
    ),
    Case(
        "direction-china-on-us",
        "Beijing said it would lift its duties on American products to 34%.",
        [{"kind": "tariff_rate", "imposer": "China", "target": "US", "rate_pct": 34.0}],
    ),
    Case(
        "previous-rate-from-to",
        "Ottawa cut its tariff on U.S. steel from 25% to 10% this week.",
        [
            {
                "imposer": "Canada",
                "target": "US",
                "product": "steel",
                "rate_pct": 10.0,
                "previous_pct": 25.0,
            }
        ],
    ),
    Case(
        "previous-rate-doubled",
        "The president doubled the levy on Mexican imports to 20%.",
        [{"imposer": "US", "target": "Mexico", "rate_pct": 20.0, "previous_pct": 10.0}],
    ),
    Case(
        "previous-rate-up-from",
        "The administration imposed a 35% tariff on Canadian goods on Friday, up from 25%.",
        [
            {"imposer": "US", "target": "Canada", "rate_pct": 35.0, "previous_pct": 25.0},
            # Friday is the publication day: the step's start (bench/README conventions 1)
            {"kind": "deadline", "date": FRIDAY, "status": Status.HAPPENED},
        ],
    ),
    Case(
        "range-lower-bound",
        "Officials said the duty on Japanese goods could land between 10% and 25%.",
        [{"target": "Japan", "rate_pct": 10.0, "status": Status.SPECULATED}],
    ),
    Case(
        "up-to-rate",
        "Brussels approved retaliatory tariffs of up to 25% on US goods.",
        [{"imposer": "EU", "target": "US", "rate_pct": 25.0}],
    ),
    Case(
        "other-pair-with-product",
        "Canada imposed 25% tariffs on American vehicles last week.",
        [
            {
                "imposer": "Canada",
                "target": "US",
                "product": "autos",
                "rate_pct": 25.0,
                "status": Status.HAPPENED,
            }
        ],
    ),
    Case(
        "percentage-points-are-not-rates",
        "Import prices rose 3 percentage points after the tariff announcement.",
        [],
    ),
    Case(
        "number-spelled-out",
        "The United States will impose a twenty-five per cent tariff on Brazilian goods.",
        [{"imposer": "US", "target": "Brazil", "rate_pct": 25.0, "status": Status.ANNOUNCED}],
    ),
    Case(
        "threat-with-if",
        "If Beijing retaliates, Washington will impose an extra 50% tariff on Chinese goods.",
        [{"imposer": "US", "target": "China", "rate_pct": 50.0, "status": Status.THREATENED}],
    ),
    Case(
        "suspension-pause",
        "The president paused the new 25% tariffs on Mexican goods for a month.",
        [{"target": "Mexico", "rate_pct": 25.0, "status": Status.SUSPENDED}],
    ),
    Case(
        "effective-weekday-resolved",
        "China's 34% tariff on US goods will take effect on Thursday.",
        [{"imposer": "China", "rate_pct": 34.0, "effective": date(2025, 4, 10)}],
        published=SATURDAY,
        # the start on Thursday is a deadline fact too (its edge verb ties the weekday)
        kinds=("tariff_rate",),
    ),
    Case(
        "effective-calendar-date",
        "Washington will raise duties on steel imports to 50% from June 4.",
        [{"imposer": "US", "target": "all", "product": "steel", "effective": date(2025, 6, 4)}],
        published=date(2025, 5, 31),
        kinds=("tariff_rate",),
    ),
    Case(
        "sector-products-split",
        "Tariffs on steel and aluminum imports will double to 50% next month.",
        [
            {"product": "steel", "previous_pct": 25.0},
            {"product": "aluminium", "previous_pct": 25.0},
        ],
    ),
    Case(
        "background-rate-not-labelled",
        "The 20% tariff imposed in 2018 remains in place.",
        [],
    ),
    Case(
        "call-happened-weekday",
        "Donald Trump and Vladimir Putin spoke by phone on Thursday.",
        [
            {
                "kind": "leader_contact",
                "participants": ("Putin", "Trump"),
                "mode": "call",
                "date": date(2025, 6, 5),
                "status": Status.HAPPENED,
            }
        ],
    ),
    Case(
        "hedged-call-is-speculated",
        "Trump and Xi Jinping are expected to speak by phone later this month.",
        [{"kind": "leader_contact", "participants": ("Trump", "Xi"), "status": Status.SPECULATED}],
    ),
    Case(
        "denied-call",
        "China's foreign ministry denied that Xi Jinping had spoken with Donald Trump by phone.",
        [{"kind": "leader_contact", "participants": ("Trump", "Xi"), "status": Status.DENIED}],
    ),
    Case(
        "meeting-with-calendar-date",
        "Narendra Modi met Donald Trump at the White House on February 13.",
        [
            {
                "kind": "leader_contact",
                "participants": ("Modi", "Trump"),
                "mode": "meeting",
                "date": date(2025, 2, 13),
                "status": Status.HAPPENED,
            }
        ],
        published=date(2025, 2, 14),
    ),
    Case(
        "previous-call-since-date",
        "It was the first call between Trump and Xi since January 17.",
        [
            {"participants": ("Trump", "Xi"), "date": None, "status": Status.HAPPENED},
            {"participants": ("Trump", "Xi"), "date": date(2025, 1, 17), "status": Status.HAPPENED},
        ],
    ),
    Case(
        "minister-contact-ignored",
        "The trade ministers of Japan and India spoke by phone on Monday.",
        [],
    ),
    Case(
        "deadline-moved",
        "The White House delayed the July 9 tariff deadline to August 1.",
        [
            {"kind": "deadline", "date": date(2025, 7, 9), "status": Status.SUSPENDED},
            {"kind": "deadline", "date": date(2025, 8, 1), "status": Status.ANNOUNCED},
        ],
        published=MONDAY,
        kinds=("deadline",),
    ),
    Case(
        "deadline-extended-by-days",
        "Trump extended the July 9 tariff deadline by 90 days.",
        [
            {"kind": "deadline", "date": date(2025, 7, 9), "status": Status.SUSPENDED},
            {"kind": "deadline", "date": date(2025, 10, 7), "status": Status.ANNOUNCED},
        ],
        published=MONDAY,
        kinds=("deadline",),
    ),
    Case(
        "deadline-from-dated-pause",
        "Under the trade deal, a 90-day pause agreed on May 12 halts the higher tariffs.",
        [{"kind": "deadline", "date": date(2025, 8, 10)}],
        published=date(2025, 5, 13),
        kinds=("deadline",),
    ),
    Case(
        "deadline-in-a-threat",
        "If no deal is reached by November 1, Washington will raise tariffs on Chinese goods.",
        [{"kind": "deadline", "date": date(2025, 11, 1), "imposer": "US", "target": "China"}],
        published=date(2025, 10, 10),
        kinds=("deadline",),
    ),
    *PATTERN_CASES,
]


def _matches(fact: Any, want: dict[str, Any]) -> bool:
    return all((fact.kind if k == "kind" else getattr(fact, k, None)) == v for k, v in want.items())


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_phenomenon(case: Case) -> None:
    """Each phenomenon yields exactly the expected facts, in order, with exact evidence."""
    facts = [f for f in extract_facts(case.text, published=case.published) if f.kind in case.kinds]
    assert len(facts) == len(case.expected), facts
    for fact, want in zip(facts, case.expected, strict=True):
        assert _matches(fact, want), (fact, want)
        assert fact.evidence in case.text


def test_evidence_is_a_substring_across_wrapped_lines() -> None:
    """A sentence wrapped over lines keeps its exact text as evidence."""
    text = "Beijing said it will impose a 34% tax on\n\t\tall U.S. imports next week.\nMore news"
    facts = extract_facts(text, published=SATURDAY)
    assert [f.evidence for f in facts] == [text[: text.index("week.") + 5]]


def test_weekday_without_publication_date_is_unknown() -> None:
    """Without `published`, a weekday cannot be resolved and no clock is consulted."""
    facts = extract_facts("Donald Trump and Vladimir Putin spoke by phone on Thursday.")
    assert isinstance(facts[0], LeaderContact)
    assert facts[0].date is None


def test_user_gazetteer_extends_defaults(tmp_path: Path) -> None:
    """A user YAML file adds names without losing the packaged ones."""
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "countries:\n  Atlantis:\n    aliases: [Atlantis]\n    adjectives: [Atlantean]\n"
    )
    facts = extract_facts(
        "Washington imposed a 15% tariff on Atlantean goods.",
        published=FRIDAY,
        gazetteer_path=extra,
    )
    assert isinstance(facts[0], TariffRate)
    assert (facts[0].imposer, facts[0].target) == ("US", "Atlantis")
    assert load_gazetteer(extra).countries.lookup["Beijing"] == ("China", False)


def test_desk_countries_are_read_from_the_gazetteer(tmp_path: Path) -> None:
    """The desk's pair of countries (contacts `_desk_pair`) is data: countries.yaml marks US
    and China `desk: true`, and a user's file may mark another."""
    assert load_gazetteer().desk_countries == {"US", "China"}
    extra = tmp_path / "extra.yaml"
    extra.write_text("countries:\n  Atlantis:\n    desk: true\n    aliases: [Atlantis]\n")
    assert load_gazetteer(extra).desk_countries == {"US", "China", "Atlantis"}


def test_word_numbers() -> None:
    """Spelled-out numbers convert, including hundreds."""
    assert word_to_number("twenty-five") == 25
    assert word_to_number("one hundred and forty-five") == 145


def test_rates_pairing_keeps_previous_out_of_the_list() -> None:
    """'from 145% to 30%' is one rate with a previous level, not two rates."""
    assert [(r.value, r.previous) for r in find_rates("from 145% to 30%")] == [(30.0, 145.0)]


def test_sentences_keep_abbreviations_together() -> None:
    """'U.S.' and 'Aug.' do not end a sentence."""
    text = "The U.S. tariff starts Aug. 1 this year. Then talks resume."
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. tariff starts Aug. 1 this year.",
        "Then talks resume.",
    ]


def test_deadline_fact_type() -> None:
    """Deadlines come back as `Deadline` with the parties of the tariff measure."""
    facts = extract_facts(
        "Trump set an August 1 deadline for the 50% tariff on Brazilian goods.",
        published=date(2025, 7, 10),
    )
    deadlines = [f for f in facts if isinstance(f, Deadline)]
    assert [(d.date, d.target) for d in deadlines] == [(date(2025, 8, 1), "Brazil")]


def test_unicode_case_folding_is_no_crash() -> None:
    """The regexes match case-insensitively, Unicode included; a word that matches only by
    folding (a long s, a dotless i) is no alias and no crash."""
    text = "The US raised tariffs on Chinese \u017fteel to 50% ye\u017fterday; ch\u0131cken too."
    facts = extract_facts(text, published=date(2025, 1, 1))
    assert all(f.evidence == text for f in facts)
