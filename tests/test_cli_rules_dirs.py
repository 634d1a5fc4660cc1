"""`rules_dirs` and `--rules`: the shipped pack plus the user's own folders, as a user runs
them (real rule files, real `watcher` subprocesses)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import EXAMPLES, ROOT, watcher

# The shipped rule `trump-xi-contact`, retitled by the user: same id, so it replaces the
# shipped one rather than adding a second alert.
RETITLED = (
    (ROOT / "rules" / "trump-xi-contact.yaml")
    .read_text(encoding="utf-8")
    .replace('title: "Trump-Xi {{ fact.mode }}', 'title: "Leaders in contact: {{ fact.mode }}')
)
EXTRA = """\
id: my-extra-rule
description: A rule of the user's own, beside the shipped pack
trigger: {type: keyword, any: [soybeans]}
message: Soybeans were mentioned.
"""


def _mine(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def _events(stderr: str, name: str) -> list[dict[str, object]]:
    events = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    return [e for e in events if e.get("event") == name]


def test_a_later_folder_overrides_a_shipped_rule_in_check(tmp_path: Path) -> None:
    """`check --rules shipped --rules mine` alerts with the user's version of a shipped rule,
    once, and logs `rule_overridden` with the id and both files."""
    mine = _mine(tmp_path, contact=RETITLED)
    result = watcher(
        *("check", "--sources", str(EXAMPLES), "--state", "s.db", "--format", "jsonl"),
        *("--rules", "shipped", "--rules", str(mine), "--log-level", "info"),
        *("--log-format", "json", "--now", "2025-11-06T12:00Z"),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    alerts = [json.loads(line) for line in result.stdout.splitlines()]
    contact = [a for a in alerts if a["rule"] == "trump-xi-contact"]
    assert contact
    assert all(a["title"].startswith("Leaders in contact:") for a in contact)
    [event] = _events(result.stderr, "rule_overridden")
    assert event["rule"] == "trump-xi-contact"
    assert str(event["old_file"]).endswith("rules/trump-xi-contact.yaml")
    assert event["new_file"] == str(mine / "contact.yaml")


def test_rules_dirs_in_the_config_file_add_a_folder(tmp_path: Path) -> None:
    """`rules_dirs = ["shipped", "mine"]` in watcher.toml: validate counts both folders'
    rules and names the override."""
    _mine(tmp_path, contact=RETITLED, extra=EXTRA)
    (tmp_path / "watcher.toml").write_text('rules_dirs = ["shipped", "mine"]\n')
    shipped = watcher("rules", "validate", "--rules", "shipped", cwd=tmp_path)
    both = watcher("rules", "validate", cwd=tmp_path)
    assert both.returncode == 0, both.stderr
    count = int(shipped.stdout.split(" rule(s)")[0])
    assert f"{count + 1} rule(s)" in both.stdout  # the override replaces, the extra adds
    assert "rule trump-xi-contact in mine/contact.yaml overrides the one in" in both.stdout


def test_rules_test_runs_the_examples_of_every_folder(tmp_path: Path) -> None:
    """`rules test --rules shipped --rules DIR` runs the user's rule examples too."""
    mine = _mine(tmp_path, extra=EXTRA + "examples:\n  - {text: Soybeans sold., alerts: 1}\n")
    result = watcher("rules", "test", "--rules", "shipped", "--rules", str(mine), cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "ok   my-extra-rule example 1" in result.stdout


def test_a_repeated_id_within_one_folder_stays_an_error(tmp_path: Path) -> None:
    """Two rules with one id in the same folder are a mistake: exit 2, naming both places."""
    mine = _mine(tmp_path, a=EXTRA, b=EXTRA)
    result = watcher("rules", "validate", "--rules", "shipped", "--rules", str(mine), cwd=tmp_path)
    assert result.returncode == 2
    assert "b.yaml:1: id: duplicate rule id 'my-extra-rule'" in result.stderr


def test_run_reads_the_rules_folders(tmp_path: Path) -> None:
    """`run --rules DIR` loads that folder: a broken rule in it stops the start, exit 2."""
    mine = _mine(tmp_path, broken=EXTRA.replace("keyword", "kewyord"))
    result = watcher(
        *("run", "--sources", str(EXAMPLES), "--state", "s.db", "--http", "off"),
        *("--rules", "shipped", "--rules", str(mine)),
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "broken.yaml" in result.stderr


def test_both_spellings_are_a_config_error(tmp_path: Path) -> None:
    """rules_dir in the environment and rules_dirs in the file: exit 2 naming both."""
    (tmp_path / "watcher.toml").write_text('rules_dirs = ["shipped"]\n')
    result = watcher("rules", "validate", cwd=tmp_path, env={"WATCHER_RULES_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "rules_dir (WATCHER_RULES_DIR) and rules_dirs (WATCHER_RULES_DIRS)" in result.stderr
