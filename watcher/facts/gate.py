"""The relevance gate: which fact kinds an article can state at all, from one scan of its text.

Most articles of a general feed state no trade fact, yet a full extraction reads every sentence
with every kind's patterns (about 1 ms an article). Each kind therefore declares what it cannot
do without (`FactKind.needs`): a few `Need`s, each a set of terms of which the text must hold
at least one (or, for "two leaders", at least two different ones). Each kind's terms go into
an RE2 set of their own, which reports in a single linear pass which of them occur; a kind
whose needs are not all met is not run, and an article no kind can match costs those scans
alone. One set per kind rather than one for all: RE2 builds a set's automaton lazily, state by
state, as texts reach new states, and one automaton over every kind's terms reaches far more
of them (their combinations) than one per kind does. Over the 1,932 entries of the 49 real
feeds, the first pass (what a one-shot `watcher check` pays) took 0.27 s with one set and
0.19 s with one per kind, and over one new entry per feed 43 ms against 15 ms; a pass once
the automata are built costs more with seven sets (0.10 s against 0.03 s for all 1,932),
about 50 µs an article, which a long-running service pays instead (medians of 5, load 6).

A need must be implied by the extractor, never fitted to a corpus: each is a superset of what
the kind's own patterns require, written as plain words matched anywhere (no word boundaries,
no character classes whose meaning differs between RE2 and Python's `re`). "Near" in the issue
means "in the same text" here: a set reports no positions, and a sentence has no length limit;
the extractors test the sentence themselves, the cheapest test first. A kind that declares no
needs always runs. `tests/test_gate.py` checks on both dev corpora that the gate loses no fact.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import re2

from watcher.common.regex import re2_options

_MAX_MEM = 64 << 20  # the leader gazetteer grows with users' files


@dataclass(frozen=True, slots=True)
class Need:
    """Terms (RE2 patterns) of which a text must hold at least `distinct` different ones."""

    terms: tuple[str, ...]
    distinct: int = 1


def words(*literals: str, case_sensitive: bool = False) -> tuple[str, ...]:
    """Plain words as gate terms: matched anywhere, by default in any case."""
    if case_sensitive:
        return tuple(re2.escape(w) for w in literals)
    return tuple("(?i)" + "".join(map(_folded, w)) for w in literals)


@functools.cache  # a few dozen characters, each escaped thousands of times in a build
def _folded(char: str) -> str:
    """One character of a term matched in any case as Python's `re` matches it: `re` takes
    the Turkish dotted and dotless I (U+0130, U+0131) for an i under IGNORECASE, RE2 does
    not (every other letter folds alike, checked in tests/test_gate.py). An apostrophe also
    matches the typographic one."""
    if char in "iI":
        return "[iI\u0130\u0131]"
    return "['\u2019]" if char == "'" else re2.escape(char)


# Python's `\s` (str.isspace), which RE2's ASCII `\s` is not; and anything but a space, which
# holds every run of Python's `\w` (a word's ending, written `*` in the lexicon's phrases).
_SPACE = r"[\t-\r\x{1c}-\x{1f}\x{85}\p{Z}]"
_GAP_WORD = "..."  # the lexicon's gap between the words of a phrase
_NOT_SPACE = r"[^\t-\r\x{1c}-\x{1f}\x{85}\p{Z}]"


def phrases(*entries: str) -> tuple[str, ...]:
    """Lexicon phrases as gate terms, in any case, in the lexicon's phrase syntax: words apart
    by any space, `*` any ending ("export control*" holds "export  Controls"), `a|b` either
    word, `...` a gap (here of any length). The gate's own phrases may also mark a word
    optional, `[the]`, but not the last: "leaders of [the] US" is the two phrases with and
    without "the" in one term (a smaller set to compile than the two). The last word's `*` is
    dropped: a text holds "export control*" exactly when it holds "export control", and the
    class of a word's ending costs more to compile than any other part of a term."""
    return tuple(_phrase(e) for e in entries)


def _phrase(entry: str) -> str:
    body = ""
    parts = entry.split()
    for i, word in enumerate(parts):
        if word == _GAP_WORD:
            body += "(?s:.*)"
            continue
        optional = len(word) > 2 and word[0] == "[" and word[-1] == "]"  # noqa: PLR2004
        if optional and i == len(parts) - 1:
            raise ValueError(f"gate phrase {entry!r}: its last word cannot be optional")
        options = (word[1:-1] if optional else word).split("|")
        if i == len(parts) - 1:  # a set asks only whether a phrase occurs: "curb" for "curb*"
            options = list(dict.fromkeys(o.rstrip("*") for o in options))
        alts = "|".join(map(_phrase_word, options))
        body += f"(?:(?:{alts}){_SPACE}+)?" if optional else f"(?:{alts}){_SPACE}+"
    return "(?i)" + body.removesuffix(f"{_SPACE}+")


def _phrase_word(word: str) -> str:
    stem = "".join(map(_folded, word.rstrip("*")))
    return stem + f"{_NOT_SPACE}*" if word.endswith("*") else stem


def any_of(*literals: str, case_sensitive: bool = False) -> Need:
    """A need met by any one of `literals`."""
    return Need(words(*literals, case_sensitive=case_sensitive))


@dataclass(frozen=True, slots=True)
class _Rule:
    """One kind's needs as index sets into the compiled terms."""

    kind: str
    needs: tuple[tuple[frozenset[int], int], ...]

    def met(self, present: frozenset[int]) -> bool:
        return all(len(ids & present) >= n for ids, n in self.needs)


@dataclass(frozen=True, slots=True, eq=False)
class Gate:
    """Every kind's needs compiled into RE2 sets; `admit(text)` names the kinds to run."""

    rules: tuple[_Rule, ...]
    always: frozenset[str]
    _sets: tuple[tuple[Any, tuple[int, ...]], ...]  # (a set, each of its terms' index)

    @classmethod
    def build(cls, needs: Mapping[str, Sequence[Need] | None]) -> Gate:
        """A gate over `needs` (kind → its needs; None: the kind always runs)."""
        ids: dict[str, int] = {}
        owners: dict[str, list[str]] = {}  # kind → the terms it is the first to declare
        rules = []
        for kind, declared in needs.items():
            if declared is None:
                continue
            rules.append(
                _Rule(kind, tuple(_indexed(n, ids, owners.setdefault(kind, [])) for n in declared))
            )
        always = frozenset(k for k, declared in needs.items() if declared is None)
        sets = tuple(_compiled(terms, ids) for terms in owners.values() if terms)
        return cls(tuple(rules), always, sets)

    def admit(self, text: str) -> frozenset[str]:
        """The kinds whose needs `text` meets (plus those that declare none)."""
        present: set[int] = set()
        for matcher, index in self._sets:
            present.update(index[i] for i in matcher.Match(text) or ())
        found = frozenset(present)
        return self.always | {r.kind for r in self.rules if r.met(found)}


def _indexed(need: Need, ids: dict[str, int], new: list[str]) -> tuple[frozenset[int], int]:
    """A need as the indexes of its terms; terms seen for the first time are added to `new`."""
    indexes = []
    for term in need.terms:
        if term not in ids:
            ids[term] = len(ids)
            new.append(term)
        indexes.append(ids[term])
    return frozenset(indexes), need.distinct


def _compiled(terms: Sequence[str], ids: Mapping[str, int]) -> tuple[Any, tuple[int, ...]]:
    """One RE2 set of `terms`, and the gate-wide index of each of them in set order."""
    options = re2_options(case_sensitive=True)  # each term carries its own (?i)
    options.max_mem = _MAX_MEM
    matcher = re2.Set.SearchSet(options)
    for term in terms:
        matcher.Add(term)
    matcher.Compile()
    return matcher, tuple(ids[term] for term in terms)


def alternation(terms: Iterable[str]) -> str:
    """Several terms as one (so that a need can count them as one: a leader's aliases)."""
    return "|".join(f"(?:{t})" for t in terms)
