"""One `--format` vocabulary for every command that prints data.

`text` is for people. `json` is one document: an array of records, or one object when the
command is about one thing (`alerts show`, `routes test`). `jsonl` is one JSON object per
line, for `jq`, log shippers and streaming. `ics` is an iCalendar file, offered by the command
that emits a calendar (`watcher deadlines`) and by no other. The commands used to differ
(`table` or `text`, `json` or `jsonl`, depending on who wrote them); old spellings are
accepted where they existed, with a note on stderr.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import click

TEXT, JSON, JSONL, ICS = "text", "json", "jsonl", "ics"
FORMATS = (TEXT, JSON, JSONL)
F = TypeVar("F", bound=Callable[..., Any])


def format_option(
    *, deprecated: Mapping[str, str] | None = None, calendar: bool = False
) -> Callable[[F], F]:
    """`--format text|json|jsonl` (default text), given to the command as `fmt`; with
    `calendar=True` also `ics`.

    `deprecated` maps an old spelling to the format it means (`{"table": "text"}`): the old
    word still works, and says on stderr which word to use instead.
    """
    old = dict(deprecated or {})

    def canonical(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
        if value in old:
            click.echo(
                f"watcher: --format {value} is deprecated; use --format {old[value]}", err=True
            )
            return old[value]
        return value

    return click.option(
        "--format",
        "fmt",
        type=click.Choice([*FORMATS, *([ICS] if calendar else []), *old]),
        default=TEXT,
        show_default=True,
        callback=canonical,
        help="text for people; json (one document) or jsonl (one object per line) for programs"
        + ("; ics for a calendar." if calendar else "."),
    )


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON as every command writes it: UTF-8 text as is, times and paths as strings."""
    return json.dumps(obj, ensure_ascii=False, default=str, indent=indent)


def emit(fmt: str, records: Iterable[Mapping[str, Any]]) -> None:
    """Records as `json` (one array) or `jsonl` (one object a line). Text is each command's
    own business, so `fmt` must be one of the two."""
    if fmt == JSONL:
        for record in records:
            click.echo(dumps(record))
    elif fmt == JSON:
        click.echo(dumps(list(records), indent=2))
    else:
        raise ValueError(f"emit: {fmt!r} is not a JSON format")


def emit_one(fmt: str, record: Mapping[str, Any]) -> None:
    """One record as `json` (an indented object) or `jsonl` (one line)."""
    click.echo(dumps(record, indent=2 if fmt == JSON else None))
