"""Alert titles and messages: Jinja2 templates rendered in a sandbox.

A template sees only the values of one alert (`fact`, `known`, `comparison`, `change_pts`,
`event`, `article`, `rule`) and cannot call into Python: the immutable sandbox refuses
attribute tricks and mutation. Unknown names, and attributes or keys that start with `_`
(`__class__`, `__mro__`: what the sandbox refuses at render), are rejected when the rule file
is loaded, not when the first alert is rendered.

Whitespace: a line that holds only block tags (`{% if known %}` alone) leaves nothing behind,
not even its line break (`trim_blocks`, `lstrip_blocks`), but a line that ends in a block tag
after some text keeps its line break: `...{% endif %}` at the end of a sentence must not glue
the next line to it (`It was 30%."The White House...`). `_keep_line_ends` marks such tags
`+%}`, Jinja's own way of keeping the newline after one tag.

Jinja is imported by the first template checked or rendered, not with this module: a check
whose rules come from the validated cache (`cache.py`) and that renders no alert never uses it
(about 15 ms of start-up; issue 13).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import nodes
    from jinja2.sandbox import ImmutableSandboxedEnvironment

NAMES = frozenset({"fact", "known", "comparison", "change_pts", "event", "article", "rule"})
_BLOCK_TAG = re.compile(r"\{%.*?%\}")
_LAST_TAG_END = re.compile(r"(?<![-+])%\}(?=\r?\n)")


def _keep_line_ends(source: str) -> str:
    """The template with the closing `%}` of each block tag that ends a line of text written
    `+%}`, so `trim_blocks` removes only the line breaks of lines made of tags alone."""
    lines = source.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if _BLOCK_TAG.sub("", line).strip() and _LAST_TAG_END.search(line):
            lines[i] = _LAST_TAG_END.sub("+%}", line)
    return "".join(lines)


@cache
def _env() -> ImmutableSandboxedEnvironment:
    from jinja2.sandbox import ImmutableSandboxedEnvironment  # noqa: PLC0415 (see above)

    return ImmutableSandboxedEnvironment(
        autoescape=False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )


def check_template(source: str) -> str | None:
    """None when `source` is a valid template over the allowed names, else the problem."""
    from jinja2 import TemplateSyntaxError, meta, nodes  # noqa: PLC0415 (see the module)

    try:
        parsed = _env().parse(_keep_line_ends(source))
    except TemplateSyntaxError as exc:
        return f"template syntax error on line {exc.lineno}: {exc.message}"
    unknown = meta.find_undeclared_variables(parsed) - NAMES
    if unknown:
        return (
            f"unknown name(s) {', '.join(sorted(unknown))}; "
            f"templates may use {', '.join(sorted(NAMES))}"
        )
    access = (nodes.Getattr, nodes.Getitem, nodes.Filter)
    internal = sorted({n for n in map(_accessed, parsed.find_all(access)) if n and n[0] == "_"})
    if internal:
        return (
            f"{', '.join(internal)}: attributes and keys that start with '_' reach Python "
            "internals and are not allowed in templates"
        )
    return None


def _accessed(node: nodes.Node) -> str | None:
    """The attribute or key a node reads when it is written out in the template: `x.name`,
    `x['name']`, `x|attr('name')` (a name computed at render time is left to the sandbox)."""
    from jinja2 import nodes  # noqa: PLC0415 (imported by check_template already)

    if isinstance(node, nodes.Getattr):
        return str(node.attr)
    if isinstance(node, nodes.Getitem):
        key = node.arg
    elif isinstance(node, nodes.Filter) and node.name == "attr" and node.args:
        key = node.args[0]
    else:
        return None
    return key.value if isinstance(key, nodes.Const) and isinstance(key.value, str) else None


@lru_cache(maxsize=1024)
def _compiled(source: str) -> Any:
    return _env().from_string(_keep_line_ends(source))


def render(source: str, context: dict[str, Any]) -> str:
    """The template filled in; whitespace at the ends is dropped."""
    return str(_compiled(source).render(**context)).strip()
