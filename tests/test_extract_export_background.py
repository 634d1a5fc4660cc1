"""When an export-control step is news: a statement dated to an earlier period, said in a past
month after its verb or dated in a past month is background (said in a later month, it was last
year's), one dated by its day or this month is news; a date in the control's relative clause ("the
controls it announced in October") dates the control, not the step; a past year after the step's
verb makes it history, the article's own year leaves it live.

Sentences written for these tests. Published on Monday 1 June 2026.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import LIVE, frame, live_controls
from watcher.facts.kinds.export_control import ExportControl
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)
live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The White House said in July it would grant licences for AI processor sales to China.",
        "Beijing announced last month it would restrict exports of antimony to the US.",
    ],
)
def test_a_statement_dated_to_an_earlier_period_is_background(text: str) -> None:
    facts = extract_facts(text, published=date(2026, 9, 15))
    assert not [f for f in facts if isinstance(f, ExportControl) and f.status in LIVE]


def test_a_statement_dated_by_its_day_or_this_month_is_news() -> None:
    for text in (
        "The White House said on Monday it would grant licences for AI processor sales to China.",
        "The White House said in September it would grant licences for AI processor sales to"
        " China.",
    ):
        facts = extract_facts(text, published=date(2026, 9, 15))
        [fact] = [f for f in facts if isinstance(f, ExportControl)]
        assert (frame(fact), fact.status) == (("US", "China", "chips", "lifted"), Status.ANNOUNCED)


def test_a_statement_said_in_a_later_month_was_last_years() -> None:
    text = (
        "The White House said in October it would grant licences for AI processor sales to China."
    )
    facts = extract_facts(text, published=date(2027, 1, 10))
    assert not [f for f in facts if isinstance(f, ExportControl) and f.status in LIVE]


@pytest.mark.parametrize(
    ("earlier", "twin"),
    [
        (  # said at the end in an earlier month
            "The Dutch government approved licences for lithography tool sales to China,"
            " a ministry spokeswoman said in March.",
            "The Dutch government approved licences for lithography tool sales to China,"
            " a ministry spokeswoman said.",
        ),
        (  # the step itself dated by an earlier month with no day
            "Officials in Washington said on Friday they had revoked licences for chip"
            " exports to China in April.",
            "Officials in Washington said on Friday they had revoked licences for chip"
            " exports to China.",
        ),
        (  # a later month than the article's was last year's
            "Beijing said on Tuesday it had approved licences for rare earth exports to the US"
            " in November.",
            "Beijing said on Tuesday it had approved licences for rare earth exports to the US.",
        ),
    ],
)
def test_a_step_told_as_earlier_news_after_its_verb_is_background(earlier: str, twin: str) -> None:
    assert not live(earlier)
    assert len(live(twin)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the article's own month is today's news
        "Beijing said on Tuesday it had approved licences for rare earth exports to the US"
        " in June.",
        # a month ahead of a step still to come announces it
        "Washington will revoke licences for chip exports to China in September, officials said.",
        # a month in another clause dates another act
        "Washington revoked licences for chip exports to China, after Beijing curbed magnet"
        " exports in April.",
    ],
)
def test_a_month_that_is_not_earlier_news_keeps_the_step(text: str) -> None:
    assert len(live(text)) == 1


@pytest.mark.parametrize(
    ("text", "frame_"),
    [
        (
            "China halted the export controls it announced in October, the ministry said.",
            ("China", "all", "unspecified", "suspended"),
        ),
        (
            "The US paused the chip export rules that it introduced in March, officials said.",
            ("US", "all", "chips", "suspended"),
        ),
        (
            "Tokyo lifted the export restrictions imposed in 2024 on Tuesday.",
            ("Japan", "all", "unspecified", "lifted"),
        ),
        (
            "Seoul reinstated the chip export curbs that it paused in 2025, officials said.",
            ("South Korea", "all", "chips", "new"),
        ),
    ],
)
def test_a_date_in_the_controls_relative_clause_leaves_the_step_live(
    text: str, frame_: tuple[str, str, str, str]
) -> None:
    assert [frame(f) for f in live(text)] == [frame_]


@pytest.mark.parametrize(
    "text",
    [
        "Washington paused licence requirements for some Chinese carriers in 2019.",
        "Beijing first imposed export controls on graphite in 2023.",
        "Tokyo tightened export controls on chip tools to China back in March 2024.",
    ],
)
def test_a_past_year_after_the_step_makes_it_history(text: str) -> None:
    assert live(text) == []


def test_a_year_of_the_articles_own_after_the_step_leaves_it_live() -> None:
    text = "Beijing first imposed export controls on graphite in 2026."
    assert [f.measure for f in live(text)] == ["new"]
