"""A cue's reach and a clause's time: a word in one clause or phrase must not change a fact of
another (a counterfactual "keep ... from" reaching a date range after a comma, a trailing
comment's hedge or past time, an opener's month before a "currently" clause).

Every sentence is written for these tests; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

from tests.tariff_helpers import tariff_rates
from watcher.facts.extract.modality import modality
from watcher.facts.kinds.deadline.model import Deadline
from watcher.facts.registry import extract_facts

MARCH = date(2027, 3, 9)
DECEMBER = date(2027, 12, 2)
_ALERTING = {"announced", "happened", "suspended"}


def _rates(text: str, published: date = MARCH) -> set[tuple[str, str, str, float]]:
    return {
        (f.status.value, f.imposer or "", f.target or "", f.rate_pct)
        for f in tariff_rates(text, published)
    }


def _deadlines(text: str, published: date = MARCH) -> set[tuple[str, date | None]]:
    return {
        (f.status.value, f.date)
        for f in extract_facts(text, published=published, gated=False)
        if isinstance(f, Deadline)
    }


def _at(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def test_keep_from_a_verb_of_its_clause_is_counterfactual() -> None:
    text = "The accord keeps the Canadian duty on US dairy from climbing to 40% next year."
    found = modality(text, _at(text, "40%"))
    assert found is not None
    assert found.category == "counterfactual"


def test_keep_does_not_reach_a_date_range_after_a_comma() -> None:
    text = (
        "Ottawa agreed on Monday to keep its surtax on US boats on hold for four more months, "
        "moving the deadline from Aug. 3 to Dec. 3."
    )
    assert modality(text, _at(text, "Dec. 3")) is None
    got = _deadlines(text)
    assert ("announced", date(2027, 12, 3)) in got
    assert not {s for s, d in got if d == date(2027, 8, 3)} - {"suspended"}


def test_a_move_after_a_comma_stays_counterfactual_when_from_governs_a_verb() -> None:
    text = "A court ruling on Friday stopped Mexico from imposing a 35% tariff on US pork."
    assert not {r for r in _rates(text) if r[0] in _ALERTING}


def test_a_trailing_comment_does_not_hedge_the_step() -> None:
    text = (
        "Canada will lower its tariff on US lumber to 8% from 15% from April 6, a step exporters "
        "said might restore sales."
    )
    assert ("announced", "Canada", "US", 8.0) in _rates(text)
    assert ("announced", date(2027, 4, 6)) in _deadlines(text)


def test_a_which_comment_with_a_reported_modal_does_not_hedge_the_step() -> None:
    text = (
        "Mexico will impose a 30% tariff on US apples from May 3, which growers warned could cost "
        "them their biggest market."
    )
    assert {r for r in _rates(text) if r[0] in _ALERTING} == {("announced", "Mexico", "US", 30.0)}


def test_a_which_clause_about_the_rate_still_governs_it() -> None:
    """ "a 30% tariff, which X had warned about": the relative clause is the tariff's own."""
    text = (
        "The deal came days before a Canadian deadline to impose a 30% tariff on US wine, which "
        "Ottawa had warned about for weeks."
    )
    assert not {r for r in _rates(text) if r[0] in _ALERTING}


def test_the_hedge_of_the_main_clause_stays() -> None:
    text = "Canada could cut its tariff on US lumber to 8% from April 6, a step exporters want."
    assert not {r for r in _rates(text) if r[0] in _ALERTING}


def test_a_past_time_in_a_trailing_comment_is_not_the_step_s() -> None:
    text = (
        "Canada will cut its tariff on US beef to 6% from April 1, a move that could revive sales "
        "that collapsed in early 2025."
    )
    assert ("announced", "Canada", "US", 6.0) in _rates(text)


def test_an_opener_s_month_does_not_date_a_currently_clause() -> None:
    text = (
        "Under the pact sealed in Ottawa in June, Canada currently applies a 12% tariff on US "
        "steel."
    )
    assert ("happened", "Canada", "US", 12.0) in _rates(text, DECEMBER)


def test_an_opener_s_month_still_dates_a_past_step() -> None:
    text = "Under the pact sealed in Ottawa in June, Canada cut its tariff on US steel to 12%."
    assert not _rates(text, DECEMBER)


def test_now_before_a_past_verb_keeps_the_opener_s_time() -> None:
    text = "In June 2025, Canada now applied a 12% tariff on US steel."
    assert not _rates(text, DECEMBER)
