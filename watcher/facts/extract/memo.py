"""Per-article memos: every kind's extractor reads the same sentences, so a sentence's dates
and gazetteer hits are found once per article, not once per kind.

`per_article` caches a pure function; `new_article()` (called by `extract_facts` before each
article) empties every such cache, so a benchmark that reads the same texts again pays the
full price each time. The functions are pure, so a result is right whichever article put it
in the cache: when two service jobs extract at once, they only clear each other's memo (a
cost in speed, never in correctness).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_CLEARS: list[Callable[[], None]] = []


def per_article(fn: Callable[P, R]) -> Callable[P, R]:
    """`fn`, remembered until the next article (arguments must be hashable)."""
    cached = functools.lru_cache(maxsize=2048)(fn)
    _CLEARS.append(cached.cache_clear)
    return cached  # type: ignore[return-value]


def new_article() -> None:
    """Forget everything remembered for the previous article."""
    for clear in _CLEARS:
        clear()
