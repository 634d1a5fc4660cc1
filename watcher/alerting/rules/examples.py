"""Running the examples a rule carries: its own tests, for `watcher rules test`.

Each example is a short text with the number of alerts the rule must produce from it, as
judged against the baseline. The extractor is passed in, so this module stays pure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time

from watcher.alerting.alerts import Alert, render_alert
from watcher.alerting.rules.evaluate import RuleSet
from watcher.alerting.rules.schema import Example, Rule
from watcher.facts.known import Assessed, KnownState, assess
from watcher.facts.registry import Fact
from watcher.models import Article

Extractor = Callable[[Article], list[Fact]]
_UNDATED_EXAMPLE = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ExampleResult:
    rule: Rule
    number: int
    example: Example
    alerts: tuple[Alert, ...]
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.problems


def _article(rule: Rule, number: int, example: Example) -> Article:
    published = (
        datetime.combine(example.published, time(12), tzinfo=UTC) if example.published else None
    )
    return Article("example", f"{rule.id}#{number}", example.title, example.text, None, published)


def run_example(
    rule: Rule, number: int, example: Example, baseline: KnownState, extract: Extractor
) -> ExampleResult:
    article = _article(rule, number, example)
    now = example.now or article.published or _UNDATED_EXAMPLE
    [item], state, _ = assess([(article, extract(article))], baseline, now)
    rules = RuleSet([rule.model_copy(update={"enabled": True})])
    matches = [
        m for m in (*rules.matches(item), *rules.clock_matches(state, now)) if not m.corroborating
    ]  # against the bare baseline, a confirmation raises none
    alerts = tuple(render_alert(m) for m in matches)
    problems = []
    if len(alerts) != example.alerts:
        problems.append(f"expected {example.alerts} alert(s), got {len(alerts)}")
    if len(alerts) < example.alerts:  # say which condition stopped the rule, as --article does
        problems.extend(_why_not(rules, item))
    for alert in alerts:
        problems.extend(
            f"alert lacks {text!r}"
            for text in example.contains
            if text not in f"{alert.title}\n{alert.message}"
        )
    return ExampleResult(rule, number, example, alerts, tuple(problems))


def _why_not(rules: RuleSet, item: Assessed) -> list[str]:
    """Each distinct reason the rule did not fire on the example's text."""
    reasons = (v.reason for v in rules.explain(item) if not v.fired and not v.corroborates)
    return [f"why: {reason}" for reason in dict.fromkeys(reasons)]


def run_examples(
    rules: list[Rule], baseline: KnownState, extract: Extractor
) -> list[ExampleResult]:
    return [
        run_example(rule, n, ex, baseline, extract)
        for rule in rules
        for n, ex in enumerate(rule.examples, 1)
    ]
