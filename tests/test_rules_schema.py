"""`watcher rules schema` agrees with the loader: every shipped rule, every example rule and
every rule shown in the README is valid against it, as an editor would check them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.test_cli import ROOT, watcher
from watcher.alerting.rules.schema import rule_json_schema
from watcher.common.yamlfile import load_yaml_all

README = (ROOT / "README.md").read_text(encoding="utf-8")
RULE_FILES = sorted(
    [*(ROOT / "rules").glob("*.yaml"), *(ROOT / "examples" / "rules").glob("*.yaml")]
)
README_RULES = [
    b for b in re.findall(r"```yaml\n(.*?)```", README, flags=re.DOTALL) if "\ntrigger:" in b
]


def as_editor_sees(text: str) -> list[Any]:
    """The documents as JSON values: dates and times as the strings they are written as."""
    return [json.loads(json.dumps(data, default=str)) for _, data in load_yaml_all(text)]


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = rule_json_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.mark.parametrize("path", RULE_FILES, ids=[p.name for p in RULE_FILES])
def test_every_shipped_rule_is_valid_against_the_schema(
    path: Path, validator: jsonschema.protocols.Validator
) -> None:
    for document in as_editor_sees(path.read_text(encoding="utf-8")):
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
        assert not errors, errors


def test_the_readme_has_rule_examples() -> None:
    assert len(README_RULES) >= 2


@pytest.mark.parametrize("block", README_RULES, ids=[b.split("\n")[0] for b in README_RULES])
def test_every_readme_rule_is_valid_against_the_schema(
    block: str, validator: jsonschema.protocols.Validator
) -> None:
    for document in as_editor_sees(block):
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
        assert not errors, errors


@pytest.mark.parametrize(
    ("snippet", "valid"),
    [
        ({"remind_before": "7d"}, True),
        ({"remind_before": ["30d", 7200]}, True),
        ({"remind_before": "soon"}, False),
        ({"events": "passed"}, True),
        ({"status": "happened"}, True),
        ({"imposer": "US"}, True),
        ({"colour": "red"}, False),
    ],
)
def test_schema_takes_what_the_loader_takes(
    snippet: dict[str, Any], valid: bool, validator: jsonschema.protocols.Validator
) -> None:
    rule = {
        "id": "r",
        "description": "d",
        "message": "m",
        "trigger": {"type": "deadline", **snippet},
    }
    assert validator.is_valid(rule) is valid


def test_schema_command_prints_an_id(tmp_path: Path) -> None:
    result = watcher("rules", "schema", cwd=tmp_path)
    schema = json.loads(result.stdout)
    assert schema["$id"].startswith("urn:") or schema["$id"].startswith("https://")
    assert schema == rule_json_schema()
