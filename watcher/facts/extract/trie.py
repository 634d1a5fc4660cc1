"""A list of literal phrases as one regex with shared prefixes factored out (a trie).

`"|".join(longest first)` makes the regex engine try every alternative at every position of a
sentence; the trie tries one branch per character, so a scan costs the same however many
aliases a table holds. The two match the same text everywhere, followed by any pattern:

- every phrase that matches at one position is a prefix of the text there, so those phrases
  are prefixes of one another, and the plain alternation tries them longest first;
- the trie tries a node's longer continuations before ending at it, which is the same order;
  at most one child of a node can match the next character, since with `ignore_case` the
  children are grouped by the characters the regex engine folds together ("s", "S" and the
  long s are one child), not by their spelling.

With `spaced`, a phrase's words are joined by `\\s+` (any run of whitespace), and a phrase's
length is counted with its whitespace runs as one character each (as the text it matches is).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_SPACE = ""  # the unit standing for a run of whitespace in a spaced phrase (never a character)
_NEVER = r"(?!x)x"


class _Node:
    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}  # a representative unit -> the subtree after it
        self.end = False  # a phrase ends here


@functools.lru_cache(maxsize=65536)
def _folds_together(a: str, b: str) -> bool:
    """Whether the case-insensitive engine matches the character `b` with the literal `a`."""
    return re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None


def _units(phrase: str, *, spaced: bool) -> list[str]:
    if not spaced:
        return list(phrase)
    out: list[str] = []
    for i, word in enumerate(phrase.split()):
        if i:
            out.append(_SPACE)
        out.extend(word)
    return out


def _child(node: _Node, unit: str, *, ignore_case: bool) -> _Node:
    found = node.children.get(unit)
    if found is not None:
        return found
    if ignore_case and unit != _SPACE:
        for key, sub in node.children.items():
            if key != _SPACE and _folds_together(key, unit):
                return sub
    node.children[unit] = sub = _Node()
    return sub


def _emit(node: _Node, after_first: str = "") -> str:
    branches = []
    for unit, sub in node.children.items():
        head = r"\s+" if unit == _SPACE else re.escape(unit)
        branches.append(head + after_first + _emit(sub))
    if not branches:
        return ""
    if len(branches) == 1 and not node.end:
        return branches[0]
    return "(?:" + "|".join(branches) + (")?" if node.end else ")")


def alternation(
    phrases: Iterable[str],
    *,
    ignore_case: bool = False,
    spaced: bool = False,
    after_first: str = "",
) -> str:
    """A regex (no capturing groups) matching what `"|".join` of the escaped `phrases`, longest
    first, matches. `ignore_case` must say whether the regex will be compiled with
    `re.IGNORECASE`; no phrases give a regex that never matches.

    `after_first` (a zero-width assertion) is put after every phrase's first character: a
    lookbehind there (`(?<!\\w.)` for `(?<!\\w)` before the phrase) lets the regex engine skip
    to the characters a phrase can start with instead of testing it at every position."""
    root = _Node()
    count = 0
    for phrase in phrases:
        node = root
        for unit in _units(phrase, spaced=spaced):
            node = _child(node, unit, ignore_case=ignore_case)
        node.end = True
        count += 1
    if not count:
        return _NEVER
    if after_first and root.end:
        raise ValueError("an empty phrase has no first character")
    body = _emit(root, after_first)
    return f"(?:{body})" if body else ""
