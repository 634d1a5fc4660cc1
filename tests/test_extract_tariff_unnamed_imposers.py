"""A rate on others' goods whose sentence names no imposer ("The duty on Chinese batteries may
climb to 40%"): the imposer the article's earlier facts on those goods establish, none when
they name several, else the US as before; a hedge keeps it speculated, never live.

Sentences written for this test (none copied from an article). Published 2026-03-10.
"""

from __future__ import annotations

from datetime import date

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)
H, A, SP = Status.HAPPENED, Status.ANNOUNCED, Status.SPECULATED
CANADA = "Canada raised its tariff on Chinese steel to 25% on Monday. "


def _keys(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}


def test_earlier_fact_names_the_imposer() -> None:
    text = CANADA + "The duty on Chinese batteries will climb to 40% on April 1."
    assert ("Canada", "China", 40.0, A) in _keys(text)


def test_hedged_rate_stays_speculated() -> None:
    text = CANADA + "The duty on Chinese batteries may climb to 40% next year."
    assert _keys(text) == {("Canada", "China", 25.0, H), ("Canada", "China", 40.0, SP)}


def test_several_imposers_give_none() -> None:
    text = (
        CANADA + "The EU raised its duty on Chinese chips to 50% on Monday. "
        "The duty on Chinese batteries will climb to 40% on April 1."
    )
    assert not any(k[2] == 40.0 for k in _keys(text))


def test_without_earlier_facts_the_us_as_before() -> None:
    text = "The duty on Chinese batteries will climb to 40% in January, a trade official said."
    assert _keys(text) == {("US", "China", 40.0, A)}


def test_us_among_earlier_imposers_keeps_the_us() -> None:
    text = (
        CANADA + "The US raised its duty on Chinese chips to 50% on Monday. "
        "The duty on Chinese batteries will climb to 40% on April 1."
    )
    assert ("US", "China", 40.0, A) in _keys(text)


def test_the_ministry_is_the_body_that_opened_the_story() -> None:
    text = (
        "TOKYO — Japan's trade ministry on Monday tightened checks on Korean steel imports. "
        "The move follows Seoul's 20% duty on Japanese chemicals last week. "
        "The ministry also denied a report that it planned a 25% tariff on Korean ships."
    )
    got = {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}
    assert ("Japan", "South Korea", 25.0, Status.DENIED) in got


def test_a_headline_without_the_origin_is_the_body_s_step() -> None:
    text = (
        "US to raise steel duties to 30%\n\nThe United States will raise its duties on Mexican "
        "steel to 30% next month, officials said."
    )
    facts = tariff_rates(text, PUBLISHED, title="US to raise steel duties to 30%")
    assert {(f.imposer, f.target, f.rate_pct) for f in facts} == {("US", "Mexico", 30.0)}
