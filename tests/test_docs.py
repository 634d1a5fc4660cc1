"""The README documents every setting and every source kind the code accepts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from watcher.baseline import known_state, load_baseline
from watcher.pipeline import facts_of
from watcher.rules import load_rules
from watcher.rules.examples import run_examples
from watcher.settings import Settings
from watcher.sources import DirSource, FeedSource, PageSource, load_sources

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def setting_names(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from setting_names(annotation, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}"


@pytest.mark.parametrize("name", list(setting_names(Settings)))
def test_every_setting_is_in_the_readme(name: str) -> None:
    """Each setting appears in the README with its environment variable."""
    env = "WATCHER_" + name.replace(".", "__").upper()
    assert f"`{name}`" in README
    assert f"`{env}`" in README or f"`{env}__NAME__FIELD`" in README  # dict settings


@pytest.mark.parametrize("model", [FeedSource, PageSource, DirSource])
def test_every_source_kind_and_field_is_in_the_readme(model: type[BaseModel]) -> None:
    """Each source kind and each of its fields is described in the README."""
    kind = model.model_fields["kind"].annotation.__args__[0]  # type: ignore[union-attr]
    assert f"`{kind}`" in README
    for name in model.model_fields:
        assert f"{name}:" in README or f"`{name}`" in README, name


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", README, flags=re.DOTALL)


@pytest.mark.parametrize("trigger", ["tariff_rate", "leader_contact", "deadline", "keyword"])
def test_every_trigger_type_is_in_the_readme(trigger: str) -> None:
    """Each trigger type has a row in the README's trigger table."""
    assert f"| `{trigger}` |" in README


def test_readme_rule_example_is_valid_and_its_example_passes(tmp_path: Path) -> None:
    """The rule shown in the README loads, and its own example produces its alert."""
    [block] = [b for b in yaml_blocks() if b.startswith("id: ")]
    (tmp_path / "readme.yaml").write_text(block)
    [rule] = load_rules([tmp_path])
    baseline = known_state(load_baseline(ROOT / "seeds" / "baseline.yaml"), [])
    [result] = run_examples([rule], baseline, facts_of)
    assert result.passed, result.problems


def test_readme_sources_example_is_valid(tmp_path: Path) -> None:
    """The sources file shown in the README loads."""
    [block] = [b for b in yaml_blocks() if b.startswith("sources:")]
    (tmp_path / "sources.yaml").write_text(block)
    assert len(load_sources(tmp_path / "sources.yaml")) == 2
