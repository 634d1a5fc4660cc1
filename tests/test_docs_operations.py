"""docs/operations.md matches the code both ways: every log event the code emits has a row
naming each of its fields, every metric the service registers has a row of its type, and
every row names something the code still has."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from watcher.service.ops import Metrics

ROOT = Path(__file__).parent.parent
OPERATIONS = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
_LEVELS = {"debug", "info", "warning", "error", "exception", "critical"}
_EVENT_NAME = re.compile(r"[a-z][a-z0-9_]*")


def emitted_events(package: Path) -> dict[str, set[str]]:
    """Each event name logged in `package` (`log.info("name", field=...)`), with the fields
    its calls pass (keyword arguments; `exc_info` is the traceback)."""
    events: dict[str, set[str]] = {}
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _LEVELS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and _EVENT_NAME.fullmatch(node.args[0].value)
            ):
                continue
            fields = {k.arg for k in node.keywords if k.arg} - {"exc_info"}
            events.setdefault(node.args[0].value, set()).update(fields)
    return events


def _section(title: str) -> str:
    start = OPERATIONS.index(f"## {title}")
    end = OPERATIONS.find("\n## ", start + 1)
    return OPERATIONS[start : end if end > 0 else None]


def _rows(title: str) -> dict[str, list[str]]:
    """The table rows of a section: first cell's name → the other cells."""
    rows = {}
    for line in _section(title).splitlines():
        match = re.match(r"^\| `([\w*]+)` \|(.*)\|$", line)
        if match:
            rows[match[1]] = [cell.strip() for cell in match[2].split("|")]
    return rows


EVENTS = emitted_events(ROOT / "watcher")
EVENT_ROWS = _rows("Log events")


def test_the_event_finder_finds_events_and_fields(tmp_path: Path) -> None:
    """The scan sees one-line and multi-line calls and their keyword fields."""
    (tmp_path / "m.py").write_text(
        'log.info("one", a=1, b=f(x=2))\nlog.warning(\n    "two",\n    c=3,\n)\n'
        'log.exception("three", exc_info=e)\nclick.echo("not_an_event")\n'
        'log.info("Not a name")\n'
    )
    assert emitted_events(tmp_path) == {"one": {"a", "b"}, "two": {"c"}, "three": set()}


def test_the_scan_finds_the_events_of_the_service() -> None:
    assert {"service_started", "poll_crashed", "delivery_dead"} <= set(EVENTS)


@pytest.mark.parametrize("event", sorted(EVENTS))
def test_every_event_has_a_row_with_its_fields(event: str) -> None:
    """Each event the code logs is in the table, with every field the code passes."""
    assert event in EVENT_ROWS, f"docs/operations.md: no row for log event {event!r}"
    documented = set(re.findall(r"`(\w+)`", EVENT_ROWS[event][1]))
    missing = EVENTS[event] - documented
    assert not missing, f"{event}: fields not in docs/operations.md: {sorted(missing)}"


@pytest.mark.parametrize("event", sorted(EVENT_ROWS))
def test_every_event_row_is_logged_by_the_code(event: str) -> None:
    """No row names an event the code no longer logs."""
    assert event in EVENTS


def _exported() -> dict[str, str]:
    """Each metric family the service registers, by the name it is exported under, with
    its Prometheus type; the process collector's families as one `process_*`."""
    families: dict[str, str] = {}
    for family in Metrics(dict).registry.collect():
        if family.name.startswith("process_"):
            families["process_*"] = "gauge, counter"
            continue
        suffix = {"counter": "_total", "info": "_info"}.get(family.type, "")
        families[family.name + suffix] = family.type
    return families


METRICS = _exported()
METRIC_ROWS = _rows("Metrics")


def test_every_metric_has_a_row_of_its_type_and_every_row_a_metric() -> None:
    """The metrics table lists exactly the registered metrics, each with its type."""
    assert set(METRICS) == set(METRIC_ROWS)
    for name, kind in METRICS.items():
        shown = METRIC_ROWS[name][0]
        assert shown.startswith("gauge (info)" if kind == "info" else kind), (name, shown)


def test_example_alerting_rules_parse_and_use_documented_metrics() -> None:
    """The example Prometheus rules are valid YAML and use only metrics of the table (or
    Prometheus' own `up`)."""
    [block] = re.findall(r"```yaml\n(.*?)```", _section("Alerting on watcher itself"), re.S)
    rules = yaml.safe_load(block)["groups"][0]["rules"]
    assert len(rules) >= 5
    names = set(METRICS) | {"up"}
    for rule in rules:
        used = set(re.findall(r"\b((?:watcher|process)_\w+|up)\{?", rule["expr"]))
        assert used, rule["alert"]
        unknown = {u for u in used if u not in names and not u.startswith("process_")}
        assert not unknown, (rule["alert"], unknown)


def test_the_readme_links_the_operations_page() -> None:
    assert "(docs/operations.md)" in README
