"""`watcher routes test`: where an alert of a rule would go, and which route sent it there.

The decision is the one the pipeline makes (`alerting.routing`), over the configured routes
and the loaded rules; `--severity` and `--label` ask about an alert the rule does not
describe as it stands (before a label is added to the rule, say).
"""

from __future__ import annotations

from dataclasses import replace

import click

from watcher.alerting.routing import Router, Subject, describe
from watcher.alerting.rules import Rule, load_rules
from watcher.cli.common import with_settings
from watcher.cli.formats import TEXT, emit_one, format_option
from watcher.errors import ConfigError
from watcher.settings import Settings


@click.group()
def routes() -> None:
    """Routing: which notifiers an alert goes to."""


def _labels(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r}: expected NAME=VALUE", param_hint="--label")
        out[key] = value
    return out


def _rule(settings: Settings, rule_id: str) -> Rule:
    rules = {r.id: r for r in load_rules(settings.rules_dirs, settings.gazetteer_file)}
    if rule_id not in rules:
        folders = ", ".join(str(d) for d in settings.rules_dirs)
        raise ConfigError(f"no rule with id {rule_id!r} in {folders}; known: {', '.join(rules)}")
    return rules[rule_id]


def _text(router: Router, subject: Subject) -> list[str]:
    routed = router.route(subject)
    labels = ", ".join(f"{k}={v}" for k, v in subject.labels.items()) or "none"
    lines = [
        f"rule {subject.rule}: severity {subject.severity}, trigger {subject.trigger}, "
        f"labels {labels}"
    ]
    if routed.via == "override":
        lines.append("  the rule's notify: overrides routing")
    elif routed.via == "default":
        which = "default_route" if router.default_route is not None else "every notifier"
        lines.append(f"  no route matched: the default route ({which})")
    for index in routed.matched:
        route = router.routes[index]
        matchers = " ".join(route.matchers()) or "(no matchers: every alert)"
        more = ", continue" if route.continue_ else ""
        lines.append(
            f"  matched {route.title(index)}: {matchers}{more} → {', '.join(route.notify)}"
        )
    lines.append(f"  → {', '.join(routed.notify) or 'no notifier'}")
    return lines


@routes.command("test")
@with_settings(rules=True)
@click.option("--rule", "rule_id", required=True, metavar="ID", help="The rule's id.")
@click.option(
    "--severity",
    type=click.Choice(["info", "warning", "critical"]),
    help="Ask as if the alert had this severity (default: the rule's).",
)
@click.option(
    "--label",
    "labels",
    multiple=True,
    metavar="NAME=VALUE",
    help="Ask as if the rule had this label (repeatable; added to the rule's own).",
)
@format_option()
def test_route(
    *,
    settings: Settings,
    rule_id: str,
    severity: str | None,
    labels: tuple[str, ...],
    fmt: str,
) -> None:
    """Where an alert of rule ID would go, and which route matched."""
    subject = Subject.of(_rule(settings, rule_id))
    subject = replace(
        subject,
        severity=severity or subject.severity,
        labels={**subject.labels, **_labels(labels)},
    )
    router = settings.router()
    if fmt == TEXT:
        click.echo("\n".join(_text(router, subject)))
    else:
        emit_one(fmt, describe(router, subject))
