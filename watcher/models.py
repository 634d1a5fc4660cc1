"""Values passed between the stages: plain, frozen, and free of I/O.

Boundary types that parse untrusted input (settings, sources, rules) are pydantic models in
their own modules. The facts themselves live with their kinds (`watcher.facts.kinds`); here
are the values the ingest stage produces and the status vocabulary every fact shares.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class Validators:
    """What a source's last successful fetch left behind, sent back on the next one."""

    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of one fetch. A 304 is a result (`not_modified`), not an error."""

    source_id: str
    url: str
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    not_modified: bool = False
    elapsed_s: float = 0.0

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


@dataclass(frozen=True, slots=True)
class Article:
    """One news item, whatever kind of source it came from.

    `id` is stable for the same item: the feed's guid, else its canonical link, else a hash of
    its content. `published` is aware UTC or None; a missing date is never invented.
    """

    source_id: str
    id: str
    title: str
    text: str
    url: str | None = None
    published: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source_id,
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
        }


class Status(StrEnum):
    """How firmly an article asserts a fact."""

    HAPPENED = "happened"
    ANNOUNCED = "announced"
    THREATENED = "threatened"
    PLANNED = "planned"
    SPECULATED = "speculated"
    DENIED = "denied"
    SUSPENDED = "suspended"
