"""The docs match the code: every setting, source kind and command is in the README, and the
README's layout paragraph and docs/architecture.md match the tree."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import grimp
import pytest
from pydantic import BaseModel

from watcher.alerting.rules import load_rules
from watcher.alerting.rules.examples import run_examples
from watcher.cli import cli
from watcher.facts.baseline import known_state, load_baseline
from watcher.facts.registry import KINDS
from watcher.ingest.sources import DirSource, FeedSource, PageSource, load_sources
from watcher.pipeline import facts_of
from watcher.settings import Settings

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


@pytest.mark.parametrize("trigger", [*KINDS, "keyword"])
def test_every_trigger_type_is_in_the_readme(trigger: str) -> None:
    """Each trigger type (one per registered fact kind, and keyword) has a row in the README's
    trigger table, and each fact kind a row in its table of kinds."""
    assert f"| `{trigger}` |" in README
    assert README.count(f"| `{trigger}` |") == (2 if trigger in KINDS else 1)


README_RULES = [b for b in yaml_blocks() if "\ntrigger:" in b]


@pytest.mark.parametrize("block", README_RULES, ids=[b.split("\n")[0] for b in README_RULES])
def test_readme_rule_examples_are_valid_and_their_examples_pass(tmp_path: Path, block: str) -> None:
    """Each rule shown in the README (the tariff change, "above 50%") loads, and its own
    examples pass, as `watcher rules test` runs them."""
    (tmp_path / "readme.yaml").write_text(block)
    [rule] = load_rules([tmp_path])
    assert rule.examples
    baseline = known_state(load_baseline(ROOT / "seeds" / "baseline.yaml"), [])
    for result in run_examples([rule], baseline, facts_of):
        assert result.passed, result.problems


def test_readme_shows_a_threshold_rule() -> None:
    assert any("rate_above: 50" in b for b in README_RULES)


def test_readme_sources_example_is_valid(tmp_path: Path) -> None:
    """The sources file shown in the README loads."""
    [block] = [b for b in yaml_blocks() if b.startswith("sources:")]
    (tmp_path / "sources.yaml").write_text(block)
    assert len(load_sources(tmp_path / "sources.yaml")) == 2


PACKAGE = ROOT / "watcher"
ARCHITECTURE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
# Packages documented as a whole (one row), not module by module.
WHOLE = {"facts/extract/", "alerting/rules/", "delivery/notifiers/", "cli/"}


def _layout_paragraph() -> str:
    start = README.index("Layout, following the data flow")
    return README[start : README.index("`docs/architecture.md` has a row", start)]


def _module_rows() -> set[str]:
    return set(re.findall(r"^\| `([\w/.]+)` \|", ARCHITECTURE, flags=re.MULTILINE))


def _documented_units() -> set[str]:
    """Every path that should have a row: top-level modules, stage modules, whole packages."""
    units: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if path.name in ("__init__.py", "__main__.py") and "/" not in rel:
            continue
        whole = next((w for w in WHOLE if rel.startswith(w)), None)
        if rel.startswith("facts/kinds/") and rel.count("/") == 3:  # one row per fact kind
            whole = rel.rsplit("/", 1)[0] + "/"
        if whole:
            units.add(whole)
        elif path.name != "__init__.py":
            units.add(rel)
    return units


def test_every_module_has_a_row_in_the_architecture_page() -> None:
    missing = _documented_units() - _module_rows()
    assert not missing, f"docs/architecture.md has no row for {sorted(missing)}"


def test_every_row_of_the_architecture_page_exists() -> None:
    stale = {row for row in _module_rows() if not (PACKAGE / row).exists()}
    assert not stale, f"docs/architecture.md names what is not in the tree: {sorted(stale)}"


def test_the_readme_layout_names_every_package_and_nothing_else() -> None:
    named = set(re.findall(r"`watcher/([\w/.]+)`", _layout_paragraph()))
    packages = {p.name + "/" for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    top_modules = {p.name for p in PACKAGE.glob("*.py") if not p.name.startswith("__")}
    assert packages <= named, f"the README's layout misses {sorted(packages - named)}"
    assert top_modules <= named, f"the README's layout misses {sorted(top_modules - named)}"
    stale = {n for n in named if not (PACKAGE / n).exists()}
    assert not stale, f"the README's layout names what is not in the tree: {sorted(stale)}"


@pytest.mark.parametrize("name", cli.list_commands(click.Context(cli)))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"`watcher {name}" in README


def _cycles(graph: grimp.ImportGraph) -> list[tuple[str, ...]]:
    """The modules of each import cycle: an import whose target leads back to the importer."""
    found: set[tuple[str, ...]] = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            chain = graph.find_shortest_chain(importer=imported, imported=module)
            if chain:
                found.add(tuple(sorted({module, *chain})))
    return sorted(found)


def test_no_import_cycles() -> None:
    """TYPE_CHECKING imports count: a cycle there is still a tangle for the reader."""
    graph = grimp.build_graph("watcher", exclude_type_checking_imports=False)
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: a two-module cycle written here is found."""
    pkg = tmp_path / "tangled"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from tangled import b\n")
    (pkg / "b.py").write_text("from tangled import a\n")
    (pkg / "c.py").write_text("from tangled import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("tangled", cache_dir=None)
    assert _cycles(graph) == [("tangled.a", "tangled.b")]
