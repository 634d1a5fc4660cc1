"""Rule evaluation: triggers against compared facts, keywords, the clock, templates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from watcher.alerting.alerts import render_alert
from watcher.alerting.rules import Rule, RuleSet, load_rules
from watcher.alerting.rules.examples import run_examples
from watcher.alerting.rules.template import render
from watcher.facts.baseline import known_state, load_baseline
from watcher.facts.known import Assessed, Comparison, KnownFact, KnownState, Outcome, Provenance
from watcher.facts.registry import Deadline, Fact, LeaderContact, TariffRate
from watcher.models import Article, Status
from watcher.pipeline import facts_of

ROOT = Path(__file__).parent.parent
ARTICLE = Article(
    "wire",
    "a1",
    "Headline",
    "Body text.",
    "https://example.org/a1",
    datetime(2025, 10, 10, tzinfo=UTC),
)
PROV = Provenance("seed", datetime(2025, 6, 1, tzinfo=UTC))


def rule(trigger: dict[str, Any], **extra: Any) -> Rule:
    data = {"id": "r", "description": "test rule", "trigger": trigger, "message": "m", **extra}
    return TypeAdapter(Rule).validate_python(data)


def rate(
    pct: float, status: Status = Status.HAPPENED, imposer: str = "US", previous: float | None = None
) -> TariffRate:
    target = "China" if imposer == "US" else "US"
    return TariffRate(status, "ev", imposer, target, "all goods", float(pct), previous)


def compared(fact: Fact, outcome: Outcome, known: Fact | None = None) -> Assessed:
    known_fact = KnownFact(known, PROV) if known else None
    return Assessed(ARTICLE, (Comparison(fact, outcome, known_fact),))


def verdict(r: Rule, item: Assessed, tags: frozenset[str] = frozenset()) -> str:
    [v] = RuleSet([r]).explain(item, tags)
    return "FIRES" if v.fired else v.reason


TARIFF = {"type": "tariff_rate", "imposer": ["US"], "target": "China"}


@pytest.mark.parametrize(
    ("trigger", "item", "expected"),
    [
        (TARIFF, compared(rate(54), Outcome.CHANGED, rate(30)), "FIRES"),
        (
            TARIFF,
            compared(rate(30), Outcome.CONFIRMED, rate(30)),
            "adds a source to an alert raised for it",
        ),
        (
            TARIFF,
            compared(rate(30, imposer="China"), Outcome.NEW),
            "imposer China is not one of US",
        ),
        (
            TARIFF,
            compared(rate(100, Status.THREATENED), Outcome.CHANGED, rate(30)),
            "status threatened is not one of happened, announced",
        ),
        (
            {**TARIFF, "status": "threatened"},
            compared(rate(100, Status.THREATENED), Outcome.CHANGED, rate(30)),
            "FIRES",
        ),
        (
            {**TARIFF, "change": "increased"},
            compared(rate(20), Outcome.CHANGED, rate(30)),
            "the rate moved -10 points, the rule wants increased",
        ),
        ({**TARIFF, "change": "decreased"}, compared(rate(20), Outcome.CHANGED, rate(30)), "FIRES"),
        ({**TARIFF, "change": "increased"}, compared(rate(20, previous=10), Outcome.NEW), "FIRES"),
        (
            {**TARIFF, "change": "increased"},
            compared(rate(20), Outcome.NEW),
            "no earlier rate to tell whether it increased",
        ),
        (
            {**TARIFF, "change": "new"},
            compared(rate(54), Outcome.CHANGED, rate(30)),
            "change is changed, the rule wants new",
        ),
        (
            {**TARIFF, "min_change_pts": 5},
            compared(rate(32), Outcome.CHANGED, rate(30)),
            "the rate moved 2 points, less than min_change_pts",
        ),
        (
            {**TARIFF, "product": "steel"},
            compared(rate(54), Outcome.CHANGED, rate(30)),
            "product all goods is not one of steel",
        ),
    ],
    ids=[
        "changed",
        "confirmed",
        "other-imposer",
        "threat-not-counted",
        "threat-rule",
        "not-increased",
        "decreased",
        "new-with-previous",
        "new-without-reference",
        "wants-new",
        "too-small",
        "other-product",
    ],
)
def test_tariff_trigger(trigger: dict[str, Any], item: Assessed, expected: str) -> None:
    """Each tariff condition either passes or names why the rule stayed quiet."""
    result = verdict(rule(trigger), item)
    assert expected in result


CALL = LeaderContact(Status.HAPPENED, "ev", ("Trump", "Xi"), "call", date(2025, 9, 19))


@pytest.mark.parametrize(
    ("trigger", "item", "expected"),
    [
        (
            {"type": "leader_contact", "participants": ["Trump", "Xi"]},
            compared(CALL, Outcome.NEW),
            "FIRES",
        ),
        (
            {"type": "leader_contact", "participants": ["Trump", "Putin"]},
            compared(CALL, Outcome.NEW),
            "do not include Putin",
        ),
        (
            {"type": "leader_contact", "participants": {"any_of": ["Putin", "Xi"]}},
            compared(CALL, Outcome.NEW),
            "FIRES",
        ),
        (
            {"type": "leader_contact", "mode": "meeting"},
            compared(CALL, Outcome.NEW),
            "mode call is not meeting",
        ),
        (
            {"type": "leader_contact"},
            compared(CALL, Outcome.CONFIRMED, CALL),
            "adds a source to an alert raised for it",
        ),
        (
            {"type": "leader_contact", "status": "planned"},
            compared(CALL, Outcome.NEW),
            "status happened is not one of planned",
        ),
    ],
    ids=["pair", "other-pair", "any-of", "mode", "once-per-contact", "status"],
)
def test_contact_trigger(trigger: dict[str, Any], item: Assessed, expected: str) -> None:
    """Contacts fire once, for the right people, mode and status."""
    assert expected in verdict(rule(trigger), item)


def deadline(day: date, status: Status = Status.ANNOUNCED) -> Deadline:
    return Deadline(status, "ev", "tariff truce ends", day, "US", "China")


@pytest.mark.parametrize(
    ("trigger", "item", "expected"),
    [
        ({"type": "deadline"}, compared(deadline(date(2025, 8, 12)), Outcome.NEW), "FIRES"),
        (
            {"type": "deadline", "events": "moved", "moved": "later"},
            compared(deadline(date(2025, 11, 10)), Outcome.CHANGED, deadline(date(2025, 8, 12))),
            "FIRES",
        ),
        (
            {"type": "deadline", "events": "moved", "moved": "later"},
            compared(deadline(date(2025, 7, 1)), Outcome.CHANGED, deadline(date(2025, 8, 12))),
            "moved earlier, not later",
        ),
        (
            {"type": "deadline", "events": "set"},
            compared(deadline(date(2025, 11, 10)), Outcome.CHANGED, deadline(date(2025, 8, 12))),
            "the deadline was moved; the rule fires on set",
        ),
        (
            {"type": "deadline", "what": "copper"},
            compared(deadline(date(2025, 8, 1)), Outcome.NEW),
            "does not match 'copper'",
        ),
    ],
    ids=["set", "moved-later", "moved-earlier", "only-set", "what-pattern"],
)
def test_deadline_trigger(trigger: dict[str, Any], item: Assessed, expected: str) -> None:
    """Deadlines fire when set or moved, with the direction and pattern checked."""
    assert expected in verdict(rule(trigger), item)


def test_sources_and_tags_conditions() -> None:
    """A rule limited to sources or tags ignores articles from elsewhere."""
    item = compared(rate(54), Outcome.CHANGED, rate(30))
    assert "source wire is not one of other" in verdict(rule(TARIFF, sources=["other"]), item)
    assert "none of the tags" in verdict(rule(TARIFF, tags=["china"]), item)
    assert verdict(rule(TARIFF, tags=["china"]), item, frozenset({"china"})) == "FIRES"


def keyword_item(text: str) -> Assessed:
    return Assessed(Article("wire", "k", "Title", text), ())


@pytest.mark.parametrize(
    ("trigger", "text", "expected"),
    [
        ({"any": ["rare earth"]}, "Curbs on Rare  Earth magnets widen.", "FIRES"),
        ({"any": ["rare earth"]}, "Curbs on rare earthenware.", "none of its terms occurs"),
        (
            {"any": ["chip"], "all": ["export controls"]},
            "New chip rules.",
            "export controls does not occur",
        ),
        ({"any": ["chip"], "none": ["potato"]}, "A potato chip maker.", "potato occurs"),
        ({"any": [r"re:export\s+curbs?"]}, "Fresh export curbs on tools.", "FIRES"),
    ],
    ids=["case-and-space", "whole-words", "all", "none", "regex"],
)
def test_keyword_trigger(trigger: dict[str, Any], text: str, expected: str) -> None:
    """Keyword terms match whole words case-insensitively; `re:` terms are expressions."""
    r = rule({"type": "keyword", **trigger})
    assert expected in verdict(r, keyword_item(text))


def test_keyword_index_finds_only_candidate_rules() -> None:
    """With many keyword rules, only those whose terms occur are evaluated."""
    rules = [
        rule({"type": "keyword", "any": [f"term{i}"]}).model_copy(update={"id": f"k{i}"})
        for i in range(500)
    ]
    matches = RuleSet(rules).matches(keyword_item("Mentions term7 and term42 only."))
    assert sorted(m.rule.id for m in matches) == ["k42", "k7"]


def clock_state(*facts: Deadline) -> KnownState:
    return KnownState.of(KnownFact(f, PROV) for f in facts)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2025, 7, 1), []),
        (date(2025, 7, 14), ["reminder-30d"]),
        (date(2025, 8, 6), ["reminder-7d"]),
        (date(2025, 8, 12), ["reminder-0d"]),
        (date(2025, 8, 13), ["passed"]),
        (date(2025, 9, 30), []),
    ],
)
def test_clock_reminders_and_passing(today: date, expected: list[str]) -> None:
    """The most recent reminder due fires; a passed deadline fires for a week, then not."""
    r = rule({"type": "deadline", "remind_before": ["30d", "7d", "1d", "0d"]})
    now = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
    matches = RuleSet([r]).clock_matches(clock_state(deadline(date(2025, 8, 12))), now)
    assert [m.key.rsplit("|", 1)[1] for m in matches] == expected


def test_templates_cannot_reach_python() -> None:
    """The sandbox refuses attribute tricks that would reach Python internals."""
    with pytest.raises(Exception, match=r"unsafe|not safely|access"):
        render("{{ fact.__class__.__mro__ }}", {"fact": {}})


def test_alert_carries_facts_sources_and_message() -> None:
    """A rendered alert has the message, the fact with evidence, and the source."""
    r = rule(
        TARIFF,
        message="{{ fact.imposer }} now {{ fact.rate_pct }}%, was "
        "{{ known.rate_pct }}% ({{ change_pts }} points)",
    )
    [match] = RuleSet([r]).matches(compared(rate(54), Outcome.CHANGED, rate(30)))
    alert = render_alert(match)
    assert alert.message == "US now 54%, was 30% (24 points)"
    assert alert.to_dict()["facts"][0]["evidence"] == "ev"
    assert alert.sources[0].url == "https://example.org/a1"
    assert alert.title == "test rule: US → China · all goods · 54%"


def test_default_rule_pack_examples_all_pass() -> None:
    """Every example shipped with the default rules produces the alerts it promises."""
    rules = load_rules([ROOT / "rules"])
    baseline = known_state(load_baseline(ROOT / "seeds" / "baseline.yaml"), [])
    results = run_examples(rules, baseline, facts_of)
    failures = [f"{r.rule.id} #{r.number}: {r.problems}" for r in results if not r.passed]
    assert not failures
    assert len(results) >= 15


def test_a_deadline_two_seed_documents_state_reminds_once_per_offset() -> None:
    """Both sides of the truce are in the baseline; its reminder arrives once, not twice."""
    rules = RuleSet(load_rules([ROOT / "rules"]))
    baseline = known_state(load_baseline(ROOT / "seeds" / "baseline.yaml"), [])
    matches = rules.clock_matches(baseline, datetime(2025, 8, 7, 12, tzinfo=UTC))
    reminders = [m for m in matches if m.event == "reminder"]
    assert len(reminders) == 1
    assert reminders[0].days_left == 5
