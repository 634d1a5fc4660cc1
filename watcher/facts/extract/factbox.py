"""Fact-box lines: the "Label: value" bullets articles carry under "Key facts" or "At a glance".

Such a line has no verb of its own: its label says whose measure it is ("Mexico: up to 50% on
Chinese cars") and how firm ("Possible Chinese tariff: 34% on US farm goods"), and its value
gives the figure or the state ("suspended until Nov 10, 2027"). Prose does not reach across
the colon, so the extractors read the label here, once, for every kind.

A line is a fact box only when its label is a short noun phrase (no finite verb: "Trump said:
..." is a quotation) and its value opens on a figure, a participle or a time preposition (not a
clause: "China: tariffs on US soybeans rise to 25%" is a headline with a verb of its own).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from watcher.facts.extract.lexicon import section
from watcher.facts.extract.modality import modality
from watcher.facts.extract.sentences import BULLET_CLASS
from watcher.models import Status

_LINE = re.compile(
    rf"{BULLET_CLASS}?\s*"
    r"(?P<label>[A-Z][\w'\u2019&/.-]*(?:[ ][\w'\u2019&/.-]+){0,7}?)[ ]?:\s+"
    # the value opens on a figure ("+100%", "up to 50%"), a participle ("suspended until"), a
    # time preposition ("from Dec 1", "until June") or a state ("under consideration")
    r"(?P<value>[+~]?(?:(?:up\s+to|about|around|roughly|nearly|as\s+much\s+as|at\s+least)\s+)?"
    r"(?:\$?\d|(?-i:[A-Za-z][a-z]{2,}ed)\b|(?:from|until|till|through|by|under|on\s+hold)\b))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FactBox:
    """A fact-box line's label (bullet stripped) and where its value begins."""

    label: str
    label_start: int
    value_start: int


@functools.lru_cache(maxsize=1)
def _not_label() -> frozenset[str]:
    """Words that make the part before a colon a clause, not a label (lexicon `fact_box`)."""
    return frozenset(section("fact_box")["clause_words"])


def fact_box(text: str) -> FactBox | None:
    """The sentence read as a "Label: value" line, or None when it is prose or a headline."""
    if ":" not in text:  # most sentences: no regex
        return None
    m = _LINE.match(text)
    if m is None or m.group("label")[:1].islower():
        return None
    label = m.group("label")
    if _not_label() & set(label.casefold().split()):
        return None
    return FactBox(label, m.start("label"), m.start("value"))


@functools.lru_cache(maxsize=1)
def _label_words() -> dict[str, Status]:
    return {w: Status(s) for s, words in section("fact_box")["label_status"].items() for w in words}


def label_status(box: FactBox) -> Status | None:
    """How firm the label makes its value: the prose modality of its words ("Possible ...",
    "Threatened ..."), else an adjective the lexicon lists for labels ("Planned", "Expected"),
    None when the label says nothing of it."""
    probe = box.label + " X"
    found = modality(probe, (len(probe) - 1, len(probe)))
    worded = _WORDED.get(found.category) if found else None
    if worded is not None:
        return worded
    return next((s for w in box.label.casefold().split() if (s := _label_words().get(w))), None)


_WORDED = {
    "denied": Status.DENIED,
    "threatened": Status.THREATENED,
    "speculated": Status.SPECULATED,
    "suspended": Status.SUSPENDED,
    "planned": Status.PLANNED,
}
