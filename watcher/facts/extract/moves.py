"""A length of time a measure lasts or is moved by: one grammar, read by five functions
and lent to other modules.

"extended the truce by 90 days", "pushed the deadline back by another two weeks", "will suspend
the levy for one year from November 10", "take effect on May 14 and last for 90 days": a count
(digits, or a number word of the lexicon's `deadline: period`), optional words of "more"
("another", "a further"), and a unit (days, weeks, months, years). Before, four patterns read
this, each with its own count, units and "more" words, so a wording one of them learnt the
others did not; here one fragment (`_length`) is composed into every pattern that needs it:

- `move_by`: a move verb, its object and "by <length>" ("extended it by 90 days");
- `by_length`: "by <length>" anywhere after a date ("delaying the July 9 deadline by 30 days");
- `length_before`: "for/by <length>" right before a start cue ("for one year from");
- `extended_from`: the same, counted from the date after a move verb ("extended ... by 30
  days from March 1": the date was the end, moved);
- `length_after`: the period told after a start's date ("take effect on May 14 and last for
  90 days");
- `length_pattern` / `read_length`: the fragment and its reading, for a pattern elsewhere (a
  "90-day pause agreed on" a date).

What a move verb acts on, with or without a length: `move_object` reads it, `moved_measure`
tells whether it is the measure (`measures.moves_measure` adds the lexicon's measure nouns).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from watcher.facts.extract.dates import period_after
from watcher.facts.extract.lexicon import alternatives, section
from watcher.facts.extract.trie import alternation
from watcher.facts.kinds.deadline.model import measure_of

_INNER_WORDS = 8  # words of the object a split two-word verb may hold


def move_words(*classes: str) -> str:
    """The lexicon's move words of these classes (`deadline: move`: later, again, nouns,
    earlier) as one regex source, whole words; a two-word verb also split by its object
    ("pushed it back", "pushed the tariff deadline back", "pushed the start of its new tariffs
    on US farm goods back"), up to `_INNER_WORDS` words with no punctuation between."""
    data: dict[str, list[str]] = section("deadline")["move"]
    words = [w for c in classes for w in data[c]]
    split = [w.split() for w in words if len(w.split()) == 2]  # noqa: PLR2004 (verb, particle)
    parts = [alternation(words, ignore_case=True, spaced=True)]
    inner = rf"(?:[\w'\u2019%.-]+\s+){{1,{_INNER_WORDS}}}?"
    parts += [rf"{re.escape(v)}\s+{inner}{re.escape(p)}" for v, p in split]
    return rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])"


# The verbs that move a date or a measure's end ("delayed", "extended", "pushed back").
MOVE_VERB = re.compile(move_words("later"), re.IGNORECASE)
# "prolonged" moves a measure's end by a length ("prolonged it by 90 days"), but a date it is
# prolonged from is the start of the added time ("prolonged for a further 60 days from Sept.
# 3": the truce takes effect again then), not a deadline moved, unlike "extended ... from".
_MOVE_BY_VERB = move_words("later", "again")
_REACH = 50  # characters before a cue in which "for/by <length>" may start


@dataclass(frozen=True, slots=True)
class Length:
    """A length a text states: its count and its unit (plural: days, weeks, months, years)."""

    count: int
    unit: str

    def after(self, day: date) -> date | None:
        """`day` plus the length ("by two weeks" from Aug. 12: Aug. 26), None off the calendar."""
        return period_after(day, self.count, self.unit)

    @property
    def words(self) -> str:
        """The length in a description: "90 days", "2 weeks", "1 month"."""
        return f"{self.count} {self.unit.removesuffix('s') if self.count == 1 else self.unit}"


@dataclass(frozen=True, slots=True)
class Move:
    """A move by a length: the verb's span to the length's end, the object between them."""

    start: int
    end: int
    obj: str
    length: Length


def _alternation(words: list[str]) -> str:
    """The words, longest first, as a trie (every pattern here is case-insensitive)."""
    return alternation(words, ignore_case=True, spaced=True)


@functools.cache
def _lexicon() -> tuple[Mapping[str, int], Mapping[str, str], list[str]]:
    """The lexicon's `deadline: period`: each number word's count, each unit's plural, the
    words of "more"."""
    data: dict[str, Any] = section("deadline")["period"]
    numbers = {str(k).casefold(): int(v) for k, v in data["numbers"].items()}
    units = {str(k).casefold(): str(v) for k, v in data["units"].items()}
    return numbers, units, [str(w) for w in data["more"]]


def _length(*, counted: bool) -> str:
    """The fragment every pattern here shares: "another 90", "a further two", "one more", then
    the unit. `counted`: the count must be written ("last for 90 days"); else "more" alone
    may stand for one ("by another year"), and the count is tried only when needed."""
    numbers, units, more = _lexicon()
    count = rf"(?P<n>\d{{1,4}}|{_alternation(list(numbers))})[\s-]+"
    return (
        rf"(?:(?P<more>{_alternation(more)})\s+)?{count if counted else f'(?:{count})??'}"
        rf"(?:more\s+)?(?P<unit>{_alternation(list(units))})"
    )


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The patterns composed of `_length`, compiled once."""
    return {
        "move": re.compile(
            rf"{_MOVE_BY_VERB}(?P<obj>[^.;]{{0,60}}?)\bby\s+{_length(counted=False)}\b",
            re.IGNORECASE,
        ),
        "by": re.compile(rf"\bby\s+{_length(counted=False)}\b", re.IGNORECASE),
        "before": re.compile(
            rf"\b(?:for|by)\s+{_length(counted=False)}\s+"
            r"(?:(?P<cue>from|starting|beginning|after)\s+(?:on\s+)?)?$",
            re.IGNORECASE,
        ),
        # "would suspend for one year a rule ...", "will lower its tariffs for 90 days": how
        # long a measure a speaker announces lasts, told without its start's date
        "lasting": re.compile(
            rf"\b(?:would|will)\s+[^.;]{{0,80}}?\bfor\s+{_length(counted=True)}\b"
            r"(?!\s+(?:of|after|from|since|before|ago)\b|['\u2019])",
            re.IGNORECASE,
        ),
        # A unit that measures something else is no period: "for 90 days of public comment",
        # "for 90 days' worth of imports".
        "after": re.compile(
            r"\s*,?\s*(?:and\s+(?:will\s+|would\s+)?(?:lasts?|run|runs|remain|remains|stay|stays)"
            r"(?:\s+in\s+(?:force|effect|place))?\s+)?for\s+(?:a\s+period\s+of\s+)?"
            rf"{_length(counted=True)}\b(?!\s+of\b|['\u2019])",
            re.IGNORECASE,
        ),
    }


def _read(m: re.Match[str] | None) -> Length | None:
    """The length a match states, or None when it states no count ("by days")."""
    if m is None or not (m["n"] or m["more"]):
        return None
    numbers, units, _ = _lexicon()
    n = m["n"]
    count = 1 if n is None else int(n) if n.isdigit() else numbers[n.casefold()]
    return Length(count, units[m["unit"].casefold()])


def length_pattern() -> str:
    """The length fragment for a pattern elsewhere ("90-day", "another two-week"), written
    out: its groups (`n`, `more`, `unit`) are what `read_length` reads."""
    return _length(counted=True)


def read_length(m: re.Match[str] | None) -> Length | None:
    """The length a match of a pattern holding `length_pattern` states."""
    return _read(m)


def states_length(text: str) -> bool:
    """Whether the text may state a move by a length: "by" and a unit's word after a space,
    as substrings ("Monday" is no day). The cheap test before any pattern."""
    return " by " in text and states_unit(text)


def move_by(text: str) -> Move | None:
    """The first move by a length in the text ("extended it by 90 days", "pushed back the
    deadline by another two weeks"): a move verb, then "by <length>" within its clause."""
    if not states_length(text):
        return None
    m = _patterns()["move"].search(text)
    length = _read(m)
    if m is None or length is None:
        return None
    return Move(m.start(), m.end(), m["obj"], length)


def by_length(text: str, start: int) -> Length | None:
    """The first "by <length>" after `start` in a text that moves something ("delaying the
    July 9 deadline by 30 days"); None when no move verb is in the text."""
    if not states_length(text) or MOVE_VERB.search(text) is None:
        return None
    return _read(_patterns()["by"].search(text, start))


def length_before(text: str, end: int) -> Length | None:
    """The length ending right before `end`, the start of a start cue ("for one year from",
    "for another 90 days starting", an extension's "by 30 days from")."""
    m = _patterns()["before"].search(text, max(0, end - _REACH), end)
    return _read(m) if m is not None and m["cue"] is None else None


def extended_from(text: str, lo: int, end: int) -> Length | None:
    """The length an extension adds counted from the date at `end` ("extended the exclusions
    by 30 days from March 1"): "by/for <length> from" right before the date, after a move
    verb that starts at or after `lo`."""
    m = _patterns()["before"].search(text, max(lo, end - _REACH), end)
    if m is None or m["cue"] is None or MOVE_VERB.search(text, lo, m.start()) is None:
        return None
    return _read(m)


def lasting(text: str) -> Length | None:
    """How long a measure announced without a date lasts ("China said it would suspend for
    one year a rule ..."): the period the next sentence's "The suspension starts on Nov. 10"
    runs for. The cheap test first: no " for " and a unit's word, no period."""
    if " for " not in text or not states_unit(text):
        return None
    return _read(_patterns()["lasting"].search(text))


def lasting_within(text: str, lo: int, hi: int) -> Length | None:
    """How long a measure a speaker announces lasts, told between the verb and its start cue
    in `text[lo:hi]` ("will suspend for one year its port fees on ... starting Nov. 10"). The
    cheap test first, as `lasting`'s."""
    if " for " not in text[lo:hi] or not states_unit(text[lo:hi]):
        return None
    return _read(_patterns()["lasting"].search(text, lo, hi))


def states_unit(text: str) -> bool:
    """Whether a unit's word follows a space in the text (a substring test)."""
    return " day" in text or " week" in text or " month" in text or " year" in text


def length_after(text: str, date_end: int) -> Length | None:
    """The length a measure lasts told right after its start's date ("take effect on May 14
    and last for 90 days"). The cheap test first: no "for" after the date, no period."""
    if " for " not in text[date_end : date_end + 40]:
        return None
    return _read(_patterns()["after"].match(text, date_end))


# What a move may move: the end or deadline itself, named in the object ("extended the
# deadline by 30 days"); "the end" only as the measure's end, which `measure_of` reads.
_MOVED_THING = re.compile(
    rf"\b(?:{alternatives('deadline', 'moved_things')})\b",
    re.IGNORECASE,
)
# A pronoun for the measure, the whole object ("extended it by 90 days", "delayed many of
# them").
_MOVED_PRONOUN = re.compile(
    r"(?:(?:many|some|all|most|several|each|part|one)\s+of\s+)?"
    r"(?:it|them|this|that|these|those)(?:\s+(?:again|further|once\s+more))?",
    re.IGNORECASE,
)
# In the passive, the pronoun is the subject right before the verb ("It was extended by").
_MOVED_SUBJECT = re.compile(
    r"\b(?:it|they|this|that|these|those)\s+(?:(?:was|were|is|are|will|would|has|have|had)\s+)?"
    r"(?:been\s+|be\s+)?$",
    re.IGNORECASE,
)
# Where a move verb's object ends: a preposition other than "of" ("delayed a vote on a farm
# bill": "a vote"; "delayed the start of the tariffs"), a conjunction or punctuation.
_OBJECT_END = re.compile(
    r"[,.;:]|\b(?:on|by|to|until|till|for|from|against|in|at|over|after|before|amid|and|but|"
    r"as|because|while|when|since|with|into)\b",
    re.IGNORECASE,
)
_INNER_OBJECT = re.compile(r"^\S+\s+(.+?)\s+back$", re.IGNORECASE)  # "pushed it back": "it"
_OBJECT_REACH = 60  # characters of a move verb's object, or of its subject before it
# a move told as a noun with no object ("agreed a 90-day extension", "before the delay")
_NOUN_MOVE = re.compile(r"\b(?:a|an|the|its|their|this|that|another|[\w-]+-\w+)\s+$", re.I)


def moved_measure(obj: str, before: str) -> bool:
    """Whether what a move verb moves is the measure ("extended the truce", "it was extended"),
    its end or a pronoun for it, not something else ("delayed the vote", "postponed the end of
    the session"). `obj` is the verb's object; with none, `before` (the words before the verb)
    holds its subject in the passive. A pronoun only as the whole object or the subject itself
    ("The hearing, set for this week, was delayed" moves the hearing)."""
    thing = obj.strip()
    if thing:
        return bool(
            _MOVED_PRONOUN.fullmatch(thing) or _MOVED_THING.search(thing) or measure_of(thing)
        )
    return bool(_MOVED_SUBJECT.search(before) or _MOVED_THING.search(before) or measure_of(before))


def move_object(text: str, verb: re.Match[str]) -> tuple[str, str, bool]:
    """What a move verb acts on: its object (to a preposition other than "of", or inside a
    split particle verb: "pushed it back"), the words before it (its subject in the passive)
    and whether it is a noun after a determiner ("the delay", "a 90-day extension")."""
    stop = _OBJECT_END.search(text, verb.end(), verb.end() + _OBJECT_REACH)
    obj = text[verb.end() : stop.start() if stop else verb.end() + _OBJECT_REACH]
    if inner := _INNER_OBJECT.search(verb[0]):  # "pushed it back": the object inside
        obj = inner[1]
    before = text[max(0, verb.start() - _OBJECT_REACH) : verb.start()]
    return obj, before, _NOUN_MOVE.search(before) is not None
