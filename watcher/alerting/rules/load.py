"""Loading rule files: YAML in, validated `Rule` objects out, or every problem named.

A problem names the file, the line and the field, e.g.
`rules/tariffs.yaml:7: trigger.change: Input should be 'new', 'changed', ...`. Beyond the
schema, loading checks what pydantic cannot: templates use only the names an alert provides
and no Python internals, keyword terms compile, no two rules share an id, and no rule file is
empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from watcher.alerting.rules.keywords import check_term
from watcher.alerting.rules.schema import KeywordTrigger, Rule
from watcher.alerting.rules.template import check_template
from watcher.common.yamlfile import YamlDoc, format_loc, load_documents
from watcher.errors import ConfigError, RuleError

RULE_SUFFIXES = (".yaml", ".yml")
_ADAPTER = TypeAdapter(Rule)
_TRIGGER_TAGS = {"tariff_rate", "leader_contact", "deadline", "keyword"}


def rule_files(paths: Iterable[Path]) -> list[Path]:
    """The rule files named, and those directly inside folders named, in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.suffix in RULE_SUFFIXES and not p.name.startswith(".")
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            raise ConfigError(f"{path}: no such rule file or folder")
    return files


def _where(doc: YamlDoc, loc: Sequence[int | str]) -> str:
    line = doc.line_of(loc)
    return f"{doc.path}:{line}" if line else str(doc.path)


def _schema_problems(doc: YamlDoc, exc: ValidationError) -> Iterator[str]:
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if p not in _TRIGGER_TAGS)
        if err["type"] in ("union_tag_invalid", "union_tag_not_found"):
            loc = (*loc, "type")
        yield f"{_where(doc, loc)}: {format_loc(loc) or '(rule)'}: {err['msg']}"


def _semantic_problems(doc: YamlDoc, rule: Rule) -> Iterator[str]:
    for field in ("title", "message"):
        source = getattr(rule, field)
        problem = check_template(source) if source else None
        if problem:
            yield f"{_where(doc, (field,))}: {field}: {problem}"
    if isinstance(rule.trigger, KeywordTrigger):
        for name in ("any", "all", "none"):
            for index, term in enumerate(getattr(rule.trigger, name)):
                problem = check_term(term)
                if problem:
                    loc = ("trigger", name, index)
                    yield f"{_where(doc, loc)}: {format_loc(loc)}: {problem}"


def _parse(doc: YamlDoc) -> tuple[Rule | None, list[str]]:
    if not isinstance(doc.data, dict):
        return None, [f"{doc.path}: a rule must be a mapping of keys to values"]
    try:
        rule = _ADAPTER.validate_python(doc.data)
    except ValidationError as exc:
        return None, list(_schema_problems(doc, exc))
    return rule, list(_semantic_problems(doc, rule))


def load_rule_docs(files: Sequence[Path]) -> tuple[list[tuple[Rule, YamlDoc]], list[str]]:
    """Every valid rule with the document it came from, and every problem found."""
    rules: list[tuple[Rule, YamlDoc]] = []
    problems: list[str] = []
    first_seen: dict[str, str] = {}
    for path in files:
        try:
            docs = [d for d in load_documents(path) if d.data is not None]
        except ConfigError as exc:
            problems.append(str(exc))
            continue
        if not docs:  # a failed copy or the wrong file: a rule someone counts on is missing
            problems.append(f"{path}: no rule in this file; write one, or remove the file")
            continue
        for doc in docs:
            rule, found = _parse(doc)
            problems.extend(found)
            if rule is None or found:
                continue
            if rule.id in first_seen:
                problems.append(
                    f"{_where(doc, ('id',))}: id: duplicate rule id {rule.id!r} "
                    f"(first defined at {first_seen[rule.id]})"
                )
                continue
            first_seen[rule.id] = _where(doc, ("id",))
            rules.append((rule, doc))
    return rules, problems


def load_rules(paths: Iterable[Path]) -> list[Rule]:
    """All rules of the given files and folders; RuleError lists every problem."""
    rules, problems = load_rule_docs(rule_files(paths))
    if problems:
        raise RuleError(problems)
    return [rule for rule, _ in rules]
