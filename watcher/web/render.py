"""The Jinja environment of the web view: templates are package files, autoescape is on for
everything (article titles and evidence are text from outside), undefined names fail."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from watcher.common.durations import format_relative


def _when(moment: datetime | None, missing: str = "—") -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else missing


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("watcher.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = _when
    env.globals["relative"] = format_relative
    return env


def render(template: str, **context: Any) -> bytes:
    return environment().get_template(template).render(**context).encode()


@cache
def static(name: str) -> bytes:
    """A file of `watcher/web/static/`, read once."""
    return files("watcher.web").joinpath("static", name).read_bytes()
