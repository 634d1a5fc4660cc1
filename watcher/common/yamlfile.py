"""Reading YAML safely, and so that errors can name the line as well as the field.

Every YAML watcher reads (sources, rules, the baseline, gazetteers, the lexicon, front matter
and `meta.yaml` in `dir` sources) goes through `load_yaml` / `load_yaml_all`: the safe
constructor (plain data only), with limits PyYAML does not have on its own:

- at most `MAX_YAML_CHARS` characters of text;
- collections nested at most `MAX_YAML_DEPTH` deep (PyYAML's composer recurses, so a deeper
  file raised RecursionError);
- at most `MAX_YAML_ALIASES` aliases, and at most `MAX_YAML_NODES` nodes once every alias is
  counted as the whole node it repeats (a "billion laughs" file is a few hundred bytes that
  expand to 10^9 nodes: it took 33 s and 5.7 GB to fail before); and, as libxml2 limits entity
  amplification, aliases may not make a text into more nodes than it has characters (with
  `MIN_YAML_NODE_BUDGET` for short texts): a text without aliases never has more, so only
  amplification is refused, however small (a 200-character front matter no longer becomes a
  half-megabyte title);
- a timestamp that is no calendar time (`2022-13-45T99:99:99Z`) stays a string, for the
  validator that reads the field to report; any other value that cannot be built (an integer
  of more than 4,300 digits) is an error naming its line.

A limit passed raises `YAMLLimitError`, a `yaml.YAMLError` like every other problem, so callers
catch one type and turn it into their own error (ConfigError for configuration files,
ParseError for articles) with `yaml_problem`. libyaml's C scanner and parser are used where
PyYAML has them; the composer, which the limits need, is PyYAML's own.

Sources files and rule files are validated by pydantic, whose errors give a path such as
`("sources", 2, "url")`. `YamlDoc.line_of` walks the same path through the composed YAML node
tree to find the line it came from, so a message can say `sources.yaml:14: sources[2].url`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from watcher.errors import ConfigError

MAX_YAML_CHARS = 10_000_000
MAX_YAML_DEPTH = 100
MAX_YAML_ALIASES = 10_000
MAX_YAML_NODES = 1_000_000
MIN_YAML_NODE_BUDGET = 10_000


class YAMLLimitError(yaml.MarkedYAMLError):
    """A YAML text passes one of the limits (size, nesting depth, aliases)."""


class _Limited(Composer, SafeConstructor, Resolver):
    """PyYAML's composer and safe constructor, counting depth and aliases as nodes are made.

    Each node's weight is its size with aliases expanded (1 + its children's weights); an
    alias adds the weight of the node it names, so a bomb is refused as soon as its expanded
    size passes the limit, after composing only a few hundred nodes.
    """

    def __init__(self, chars: int) -> None:
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self._budget = min(MAX_YAML_NODES, max(MIN_YAML_NODE_BUDGET, chars))
        self._depth = 0
        self._aliases = 0
        self._weights: dict[int, int] = {}

    def compose_document(self) -> Node | None:
        self._weights = {}  # ids of the last document's nodes may be reused
        return super().compose_document()

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()  # type: ignore[attr-defined]  # from the parser base
        if isinstance(event, yaml.AliasEvent):
            return self._alias(parent, index, event)
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise _limit(f"nested deeper than {MAX_YAML_DEPTH} levels", event)
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if node is not None:
            self._weigh(node, event)
        return node

    def _alias(self, parent: Node | None, index: int, event: yaml.AliasEvent) -> Node | None:
        self._aliases += 1
        if self._aliases > MAX_YAML_ALIASES:
            raise _limit(f"more than {MAX_YAML_ALIASES:,} aliases", event)
        node = super().compose_node(parent, index)
        if node is not None and id(node) not in self._weights:
            raise _limit(f"alias *{event.anchor} refers to a node that contains it", event)
        return node

    def _weigh(self, node: Node, event: yaml.Event) -> None:
        weights = self._weights
        if isinstance(node, SequenceNode):
            weight = 1 + sum([weights[id(child)] for child in node.value])
        elif isinstance(node, MappingNode):
            weight = 1 + sum([weights[id(k)] + weights[id(v)] for k, v in node.value])
        else:
            weight = 1
        if weight > self._budget:
            what = "aliases expand the document to" if self._aliases else "the document has"
            raise _limit(f"{what} more than {self._budget:,} nodes", event)
        weights[id(node)] = weight

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, OverflowError) as exc:
            raise ConstructorError(
                None, None, f"cannot read value: {exc}", node.start_mark
            ) from None

    def construct_lenient_timestamp(self, node: ScalarNode) -> Any:
        """A timestamp, or its text when it names no real time (month 13, hour 99)."""
        try:
            return SafeConstructor.construct_yaml_timestamp(self, node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


_Limited.yaml_constructors = {
    **SafeConstructor.yaml_constructors,
    "tag:yaml.org,2002:timestamp": _Limited.construct_lenient_timestamp,
}


def _limit(problem: str, event: yaml.Event) -> YAMLLimitError:
    mark: Any = event.start_mark  # PyYAML's Mark, or libyaml's with the same fields
    return YAMLLimitError(problem=f"{problem} (the limit)", problem_mark=mark)


class _PyLoader(Reader, Scanner, Parser, _Limited):
    """The limits over PyYAML's pure-Python scanner and parser."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        _Limited.__init__(self, len(text))


try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml: the same limits, slower
    _LOADER: type[_Limited] = _PyLoader
else:

    class _CLoader(_Limited, CParser):  # the Python composer, first in the MRO, wins
        """The limits over libyaml's scanner and parser: about 8 times faster."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            _Limited.__init__(self, len(text))

    _LOADER = _CLoader


def _loader(text: str) -> _Limited:
    if len(text) > MAX_YAML_CHARS:
        raise YAMLLimitError(problem=f"longer than {MAX_YAML_CHARS:,} characters (the limit)")
    return _LOADER(text)  # type: ignore[arg-type]  # both loaders take the text


def load_yaml_all(text: str) -> Iterator[tuple[Node, Any]]:
    """Each document of `text` as (node tree, data); raises yaml.YAMLError on any problem."""
    loader = _loader(text)
    try:
        while loader.check_node():
            node = loader.get_node()
            if node is not None:
                yield node, loader.construct_document(node)
    finally:
        loader.dispose()  # type: ignore[attr-defined]  # from the parser base


def load_yaml(text: str) -> Any:
    """The single document of `text` (None when empty); raises yaml.YAMLError on any problem."""
    loader = _loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()  # type: ignore[attr-defined]


_KEY_LINE = re.compile(r"^(\s*)(?:-\s+)?([^\s#:][^:#]*?)\s*:(?:\s|$)")
_INDENT_PROBLEMS = (
    "mapping values are not allowed",
    "did not find expected key",
    "expected <block end>",
)


def yaml_advice(exc: yaml.YAMLError, text: str) -> str:
    """What to do about the commonest YAML mistakes, as a sentence to append to the message
    (empty when there is nothing more useful to say than the parser's words)."""
    mark = getattr(exc, "problem_mark", None)
    problem = str(getattr(exc, "problem", "") or "")
    if mark is None:
        return ""
    lines = text.splitlines()
    here = lines[mark.line] if mark.line < len(lines) else ""
    if "cannot start any token" in problem and "\t" in here:
        return f"; YAML indents with spaces, not tabs: replace the tab on line {mark.line + 1}"
    if "could not find expected ':'" in problem and getattr(exc, "context_mark", None):
        above = exc.context_mark.line + 1  # type: ignore[attr-defined]
        return f"; line {above} needs a ':' after its key (or quotes around its text)"
    if any(p in problem for p in _INDENT_PROBLEMS):
        return _indent_advice(lines, mark.line)
    return ""


def _indent_advice(lines: list[str], index: int) -> str:
    """Line `index` (0-based) against the key above it: indented differently, or a value
    holding `: ` that needs quotes."""
    here = lines[index] if index < len(lines) else ""
    own = _KEY_LINE.match(here)
    if own is not None and ": " in here[own.end() :]:
        return f"; the value on line {index + 1} holds ': ', so put it in quotes"
    for above in range(index - 1, -1, -1):
        prior = lines[above]
        if not prior.strip() or prior.lstrip().startswith("#"):
            continue
        key = _KEY_LINE.match(prior)
        shown = f"{key.group(2)}:" if key is not None else prior.strip()[:30]
        ours, theirs = (len(t) - len(t.lstrip(" ")) for t in (here, prior))
        more = "more" if ours > theirs else "less" if ours < theirs else "as much"
        return (
            f"; line {index + 1} is indented {more} than `{shown}` on line {above + 1}: "
            "indent each key (or `-` item) as far as the others of its mapping (or list)"
        )
    return ""


def yaml_problem(exc: yaml.YAMLError) -> tuple[int | None, str]:
    """The 1-based line a YAML error points at (if any) and what is wrong."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if problem == "exceeded maximum nesting depth":  # libyaml's own limit, met first in flow
        problem = f"nested deeper than {MAX_YAML_DEPTH} levels (the limit)"
    return (mark.line + 1 if mark is not None else None), problem


@dataclass(frozen=True)
class YamlDoc:
    """One YAML document: its data and the node tree it was built from."""

    path: Path
    data: Any
    node: yaml.Node | None

    def line_of(self, loc: Sequence[int | str]) -> int | None:
        """1-based line of the deepest node on `loc` that exists in the file."""
        node = self.node
        if node is None:
            return None
        line = node.start_mark.line
        for part in loc:
            child = _child(node, part)
            if child is None:
                break
            node = child
            line = node.start_mark.line
        return line + 1


def _child(node: yaml.Node, part: int | str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == part:
                return value if isinstance(value, yaml.Node) else None
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child = node.value[part]
        return child if isinstance(child, yaml.Node) else None
    return None


def format_loc(loc: Sequence[int | str]) -> str:
    """`("sources", 2, "url")` → `sources[2].url`."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_documents(path: Path) -> Iterator[YamlDoc]:
    """Every `---`-separated document of a file; syntax errors name the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    try:
        docs = list(load_yaml_all(text))
    except yaml.YAMLError as exc:
        line, problem = yaml_problem(exc)
        where = f"{path}:{line}" if line is not None else str(path)
        raise ConfigError(f"{where}: invalid YAML: {problem}{yaml_advice(exc, text)}") from None
    for node, data in docs:
        yield YamlDoc(path, data, node)


def load_document(path: Path) -> YamlDoc:
    """The single document of a file that must hold exactly one (an empty file gives None)."""
    docs = list(load_documents(path))
    if len(docs) > 1:
        raise ConfigError(f"{path}: expected one YAML document, found {len(docs)}")
    return docs[0] if docs else YamlDoc(path, None, None)
