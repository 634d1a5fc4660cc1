"""Alert titles and messages: Jinja2 templates rendered in a sandbox.

A template sees only the values of one alert (`fact`, `known`, `comparison`, `change_pts`,
`event`, `article`, `rule`) and cannot call into Python: the immutable sandbox refuses
attribute tricks and mutation. Unknown names are rejected when the rule file is loaded, not
when the first alert is rendered.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import TemplateSyntaxError, meta
from jinja2.sandbox import ImmutableSandboxedEnvironment

NAMES = frozenset({"fact", "known", "comparison", "change_pts", "event", "article", "rule"})
_ENV = ImmutableSandboxedEnvironment(autoescape=False, trim_blocks=True, lstrip_blocks=True)


def check_template(source: str) -> str | None:
    """None when `source` is a valid template over the allowed names, else the problem."""
    try:
        parsed = _ENV.parse(source)
    except TemplateSyntaxError as exc:
        return f"template syntax error on line {exc.lineno}: {exc.message}"
    unknown = meta.find_undeclared_variables(parsed) - NAMES
    if unknown:
        return (
            f"unknown name(s) {', '.join(sorted(unknown))}; "
            f"templates may use {', '.join(sorted(NAMES))}"
        )
    return None


@lru_cache(maxsize=1024)
def _compiled(source: str) -> Any:
    return _ENV.from_string(source)


def render(source: str, context: dict[str, Any]) -> str:
    """The template filled in; whitespace at the ends is dropped."""
    return str(_compiled(source).render(**context)).strip()
