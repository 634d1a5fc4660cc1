"""Every YAML watcher reads goes through one loader with limits (issue 11, section 1).

Sources, rules, the baseline, a gazetteer file, front matter and `meta.yaml`: a nesting bomb,
an alias bomb or a value that cannot be built is an error naming the file (and the line and
limit), never a RecursionError, a MemoryError or a minute of work.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
import yaml

from tests.test_isolation import billion_laughs, nested_json
from watcher.alerting.rules import load_rules
from watcher.common import yamlfile
from watcher.common.yamlfile import MAX_YAML_DEPTH, YAMLLimitError, load_documents, load_yaml
from watcher.errors import ConfigError, ParseError
from watcher.facts.baseline import load_baseline
from watcher.facts.extract import load_gazetteer
from watcher.ingest.documents import read_document
from watcher.ingest.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent
DEEP_FLOW = "sources: " + nested_json(MAX_YAML_DEPTH + 50)  # within libyaml's own limit
DEEPER_FLOW = "sources: " + nested_json(100_000)  # libyaml stops it first
DEEP_BLOCK = "".join(f"{' ' * n}k{n}:\n" for n in range(MAX_YAML_DEPTH + 5)) + " " * 200 + "x"
BOMB = billion_laughs().replace("published:", "sources:")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (DEEP_FLOW, "nested deeper than 100 levels (the limit)"),
        (DEEPER_FLOW, "nested deeper than 100 levels (the limit)"),
        (DEEP_BLOCK, "nested deeper than 100 levels (the limit)"),
        (BOMB, "aliases expand the document to more than 10,000 nodes (the limit)"),
        ("sources: &a [*a]\n", "alias *a refers to a node that contains it"),
        ("sources: " + "9" * 5000 + "\n", "cannot read value: Exceeds the limit"),
    ],
    ids=["deep-flow", "deeper-flow", "deep-block", "alias-bomb", "recursive", "huge-int"],
)
def test_sources_file_beyond_a_limit_is_a_config_error(
    tmp_path: Path, text: str, problem: str
) -> None:
    """The error names the file, the line and what limit was passed."""
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    started = time.monotonic()
    with pytest.raises(ConfigError, match="invalid YAML") as info:
        load_sources(path)
    assert time.monotonic() - started < 2
    assert str(info.value).startswith(f"{path}:")
    assert problem in str(info.value)


def test_a_rule_file_with_an_alias_bomb_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "bomb.yaml").write_text(BOMB)
    with pytest.raises(ConfigError, match=r"bomb\.yaml:\d+: invalid YAML: aliases expand"):
        load_rules([tmp_path])


def test_baseline_nested_too_deep_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "baseline.yaml"
    path.write_text("facts: " + nested_json(500) + "\n")
    with pytest.raises(ConfigError, match=r"baseline\.yaml:1: invalid YAML: nested deeper"):
        load_baseline(path)


def test_an_impossible_date_in_the_baseline_is_a_field_error(tmp_path: Path) -> None:
    """It used to escape as ValueError from the YAML timestamp; now the validator names the
    field and line like any other wrong value."""
    path = tmp_path / "baseline.yaml"
    path.write_text(
        "facts:\n  - kind: tariff_rate\n    imposer: US\n    target: China\n"
        "    product: all goods\n    rate_pct: 30\n    status: happened\n"
        "    source: 000_x.txt\n    published: 2025-13-45\n    evidence: A sentence.\n"
    )
    with pytest.raises(ConfigError, match=r"baseline\.yaml:\d+: facts\[0\]\.published"):
        load_baseline(path)


def test_gazetteer_file_with_an_alias_bomb_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.yaml"
    path.write_text(billion_laughs().replace("published:", "countries:"))
    with pytest.raises(ConfigError, match="aliases expand"):
        load_gazetteer(path)


def test_aliases_within_the_limits_still_work(tmp_path: Path) -> None:
    """Anchors and merge keys are ordinary YAML; only their abuse is refused."""
    path = tmp_path / "a.yaml"
    path.write_text("base: &b {interval: 10m, tags: [a, b]}\none: {<<: *b, id: x}\ntwo: *b\n")
    (doc,) = load_documents(path)
    assert doc.data["one"] == {"interval": "10m", "tags": ["a", "b"], "id": "x"}
    assert doc.data["two"] == {"interval": "10m", "tags": ["a", "b"]}
    assert doc.line_of(("one", "id")) == 2


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        (billion_laughs(), "aliases expand the document to more than 10,000 nodes"),
        ("published: " + nested_json(300), "line 2: nested deeper than 100 levels"),
        ("n: " + "7" * 5000, "line 2: cannot read value"),
    ],
    ids=["alias-bomb", "deep", "huge-int"],
)
def test_front_matter_beyond_a_limit_names_the_file_and_line(
    tmp_path: Path, front: str, problem: str
) -> None:
    path = tmp_path / "story.md"
    path.write_text(f"---\n{front}\n---\nTitle\nText.\n")
    with pytest.raises(ParseError, match="invalid front matter") as info:
        read_document(path, "inbox")
    assert str(info.value).startswith(f"{path}: ")
    assert problem in str(info.value)


def test_front_matter_date_that_is_no_date_leaves_the_article_undated(tmp_path: Path) -> None:
    """Month 13 and hour 99 are no time: the article is read, undated."""
    path = tmp_path / "story.md"
    path.write_text("---\npublished: 2022-13-45T99:99:99Z\n---\nTitle\nText.\n")
    article = read_document(path, "inbox")
    assert article.published is None
    assert article.title == "Title"


def test_front_matter_real_date_is_still_a_date(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("---\npublished: 2025-02-28\n---\nTitle\nText.\n")
    assert read_document(path, "inbox").published is not None
    assert read_document(path, "inbox").published.date() == date(2025, 2, 28)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"a.txt: {published: [1\n", "meta.yaml:2: invalid YAML"),
        (b"a.txt:\n  title: caf\xe9\n", "meta.yaml: not UTF-8 text"),
        (billion_laughs().encode(), "meta.yaml:5: invalid YAML: aliases expand"),
    ],
    ids=["invalid", "not-utf8", "alias-bomb"],
)
def test_bad_meta_yaml_is_a_parse_error_naming_it(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    (tmp_path / "a.txt").write_text("Title\nText.\n")
    (tmp_path / "meta.yaml").write_bytes(content)
    with pytest.raises(ParseError) as info:
        read_document(tmp_path / "a.txt", "inbox")
    assert problem in str(info.value)


@pytest.mark.parametrize("loader", ["libyaml", "pure-python"])
def test_both_parsers_give_the_same_data_and_limits(
    monkeypatch: pytest.MonkeyPatch, loader: str
) -> None:
    """Without libyaml, PyYAML's own parser runs under the same limits."""
    if loader == "pure-python":
        monkeypatch.setattr(yamlfile, "_LOADER", yamlfile._PyLoader)
    text = (ROOT / "seeds" / "baseline.yaml").read_text(encoding="utf-8")
    assert yamlfile.load_yaml(text) == yaml.safe_load(text)
    for bad, problem in [
        (BOMB, "aliases expand"),
        (DEEP_FLOW, "nested deeper than 100"),
        (DEEP_BLOCK, "nested deeper than 100"),
        ("a: &a [*a]", "refers to a node that contains it"),
    ]:
        with pytest.raises(yaml.YAMLError) as info:
            yamlfile.load_yaml(bad)
        assert problem in yamlfile.yaml_problem(info.value)[1]


def test_small_amplification_is_refused_and_plain_anchor_reuse_is_not() -> None:
    """Six levels of nine aliases make a 200-character text into 59,049 leaves: refused
    (amplification), while anchors reused as defaults, the way people write them, load."""
    levels = ["a0: &a0 [lol]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 6)]
    with pytest.raises(YAMLLimitError, match="more than 10,000 nodes"):
        load_yaml("\n".join(levels))
    defaults = "defaults: &d {interval: 15m, tags: [trade, china], timeout: 30s}\n"
    entries = "".join(f"s{i}: {{<<: *d, url: 'https://example.org/{i}'}}\n" for i in range(300))
    assert load_yaml(defaults + entries)["s299"]["tags"] == ["trade", "china"]
