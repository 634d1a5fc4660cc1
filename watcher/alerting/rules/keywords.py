"""All keyword rules' terms in one index, scanned once per article.

Every term of every rule goes into one RE2 set, which finds all the terms present in a text
in a single linear pass, however many rules there are. Plain terms match whole words,
case-insensitively; a term written `re:...` is a regular expression in RE2 syntax.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import re2

from watcher.common.regex import compile_re2, re2_options

REGEX_PREFIX = "re:"
_MAX_MEM = 64 << 20  # room for thousands of terms


def term_pattern(term: str) -> str:
    """The RE2 pattern of one rule term."""
    if term.startswith(REGEX_PREFIX):
        return term[len(REGEX_PREFIX) :]
    words = r"\s+".join(re.escape(w) for w in term.split())
    return rf"\b{words}\b"


def check_term(term: str) -> str | None:
    """None when RE2 accepts the term, else why not."""
    try:
        compile_re2(term_pattern(term))
    except ValueError as exc:
        return str(exc).replace(repr(term_pattern(term)), repr(term), 1)
    return None


@dataclass(frozen=True)
class KeywordIndex:
    """Maps each distinct term to an id; `present(text)` gives the ids found in one pass."""

    terms: tuple[str, ...]
    _set: object

    @classmethod
    def build(cls, terms: Sequence[str]) -> KeywordIndex:
        unique = tuple(dict.fromkeys(terms))
        options = re2_options(case_sensitive=False)
        options.max_mem = _MAX_MEM
        matcher = re2.Set.SearchSet(options)
        for term in unique:
            matcher.Add(term_pattern(term))
        if unique:
            matcher.Compile()
        return cls(unique, matcher)

    def present(self, text: str) -> frozenset[str]:
        if not self.terms:
            return frozenset()
        found = self._set.Match(text)  # type: ignore[attr-defined]
        return frozenset(self.terms[i] for i in found or ())
