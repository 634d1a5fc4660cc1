"""The subject and the verb of an export-control step: the subject imposes, not the origin of goods
taxed alongside ("a tariff on goods from China, along with export controls"), and the origin alone
names no imposer; the verb that takes a rule is the step, not a participle in the rule's name
("pause its rule extending export curbs"). A rejected claim of something else does not deny the
step, and "last month" told after the verb is news while it ended days ago.

Sentences written for these tests. Published on Wednesday 6 May 2026 unless a test gives its own
date.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls
from watcher.facts.kinds.export_control import ExportControl
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 5, 6)
controls = partial(export_controls, published=PUBLISHED)
LIVE = (Status.HAPPENED, Status.ANNOUNCED, Status.SUSPENDED)


def live_controls(text: str, published: date) -> list[ExportControl]:
    facts = extract_facts(text, published=published)
    return [f for f in facts if isinstance(f, ExportControl) and f.status in LIVE]


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        (
            "President Trump said he would put a 60% tariff on products from China from June 1,"
            " together with export controls on design software.",
            "US",
        ),
        (
            "Beijing said it would impose a 20% tariff on imports from the United States, along"
            " with export controls on graphite.",
            "China",
        ),
        (
            "President Trump said he would put a 60% tariff on goods made in China, together with"
            " export controls on design software.",
            "US",
        ),
    ],
)
def test_the_origin_of_taxed_goods_is_not_the_imposer(text: str, imposer: str) -> None:
    assert [(f.imposer, f.measure, f.status) for f in controls(text)] == [
        (imposer, "new", Status.ANNOUNCED)
    ]


def test_the_origin_alone_names_no_imposer() -> None:
    text = (
        "A new 60% tariff on goods from China will come with export controls on design"
        " software, officials said."
    )
    assert controls(text) == []  # no actor named: no fact rather than a guess


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Washington said it would suspend its rule extending export curbs to units of"
            " blacklisted firms for six months.",
            "all",
        ),
        (
            "The US on Tuesday froze a regulation tightening export controls on chip tools sold"
            " to China.",
            "China",
        ),
        (
            "Washington will postpone its rule restricting memory chip exports to China by 90"
            " days.",
            "China",
        ),
    ],
)
def test_the_verb_taking_a_rule_is_the_step_not_its_participle(text: str, target: str) -> None:
    assert [(f.imposer, f.target, f.measure, f.status) for f in controls(text)] == [
        ("US", target, "suspended", Status.SUSPENDED)
    ]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "Washington said it would extend export curbs to units of blacklisted Chinese firms.",
            "tightened",
        ),
        ("The US suspended a rule that extended export curbs to chip tools.", "suspended"),
    ],
)
def test_a_step_of_its_own_is_kept(text: str, measure: str) -> None:
    assert [f.measure for f in controls(text)] == [measure]


def test_a_rejected_claim_of_something_else_does_not_deny_the_step() -> None:
    # the claims rejected are about dumping; the ban is stated as done
    published = date(2026, 9, 3)
    text = (
        "Hanoi dismissed allegations of subsidies and on Tuesday curbed exports of tungsten"
        " to China."
    )
    assert [f.status for f in live_controls(text, published)] == [Status.HAPPENED]
    # a rejected report of the step itself, in a "that" clause, still denies it
    twin = "Hanoi dismissed allegations that it had curbed exports of tungsten to China."
    assert not live_controls(twin, published)
    facts = extract_facts(twin, published=published)
    assert [f.status for f in facts if isinstance(f, ExportControl)] == [Status.DENIED]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing curbed exports of antimony to the US in late August, the commerce ministry said.",
        "Beijing said on Tuesday it had curbed exports of antimony to the US in August.",
    ],
)
def test_last_month_told_after_the_verb_is_news_while_it_ended_days_ago(text: str) -> None:
    # August ended three days before a paper of September 3: this week's news, not background
    [fact] = live_controls(text, date(2026, 9, 3))
    assert fact.status is Status.HAPPENED
    # the same month read three weeks after it ended is background
    assert not live_controls(text, date(2026, 9, 21))
