"""`watcher rules ...` and rule-driven `watcher check`, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import EXAMPLES, ROOT, watcher


def test_validate_shipped_rules(tmp_path: Path) -> None:
    """The default rules validate with exit code 0."""
    result = watcher("rules", "validate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "all valid" in result.stdout


def test_validate_broken_rule_exits_2(tmp_path: Path) -> None:
    """A broken rule exits 2 and names file, line and field on stderr."""
    (tmp_path / "bad.yaml").write_text(
        "id: b\ndescription: d\nseverity: loud\ntrigger: {type: keyword, any: [x]}\nmessage: m\n"
    )
    result = watcher("rules", "validate", "bad.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert "bad.yaml:3: severity: Input should be" in result.stderr


def test_rules_test_runs_examples(tmp_path: Path) -> None:
    """`rules test` runs every shipped example and reports them all passing."""
    result = watcher("rules", "test", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "example(s) passed" in result.stdout
    assert "FAIL" not in result.stdout


def test_rules_test_failing_example_exits_1(tmp_path: Path) -> None:
    """An example whose promise is not kept fails the command with the reason."""
    (tmp_path / "r.yaml").write_text(
        "id: r\ndescription: d\ntrigger: {type: keyword, any: [tariff]}\nmessage: m\n"
        "examples:\n  - {text: 'A tariff story.', alerts: 2}\n"
    )
    result = watcher("rules", "test", "r.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "expected 2 alert(s), got 1" in result.stdout


def test_rules_test_explains_an_article(tmp_path: Path) -> None:
    """With --article, each rule says whether it fires and which condition stopped it."""
    article = ROOT / "examples" / "inbox" / "2025-10-10-tariff-threat.txt"
    result = watcher("rules", "test", "--article", str(article), cwd=tmp_path)
    assert "FIRES us-china-tariff-threat" in result.stdout
    assert "us-china-tariff-change: status threatened is not one of happened, announced" in (
        result.stdout
    )
    assert "trump-xi-contact: the article states no leader_contact fact" in result.stdout


def test_schema_is_json_schema(tmp_path: Path) -> None:
    """`rules schema` prints a JSON Schema naming every trigger type."""
    result = watcher("rules", "schema", cwd=tmp_path)
    schema = json.loads(result.stdout)
    assert schema["title"] == "watcher rule file"
    text = json.dumps(schema)
    for trigger in ("tariff_rate", "leader_contact", "deadline", "keyword"):
        assert trigger in text


def test_check_over_examples_prints_expected_alerts(tmp_path: Path) -> None:
    """The offline demo yields the alerts its articles were written to produce."""
    result = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        "--state",
        "d.db",
        "--now",
        "2025-11-06T12:00Z",
        "--format",
        "jsonl",
        cwd=tmp_path,
    )
    rules = sorted(json.loads(line)["rule"] for line in result.stdout.splitlines())
    assert rules == sorted(
        [
            "us-china-truce-extended",
            "trump-xi-contact",
            "trump-xi-contact",
            "us-china-tariff-threat",
            "us-china-export-controls",
            "us-china-tariff-change",
            "us-china-tariff-suspended",
            "us-china-truce-deadline",
            # dated measures: the threatened tariff's Nov 1 start, the fentanyl cut's Nov 10
            # start, the reciprocal extension to Nov 10, 2026 (one reminder above covers Nov 10)
            "us-china-truce-deadline",
            "us-china-truce-deadline",
            "us-china-truce-deadline",
        ]
    )


def test_seed_documents_raise_no_tariff_alert(tmp_path: Path) -> None:
    """The seeds are the baseline: polling them as of their time alerts on no tariff."""
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: seeds, kind: dir, path: '{ROOT / 'seeds'}'}}\n"
    )
    result = watcher("check", "--now", "2025-06-06T12:00Z", "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    alerts = [json.loads(line) for line in result.stdout.splitlines()]
    assert not [a for a in alerts if a["trigger"] == "tariff_rate"], alerts


def test_check_refuses_to_run_with_a_broken_rule(tmp_path: Path) -> None:
    """A broken rule stops check before anything is recorded, so no alert is lost."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text("id: b\n")
    result = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        "--state",
        "s.db",
        cwd=tmp_path,
        env={"WATCHER_RULES_DIR": str(rules)},
    )
    assert result.returncode == 2
    assert "bad.yaml:1: description: Field required" in result.stderr
    assert not (tmp_path / "s.db").exists()


def test_check_without_catch_up_alerts_only_on_changes(tmp_path: Path) -> None:
    """`--no-catch-up` keeps the demo's backlog quiet except facts that changed."""
    result = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        "--state",
        "d.db",
        "--now",
        "2025-11-06T12:00Z",
        "--format",
        "jsonl",
        "--no-catch-up",
        cwd=tmp_path,
    )
    rules = sorted(json.loads(line)["rule"] for line in result.stdout.splitlines())
    assert rules == ["us-china-tariff-threat", "us-china-truce-deadline", "us-china-truce-extended"]


REMIND_SCALAR = (
    "id: soon\ndescription: d\ntrigger:\n  type: deadline\n  remind_before: 7\nmessage: m\n"
)


def test_validate_scalar_remind_before_is_a_clean_error(tmp_path: Path) -> None:
    """`remind_before: 7` crashed `rules validate` with a TypeError; now it is a problem named
    with file, line and field that says what to write, and exit 2."""
    (tmp_path / "r.yaml").write_text(REMIND_SCALAR)
    result = watcher("rules", "validate", "r.yaml", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "r.yaml:5: trigger.remind_before:" in result.stderr
    assert "7d" in result.stderr


def test_failing_example_says_which_condition_stopped_it(tmp_path: Path) -> None:
    """A failing example names the condition that kept the rule from firing."""
    (tmp_path / "r.yaml").write_text(
        "id: r\ndescription: d\ntrigger:\n  type: tariff_rate\n  imposer: US\n"
        "  status: happened\nmessage: m\nexamples:\n"
        "  - text: The United States threatened a 60% tariff on Chinese goods on Monday.\n"
        "    published: 2025-07-01\n    alerts: 1\n"
    )
    result = watcher("rules", "test", "r.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "expected 1 alert(s), got 0" in result.stdout
    assert "why: status threatened is not one of happened" in result.stdout


DEADLINE_RULE = """\
id: port-fees
description: port fees deadline
trigger:
  type: deadline
  events: [set, reminder, passed]
  remind_before: [7d, 1d]
title: "{{ event.type }} {{ fact.date }}"
message: m
"""


def test_rules_test_now_simulates_the_clock(tmp_path: Path) -> None:
    """`--article FILE --now TIME` shows the reminders and passed events of that time."""
    (tmp_path / "r.yaml").write_text(DEADLINE_RULE)
    (tmp_path / "a.txt").write_text(
        "Port fees\n\nChina said on Friday its special port fees on US-flagged ships take "
        "effect on December 1, 2026.\n"
    )
    args = ("rules", "test", "r.yaml", "--article", "a.txt", "--now")
    week = watcher(*args, "2026-11-24T09:00Z", cwd=tmp_path)
    assert "FIRES port-fees: reminder, 7 day(s) left to 2026-12-01" in week.stdout, week.stdout
    passed = watcher(*args, "2026-12-03T09:00Z", cwd=tmp_path)
    assert "FIRES port-fees: passed 2026-12-01" in passed.stdout, passed.stdout
    quiet = watcher(*args, "2026-10-01T09:00Z", cwd=tmp_path)
    assert "the clock raises nothing" in quiet.stdout, quiet.stdout
