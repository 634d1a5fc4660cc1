"""Tariff steps told as not taken or only recommended: a negated step ("did not raise",
"hasn't imposed", "never levied") is denied, a recommended one ("should cut", "ought to
raise") is no step; near-misses keep their facts.

Sentences written for this test (none copied from an article). Published 2026-03-10.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)
H, A = Status.HAPPENED, Status.ANNOUNCED
ALERTING = {H, A, Status.SUSPENDED}


def _alerting(text: str) -> set[tuple[str, str, float, Status]]:
    return {
        (f.imposer, f.target, f.rate_pct, f.status)
        for f in tariff_rates(text, PUBLISHED)
        if f.status in ALERTING
    }


@pytest.mark.parametrize(
    "text",
    [
        "The US did not raise tariffs on Chinese goods to 60% on Monday, contrary to reports.",
        "China hasn't imposed its 15% levy on American coal yet.",
        "Washington never levied the 50% duty on Chinese steel.",
        "Ottawa has not yet slapped a 25% surtax on US aluminium.",
        "Beijing didn\u2019t cut its tariff on US cars to 15% last week.",
    ],
)
def test_negated_step_gives_no_alerting_fact(text: str) -> None:
    """A step the sentence says was not taken is no news that it was."""
    assert _alerting(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The US should cut its tariff on Chinese toys to 10%, economists said.",
        "Washington ought to raise its levy on Chinese electric cars to 100%, a senator said.",
    ],
)
def test_recommended_step_gives_no_alerting_fact(text: str) -> None:
    """What someone says a party should do is advice, not a step."""
    assert _alerting(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a negation of something else leaves the coordinated step
        ("Beijing did not comment, and raised its tariff on US pork to 25% on Monday.",
         {("China", "US", 25.0, H)}),
        # a negated saying is not a negated step
        ("The ministry did not say why China raised its levy on US beef to 20% on Monday.",
         {("China", "US", 20.0, H)}),
        # "must" may be a deal's duty, no advice
        ("By April 1, the US must cut the duty on Korean goods to 12%.",
         {("US", "South Korea", 12.0, A)}),
        # "must pay" tells what a payer is charged, no advice
        ("Importers must pay a 25% tariff on Chinese steel from March 20.",
         {("US", "China", 25.0, A)}),
    ],
)  # fmt: skip
def test_near_misses_keep_their_fact(text: str, want: set) -> None:
    assert _alerting(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Reports that Beijing raised its levy on US beef to 25% were false, the ministry said.",
        "It is not true that the US cut its tariff on Chinese goods to 50%, the White House said.",
    ],
)
def test_claim_said_to_be_false_gives_no_alerting_fact(text: str) -> None:
    assert _alerting(text) == set()


def test_falsity_of_another_claim_keeps_the_step() -> None:
    text = (
        "China raised its tariff on US beef to 25% on Monday, the ministry said, adding that "
        "reports of a 40% duty were false."
    )
    assert _alerting(text) == {("China", "US", 25.0, H)}
