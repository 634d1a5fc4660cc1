"""Dated starts of tariff steps that the weekday or the publication day fixes (bench/README
"Labelling conventions" 1): a past step for the publication day itself ("doubled its levy on X
to 20% on Thursday" in a Thursday paper) starts its level that day, while the same step on an
earlier day is recounted; a future step to a new level on a weekday to come ("to 30 per cent next
Monday") is a start; a relative aside between a rate and its main verb does not hide the main
clause's start; a future in the past nearer the date than a market's past ("futures fell after
Beijing said it would cut ...") leaves the date ahead.

Every sentence here is written for these tests. Published on Thursday 10 December 2026.
"""

from __future__ import annotations

from datetime import date

from watcher.facts.kinds.deadline.model import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUB = date(2026, 12, 10)


def _dated(text: str) -> set[tuple[date | None, Status]]:
    facts = extract_facts(text, title="", published=PUB, gated=False)
    return {(f.date, f.status) for f in facts if isinstance(f, Deadline)}


def test_a_past_step_on_the_publication_weekday_starts_that_day() -> None:
    text = "China tripled its duty on US almonds to 36 per cent on Thursday, customs said."
    assert _dated(text) == {(PUB, Status.HAPPENED)}


def test_a_passive_step_on_the_publication_weekday_starts_that_day() -> None:
    assert _dated("US duties on Chinese toasters were raised to 45% on Thursday from 30%.") == {
        (PUB, Status.HAPPENED)
    }


def test_a_start_told_in_the_past_for_the_publication_weekday() -> None:
    assert _dated("A 30% US tariff on Chinese kayaks took effect on Thursday.") == {
        (PUB, Status.HAPPENED)
    }


def test_a_past_step_on_an_earlier_weekday_is_recounted() -> None:
    assert _dated("China tripled its duty on US almonds to 36 per cent on Monday.") == set()


def test_the_day_of_a_statement_dates_no_step() -> None:
    text = "China raised its duty on US almonds to 36 per cent, officials said on Thursday."
    assert _dated(text) == set()


def test_a_future_step_to_a_level_next_weekday() -> None:
    text = (
        "Beijing will raise tariffs on US sorghum to as much as 28 per cent next Tuesday, the "
        "commission said."
    )
    assert _dated(text) == {(date(2026, 12, 15), Status.ANNOUNCED)}


def test_a_step_this_coming_weekday() -> None:
    text = "Washington will raise its tariff on Chinese kayaks to 45% this coming Monday."
    assert _dated(text) == {(date(2026, 12, 14), Status.ANNOUNCED)}


def test_a_weighed_step_next_weekday_is_no_start() -> None:
    text = "Beijing may raise tariffs on US sorghum to 28 per cent next Tuesday, analysts said."
    assert all(s is not Status.ANNOUNCED for _, s in _dated(text))


def test_the_main_clause_start_after_a_relative_aside() -> None:
    text = (
        "The 15% US duty on Chinese kayaks, which retailers had fought for a year, will take "
        "effect on January 6."
    )
    assert _dated(text) == {(date(2027, 1, 6), Status.ANNOUNCED)}


def test_a_future_in_the_past_after_a_market_move_is_ahead() -> None:
    text = (
        "Almond prices fell 1.9% after Beijing said it would cut its tariff on US almonds to 5% "
        "from January 3."
    )
    assert _dated(text) == {(date(2027, 1, 3), Status.ANNOUNCED)}
