"""Rule metadata as authors know it from Prometheus and Sigma rules: `labels` (routing and
silences match on them), `annotations` (for templates), `author` and `references`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.test_cli import EXAMPLES, watcher
from watcher.alerting.alerts import Alert, alert_from_dict
from watcher.alerting.rules import load_rules
from watcher.alerting.rules.template import render
from watcher.alerting.silences import Silence, covers, parse_matchers
from watcher.errors import ConfigError

RULE = """\
id: magnets
description: magnet news
trigger: {type: keyword, any: [magnet]}
message: "{{ article.title }} (runbook {{ rule.annotations.runbook }}, team {{ rule.labels.team }})"
labels: {team: trade, tier: "1"}
annotations:
  runbook: https://wiki.example.org/magnets
author: A. Rule Author
references: https://example.org/why-magnets-matter
"""


def load(tmp_path: Path, text: str) -> list:  # type: ignore[type-arg]
    (tmp_path / "r.yaml").write_text(text)
    return load_rules([tmp_path])


def test_metadata_fields_load(tmp_path: Path) -> None:
    """Each field loads; a single reference is a one-item list, like every list field."""
    [rule] = load(tmp_path, RULE)
    assert rule.labels == {"team": "trade", "tier": "1"}
    assert rule.annotations == {"runbook": "https://wiki.example.org/magnets"}
    assert rule.author == "A. Rule Author"
    assert rule.references == ("https://example.org/why-magnets-matter",)
    [listed] = load(tmp_path, RULE.replace("references: https", "references:\n  - https"))
    assert listed.references == rule.references


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("labels: {team: trade", 'labels: {"bad key": trade'), r"r\.yaml:\d+: labels"),
        (('tier: "1"', "tier: [1, 2]"), r"r\.yaml:\d+: labels\.tier"),
        (("author: A. Rule Author", "author: [a, b]"), r"r\.yaml:\d+: author"),
    ],
)
def test_bad_metadata_names_file_line_field(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    with pytest.raises(ConfigError, match=problem):
        load(tmp_path, RULE.replace(*change))


def test_templates_see_labels_and_annotations(tmp_path: Path) -> None:
    [rule] = load(tmp_path, RULE)
    context = {
        "article": {"title": "T"},
        "rule": {"labels": rule.labels, "annotations": rule.annotations},
    }
    assert render(rule.message, context) == (
        "T (runbook https://wiki.example.org/magnets, team trade)"
    )


def test_alert_carries_the_rules_labels_through_a_run(tmp_path: Path) -> None:
    """A real `check`: the alert's JSON has the rule's labels, and its message the
    annotation the template asked for."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.yaml").write_text(RULE.replace("any: [magnet]", "any: [truce]"))
    result = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        "--format",
        "jsonl",
        cwd=tmp_path,
        env={"WATCHER_RULES_DIR": str(rules)},
    )
    assert result.returncode == 0, result.stderr
    alerts = [json.loads(line) for line in result.stdout.splitlines()]
    assert alerts
    assert alerts[0]["labels"] == {"team": "trade", "tier": "1"}
    assert "runbook https://wiki.example.org/magnets" in alerts[0]["message"]


def test_schema_has_the_metadata_fields(tmp_path: Path) -> None:
    """`rules schema` describes the fields; `references` takes one string or a list."""
    schema = json.loads(watcher("rules", "schema", cwd=tmp_path).stdout)
    props = schema["properties"]
    assert {"labels", "annotations", "author", "references"} <= props.keys()
    refs = json.dumps(props["references"])
    assert '"type": "string"' in refs
    assert '"type": "array"' in refs


def _alert(labels: dict[str, str]) -> Alert:
    return alert_from_dict(
        {
            "rule": "r",
            "trigger": "keyword",
            "severity": "info",
            "key": "r|x",
            "event": "keyword",
            "title": "t",
            "message": "m",
            "labels": labels,
        }
    )


def test_silence_matches_on_a_label() -> None:
    """`label.team=trade` silences the alerts of rules labelled so, and no others."""
    now = datetime(2025, 1, 1, tzinfo=UTC)
    matchers = parse_matchers(["label.team=trade"])
    silence = Silence(1, None, matchers, "quiet", now, now + timedelta(hours=1))
    assert covers(silence, _alert({"team": "trade"}), now)
    assert not covers(silence, _alert({"team": "ops"}), now)
    assert not covers(silence, _alert({}), now)


def test_silence_add_takes_a_label_matcher(tmp_path: Path) -> None:
    result = watcher(
        "silence",
        "add",
        "--match",
        "label.team=trade",
        "--for",
        "1h",
        "--reason",
        "r",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    listed = watcher("silence", "list", cwd=tmp_path)
    assert "label.team=trade" in listed.stdout
