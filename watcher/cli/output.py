"""What the commands print as text for people (JSON is `cli.formats`).

Command output goes to stdout; logs and the progress bar go to stderr, so that
`watcher check --format jsonl | jq` never sees anything but JSON.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from watcher.alerting.alerts import Alert
from watcher.alerting.decide import Reason
from watcher.cli.formats import TEXT, emit
from watcher.delivery.outbox import DeliveryReport
from watcher.facts.known import Assessed, Comparison, KnownFact, Outcome
from watcher.facts.registry import summarize
from watcher.models import Article
from watcher.pipeline import PollStatus, RunReport, SourceOutcome
from watcher.pipeline.record import Recorded

_UNCHANGED_REASON = {
    PollStatus.NOT_MODIFIED: "not modified since the last poll",
    PollStatus.UNCHANGED: "same content as the last poll",
}
_STATUS_COLOUR = {
    PollStatus.OK: "green",
    PollStatus.NOT_MODIFIED: "cyan",
    PollStatus.UNCHANGED: "cyan",
    PollStatus.FAILED: "red",
}


class CheckPrinter:
    """Prints the outcome of one pass over the sources."""

    def __init__(self, *, fmt: str, show_progress: bool) -> None:
        self.fmt = fmt
        self.show_progress = show_progress and sys.stderr.isatty()

    @contextmanager
    def progress(self, total: int) -> Iterator[Callable[[SourceOutcome], None]]:
        """A callback that advances a progress bar on a terminal (and does nothing elsewhere)."""
        if not self.show_progress:
            yield lambda outcome: None
            return
        # rich only for a bar on a terminal (about 50 ms, most of a 304-only check's imports)
        from rich.console import Console  # noqa: PLC0415
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn  # noqa: PLC0415

        bar = Progress(
            TextColumn("polling"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            console=Console(stderr=True),
            transient=True,
        )
        with bar:
            task = bar.add_task("", total=total)
            yield lambda outcome: bar.update(task, advance=1, description=outcome.source_id)

    def print_report(self, report: RunReport, *, dry_run: bool) -> None:
        assessed = {(a.article.source_id, a.article.id): a for a in report.assessed}
        if self.fmt != TEXT:
            records = (
                {
                    **recorded.alert.to_dict(),
                    "id": recorded.alert_id,
                    "decision": recorded.decision.reason.value,
                }
                for recorded in report.alerts
            )
            emit(self.fmt, records)
            return
        for outcome in report.outcomes:
            self._print_outcome(outcome, assessed)
        print_alerts(report.alerts, full=dry_run)
        self._print_summary(report, dry_run)

    def _print_outcome(
        self, outcome: SourceOutcome, assessed: dict[tuple[str, str], Assessed]
    ) -> None:
        colour = _STATUS_COLOUR[outcome.status]
        if outcome.status is PollStatus.FAILED:
            click.echo(
                f"{click.style(outcome.source_id, bold=True)}  "
                f"{click.style('FAILED', fg=colour)}: {outcome.error}"
            )
            return
        name = click.style(outcome.source_id, bold=True)
        if outcome.status is PollStatus.OK:
            click.echo(f"{name}  {len(outcome.new)} new of {outcome.listed} listed")
        else:
            reason = _UNCHANGED_REASON[outcome.status]
            click.echo(f"{name}  nothing new ({click.style(reason, fg=colour)})")
        for warning in outcome.warnings:
            click.echo(f"  {click.style('warning', fg='yellow')}: {warning}")
        lines = []  # one write per source: click.echo flushes, a syscall per line
        for article in outcome.new:
            lines += _article_lines(article)
            item = assessed.get((article.source_id, article.id))
            lines += [f"      {comparison_line(c)}" for c in (item.comparisons if item else ())]
        if lines:
            click.echo("\n".join(lines))

    def print_delivery(self, delivery: DeliveryReport) -> None:
        """What the outbox did, when it did anything worth a line (text output only)."""
        if self.fmt != TEXT or not (delivery.delivered or delivery.retrying or delivery.dead):
            return
        line = f"deliveries: {delivery.delivered} delivered"
        if delivery.retrying:
            line += click.style(
                f", {delivery.retrying} still pending (kept in the outbox)", fg="yellow"
            )
        if delivery.dead:
            line += click.style(f", {delivery.dead} failed for good", fg="red")
        click.echo(line)
        for error in dict.fromkeys(delivery.errors):
            click.echo(click.style(f"  {error}", dim=True))

    def _print_summary(self, report: RunReport, dry_run: bool) -> None:
        n_new, n_failed = len(report.new_articles), len(report.failed)
        line = (
            f"{n_new} new article{'s' * (n_new != 1)} from "
            f"{len(report.outcomes)} source{'s' * (len(report.outcomes) != 1)}"
        )
        outcomes = [c.outcome for a in report.assessed for c in a.comparisons]
        if outcomes:
            counts = ", ".join(
                f"{outcomes.count(o)} {o.value}" for o in Outcome if outcomes.count(o)
            )
            line += f"; facts: {counts}"
        if n_failed:
            line += click.style(f", {n_failed} failed", fg="red")
        n_alerts = len(report.alerts)
        line += f"; {n_alerts} alert{'s' * (n_alerts != 1)}"
        if dry_run:
            line += " (dry run: nothing recorded)"
        click.echo(f"\n{line}")


def _article_lines(article: Article) -> list[str]:
    when = article.published.strftime("%Y-%m-%d %H:%M") if article.published else "undated"
    lines = [f"  + {click.style(when, dim=True)}  {article.title or '(untitled)'}"]
    if article.url:
        lines.append(f"    {click.style(article.url, fg='blue')}")
    return lines


_OUTCOME_COLOUR = {
    Outcome.NEW: "green",
    Outcome.CHANGED: "yellow",
    Outcome.REVERTED: "magenta",
    Outcome.CONFIRMED: "bright_black",
}


def known_summary(known: KnownFact) -> str:
    p = known.provenance
    when = (p.published or p.learned_at).date()
    return f"{summarize(known.fact)} [{known.fact.status}; {p.source}, {when}]"


def comparison_line(comparison: Comparison) -> str:
    """`NEW tariff_rate threatened: US → China · all goods · 100% (known: ...)`."""
    outcome = click.style(
        comparison.outcome.value.upper(), fg=_OUTCOME_COLOUR[comparison.outcome], bold=True
    )
    fact = comparison.fact
    line = f"{outcome} {fact.kind} {fact.status}: {summarize(fact)}"
    known = comparison.known
    if known is not None and summarize(known.fact) != summarize(fact):
        line += click.style(f"  (known: {known_summary(known)})", dim=True)
    return line


def article_json(item: Assessed) -> dict[str, Any]:
    """An article (without its text) and its compared facts, as `extract` and `check` emit."""
    article = {k: v for k, v in item.article.to_dict().items() if k != "text"}
    return {"article": article, "facts": [c.to_dict() for c in item.comparisons]}


def print_assessed(item: Assessed, *, reference_note: str | None = None) -> None:
    """The rule author's view of one article: every fact, its comparison and evidence."""
    a = item.article
    click.echo(click.style(f"== {a.title or '(untitled)'}", bold=True))
    when = a.published.strftime("%Y-%m-%d %H:%M UTC") if a.published else "undated"
    click.echo(
        click.style(f"   {a.source_id} · {when}" + (f" · {a.url}" if a.url else ""), dim=True)
    )
    if reference_note:
        click.echo(click.style(f"   {reference_note}", dim=True))
    if not item.comparisons:
        click.echo("   no facts found\n")
        return
    for number, comparison in enumerate(item.comparisons, 1):
        click.echo(f"\n   {number}. {comparison_line(comparison)}")
        click.echo(f"      “{' '.join(comparison.fact.evidence.split())}”")
    click.echo()


_SEVERITY_COLOUR = {"info": "cyan", "warning": "yellow", "critical": "red"}


def print_alert(alert: Alert) -> None:
    """One alert for a person: severity, title, the message, then where it was read."""
    severity = click.style(f"[{alert.severity}]", fg=_SEVERITY_COLOUR[alert.severity], bold=True)
    click.echo(f"\n{severity} {click.style(alert.title, bold=True)}")
    click.echo(click.style(f"   rule {alert.rule} · {alert.event}", dim=True))
    for line in alert.message.splitlines():
        click.echo(f"   {line}".rstrip())
    for ref in alert.sources:
        when = f"{ref.published:%Y-%m-%d %H:%M}" if ref.published else "undated"
        click.echo(
            click.style(f"   source: {ref.source} · {when} · {ref.url or ref.title}", dim=True)
        )


_DECISION = {
    Reason.FIRST: "sent to {notify}",
    Reason.UPDATE: "update sent to {notify}",
    Reason.UPDATE_THROTTLED: "update queued for {notify} once realert has passed",
    Reason.HELD: "held until enough independent sources agree (min_sources)",
    Reason.SILENCED: "silenced: recorded, not sent",
}


def decision_text(recorded: Recorded, *, dry_run: bool) -> str:
    text = _DECISION.get(recorded.decision.reason, recorded.decision.reason.value)
    text = text.format(notify=", ".join(recorded.alert.notify) or "no notifier (routing)")
    return f"would be {text}" if dry_run and recorded.decision.send else text


def print_alerts(recorded: list[Recorded], *, full: bool) -> None:
    """The alerts of a run: in full for a dry run (nothing is delivered), else one line each
    with what happened to it (the notifiers show the alerts themselves)."""
    if recorded:
        click.echo(click.style(f"\nALERTS ({len(recorded)})", bold=True))
    for r in recorded:
        if full:
            print_alert(r.alert)
            click.echo(click.style(f"   → {decision_text(r, dry_run=True)}", dim=True))
            continue
        severity = click.style(f"[{r.alert.severity}]", fg=_SEVERITY_COLOUR[r.alert.severity])
        click.echo(f"{severity} {r.alert.title}  → {decision_text(r, dry_run=False)}")
