"""Did it happen? ConText-style modality by scoped trigger phrases (NegEx / ConText).

The knowledge is data: the `modality:` section of `data/lexicon.yaml` lists trigger phrases by
category (denied, counterfactual, historical, threatened, speculated, suspended, planned, ...)
and direction (a trigger modifies what follows it, what precedes it, or both), pseudo-triggers
that cancel a false match ("not only"), termination terms that end a trigger's scope ("but",
";"), a maximum scope in words and a priority order for when several triggers reach one target.
The algorithm is fixed and small: find the triggers, drop those inside a pseudo-trigger, keep
those whose scope reaches the anchor (no terminator and at most `window` words between them),
and return the one of highest priority, nearest first.

Phrase syntax: words match whole words, case-insensitively; a word ending in `*` matches any
ending ("threat*": threat, threatens, threatened); `...` matches a gap of up to twenty words within the sentence
("if ... would"). An entry written as a mapping may set `case: true` (match the case as
written: "may" the modal, not "May" the month) and its own `window`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import yaml

from watcher.facts.extract.gazetteer import DATA_DIR

LEXICON = DATA_DIR / "lexicon.yaml"
_GAP = r"(?:[^\s.;]+[\s,]+){0,20}?"
_WORD = re.compile(r"\w+")
_DIRECTIONS = ("forward", "backward", "both")


@dataclass(frozen=True, slots=True)
class Modality:
    """The category of the trigger that governs an anchor, and the trigger's span."""

    category: str
    start: int
    end: int
    trigger: str


@dataclass(frozen=True, slots=True)
class _Trigger:
    category: str
    direction: str
    window: int
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    triggers: tuple[_Trigger, ...]
    pseudo: re.Pattern[str]
    terminators: tuple[tuple[re.Pattern[str], frozenset[str]], ...]  # (term, categories it spares)
    priority: dict[str, int]


def phrase_pattern(phrase: str, *, case: bool = False) -> re.Pattern[str]:
    """A whole-word regex for a lexicon phrase (`*` = any ending, `...` = a short gap)."""
    body = ""
    for token in phrase.split():
        if token == "...":
            body += _GAP
            continue
        stem = re.escape(token.rstrip("*"))
        body += (stem + r"\w*" if token.endswith("*") else stem) + r"\s+"
    body = body.removesuffix(r"\s+")
    left = r"(?<!\w)" if phrase[:1].isalnum() else ""
    right = r"(?!\w)" if phrase.rstrip("*")[-1:].isalnum() else ""
    return re.compile(left + body + right, 0 if case else re.IGNORECASE)


def _union(phrases: list[str], *, case: bool = False) -> re.Pattern[str]:
    """One alternation of phrases, longest first, so one scan finds them all."""
    if not phrases:
        return re.compile(r"(?!x)x")
    ordered = sorted(phrases, key=len, reverse=True)
    body = "|".join(f"(?:{phrase_pattern(p).pattern})" for p in ordered)
    return re.compile(body, 0 if case else re.IGNORECASE)


def _triggers(section: dict[str, Any], default_window: int) -> tuple[_Trigger, ...]:
    """One compiled trigger per (category, direction, window, case): a few scans per text."""
    groups: dict[tuple[str, str, int, bool], list[str]] = {}
    for category, by_direction in section.get("triggers", {}).items():
        for direction, entries in by_direction.items():
            if direction not in _DIRECTIONS:
                raise ValueError(f"lexicon modality: {category}: unknown direction {direction}")
            for entry in entries:
                spec = entry if isinstance(entry, dict) else {"phrase": entry}
                key = (category, direction, int(spec.get("window", default_window)))
                groups.setdefault((*key, bool(spec.get("case"))), []).append(str(spec["phrase"]))
    return tuple(
        _Trigger(cat, direction, window, _union(phrases, case=case))
        for (cat, direction, window, case), phrases in groups.items()
    )


def _terminator(entry: Any) -> tuple[re.Pattern[str], frozenset[str]]:
    spec = entry if isinstance(entry, dict) else {"phrase": entry}
    return phrase_pattern(str(spec["phrase"])), frozenset(spec.get("except", []))


@functools.lru_cache(maxsize=4)
def load_lexicon(section: str = "modality") -> _Lexicon:
    """The compiled trigger knowledge base of one lexicon section (read once, cached)."""
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))[section]
    window = int(data.get("window", 12))
    priority = {c: i for i, c in enumerate(data.get("priority", []))}
    return _Lexicon(
        _triggers(data, window),
        _union([str(p) for p in data.get("pseudo", [])]),
        tuple(_terminator(t) for t in data.get("terminators", [])),
        priority,
    )


def _reaches(text: str, lex: _Lexicon, trig: _Trigger, span: tuple[int, int], anchor: tuple[int, int]) -> int | None:
    """Words between trigger and anchor when the trigger's scope reaches it, else None."""
    if span[1] <= anchor[0] and trig.direction != "backward":
        between = text[span[1] : anchor[0]]
    elif span[0] >= anchor[1] and trig.direction != "forward":
        between = text[anchor[1] : span[0]]
    elif span[0] < anchor[1] and anchor[0] < span[1]:
        return 0  # the trigger contains the anchor
    else:
        return None
    words = len(_WORD.findall(between))
    ends = (t for t, spared in lex.terminators if trig.category not in spared)
    if words > trig.window or any(t.search(between) for t in ends):
        return None
    return words


def modalities(text: str, anchor: tuple[int, int], section: str = "modality") -> list[Modality]:
    """Every trigger whose scope reaches `anchor` (a span of `text`), best first."""
    lex = load_lexicon(section)
    masked = [m.span() for m in lex.pseudo.finditer(text)]
    found: list[tuple[int, int, Modality]] = []
    for trig in lex.triggers:
        for m in trig.pattern.finditer(text):
            if any(lo < m.end() and m.start() < hi for lo, hi in masked):
                continue
            dist = _reaches(text, lex, trig, m.span(), anchor)
            if dist is not None:
                rank = lex.priority.get(trig.category, len(lex.priority))
                found.append((rank, dist, Modality(trig.category, m.start(), m.end(), m.group(0))))
    return [mod for _, _, mod in sorted(found, key=lambda f: (f[0], f[1]))]


def modality(text: str, anchor: tuple[int, int], section: str = "modality") -> Modality | None:
    """The governing modality of the concept at `anchor` in `text`, or None if no trigger reaches it."""
    found = modalities(text, anchor, section)
    return found[0] if found else None
