"""Cheap guards for costly patterns: the words one of which every match must contain.

Python's `re` tries a pattern at every position of a sentence, and a pattern that opens with
`\\b` or matches case-insensitively gets no quick scan for its first letter: a lexicon's
alternation of a hundred phrases costs tens of microseconds a sentence even when the sentence
holds none of them, which most do not. `Guard` reads the pattern's own parse tree once and keeps
a set of lowercase literals one of which is in every text the pattern can match ("call",
"meet", "talks" for the contact cue); `may_match` tests them with substring searches on the
lowercased text, and only a text that holds one needs the pattern run. The guard is derived
from the pattern, never written beside it, so the two cannot drift apart; it only says "no"
when the pattern cannot match, so what the pattern finds is unchanged.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

# The stdlib's own regex parser (private, in `re` since Python 3.11). Should a later Python move
# it, every guard says "may match" and extraction is only slower, never different.
try:
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the interpreter
    C = _parser = None

# The only characters `re.IGNORECASE` matches to an ASCII letter while `str.lower()` does not
# give that letter (Turkish dotted and dotless i, the long s); a text holding one skips the
# guard. tests/test_extract_literals.py checks this against every code point.
CASE_ODD = frozenset("\u0130\u0131\u017f")

_ASCII_END = 0x80  # literals are kept only while ASCII (see CASE_ODD)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) if C is not None else ()
_Needs = frozenset[str] | None
FIRST_RUNS = 32  # texts a guard lets through unread (see `Guard.__init__`)
_UNREAD: tuple[str, ...] = ("",)  # `Guard.needs` not read yet (compared by identity)


class Guard:
    """The lowercase literals one of which every match of `pattern` contains (None: no such
    set was found, and `may_match` always says yes)."""

    __slots__ = ("_needs", "_pattern", "_untested")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        # Read only after the pattern's first runs: parsing a pattern costs about half of
        # compiling it, and a process that runs the pattern a few times (a one-shot check of
        # a few articles) would pay more for the reading than the guard saves it.
        self._needs: tuple[str, ...] | None = _UNREAD
        self._untested = FIRST_RUNS

    @property
    def needs(self) -> tuple[str, ...] | None:
        """The literals, sorted (None: none found)."""
        if self._needs is _UNREAD:
            if _parser is None:
                self._needs = None
                return None
            found = _sequence(_parser.parse(self._pattern.pattern, self._pattern.flags).data)
            self._needs = tuple(sorted(found)) if found else None
        return self._needs

    def may_match(self, text: str) -> bool:
        """False only when `text` holds none of the literals: the pattern cannot match it,
        anywhere in it (so neither in any slice searched with `pos` and `endpos`)."""
        needs = self._needs
        if needs is _UNREAD:
            if self._untested > 0:
                self._untested -= 1
                return True
            needs = self.needs
        if needs is None:
            return True
        last = _LAST[0]
        if last[0] is text:
            return any(map(last[1].__contains__, needs))
        if not (text.isascii() or CASE_ODD.isdisjoint(text)):
            return True
        lowered = text.lower()
        _LAST[0] = (text, lowered)
        return any(map(lowered.__contains__, needs))


# The last text lowered (one that passed the test of CASE_ODD), with its lower case: a sentence
# meets one guard after another. One tuple, swapped whole, so that two threads extracting at
# once never pair a text with another's lower case.
_LAST: list[tuple[str, str]] = [("", "")]


class Guarded:
    """A compiled pattern behind its `Guard`: the same methods (those the extractors call) and
    the same results, with the pattern run only on a text that may hold a match."""

    __slots__ = ("_re", "flags", "guard", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._re = pattern
        self.guard = Guard(pattern)
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._re.search(string, pos, endpos) if self.guard.may_match(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._re.match(string, pos, endpos) if self.guard.may_match(string) else None

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self._re.fullmatch(string, pos, endpos) if self.guard.may_match(string) else None

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self.guard.may_match(string):
            return iter(())
        return self._re.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._re.findall(string, pos, endpos) if self.guard.may_match(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self._re.sub(repl, string, count) if self.guard.may_match(string) else string


def guarded(pattern: re.Pattern[str]) -> Guarded:
    """`pattern` run only on texts holding one of its literals (see the module docstring)."""
    return Guarded(pattern)


def guarded_re(pattern: str, flags: int = 0) -> Guarded:
    """`re.compile(pattern, flags)` behind its guard. Spelt as long as `re.compile`, so that
    guarding a pattern changes one word of its definition and none of its layout (a pattern
    that a colleague edits at the same time still merges line by line)."""
    return Guarded(re.compile(pattern, flags))


def _sequence(items: list[tuple[Any, Any]]) -> _Needs:
    """The best set of literals for a sequence: any one item's set will do, since a match of
    the sequence holds a match of each item; runs of literal characters are items too."""
    best: _Needs = None
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL and av < _ASCII_END:
            run.append(chr(av).lower())
            continue
        best = _better(best, frozenset(["".join(run)]) if run else None)
        run = []
        best = _better(best, _item(op, av))
    return _better(best, frozenset(["".join(run)]) if run else None)


def _item(op: Any, av: Any) -> _Needs:
    """The literals one of which every match of one parsed item holds (None: unknown; a
    lookaround may look outside the match, and an optional item may match nothing)."""
    if op is C.SUBPATTERN:
        return _sequence(av[3].data)
    if op is C.ATOMIC_GROUP:
        return _sequence(av.data)
    if op in _REPEATS:
        return _sequence(av[2].data) if av[0] >= 1 else None
    if op is C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            needs = _sequence(branch.data)
            if needs is None:
                return None
            found |= needs
        return frozenset(found)
    return None


def _better(a: _Needs, b: _Needs) -> _Needs:
    """The more selective of two sets: the longer shortest literal, then the fewer literals."""
    if not b or not min(b, key=len):
        return a
    if not a:
        return b
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))
