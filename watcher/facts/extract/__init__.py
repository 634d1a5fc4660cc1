"""Rule-based extraction of trade-policy facts from news text.

`extract_facts` is pure: the gazetteers are read once and cached, nothing else is read, and the
clock is never consulted — relative dates resolve against the `published` argument. The order of
the result is tariff rates, then leader contacts, then deadlines, each in text order.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from watcher.facts.extract.contacts import contact_facts
from watcher.facts.extract.context import Context
from watcher.facts.extract.deadlines import deadline_facts
from watcher.facts.extract.gazetteer import Gazetteer, load_gazetteer
from watcher.facts.extract.measures import year_in_office
from watcher.facts.extract.sentences import split_sentences
from watcher.facts.extract.tariffs import tariff_facts
from watcher.models import Fact

__all__ = ["Gazetteer", "extract_facts", "load_gazetteer"]

_YEAR_2000S = re.compile(r"\b20\d\d\b")


def _default_year(text: str, title: str) -> int | None:
    """Without a publication date, the year the text mentions most stands in for it,
    moved into the term of an office the text names someone in."""
    years = Counter(_YEAR_2000S.findall(f"{title} {text}"))
    if not years:
        return None
    return year_in_office(f"{title} {text}", int(years.most_common(1)[0][0]))


def extract_facts(
    text: str,
    *,
    title: str = "",
    published: date | None = None,
    gazetteer_path: Path | None = None,
) -> list[Fact]:
    """Every tariff rate, leader contact and deadline `text` states, with evidence and status."""
    if isinstance(published, datetime):  # a timestamp's calendar day; datetime is a date too
        published = published.date()
    gaz = load_gazetteer(gazetteer_path)
    year = published.year if published else _default_year(text, title)
    ctx = Context(gaz, published, year, title)
    sentences = split_sentences(text)
    facts: list[Fact] = []
    facts.extend(tariff_facts(sentences, ctx))
    facts.extend(contact_facts(sentences, ctx))
    facts.extend(deadline_facts(sentences, ctx))
    return facts
