"""Rule files: each broken file fails with the file, line and field named."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.alerting.rules import load_rules
from watcher.alerting.rules.schema import KeywordTrigger
from watcher.errors import ConfigError, RuleError
from watcher.facts.kinds.leader_contact.trigger import LeaderContactTrigger
from watcher.facts.kinds.tariff_rate.trigger import TariffRateTrigger
from watcher.facts.registry import KINDS
from watcher.models import Status

VALID = """\
id: ok-rule
description: A rule that loads
severity: info
trigger:
  type: tariff_rate
  imposer: US
  target: [China]
message: "{{ fact.rate_pct }}%"
"""

BROKEN = [
    (
        "unknown-key",
        VALID + "colour: red\n",
        r"x\.yaml:9: colour: unknown key; remove it or check its spelling",
    ),
    (
        "missing-message",
        VALID.replace('message: "{{ fact.rate_pct }}%"\n', ""),
        r"x\.yaml:1: message: Field required",
    ),
    (
        "bad-severity",
        VALID.replace("severity: info", "severity: loud"),
        r"x\.yaml:3: severity: Input should be 'info', 'warning' or 'critical'",
    ),
    (
        "unknown-trigger",
        VALID.replace("type: tariff_rate", "type: tariffs"),
        r"x\.yaml:5: trigger\.type: .*'tariff_rate', 'leader_contact', 'deadline',"
        r" 'export_control', 'keyword'",
    ),
    (
        "trigger-unknown-key",
        VALID.replace("  target: [China]", "  targets: [China]"),
        r"x\.yaml:7: trigger\.targets: unknown key; did you mean 'target'\?",
    ),
    (
        "bad-status",
        VALID.replace("  target: [China]", "  target: [China]\n  status: maybe"),
        r"x\.yaml:8: trigger\.status\[0\]: Input should be 'happened'",
    ),
    (
        "negative-points",
        VALID.replace("  target: [China]", "  target: [China]\n  min_change_pts: -1"),
        r"x\.yaml:8: trigger\.min_change_pts: Input should be greater than or equal to 0",
    ),
    ("bad-id", VALID.replace("id: ok-rule", "id: Not OK"), r"x\.yaml:1: id: String should match"),
    (
        "template-syntax",
        VALID.replace('"{{ fact.rate_pct }}%"', '"{{ fact.rate_pct %}"'),
        r"x\.yaml:8: message: template syntax error",
    ),
    (
        "template-unknown-name",
        VALID.replace("fact.rate_pct", "os.system"),
        r"x\.yaml:8: message: unknown name\(s\) os",
    ),
    (
        "keyword-no-terms",
        "id: k\ndescription: d\ntrigger:\n  type: keyword\n  none: [x]\nmessage: m\n",
        r"x\.yaml:4: trigger: a keyword trigger needs `any` or `all` terms",
    ),
    (
        "keyword-bad-regex",
        "id: k\ndescription: d\ntrigger:\n  type: keyword\n  any: ['re:(?<=a)b']\nmessage: m\n",
        r"x\.yaml:5: trigger\.any\[0\]: invalid regular expression",
    ),
    (
        "bad-duration",
        VALID + "alert:\n  realert: soon\n",
        r"x\.yaml:10: alert\.realert: .*not a duration",
    ),
    (
        "remind-before",
        "id: d\ndescription: d\ntrigger:\n  type: deadline\n  remind_before: [7x]\nmessage: m\n",
        r"x\.yaml:5: trigger\.remind_before\[0\]: '7x' is not a duration",
    ),
    (
        "example-missing-alerts",
        VALID + "examples:\n  - text: hi\n",
        r"x\.yaml:10: examples\[0\]\.alerts: Field required",
    ),
    ("yaml-syntax", "id: [\n", r"x\.yaml:2: invalid YAML"),
    ("not-a-mapping", "- a\n- b\n", r"x\.yaml: a rule must be a mapping"),
]


@pytest.mark.parametrize(("name", "body", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_rule_names_file_line_field(
    tmp_path: Path, name: str, body: str, message: str
) -> None:
    """Every kind of mistake is reported with the place it is in."""
    path = tmp_path / "x.yaml"
    path.write_text(body)
    with pytest.raises(RuleError, match=message):
        load_rules([path])


def test_all_problems_of_all_files_are_reported(tmp_path: Path) -> None:
    """Validation collects every problem rather than stopping at the first."""
    (tmp_path / "a.yaml").write_text(VALID.replace("severity: info", "severity: loud"))
    (tmp_path / "b.yaml").write_text(VALID + "colour: red\n")
    with pytest.raises(RuleError) as info:
        load_rules([tmp_path])
    assert len(info.value.problems) == 2


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    """Two rules with one id are an error naming both places."""
    (tmp_path / "a.yaml").write_text(VALID)
    (tmp_path / "b.yaml").write_text(VALID)
    with pytest.raises(
        RuleError,
        match=r"b\.yaml:1: id: duplicate rule id 'ok-rule' "
        r"\(first defined at .*a\.yaml:1\)",
    ):
        load_rules([tmp_path])


def test_several_rules_in_one_file(tmp_path: Path) -> None:
    """`---` separates rules in one file; a single value stands for a list."""
    second = VALID.replace("ok-rule", "second").replace("type: tariff_rate", "type: leader_contact")
    second = second.replace("  imposer: US\n  target: [China]\n", "  participants: Trump\n")
    (tmp_path / "a.yaml").write_text(VALID + "---\n" + second)
    first, other = load_rules([tmp_path])
    assert isinstance(first.trigger, TariffRateTrigger)
    assert first.trigger.imposer == ("US",)
    assert isinstance(other.trigger, LeaderContactTrigger)
    assert other.trigger.participants.all_of == ("Trump",)


def test_missing_path(tmp_path: Path) -> None:
    """A rules path that does not exist is a configuration error."""
    with pytest.raises(ConfigError, match="no such rule file or folder"):
        load_rules([tmp_path / "nope"])


def test_shipped_rules_load() -> None:
    """The default rule pack is valid and alerts on modelled changes only: every fact kind
    has a rule, and no enabled rule is a keyword rule (keyword rules fire on mentions)."""
    rules = load_rules([Path(__file__).parent.parent / "rules"])
    assert {r.trigger.type for r in rules} == set(KINDS)
    assert not any(isinstance(r.trigger, KeywordTrigger) and r.enabled for r in rules)


def test_keyword_examples_load_and_are_off() -> None:
    """The keyword rules kept as examples are valid, and off until a user turns them on."""
    rules = load_rules([Path(__file__).parent.parent / "examples" / "rules"])
    assert rules
    assert all(isinstance(r.trigger, KeywordTrigger) and not r.enabled for r in rules)


def test_shipped_pack_does_not_alert_on_plans_or_hopes() -> None:
    """A planned or speculated contact is not a change: no enabled shipped rule fires on one."""
    rules = load_rules([Path(__file__).parent.parent / "rules"])
    for rule in rules:
        if rule.enabled and isinstance(rule.trigger, LeaderContactTrigger):
            assert set(rule.trigger.status) == {Status.HAPPENED}, rule.id
