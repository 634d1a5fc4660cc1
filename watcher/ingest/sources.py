"""The sources file: what to poll, validated into frozen objects.

```yaml
sources:
  - id: scmp-china
    kind: feed                 # feed | page | dir
    url: https://example.org/china/rss.xml   # or a local file path
    interval: 10m
    headers: {X-Api-Key: "..."}  # sent with every request, but not to another host
    headers_follow_redirects: false   # true: send them on when redirected to another host
    allow_private_addresses: false    # true: a redirect may lead to 127.x, 10.x, 169.254.x...
  - id: inbox
    kind: dir
    path: ./inbox              # relative paths are relative to this file
```
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from watcher.common.durations import parse_duration
from watcher.common.extras import missing
from watcher.common.yamlfile import YamlDoc, format_loc, load_document
from watcher.errors import ConfigError

Duration = Annotated[timedelta, Field(json_schema_extra={"examples": ["10m", "1h"]})]


class _SourceBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=100)
    interval: Duration = Field(timedelta(minutes=10))
    headers: dict[str, str] = Field(default_factory=dict)
    headers_follow_redirects: bool = Field(
        False, description="Send `headers` on when a redirect leads to another host."
    )
    allow_private_addresses: bool = Field(
        False,
        description="Let a redirect lead from a public address to a loopback, private or "
        "link-local one (a URL configured with such an address is always allowed).",
    )
    tags: tuple[str, ...] = ()
    enabled: bool = True
    cron: str | None = Field(None, description="Crontab schedule instead of the interval.")
    stale_after: Duration | None = Field(
        None, description="Unhealthy if nothing new has appeared for this long."
    )

    @field_validator("interval", mode="before")
    @classmethod
    def _duration(cls, value: object) -> timedelta:
        interval = parse_duration(value)
        if interval < timedelta(seconds=1):
            raise ValueError("interval must be at least 1s")
        return interval

    @field_validator("stale_after", mode="before")
    @classmethod
    def _stale(cls, value: object) -> timedelta | None:
        return None if value is None else parse_duration(value)

    @field_validator("cron")
    @classmethod
    def _crontab(cls, value: str | None) -> str | None:
        if value is not None:
            from apscheduler.triggers.cron import CronTrigger  # noqa: PLC0415

            try:
                CronTrigger.from_crontab(value)
            except ValueError as exc:
                raise ValueError(f"{value!r} is not a crontab expression: {exc}") from None
        return value


class FeedSource(_SourceBase):
    """An RSS, Atom, RDF or JSON Feed, over HTTP(S) or from a local file."""

    kind: Literal["feed"]
    url: str = Field(min_length=1)

    @property
    def is_http(self) -> bool:
        return self.url.startswith(("http://", "https://"))


class PageSource(_SourceBase):
    """An HTML page whose main text is one article; a new article when that text changes."""

    kind: Literal["page"]
    url: str = Field(pattern=r"^https?://")

    @model_validator(mode="after")
    def _trafilatura_is_installed(self) -> Self:
        """A page's text is found by trafilatura, an extra: without it, say so when the
        sources load rather than failing every poll."""
        problem = missing("trafilatura")
        if problem:
            raise ValueError(f"a page source needs trafilatura: {problem}")
        return self

    @property
    def is_http(self) -> bool:
        return True


class DirSource(_SourceBase):
    """A local folder of article files (.txt, .md, .html, .json)."""

    kind: Literal["dir"]
    path: Path


Source = Annotated[FeedSource | PageSource | DirSource, Field(discriminator="kind")]


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: tuple[Source, ...]


_ADAPTER = TypeAdapter(SourcesFile)


def _resolve(source: Source, base: Path) -> Source:
    """Relative local paths in a sources file are relative to that file."""
    if isinstance(source, DirSource) and not source.path.is_absolute():
        return source.model_copy(update={"path": base / source.path})
    if isinstance(source, FeedSource) and not source.is_http:
        path = Path(source.url).expanduser()
        if not path.is_absolute():
            return source.model_copy(update={"url": str(base / path)})
    return source


def _entry_loc(err: Any) -> tuple[int | str, ...]:
    """The error's path as the user wrote it: no discriminator tag, `kind` for a bad kind."""
    match tuple(err["loc"]):
        case ("sources", int() as index, "feed" | "page" | "dir", *rest):
            loc: tuple[int | str, ...] = ("sources", index, *rest)
        case other:
            loc = other
    if err["type"] in ("union_tag_invalid", "union_tag_not_found"):
        loc = (*loc, "kind")
    return loc


def _source_label(doc: YamlDoc, loc: tuple[int | str, ...]) -> str:
    match loc:
        case ("sources", int() as index, *_) if isinstance(doc.data, dict):
            items = doc.data.get("sources")
            item = items[index] if isinstance(items, list) and index < len(items) else None
            if isinstance(item, dict) and "id" in item:
                return f" (source {item['id']!r})"
    return ""


def _describe(doc: YamlDoc, err: Any) -> str:
    loc = _entry_loc(err)
    line = doc.line_of(loc)
    where = f"{doc.path}:{line}" if line else str(doc.path)
    msg = err["msg"].removeprefix("Value error, ")
    return f"{where}: {format_loc(loc)}{_source_label(doc, loc)}: {msg}"


# The last sources file read, by its resolved path and bytes, and what it gave. `watcher check`
# reads the file twice (the sources' header values are secrets the log must scrub, and then
# the sources to poll); the same bytes at the same place always give the same frozen
# Sources, so the second read costs a file read, not another YAML parse and validation.
_last_read: tuple[tuple[Path, bytes], tuple[Source, ...]] | None = None


def load_sources(path: Path) -> list[Source]:
    """Read and validate a sources file; any problem raises ConfigError naming where."""
    global _last_read  # noqa: PLW0603 (one entry, replaced whole; see above)
    if not path.is_file():
        raise ConfigError(f"{path}: sources file not found")
    try:
        key = (path.resolve(), path.read_bytes())
    except OSError:
        key = None  # load_document reports it
    if key is not None and _last_read is not None and _last_read[0] == key:
        return list(_last_read[1])
    sources = _validated(path)
    if key is not None:
        _last_read = (key, tuple(sources))
    return sources


def _validated(path: Path) -> list[Source]:
    doc = load_document(path)
    try:
        parsed = _ADAPTER.validate_python(doc.data)
    except ValidationError as exc:
        raise ConfigError("\n".join(_describe(doc, e) for e in exc.errors())) from None
    seen: dict[str, int] = {}
    for index, source in enumerate(parsed.sources):
        if source.id in seen:
            line = doc.line_of(("sources", index, "id"))
            raise ConfigError(
                f"{path}:{line}: sources[{index}].id: duplicate id {source.id!r} "
                f"(first used by sources[{seen[source.id]}])"
            )
        seen[source.id] = index
    base = path.resolve().parent
    return [_resolve(s, base) for s in parsed.sources]
