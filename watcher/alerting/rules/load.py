"""Loading rule files: YAML in, validated `Rule` objects out, or every problem named.

A problem names the file, the line and the field, e.g.
`rules/tariffs.yaml:7: trigger.change: Input should be 'new', 'changed', ...`. Beyond the
schema, loading checks what pydantic cannot: templates use only the names an alert provides
and no Python internals, keyword terms compile, countries, leaders, products and items are
names some fact can hold (aliases are written canonical: `United States` is `US`; see
vocabulary.py), `group_by` names fields of the trigger's fact, no two rules in one folder share
an id, and no rule file is empty.

Rules come from a list of folders (`rules_dirs`: the shipped pack, then the user's own). A rule
in a later folder replaces the rule with the same id from an earlier one, and says so in a
`rule_overridden` log line: that is how a user changes one shipped rule without copying the
pack. Within one folder a repeated id stays an error, since one of the two is a mistake.

Pydantic's messages are for programmers ("Input should be a valid tuple"); the common ones are
rewritten into what to write instead (`_advice`), the rest are passed on as they are.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from watcher.alerting.rules.keywords import check_term
from watcher.alerting.rules.schema import Example, KeywordTrigger, Policy, Rule
from watcher.alerting.rules.template import check_template
from watcher.alerting.rules.vocabulary import Vocabulary, fact_fields, vocabulary
from watcher.common.yamlfile import YamlDoc, format_loc, load_documents
from watcher.errors import ConfigError, RuleError
from watcher.facts.kinds.leader_contact.trigger import Participants
from watcher.facts.registry import KINDS

log = structlog.get_logger(__name__)
RULE_SUFFIXES = (".yaml", ".yml")
_ADAPTER = TypeAdapter(Rule)
_TRIGGER_TAGS = {"tariff_rate", "leader_contact", "deadline", "keyword"}
_MODELS: tuple[type[BaseModel], ...] = (
    Rule,
    Policy,
    Example,
    KeywordTrigger,
    *(k.trigger for k in KINDS.values()),
    Participants,
)
_KEYS = sorted({name for model in _MODELS for name in model.model_fields})
# What a list looks like in each list field, for "write a list, e.g. ...".
_LIST_EXAMPLES = {
    "remind_before": "[30d, 7d, 1d]",
    "imposer": "[US, China]",
    "target": "[China, US]",
    "product": "[steel, aluminium]",
    "item": "[chips, rare_earths]",
    "status": "[happened, announced]",
    "events": "[set, reminder, passed]",
    "measure": "[new, tightened]",
    "group_by": "[imposer, target, product]",
    "notify": "[console]",
    "contains": '["54%"]',
    "all_of": "[Trump, Xi]",
    "any_of": "[Trump, Xi]",
}


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
        yield f"{_where(doc, loc)}: {format_loc(loc) or '(rule)'}: {_advice(err, loc)}"


_TEXT, _NUMBER, _MAPPING = (
    "write text here, not {shown}",
    "write a number here, not {shown}",
    ("write a mapping of keys to values here, not {shown}"),
)
_ADVICE = {
    "missing": "{msg}: add `{field}:`",
    "tuple_type": "write a list, e.g. {example}",
    "list_type": "write a list, e.g. {example}",
    "string_type": _TEXT,
    "dict_type": _MAPPING,
    "model_type": _MAPPING,
    "model_attributes_type": _MAPPING,
    "int_parsing": _NUMBER,
    "int_type": _NUMBER,
    "int_from_float": "write a whole number here, not {shown}",
    "float_parsing": _NUMBER,
    "float_type": _NUMBER,
    "bool_parsing": "write true or false here, not {shown}",
    "bool_type": "write true or false here, not {shown}",
}
_SHOWN_CHARS = 40


def _advice(err: ErrorDetails, loc: Sequence[int | str]) -> str:
    """The common pydantic errors as what to write; any other message as pydantic says it
    (less the "Value error, " of our own validators' messages)."""
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if err["type"] == "extra_forbidden":
        near = difflib.get_close_matches(field, _KEYS, n=1)
        hint = f"did you mean {near[0]!r}?" if near else "remove it or check its spelling"
        return f"unknown key; {hint}"
    template = _ADVICE.get(err["type"])
    if template is None:
        return err["msg"].removeprefix("Value error, ")
    shown = repr(err.get("input"))
    if len(shown) > _SHOWN_CHARS:
        shown = shown[: _SHOWN_CHARS - 3] + "..."
    example = _LIST_EXAMPLES.get(field, "[a, b]")
    return template.format(msg=err["msg"], field=field, shown=shown, example=example)


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


def _names(doc: YamlDoc, rule: Rule, vocab: Vocabulary) -> tuple[Rule, list[str]]:
    """The rule with every name written canonical, and each name no fact can hold."""
    trigger, problems = rule.trigger, []
    for path, what in getattr(type(trigger), "vocabulary", {}).items():
        *parents, name = path.split(".")
        owner: Any = trigger
        for parent in parents:
            owner = getattr(owner, parent)
        canonical = []
        for index, value in enumerate(getattr(owner, name)):
            found = vocab.canonical(what, value)
            if found is None:
                loc = ("trigger", *parents, name, index)
                problems.append(
                    f"{_where(doc, loc)}: {format_loc(loc)}: {vocab.problem(what, value)}"
                )
            canonical.append(found or value)
        trigger = _replace(trigger, [*parents, name], tuple(canonical))
    return rule.model_copy(update={"trigger": trigger}), problems


def _replace(model: Any, path: list[str], value: Any) -> Any:
    """A copy of `model` with the field at `path` (dotted through sub-models) set to `value`."""
    head, *rest = path
    new = _replace(getattr(model, head), rest, value) if rest else value
    return model.model_copy(update={head: new})


def _group_by_problems(doc: YamlDoc, rule: Rule) -> Iterator[str]:
    fields = fact_fields(rule.trigger.type)
    for index, name in enumerate(rule.alert.group_by or ()):
        if name in fields:
            continue
        loc = ("alert", "group_by", index)
        if not fields:
            why = f"{rule.trigger.type} alerts are one per article: remove group_by"
        else:
            near = difflib.get_close_matches(name, fields, n=1)
            hint = f"did you mean {near[0]!r}? " if near else ""
            why = (
                f"{name!r} is not a field of a {rule.trigger.type} fact; {hint}"
                f"fields: {', '.join(fields)}"
            )
        yield f"{_where(doc, loc)}: {format_loc(loc)}: {why}"


def _parse(doc: YamlDoc, vocab: Vocabulary) -> tuple[Rule | None, list[str]]:
    if not isinstance(doc.data, dict):
        return None, [f"{doc.path}: a rule must be a mapping of keys to values"]
    try:
        rule = _ADAPTER.validate_python(doc.data)
    except ValidationError as exc:
        return None, list(_schema_problems(doc, exc))
    rule, problems = _names(doc, rule, vocab)
    problems += [*_semantic_problems(doc, rule), *_group_by_problems(doc, rule)]
    return rule, problems


def load_rule_docs(
    files: Sequence[Path], gazetteer_file: Path | None = None
) -> tuple[list[tuple[Rule, YamlDoc]], list[str]]:
    """Every valid rule with the document it came from, and every problem found. Names are
    checked against the default gazetteers with `gazetteer_file` merged over them."""
    vocab = vocabulary(gazetteer_file)
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
            rule, found = _parse(doc, vocab)
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


@dataclass(frozen=True, slots=True)
class Override:
    """A rule replaced by the rule with the same id in a later folder."""

    rule_id: str
    old_file: Path
    new_file: Path

    def describe(self) -> str:
        return f"rule {self.rule_id} in {self.new_file} overrides the one in {self.old_file}"


@dataclass(frozen=True, slots=True)
class Layered:
    """The rules of a list of folders, later folders overriding earlier ones."""

    rules: list[tuple[Rule, YamlDoc]]
    problems: list[str]
    overrides: list[Override]
    files: list[Path]


def load_rule_layers(folders: Iterable[Path], gazetteer_file: Path | None = None) -> Layered:
    """Each folder (or file) loaded on its own, then merged in order: a later rule replaces
    an earlier one with its id, keeping the earlier one's place. A folder named twice counts
    once."""
    merged: dict[str, tuple[Rule, YamlDoc]] = {}
    problems: list[str] = []
    overrides: list[Override] = []
    files: list[Path] = []
    for folder in dict.fromkeys(folders):
        layer_files = rule_files([folder])
        files.extend(layer_files)
        loaded, found = load_rule_docs(layer_files, gazetteer_file)
        problems.extend(found)
        for rule, doc in loaded:
            if rule.id in merged:
                overrides.append(Override(rule.id, merged[rule.id][1].path, doc.path))
            merged[rule.id] = (rule, doc)
    return Layered(list(merged.values()), problems, overrides, files)


def load_rules(folders: Iterable[Path], gazetteer_file: Path | None = None) -> list[Rule]:
    """All rules of the given folders (or files), later ones overriding earlier ones by id,
    each override logged; RuleError lists every problem."""
    layered = load_rule_layers(folders, gazetteer_file)
    if layered.problems:
        raise RuleError(layered.problems)
    log_overrides(layered.overrides)
    return [rule for rule, _ in layered.rules]


def log_overrides(overrides: Iterable[Override]) -> None:
    """One `rule_overridden` line per rule a later folder replaced."""
    for override in overrides:
        log.info(
            "rule_overridden",
            rule=override.rule_id,
            old_file=str(override.old_file),
            new_file=str(override.new_file),
        )
