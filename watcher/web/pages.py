"""The pages: each handler reads through the store's API and renders one template.

Handlers take a `Request` (the sight, `now`, the query, the path's parameters) and return a
status and an HTML body. Lists are paged and capped, so a page costs the same on a state of
ten alerts and of ten thousand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from watcher.facts.baseline import known_state
from watcher.facts.registry import summarize
from watcher.ingest.sources import Source
from watcher.pipeline.health import RULE_ID, Health, health_of
from watcher.state.alerts import AlertLog, AlertRow
from watcher.state.store import SourceState
from watcher.web.now import now_view
from watcher.web.render import render, static
from watcher.web.request import Request

PAGE_SIZE = 50
SEVERITIES = ("critical", "warning", "info")
HEALTH_SHOWN = 200  # source-health alerts read for the Sources page's history


@dataclass(frozen=True, slots=True)
class SourceRow:
    source: Source
    state: SourceState
    health: Health

    @property
    def word(self) -> str:
        return self.health.status if self.state.last_poll_at else "not polled yet"


def _sources(request: Request) -> list[SourceRow]:
    sight, now = request.sight, request.now
    return [
        SourceRow(s, state, health_of(s, state, now, sight.health_failures))
        for s in sight.loaded().sources
        for state in (sight.store.source_state(s.id),)
    ]


def now(request: Request) -> tuple[int, bytes]:
    sight = request.sight
    loaded = sight.loaded()
    state = known_state(loaded.baseline, sight.store.learned_facts())
    view = now_view(state, loaded.rules, request.now)
    rows = _sources(request)
    return 200, render(
        "now.html",
        active="now",
        now=request.now,
        view=view,
        sources=rows,
        unhealthy=[r for r in rows if r.word == "unhealthy"],
        summarize=summarize,
    )


def deliveries_summary(row: AlertRow) -> str:
    """`2 delivered, 1 dead`: how many deliveries are in each state."""
    states = [d["state"] for d in row.deliveries]
    order = ("delivered", "pending", "sending", "dead", "superseded")
    return ", ".join(f"{states.count(s)} {s}" for s in order if states.count(s)) or "none"


def _page_number(query: Mapping[str, str]) -> int:
    text = query.get("page", "1")
    return max(int(text), 1) if text.isdigit() else 1


def _link(filters: Mapping[str, str], page: int) -> str:
    return "/alerts?" + urlencode({**filters, "page": str(page)})


def alerts(request: Request) -> tuple[int, bytes]:
    log = AlertLog(request.sight.store)
    rule = request.query.get("rule") or None
    severity = request.query.get("severity") or None
    page = _page_number(request.query)
    total = log.count(rule=rule, severity=severity)
    rows = log.list(rule=rule, severity=severity, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    filters = {k: v for k, v in (("rule", rule), ("severity", severity)) if v}
    last = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    return 200, render(
        "alerts.html",
        active="alerts",
        rows=rows,
        total=total,
        page=page,
        last=last,
        previous=_link(filters, page - 1) if page > 1 else None,
        next=_link(filters, page + 1) if page < last else None,
        rule=rule or "",
        severity=severity or "",
        rules=log.rule_names(),
        severities=SEVERITIES,
        deliveries=deliveries_summary,
    )


def alert(request: Request) -> tuple[int, bytes]:
    text = request.params["id"]
    log = AlertLog(request.sight.store)
    row = log.get(int(text)) if text.isdigit() else None
    if row is None:
        return not_found(f"/alerts/{text}", f"no alert with id {text}")
    scrub = request.sight.scrub
    attempts = [
        {**a, "error": scrub(a["error"]) if a["error"] else None} for a in log.attempts(int(text))
    ]
    deliveries = [
        {**d, "last_error": scrub(d["last_error"]) if d["last_error"] else None}
        for d in row.deliveries
    ]
    return 200, render(
        "alert.html",
        active="alerts",
        row=row,
        alert=row.alert,
        deliveries=deliveries,
        attempts=attempts,
        known=_known_lines(row.alert.known),
    )


def _known_lines(known: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """The known value an alert was compared with, as label and value pairs."""
    if not known:
        return []
    return [(k, "" if v is None else str(v)) for k, v in known.items()]


def sources(request: Request) -> tuple[int, bytes]:
    rows = _sources(request)
    history: dict[str, list[AlertRow]] = {}
    for row in AlertLog(request.sight.store).list(rule=RULE_ID, limit=HEALTH_SHOWN):
        source_id = row.alert.key.partition("|")[2]
        history.setdefault(source_id, []).append(row)
    return 200, render(
        "sources.html", active="sources", now=request.now, rows=rows, history=history
    )


def not_found(path: str, why: str = "no such page") -> tuple[int, bytes]:
    return 404, render("error.html", active="", path=path, why=why)


def stylesheet() -> bytes:
    return static("style.css")
