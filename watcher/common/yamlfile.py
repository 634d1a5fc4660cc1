"""Reading YAML files so that errors can name the line as well as the field.

Sources files and rule files are validated by pydantic, whose errors give a path such as
`("sources", 2, "url")`. `YamlDoc.line_of` walks the same path through the composed YAML node
tree to find the line it came from, so a message can say `sources.yaml:14: sources[2].url`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from watcher.errors import ConfigError


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
        nodes = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
        values = list(yaml.safe_load_all(text))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{where}: invalid YAML: {problem}") from None
    for node, data in zip(nodes, values, strict=True):
        yield YamlDoc(path, data, node)


def load_document(path: Path) -> YamlDoc:
    """The single document of a file that must hold exactly one (an empty file gives None)."""
    docs = list(load_documents(path))
    if len(docs) > 1:
        raise ConfigError(f"{path}: expected one YAML document, found {len(docs)}")
    return docs[0] if docs else YamlDoc(path, None, None)
