"""Conditions and what-ifs around a tariff step: a condition told by inversion ("Had ...") is no
news, while "had" as a main verb is no condition; a reported "would" does not reach a later past
clause of its own, and a bare verb under "would" stays announced; an analyst's what-if (an
indefinite rate phrase whose modal says what the duty would do) is speculated, a measure's own
modal or a relative clause is no what-if.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import Key, alerting_keys, tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A = Status.HAPPENED, Status.ANNOUNCED


def _alerting(text: str) -> set[Key]:
    return alerting_keys(text, PUBLISHED)


# --- a condition told by inversion


@pytest.mark.parametrize(
    "text",
    [
        "Had Washington imposed a 70% tariff on Chinese toys, prices would have doubled, "
        "economists said.",
        "Were Beijing to raise its tariff on US sorghum to 40%, growers would lose the market.",
        "Should the US impose a 30% duty on Chinese cranes, ports would pay more.",
    ],
)
def test_inverted_condition_is_no_news(text: str) -> None:
    assert _alerting(text) == set()


def test_had_as_a_main_verb_is_no_condition() -> None:
    got = _alerting("Had enough, Beijing raised its tariff on US corn to 30% on Monday.")
    assert got == {("China", "US", 30.0, H)}


# --- a reported "would" does not reach a later past clause of its own


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The premier said he would never bow to pressure, and on Friday raised the duty on "
            "Chinese glass to 40%.",
            {("US", "China", 40.0, H)},  # no imposer named: the domain's default
        ),
        (
            "Trump said he would never give in, and on Friday raised the tariff on Chinese "
            "bicycles to 45%.",
            {("US", "China", 45.0, H)},
        ),
        (
            "Xi said China would not be bullied, and on Thursday Beijing raised its tariff on "
            "American corn to 35%.",
            {("China", "US", 35.0, H)},
        ),
    ],
)
def test_past_clause_after_reported_would(
    text: str, want: set[tuple[str, str, float, Status]]
) -> None:
    assert _alerting(text) == want


def test_bare_verb_under_would_stays_announced() -> None:
    """ "would meet Xi, and cut the tariff": "cut" may be the bare verb under "would"."""
    got = _alerting("Trump said he would meet Xi, and cut the tariff on Chinese lamps to 10%.")
    assert got == {("US", "China", 10.0, A)}


# --- a what-if: an indefinite rate phrase whose modal verb says what the duty would do


@pytest.mark.parametrize(
    "text",
    [
        "A 45% tariff on Chinese goods would shave a point off China's growth, analysts said.",
        "Economists said a tariff of 70% on Chinese toys could cost retailers $5 billion.",
        "Under that scenario, US duties on Chinese pumps would climb to 90%, the bank said.",
    ],
)
def test_an_analysts_what_if_is_speculated(text: str) -> None:
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.SPECULATED]


@pytest.mark.parametrize(
    "text",
    [
        "Washington said a 45% tariff on Chinese pumps would take effect on June 1.",
        "The US said it would impose a 45% tariff on Chinese pumps that would raise costs.",
    ],
)
def test_a_measures_own_modal_or_a_relative_clause_is_no_what_if(text: str) -> None:
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.ANNOUNCED]


# --- what a lapse would bring back, and a cut offered on a condition


@pytest.mark.parametrize(
    "text",
    [
        "If the deal collapses, the US duty on Brazilian coffee would then shoot back to 50%.",
        "Should the pause run out, Canada's levy on US steel would in theory climb back to 25%.",
    ],
)
def test_a_rate_a_lapse_would_bring_back_is_no_fact(text: str) -> None:
    assert tariff_rates(text, PUBLISHED) == []


def test_a_cut_offered_on_a_condition_is_speculated() -> None:
    (fact,) = tariff_rates(
        "Carney said Canada's levy on US cars could drop to 5%, perhaps lower, if Washington "
        "lifts its steel duties.",
        PUBLISHED,
    )
    assert (fact.imposer, fact.target, fact.rate_pct, fact.status) == (
        "Canada",
        "US",
        5.0,
        Status.SPECULATED,
    )


def test_a_rise_warned_on_a_condition_stays_threatened() -> None:
    (fact,) = tariff_rates(
        "Trump said the tariff on Indian goods could rise to 50% if New Delhi keeps buying "
        "Russian oil.",
        PUBLISHED,
    )
    assert fact.status is Status.THREATENED
