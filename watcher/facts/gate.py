"""The relevance gate: which fact kinds an article can state at all, from one scan of its text.

Most articles of a general feed state no trade fact, yet a full extraction reads every sentence
with every kind's patterns (about 1 ms an article). Each kind therefore declares what it cannot
do without (`FactKind.needs`): a few `Need`s, each a set of terms of which the text must hold
at least one (or, for "two leaders", at least two different ones). Every term of every kind
goes into one RE2 set, which reports in a single linear pass which terms occur; a kind whose
needs are not all met is not run, and an article no kind can match costs that scan alone.

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
    """Every kind's needs compiled into one RE2 set; `admit(text)` names the kinds to run."""

    rules: tuple[_Rule, ...]
    always: frozenset[str]
    _set: Any

    @classmethod
    def build(cls, needs: Mapping[str, Sequence[Need] | None]) -> Gate:
        """A gate over `needs` (kind → its needs; None: the kind always runs)."""
        ids: dict[str, int] = {}
        rules = []
        for kind, declared in needs.items():
            if declared is None:
                continue
            rules.append(_Rule(kind, tuple(_indexed(n, ids) for n in declared)))
        always = frozenset(k for k, declared in needs.items() if declared is None)
        return cls(tuple(rules), always, _compiled(ids))

    def admit(self, text: str) -> frozenset[str]:
        """The kinds whose needs `text` meets (plus those that declare none)."""
        found = self._set.Match(text) if self._set is not None else None
        present = frozenset(found or ())
        return self.always | {r.kind for r in self.rules if r.met(present)}


def _indexed(need: Need, ids: dict[str, int]) -> tuple[frozenset[int], int]:
    return frozenset(ids.setdefault(t, len(ids)) for t in need.terms), need.distinct


def _compiled(ids: Mapping[str, int]) -> Any:
    """One RE2 set of every term, in index order (None when there is none)."""
    if not ids:
        return None
    options = re2_options(case_sensitive=True)  # each term carries its own (?i)
    options.max_mem = _MAX_MEM
    matcher = re2.Set.SearchSet(options)
    for term in sorted(ids, key=ids.__getitem__):
        matcher.Add(term)
    matcher.Compile()
    return matcher


def alternation(terms: Iterable[str]) -> str:
    """Several terms as one (so that a need can count them as one: a leader's aliases)."""
    return "|".join(f"(?:{t})" for t in terms)
