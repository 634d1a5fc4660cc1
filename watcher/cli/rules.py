"""`watcher rules validate|test|list|schema`: the rule author's bench."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from watcher.alerting.rules import Match, RuleSet
from watcher.alerting.rules.examples import ExampleResult, run_examples
from watcher.alerting.rules.load import load_rule_docs, load_rule_layers, load_rules, rule_files
from watcher.alerting.rules.schema import Rule, rule_json_schema
from watcher.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    baseline_path,
    parse_now,
    with_settings,
)
from watcher.cli.extract import read_inputs
from watcher.cli.formats import TEXT, emit, format_option
from watcher.cli.output import comparison_line
from watcher.errors import RuleError
from watcher.facts.baseline import known_state, load_baseline
from watcher.facts.known import assess
from watcher.pipeline import facts_of
from watcher.settings import Settings

EXIT_TEST_FAILED = 1


@click.group()
def rules() -> None:
    """Validate, test and describe rule files."""


def _paths(paths: tuple[Path, ...], settings: Settings) -> list[Path]:
    return list(paths) or list(settings.rules_dirs)


@rules.command()
@with_settings(rules=True)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def validate(
    *,
    settings: Settings,
    paths: tuple[Path, ...],
) -> None:
    """Check rule files (default: the rules_dirs folders, later ones overriding earlier ones
    by id); exit 2 naming every problem. Files named as PATHS are one set: a repeated id
    among them is an error."""
    if paths:
        files = rule_files(paths)
        loaded, problems = load_rule_docs(files, settings.gazetteer_file)
    else:
        layered = load_rule_layers(settings.rules_dirs, settings.gazetteer_file)
        files, loaded, problems = layered.files, layered.rules, layered.problems
        for override in layered.overrides:
            click.echo(override.describe())
    for problem in problems:
        click.echo(problem, err=True)
    summary = f"{len(loaded)} rule(s) in {len(files)} file(s)"
    if problems:
        click.echo(f"{summary}; {len(problems)} problem(s)", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(f"{summary}: all valid")
    sys.exit(EXIT_OK)


def _print_example(result: ExampleResult) -> None:
    mark = click.style("ok  ", fg="green") if result.passed else click.style("FAIL", fg="red")
    title = result.example.title or result.example.text[:60]
    click.echo(f"{mark} {result.rule.id} example {result.number}: {title}")
    for problem in result.problems:
        click.echo(f"       {problem}")
    if not result.passed:
        for alert in result.alerts:
            click.echo(f"       alert: {alert.title}")


def _explain(
    rules_: list[Rule],
    settings: Settings,
    articles: tuple[str, ...],
    now: datetime,
    *,
    clock: bool,
) -> None:
    baseline = known_state(load_baseline(baseline_path(settings)), [])
    ruleset = RuleSet(rules_)
    for target in articles:
        for article in read_inputs(target, settings):
            facts = facts_of(article, settings.gazetteer_file)
            [item], state, _ = assess([(article, facts)], baseline, now)
            click.echo(click.style(f"\n== {article.title or target}", bold=True))
            for comparison in item.comparisons:
                click.echo(f"   fact: {comparison_line(comparison)}")
            for verdict in ruleset.explain(item):
                mark = (
                    click.style("FIRES", fg="green")
                    if verdict.fired
                    else "  +  "
                    if verdict.corroborates
                    else "  -  "
                )
                click.echo(f"   {mark} {verdict.rule.id}: {verdict.reason}")
            if clock:
                _print_clock(ruleset.clock_matches(state, now), now)


def _print_clock(matches: list[Match], now: datetime) -> None:
    """What the clock raises at `now` over the known state with the article in it: the
    reminders and passed deadlines a service running then would alert on."""
    click.echo(f"   clock at {now.isoformat()}:")
    if not matches:
        click.echo("     the clock raises nothing (no reminder or passed deadline is due)")
    for match in matches:
        day = match.deadline.fact.date if match.deadline else None  # type: ignore[attr-defined]
        what = (
            f"reminder, {match.days_left} day(s) left to {day}"
            if match.event == "reminder"
            else f"{match.event} {day}"
        )
        click.echo(f"   {click.style('FIRES', fg='green')} {match.rule.id}: {what}")


@rules.command()
@with_settings(rules=True)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--article",
    "articles",
    multiple=True,
    metavar="FILE|URL|-",
    help="Show which rules fire on this article and why (repeatable).",
)
@click.option(
    "--now",
    "now_text",
    metavar="ISO-TIME",
    help="The time the test believes it is; with --article, also show what the clock "
    "raises then (deadline reminders, passed deadlines).",
)
def test(
    *,
    settings: Settings,
    paths: tuple[Path, ...],
    articles: tuple[str, ...],
    now_text: str | None,
) -> None:
    """Run the rules' own examples; with --article, explain each rule's verdict on it."""
    loaded = load_rules(_paths(paths, settings), settings.gazetteer_file)
    baseline = known_state(load_baseline(baseline_path(settings)), [])
    results = run_examples(loaded, baseline, lambda a: facts_of(a, settings.gazetteer_file))
    for result in results:
        _print_example(result)
    failed = sum(not r.passed for r in results)
    click.echo(f"\n{len(results) - failed} of {len(results)} example(s) passed")
    if articles:
        _explain(loaded, settings, articles, parse_now(now_text), clock=now_text is not None)
    sys.exit(EXIT_TEST_FAILED if failed else EXIT_OK)


@rules.command("list")
@with_settings(rules=True)
@format_option()
def list_rules(*, settings: Settings, fmt: str) -> None:
    """Every rule of the rules folders, in order: where it comes from, and which file's rule
    with the same id it overrides."""
    layered = load_rule_layers(settings.rules_dirs, settings.gazetteer_file)
    if layered.problems:
        raise RuleError(layered.problems)
    replaced = {o.rule_id: o.old_file for o in layered.overrides}
    records = [_rule_record(rule, doc.path, replaced.get(rule.id)) for rule, doc in layered.rules]
    if fmt != TEXT:
        emit(fmt, records)
        return
    for r in records:
        state = "" if r["enabled"] else " (disabled)"
        over = f", overrides {r['overrides']}" if r["overrides"] else ""
        click.echo(f"{r['id']}{state}  {r['severity']}  {r['trigger']}  [{r['file']}{over}]")


def _rule_record(rule: Rule, path: Path, overrides: Path | None) -> dict[str, Any]:
    """One rule as `rules list` prints it."""
    return {
        "id": rule.id,
        "enabled": rule.enabled,
        "severity": rule.severity,
        "trigger": rule.trigger.type,
        "description": rule.description,
        "labels": dict(rule.labels),
        "file": str(path),
        "overrides": str(overrides) if overrides else None,
    }


@rules.command()
@with_settings()
def schema(*, settings: Settings) -> None:
    """Print the JSON Schema of a rule file, for editors."""
    click.echo(json.dumps(rule_json_schema(), indent=2))
