"""Second review fixes (stop 28): sentences written for these tests; each "no live fact" test
also reads its positive twin, so it cannot pass on no output."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.export_control import ExportControl
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

LIVE = (Status.HAPPENED, Status.ANNOUNCED, Status.SUSPENDED)


def live_controls(text: str, published: date) -> list[ExportControl]:
    facts = extract_facts(text, published=published)
    return [f for f in facts if isinstance(f, ExportControl) and f.status in LIVE]


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


def tariff_statuses(text: str, published: date) -> list[Status]:
    return [f.status for f in extract_facts(text, published=published) if isinstance(f, TariffRate)]


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        (
            "The president said he would never trust Xi, and raised the levy on Chinese steel"
            " to 60% on Friday.",
            "The president said he would never raise the levy on Chinese steel to 60%.",
        ),
        (
            "Ottawa said it will never forget the dispute, and lifted its duty on Chinese canola"
            " to 75% on Tuesday.",
            "Ottawa said it will never again lift its duty on Chinese canola to 75%.",
        ),
    ],
)
def test_never_rules_out_only_the_step_it_governs(text: str, ruled_out: str) -> None:
    published = date(2026, 9, 3)
    assert tariff_statuses(text, published) == [Status.HAPPENED]
    assert [s for s in tariff_statuses(ruled_out, published) if s in LIVE] == []


@pytest.mark.parametrize(
    "level",
    [
        "The average American duty on Chinese furniture stands at about 30%.",
        "The US levy on Chinese furniture averages roughly 30%, economists say.",
        "The average tariff rate on Chinese furniture is 30%.",
    ],
)
def test_an_average_stated_as_a_level_is_a_statistic(level: str) -> None:
    published = date(2026, 9, 3)
    assert [s for s in tariff_statuses(level, published) if s in LIVE] == []
    # an average that a dated step changes is a fact
    changed = "The average American duty on Chinese furniture will rise to 30% on October 1."
    assert tariff_statuses(changed, published) == [Status.ANNOUNCED]


def test_the_authorities_point_back_to_the_body_that_spoke_before() -> None:
    # "The authorities" resumes "Peru's customs authorities", as "The ministry" would
    published = date(2026, 9, 3)
    text = (
        "Peru's customs authorities published the rule on Monday. The authorities imposed a 40%"
        " tariff on Chinese buses on Tuesday."
    )
    facts = [f for f in extract_facts(text, published=published) if isinstance(f, TariffRate)]
    assert [(f.imposer, f.target) for f in facts] == [("Peru", "China")]
