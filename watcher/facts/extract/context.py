"""The per-article values every extractor reads: gazetteer, publication date, year, title."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from watcher.facts.extract.gazetteer import Gazetteer


@dataclass(frozen=True, slots=True)
class Context:
    """What every sentence of one article is read against."""

    gaz: Gazetteer
    published: date | None
    default_year: int | None
    title: str = ""
