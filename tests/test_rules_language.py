"""The rule language as an author meets it (issue 12): scalars for lists, regular expressions
checked at load, thresholds, values that can never match, messages that say what to do,
templates that keep their newlines."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from watcher.alerting.rules import Rule, RuleSet, load_rules
from watcher.alerting.rules.template import render
from watcher.errors import RuleError
from watcher.facts.kinds.deadline.trigger import DeadlineTrigger, deadline_filters
from watcher.facts.kinds.export_control.trigger import ExportControlTrigger
from watcher.facts.kinds.leader_contact.trigger import LeaderContactTrigger
from watcher.facts.kinds.tariff_rate.trigger import TariffRateTrigger
from watcher.facts.known import Assessed, Comparison, KnownFact, Outcome, Provenance
from watcher.facts.registry import Deadline, TariffRate
from watcher.models import Article, Status


def load_one(tmp_path: Path, body: str) -> Rule:
    path = tmp_path / "r.yaml"
    path.write_text(body)
    [rule] = load_rules([path])
    return rule


def problems_of(tmp_path: Path, body: str) -> str:
    path = tmp_path / "r.yaml"
    path.write_text(body)
    with pytest.raises(RuleError) as info:
        load_rules([path])
    return str(info.value)


def rule_text(trigger: str, extra: str = "") -> str:
    return f"id: r\ndescription: d\ntrigger:\n{trigger}message: m\n{extra}"


# -- crash 1: a scalar where a list is expected ---------------------------------------------

SCALARS = [
    (
        "deadline-remind",
        "  type: deadline\n  remind_before: 7d\n",
        "",
        ("trigger", "remind_before"),
    ),
    ("deadline-events", "  type: deadline\n  events: passed\n", "", ("trigger", "events")),
    ("deadline-status", "  type: deadline\n  status: happened\n", "", ("trigger", "status")),
    ("export-item", "  type: export_control\n  item: chips\n", "", ("trigger", "item")),
    ("export-measure", "  type: export_control\n  measure: new\n", "", ("trigger", "measure")),
    ("keyword-none", "  type: keyword\n  any: tariff\n  none: visa\n", "", ("trigger", "none")),
    ("group-by", "  type: tariff_rate\n", "alert: {group_by: imposer}\n", ("alert", "group_by")),
    ("notify", "  type: tariff_rate\n", "notify: console\n", ("notify",)),
    (
        "contains",
        "  type: keyword\n  any: x\n",
        "examples:\n  - {text: x, alerts: 1, contains: x}\n",
        ("examples", 0, "contains"),
    ),
    (
        "participants-any-of",
        "  type: leader_contact\n  participants: {any_of: Trump}\n",
        "",
        ("trigger", "participants", "any_of"),
    ),
]


@pytest.mark.parametrize(("name", "trigger", "extra", "path"), SCALARS, ids=[s[0] for s in SCALARS])
def test_every_list_field_takes_a_single_value(
    tmp_path: Path, name: str, trigger: str, extra: str, path: tuple[Any, ...]
) -> None:
    """`field: x` means `field: [x]` wherever a list is expected, as `imposer: US` does."""
    value: Any = load_one(tmp_path, rule_text(trigger, extra))
    for part in path:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    assert isinstance(value, tuple)
    assert len(value) == 1


def test_remind_before_single_duration(tmp_path: Path) -> None:
    rule = load_one(tmp_path, rule_text("  type: deadline\n  remind_before: 7d\n"))
    assert isinstance(rule.trigger, DeadlineTrigger)
    assert rule.trigger.remind_before == (timedelta(days=7),)


def test_remind_before_bare_number_is_a_clean_error(tmp_path: Path) -> None:
    """`remind_before: 7` crashed with TypeError; 7 is seven seconds, and reminders come in
    whole days: the error says to write `7d`."""
    message = problems_of(tmp_path, rule_text("  type: deadline\n  remind_before: 7\n"))
    assert "r.yaml:5: trigger.remind_before" in message
    assert "7d" in message


# -- crash 2: regular expressions compile at load time --------------------------------------


def test_invalid_what_expression_is_a_load_error(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """An invalid `what:` passed validation and crashed every poll; now loading names the file,
    line and field with RE2's message, and RE2 prints nothing of its own on stderr."""
    message = problems_of(tmp_path, rule_text("  type: deadline\n  what: '(truce'\n"))
    assert "r.yaml:5: trigger.what: invalid regular expression '(truce': missing )" in message
    assert "b'" not in message
    assert "re2.cc" not in capfd.readouterr().err


def test_what_is_re2_and_case_insensitive(tmp_path: Path) -> None:
    rule = load_one(tmp_path, rule_text("  type: deadline\n  what: 'TRUCE|pause'\n"))
    assert isinstance(rule.trigger, DeadlineTrigger)
    fact = Deadline(Status.ANNOUNCED, "ev", "end of the tariff truce")
    assert deadline_filters(rule.trigger, fact) is None


def test_invalid_keyword_expression_prints_no_absl_noise(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    message = problems_of(tmp_path, rule_text("  type: keyword\n  any: ['re:(x']\n"))
    assert "invalid regular expression 're:(x': missing )" in message
    assert "re2.cc" not in capfd.readouterr().err


# -- thresholds ----------------------------------------------------------------------------

PROV = Provenance("seed", datetime(2025, 6, 1, tzinfo=UTC))
ARTICLE = Article("wire", "a1", "Headline", "Body.", None, None)


def tariff(pct: float) -> TariffRate:
    return TariffRate(Status.HAPPENED, "ev", "US", "China", "all goods", float(pct))


def verdict(rule: Rule, pct: float, known: float | None = 30) -> str:
    known_fact = KnownFact(tariff(known), PROV) if known is not None else None
    outcome = Outcome.CHANGED if known is not None else Outcome.NEW
    item = Assessed(ARTICLE, (Comparison(tariff(pct), outcome, known_fact),))
    [v] = RuleSet([rule]).explain(item)
    return "FIRES" if v.fired else v.reason


def threshold_rule(**trigger: Any) -> Rule:
    data = {
        "id": "r",
        "description": "d",
        "message": "m",
        "trigger": {"type": "tariff_rate", "imposer": "US", "target": "China", **trigger},
    }
    return TypeAdapter(Rule).validate_python(data)


def test_rate_above_fires_only_above() -> None:
    rule = threshold_rule(rate_above=50)
    assert verdict(rule, 54) == "FIRES"
    assert verdict(rule, 50) == "the rate 50% is not above 50%"
    assert verdict(rule, 40, known=None) == "the rate 40% is not above 50%"


def test_rate_below_fires_only_below() -> None:
    rule = threshold_rule(rate_below=10)
    assert verdict(rule, 5) == "FIRES"
    assert verdict(rule, 10) == "the rate 10% is not below 10%"


def test_a_threshold_band_that_holds_nothing_is_an_error(tmp_path: Path) -> None:
    message = problems_of(
        tmp_path, rule_text("  type: tariff_rate\n  rate_above: 50\n  rate_below: 40\n")
    )
    assert "rate_above (50) must be lower than rate_below (40)" in message


# -- values that can never match -----------------------------------------------------------


def test_country_alias_is_normalised(tmp_path: Path) -> None:
    rule = load_one(tmp_path, rule_text("  type: tariff_rate\n  imposer: United States\n"))
    assert isinstance(rule.trigger, TariffRateTrigger)
    assert rule.trigger.imposer == ("US",)


def test_misspelt_country_suggests_the_nearest(tmp_path: Path) -> None:
    message = problems_of(tmp_path, rule_text("  type: tariff_rate\n  imposer: Untied States\n"))
    assert "r.yaml:5: trigger.imposer[0]: unknown country 'Untied States'" in message
    assert "did you mean 'United States'" in message


def test_unknown_product_is_an_error(tmp_path: Path) -> None:
    message = problems_of(tmp_path, rule_text("  type: tariff_rate\n  product: everything\n"))
    assert "trigger.product[0]: unknown product 'everything'" in message
    assert "did you mean 'all goods'" in message


def test_product_alias_and_all_goods(tmp_path: Path) -> None:
    rule = load_one(tmp_path, rule_text("  type: tariff_rate\n  product: [chips, all goods]\n"))
    assert isinstance(rule.trigger, TariffRateTrigger)
    assert rule.trigger.product == ("semiconductors", "all goods")


def test_unknown_leader_is_an_error(tmp_path: Path) -> None:
    message = problems_of(
        tmp_path, rule_text("  type: leader_contact\n  participants: [Trump, Xii]\n")
    )
    assert "unknown leader 'Xii'; did you mean 'Xi'" in message


def test_leader_alias_is_normalised(tmp_path: Path) -> None:
    rule = load_one(tmp_path, rule_text("  type: leader_contact\n  participants: Xi Jinping\n"))
    assert isinstance(rule.trigger, LeaderContactTrigger)
    assert rule.trigger.participants.all_of == ("Xi",)


def test_unknown_export_item_is_an_error(tmp_path: Path) -> None:
    message = problems_of(tmp_path, rule_text("  type: export_control\n  item: rare earth\n"))
    assert "unknown item 'rare earth'; did you mean 'rare_earths'" in message


def test_export_control_target_all(tmp_path: Path) -> None:
    rule = load_one(tmp_path, rule_text("  type: export_control\n  target: [all, china]\n"))
    assert isinstance(rule.trigger, ExportControlTrigger)
    assert rule.trigger.target == ("all", "China")


def test_group_by_unknown_field_lists_the_fields(tmp_path: Path) -> None:
    message = problems_of(
        tmp_path, rule_text("  type: tariff_rate\n", "alert:\n  group_by: [imposter]\n")
    )
    assert "alert.group_by[0]: 'imposter' is not a field of a tariff_rate fact" in message
    assert "did you mean 'imposer'" in message
    assert "product" in message and "rate_pct" in message


# -- messages that say what to do ----------------------------------------------------------


def test_a_dict_where_a_list_is_expected_says_write_a_list(tmp_path: Path) -> None:
    message = problems_of(tmp_path, rule_text("  type: deadline\n  remind_before: {a: 1}\n"))
    assert "trigger.remind_before: write a list, e.g. [30d, 7d, 1d]" in message


def test_unknown_key_suggests_the_nearest(tmp_path: Path) -> None:
    message = problems_of(tmp_path, rule_text("  type: tariff_rate\n  targets: China\n"))
    assert "trigger.targets: unknown key; did you mean 'target'?" in message


def test_missing_field_says_to_add_it(tmp_path: Path) -> None:
    message = problems_of(tmp_path, "id: r\ntrigger: {type: keyword, any: x}\nmessage: m\n")
    assert "r.yaml:1: description: Field required: add `description:`" in message


def test_bad_indentation_names_the_line_and_the_key_above(tmp_path: Path) -> None:
    body = "id: r\ndescription: d\ntrigger:\n  type: tariff_rate\n   imposer: US\nmessage: m\n"
    message = problems_of(tmp_path, body)
    assert re.search(
        r"r\.yaml:5: invalid YAML: .*line 5 is indented more than `type:` on line 4", message
    ), message


# -- templates keep their newlines ---------------------------------------------------------


def test_a_newline_after_endif_is_kept() -> None:
    source = 'It was {% if x %}{{ x }}%.{% endif %}\n"The White House said so."'
    assert render(source, {"x": 30}) == 'It was 30%.\n"The White House said so."'


def test_a_line_of_block_tags_alone_leaves_no_blank_line() -> None:
    source = "First.\n{% if x %}\nSecond.\n{% endif %}\nThird."
    assert render(source, {"x": 1}) == "First.\nSecond.\nThird."


def test_a_blank_line_after_endif_is_kept() -> None:
    source = "A{% if x %}!{% endif %}\n\nB"
    assert render(source, {"x": 1}) == "A!\n\nB"
