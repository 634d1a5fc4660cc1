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
FRONT_RUNS = 64  # searches a guarded pattern makes before its front is compiled (`scanning`)
_UNREAD: tuple[str, ...] = ("",)  # `Guard.needs` not read yet (compared by identity)


class Guard:
    """The lowercase literals one of which every match of `pattern` contains (None: no such
    set was found, and `may_match` always says yes)."""

    __slots__ = ("_front", "_needs", "_pattern", "_unfronted", "_untested", "scan")

    def __init__(self, pattern: re.Pattern[str], *, front: bool = False) -> None:
        self._pattern = pattern
        # The pattern to search with: itself, or (with `front`, once the guard is read) the
        # same pattern behind a test of its first character (`fronted`).
        self.scan = pattern
        self._front: str | bool | None = front  # then the front's source, once read (`needs`)
        self._unfronted = 0
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
            parsed = _parser.parse(self._pattern.pattern, self._pattern.flags).data
            found = _sequence(parsed)
            if self._front:
                self._front = front_source(self._pattern, parsed)
                self._unfronted = FRONT_RUNS if self._front else 0
            self._needs = _shortest(found) if found else None
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
        if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
            return True  # CASE_ODD, one substring search each (a set test reads every character)
        lowered = text.lower()
        _LAST[0] = (text, lowered)
        return any(map(lowered.__contains__, needs))

    def scanning(self) -> re.Pattern[str]:
        """`scan`, for one more search: a front is compiled only after the pattern's first
        `FRONT_RUNS` searches once the guard is read (compiling it costs as much as the
        pattern's; a pattern searched a few times in a process would pay more than it saves)."""
        if self._unfronted:
            self._unfronted -= 1
            if not self._unfronted and isinstance(self._front, str):
                self.scan = _compiled_front(self._front, self._pattern)
        return self.scan


def _shortest(found: frozenset[str]) -> tuple[str, ...]:
    """The literals without those that hold another ("accepted" holds "accept"): a text
    holds one of the rest exactly when it holds one of them all, and each is one search."""
    return tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


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
        self.guard = Guard(pattern, front=True)
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    # `search`, `finditer`, `findall` and `sub` try the pattern at every position: they use
    # the guard's `scan` (the guard is read in `may_match`, before it). `match` and
    # `fullmatch` try one position, where a first-character test would only cost.
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        guard = self.guard
        return guard.scanning().search(string, pos, endpos) if guard.may_match(string) else None

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
        return self.guard.scanning().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        guard = self.guard
        return guard.scanning().findall(string, pos, endpos) if guard.may_match(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        guard = self.guard
        return guard.scanning().sub(repl, string, count) if guard.may_match(string) else string


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


# A first-character test put before a pattern (`fronted`) only pays where the regex engine
# does not skip to a match's first character itself: a pattern opening on a zero-width test
# (`\b`, a lookaround) or matching case-insensitively. A set of more characters than this
# skips too little to pay for the test.
_FRONT_MAX = 40
_ANCHORS = (C.AT_BEGINNING, C.AT_BEGINNING_STRING) if C is not None else ()


def fronted(pattern: re.Pattern[str], parsed: Any) -> re.Pattern[str]:
    """`pattern` behind a lookahead for the characters its matches can start with
    (`(?=[cmt])(?:...)`): the same matches, found without trying the whole pattern at every
    other position. `pattern` itself when the set is unknown (a class, a wildcard, a match
    that may be empty), too large, or when the engine already scans for it (`_scanned`)."""
    source = front_source(pattern, parsed)
    return pattern if source is None else _compiled_front(source, pattern)


def front_source(pattern: re.Pattern[str], parsed: Any) -> str | None:
    """The source of `fronted(pattern)` (None: `pattern` itself)."""
    if pattern.flags & re.VERBOSE or _scanned(parsed, pattern.flags):
        return None
    first, empty = _first(parsed)
    if first is None or empty or not first or len(first) > _FRONT_MAX:
        return None
    chars = "".join(re.escape(chr(c)) for c in sorted(first))
    return f"(?=[{chars}])(?:{pattern.pattern})"


def _compiled_front(source: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    try:
        return re.compile(source, pattern.flags)
    except re.error:  # a global flag at the pattern's start: it cannot be wrapped
        return pattern


def _scanned(items: Any, flags: int) -> bool:
    """Whether the engine skips to a match's start unaided: the pattern opens on `^`, or on a
    literal character or a class it searches for (a cased letter ignoring case is not one)."""
    folded = flags & re.IGNORECASE
    op, av = _opening(items)
    if op is C.AT:
        return av in _ANCHORS
    if op is C.LITERAL:
        return not (folded and _cased(av))
    if op is C.IN:
        return not folded
    if op is C.BRANCH:
        return all(
            b.data and b.data[0][0] is C.LITERAL and not (folded and _cased(b.data[0][1]))
            for b in av[1]
        )
    return False


def _opening(items: Any) -> tuple[Any, Any]:
    """The first item of a parsed pattern, inside the groups it opens with (none: `(None,
    None)`)."""
    while items:
        op, av = items[0]
        if op is not C.SUBPATTERN or av[1] or av[2]:
            return op, av
        items = av[3].data
    return None, None


def _cased(code: int) -> bool:
    char = chr(code)
    return char.lower() != char.upper()


_First = tuple[set[int] | None, bool]  # (the first characters, or None: any; may be empty)


def _first(items: Any) -> _First:
    """The characters a match of a sequence can start with, and whether it may match nothing
    (then the characters after it may start a match too: the caller goes on)."""
    out: set[int] = set()
    for op, av in items:
        first, empty = _first_of(op, av)
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any) -> _First:
    """`_first` of one parsed item: zero-width tests match nothing; a group with flags of its
    own, a wildcard, a category or a negated class may start with any character (None)."""
    if op is C.LITERAL:
        return {av}, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True
    if op is C.IN:
        return _class(av), False
    if op is C.BRANCH:
        return _first_of_branches(av[1])
    inner = _inner(op, av)
    if inner is None:
        return None, False
    first, empty = _first(inner)
    return first, empty or (op in _REPEATS and av[0] == 0)


def _inner(op: Any, av: Any) -> Any:
    """The sequence inside a group (without flags of its own) or a repeat; None otherwise."""
    if op is C.SUBPATTERN:
        return None if av[1] or av[2] else av[3].data
    if op is C.ATOMIC_GROUP:
        return av.data
    return av[2].data if op in _REPEATS else None


def _first_of_branches(branches: Any) -> _First:
    out: set[int] = set()
    any_empty = False
    for branch in branches:
        first, empty = _first(branch.data)
        if first is None:
            return None, False
        out |= first
        any_empty = any_empty or empty
    return out, any_empty


def _class(items: Any) -> set[int] | None:
    """The characters of a class of literals and short ranges (None: anything else)."""
    out: set[int] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(av)
        elif op is C.RANGE and av[1] - av[0] < _FRONT_MAX:
            out.update(range(av[0], av[1] + 1))
        else:
            return None
    return out
