"""What a page handler receives and returns; the routing table (`watcher.web.app`) maps
paths to handlers of `Request` → `Response`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from watcher.web.sight import Sight


@dataclass(frozen=True)
class Request:
    sight: Sight
    now: datetime
    query: Mapping[str, str] = field(default_factory=dict)
    params: Mapping[str, str] = field(default_factory=dict)  # from `{name}` in the route


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
