"""The per-article values every extractor reads: gazetteer, publication date, year, title."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from watcher.facts.extract.gazetteer import Gazetteer
from watcher.facts.extract.measures import year_in_office


@dataclass(frozen=True, slots=True)
class Context:
    """What every sentence of one article is read against."""

    gaz: Gazetteer
    published: date | None
    default_year: int | None
    title: str = ""


_YEAR_2000S = re.compile(r"\b20\d\d\b")


def default_year(text: str, title: str) -> int | None:
    """Without a publication date, the year the text mentions most stands in for it,
    moved into the term of an office the text names someone in."""
    years = Counter(_YEAR_2000S.findall(f"{title} {text}"))
    if not years:
        return None
    return year_in_office(f"{title} {text}", int(years.most_common(1)[0][0]))
